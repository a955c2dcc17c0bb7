"""The databases written by earlier releases (`gkdesk demo --today 2026-11-23` of each), which every upgrade test
opens. Add the next one when a release ships, before its schema changes."""
from __future__ import annotations

import sqlite3
from pathlib import Path

RELEASES = sorted((Path(__file__).parent / "data" / "releases").glob("*-demo.sqlite3"))
FIRST_RELEASE = RELEASES[0]   # 0.1.0


def table_names(path: Path) -> set[str]:
    """The tables of the database file at `path`, read without changing it."""
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return {t for (t,) in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    finally:
        con.close()
