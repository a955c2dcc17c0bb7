"""标准目录与公开台账: the catalog tree, the ledger, their dialogs and the import."""
