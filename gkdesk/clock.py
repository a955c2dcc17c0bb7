"""The one clock: every "today" in the program comes from here.

`--today YYYY-MM-DD` and `GKDESK_TODAY` fix it, so that publicity timers and deadlines can be tested.
"""
from __future__ import annotations

import datetime as dt
import os

_fixed: dt.date | None = None


def set_today(day: dt.date | None) -> None:
    global _fixed
    _fixed = day


def today() -> dt.date:
    if _fixed is not None:
        return _fixed
    env = os.environ.get("GKDESK_TODAY")
    if env:
        return dt.date.fromisoformat(env)
    return dt.date.today()


def now() -> dt.datetime:
    """Wall-clock time on the fixed day when one is set (for audit stamps and file names)."""
    real = dt.datetime.now()
    day = today()
    return real if day == real.date() else dt.datetime.combine(day, real.time())
