"""首页: today's reminders and the tray messages."""
