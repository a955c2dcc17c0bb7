"""依申请公开 in the window: the register page, its dialogs, models and undo."""
