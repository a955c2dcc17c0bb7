"""The one clock: every "today" in the program comes from here.

`--today YYYY-MM-DD` and `GKDESK_TODAY` fix it, so that publicity timers and deadlines can be tested.

Every date a user gives the program to count from (`--today`, GKDESK_TODAY, the dates and years of the commands)
is read by `parse_day` / `check_year`: within FIRST_DAY..LAST_DAY, so that deadline arithmetic never runs off the
calendar (9999-12-31 plus 7 days is no date at all).
"""
from __future__ import annotations

import datetime as dt
import os

from gkdesk.domain.dates import DateError, parse_date

FIRST_DAY = dt.date(1949, 10, 1)
LAST_DAY = dt.date(2099, 12, 31)

_fixed: dt.date | None = None


def parse_day(text: str, what: str) -> dt.date:
    """The date `what` (“--today”, “审查日期”…) written as `text`, within FIRST_DAY..LAST_DAY; DateError (one
    sentence) otherwise, an empty text included."""
    if not text or not text.strip():
        raise DateError(f"{what}是空的，请写一个日期，例如 2026-11-23。")
    try:
        day = parse_date(text)
    except DateError as exc:
        raise DateError(f"{what}：{exc}。") from None
    if not FIRST_DAY <= day <= LAST_DAY:
        raise DateError(f"{what}“{text}”超出了本程序能计算的范围，请写 {FIRST_DAY.year} 年至 {LAST_DAY.year} 年之间的日期。")
    return day


def check_year(year: int, what: str = "年份") -> int:
    if not FIRST_DAY.year <= year <= LAST_DAY.year:
        raise DateError(f"{what} {year} 超出了本程序能计算的范围，请写 {FIRST_DAY.year} 至 {LAST_DAY.year} 之间的年份。")
    return year


def set_today(day: dt.date | None) -> None:
    global _fixed
    _fixed = day


def today() -> dt.date:
    if _fixed is not None:
        return _fixed
    env = os.environ.get("GKDESK_TODAY")
    if env:
        return parse_day(env, "环境变量 GKDESK_TODAY 的日期")
    return dt.date.today()


def system_now() -> dt.datetime:
    """The computer's own clock, which --today and GKDESK_TODAY never move: backups are named and counted by
    when they were really taken, so that checking deadlines "as of" another day leaves them alone."""
    return dt.datetime.now()


def now() -> dt.datetime:
    """Wall-clock time on the fixed day when one is set (for audit stamps and the names of exported files)."""
    real = dt.datetime.now()
    day = today()
    return real if day == real.date() else dt.datetime.combine(day, real.time())
