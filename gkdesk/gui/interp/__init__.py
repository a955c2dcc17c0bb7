"""政策解读报备: the records, the month's 报备表 and the year's counts."""
