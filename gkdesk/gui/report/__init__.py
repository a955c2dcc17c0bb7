"""年度报告 in the window: the 政府信息公开工作年度报告 page."""
