"""The log file in the data folder, for the window and the writing commands alike (no Qt here)."""
from __future__ import annotations

import logging
from pathlib import Path


def setup_logging(log_file: Path) -> None:
    """Send the program's log to `log_file` (replacing an earlier file of ours: a test or a restore may change it)."""
    log_file.parent.mkdir(parents=True, exist_ok=True)
    handler = logging.FileHandler(log_file, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    for old in [h for h in root.handlers if getattr(h, "gkdesk", False)]:
        root.removeHandler(old)
        old.close()
    handler.gkdesk = True
    root.addHandler(handler)
    root.setLevel(logging.INFO)
