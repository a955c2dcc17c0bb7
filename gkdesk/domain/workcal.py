"""The working-day calendar: 法定节假日 and 调休 working weekends (domain.md §4).

Sources for a year, in order of precedence:
1. a year the user entered from the State Council's notice (EnteredYear, passed in as data): the notice pasted as
   published (domain/holiday_notice.py) or the "休/班" lines below;
2. the chinesecalendar package (official data; it knows 2004–2026 in version 1.11);
3. Monday–Friday, flagged as unofficial (FALLBACK) so the product can say so.

Two kinds of periods (domain.md §4):
- a publicity period counts its first day (the posting day): `publicity_end`;
- a deadline "within N working days of X" does not count X: `working_days_after`.
"""
from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from gkdesk.domain.dates import DateError, parse_date
from gkdesk.domain.errors import UserFacingError
from gkdesk.domain.vocab import NATURAL_DAYS, WORKING_DAYS

try:
    from chinese_calendar import constants as _official
except ImportError:  # pragma: no cover - the package is a dependency; degrade to Mon–Fri
    _official = None

OFFICIAL = "official"
ENTERED = "entered"
FALLBACK = "fallback"

NATURAL = NATURAL_DAYS  # "自然日"
WORKING = WORKING_DAYS  # "工作日"

_ONE_DAY = dt.timedelta(days=1)


def _official_years() -> range:
    """Years chinesecalendar has data for (it raises NotImplementedError outside them)."""
    if _official is None or not _official.holidays:
        return range(0)
    return range(min(_official.holidays).year, max(_official.holidays).year + 1)


OFFICIAL_YEARS = _official_years()


@dataclass(frozen=True)
class EnteredYear:
    """One year's holiday notice as the user entered it.

    holidays: days off (法定节假日; weekend days inside a holiday block may be listed too);
    workdays: weekend days that are working days (调休).
    """

    year: int
    holidays: frozenset[dt.date] = field(default_factory=frozenset)
    workdays: frozenset[dt.date] = field(default_factory=frozenset)

    def __post_init__(self) -> None:
        object.__setattr__(self, "holidays", frozenset(self.holidays))
        object.__setattr__(self, "workdays", frozenset(self.workdays))
        stray = sorted(d for d in self.holidays | self.workdays if d.year != self.year)
        if stray:
            raise ValueError(f"{self.year}年的节假日安排中混入了其他年份的日期 {stray[0].isoformat()}，请分年录入")
        both = sorted(self.holidays & self.workdays)
        if both:
            raise ValueError(f"{both[0].isoformat()} 同时被标为休息日和上班日，请核对节假日安排")


def arrangement_expected(year: int) -> dt.date:
    """From when a year's holiday arrangement is looked for: the 国务院办公厅 publishes the next year's in the
    autumn (late October to mid November), so before November a missing next year is not yet news."""
    return dt.date(year - 1, 11, 1)


def _weekday_is_working(day: dt.date) -> bool:
    return day.weekday() < 5


class _Year:
    """Working days of one year as sorted ordinals, for counting by bisection."""

    def __init__(self, year: int, off: frozenset[dt.date], on: frozenset[dt.date]):
        first = dt.date(year, 1, 1).toordinal()
        last = dt.date(year, 12, 31).toordinal()
        self.ordinals = [
            n
            for n in range(first, last + 1)
            if (d := dt.date.fromordinal(n)) in on or (_weekday_is_working(d) and d not in off)
        ]
        self.ordinal_set = frozenset(self.ordinals)

    def count_through(self, ordinal: int) -> int:
        """Working days from 1 January up to and including the given day of this year."""
        return bisect.bisect_right(self.ordinals, ordinal)


class WorkCalendar:
    """Which days are working days; entered years override the official data for that year."""

    def __init__(self, entered: Iterable[EnteredYear] = ()):
        self._entered = {year.year: year for year in entered}
        self._years: dict[int, _Year] = {}

    # ---- sources ------------------------------------------------------------------------------

    def year_source(self, year: int) -> str:
        """OFFICIAL, ENTERED or FALLBACK (Monday–Friday, not yet loaded from a notice)."""
        if year in self._entered:
            return ENTERED
        if year in OFFICIAL_YEARS:
            return OFFICIAL
        return FALLBACK

    def is_official(self, year: int) -> bool:
        """Whether the year follows a real holiday notice (official data or entered by the user)."""
        return self.year_source(year) != FALLBACK

    def fallback_years(self, first: dt.date, last: dt.date) -> list[int]:
        """Years between two days (both included) that are counted Monday–Friday only."""
        low, high = sorted((first.year, last.year))
        return [y for y in range(low, high + 1) if self.year_source(y) == FALLBACK]

    def arrangement(self, year: int) -> EnteredYear | None:
        """The year's days off and 调休 working days as the calendar uses them; None for a FALLBACK year."""
        source = self.year_source(year)
        if source == ENTERED:
            return self._entered[year]
        if source == OFFICIAL:
            return EnteredYear(year, frozenset(d for d in _official.holidays if d.year == year),
                               frozenset(d for d in _official.workdays if d.year == year))
        return None

    def _year(self, year: int) -> _Year:
        table = self._years.get(year)
        if table is None:
            table = self._years[year] = self._build(year)
        return table

    def _build(self, year: int) -> _Year:
        days = self.arrangement(year) or EnteredYear(year)
        return _Year(year, days.holidays, days.workdays)

    # ---- single days --------------------------------------------------------------------------

    def is_working_day(self, day: dt.date) -> bool:
        return day.toordinal() in self._year(day.year).ordinal_set

    def next_working_day(self, day: dt.date) -> dt.date:
        """The first working day after `day` (not `day` itself)."""
        return self.working_days_after(day, 1)

    # ---- periods ------------------------------------------------------------------------------

    def working_days_after(self, event_day: dt.date, n: int) -> dt.date:
        """The n-th working day after event_day; the event day itself does not count (民法典 第二百零一条).

        n = 0 gives event_day itself.
        """
        if n < 0:
            raise ValueError(f"工作日天数不能为负数（{n}），请填写0或正整数")
        if n == 0:
            return event_day
        year = event_day.year
        remaining = n + self._year(year).count_through(event_day.toordinal())
        while True:
            table = self._year(year)
            if remaining <= len(table.ordinals):
                return dt.date.fromordinal(table.ordinals[remaining - 1])
            remaining -= len(table.ordinals)
            year += 1

    def publicity_end(self, first_day: dt.date, n: int, unit: str) -> dt.date:
        """Last day of a publicity period of n days that starts on (and counts) first_day.

        NATURAL: first_day + n − 1. WORKING: the n-th working day counting first_day when it is a
        working day; a period posted on a day off starts counting at the next working day.
        """
        if n < 1:
            raise ValueError(f"公示期天数应至少为1天（现为{n}），请修改公示期")
        if unit == NATURAL:
            return first_day + dt.timedelta(days=n - 1)
        if unit == WORKING:
            return self.working_days_after(first_day - _ONE_DAY, n)
        raise ValueError(f"公示期单位“{unit}”无法识别，应为“自然日”或“工作日”")

    def working_days_between(self, a: dt.date, b: dt.date) -> int:
        """Working days in (a, b]: a not counted, b counted; negative when b is before a.

        "Published on b, deadline a" → late by working_days_between(a, b) working days.
        """
        if b < a:
            return -self.working_days_between(b, a)
        total = self._year(b.year).count_through(b.toordinal())
        total -= self._year(a.year).count_through(a.toordinal())
        for year in range(a.year, b.year):
            total += len(self._year(year).ordinals)
        return total

    @staticmethod
    def days_remaining(today: dt.date, end: dt.date) -> int:
        """Natural days from today to the end day: 0 on the end day (its last day), negative after it."""
        return (end - today).days


# ---- the calendar text file -------------------------------------------------------------------

_OFF_WORDS = ("休", "假", "放假", "休息", "holiday", "off")
_ON_WORDS = ("班", "上班", "补班", "workday", "work")
_WORDS = "|".join(sorted(_OFF_WORDS + _ON_WORDS, key=len, reverse=True))  # longest first
_LINE = re.compile(rf"(?P<word>{_WORDS})\s*[:：]?\s*(?P<dates>.+)", re.IGNORECASE)
_RANGE = re.compile(r"\s*(?:至|到|~|～|--|－－|—+)\s*")
MAX_RANGE_DAYS = 31


class CalendarFileError(UserFacingError, ValueError):
    """A holiday file the program cannot read; the message names the line."""


def _line_dates(text: str, line_no: int) -> list[dt.date]:
    parts = _RANGE.split(text.strip())
    if len(parts) > 2 or not all(parts):
        raise CalendarFileError(f"第{line_no}行的日期范围“{text.strip()}”无法识别，请写成“2027-02-06 至 2027-02-12”")
    try:
        first, last = parse_date(parts[0]), parse_date(parts[-1])
    except DateError:
        raise CalendarFileError(
            f"第{line_no}行的日期“{text.strip()}”无法识别，请写成 2027-01-01 这样的格式"
        ) from None
    if last < first:
        raise CalendarFileError(f"第{line_no}行的日期范围起止颠倒，请把较早的日期写在前面")
    if (last - first).days >= MAX_RANGE_DAYS:
        raise CalendarFileError(f"第{line_no}行的日期范围超过{MAX_RANGE_DAYS}天，请核对是否写错")
    return [first + dt.timedelta(days=i) for i in range((last - first).days + 1)]


def parse_calendar_text(text: str) -> list[EnteredYear]:
    """Read a holiday file ("休 2027-01-01", "休 2027-02-06 至 2027-02-12", "班 2027-02-14"), by year.

    Blank lines and text after # are ignored. A day marked both 休 and 班 is an error.
    """
    off: dict[dt.date, int] = {}
    on: dict[dt.date, int] = {}
    for line_no, raw in enumerate(text.splitlines(), start=1):
        line = raw.lstrip("\ufeff").split("#", 1)[0].strip()
        if not line:
            continue
        match = _LINE.fullmatch(line)
        if not match:
            raise CalendarFileError(f"第{line_no}行“{line}”无法识别，每行应以“休”或“班”开头，后面写日期或日期范围")
        is_off = match["word"].lower() in _OFF_WORDS
        mine, other = (off, on) if is_off else (on, off)
        for day in _line_dates(match["dates"], line_no):
            if day in other:
                raise CalendarFileError(
                    f"第{line_no}行的 {day.isoformat()} 在第{other[day]}行已另有标注，同一天不能既休又班，请核对"
                )
            mine.setdefault(day, line_no)
    if not off and not on:
        raise CalendarFileError("文件中没有找到任何日期，请按“休 2027-01-01”“班 2027-02-14”的格式逐行填写")
    years = sorted({d.year for d in off} | {d.year for d in on})
    return [
        EnteredYear(
            year,
            frozenset(d for d in off if d.year == year),
            frozenset(d for d in on if d.year == year),
        )
        for year in years
    ]


def _ranges(days: Iterable[dt.date]) -> list[tuple[dt.date, dt.date]]:
    """Consecutive days merged into (first, last) ranges."""
    ranges: list[tuple[dt.date, dt.date]] = []
    for day in sorted(days):
        if ranges and ranges[-1][1] + _ONE_DAY == day:
            ranges[-1] = (ranges[-1][0], day)
        else:
            ranges.append((day, day))
    return ranges


def _range_text(first: dt.date, last: dt.date) -> str:
    return first.isoformat() if first == last else f"{first.isoformat()} 至 {last.isoformat()}"


def format_calendar_text(years: Iterable[EnteredYear]) -> str:
    """Write entered years in the format parse_calendar_text reads, one line per day or range."""
    blocks = []
    for entered in sorted(years, key=lambda e: e.year):
        lines = [(first, "休", _range_text(first, last)) for first, last in _ranges(entered.holidays)]
        lines += [(first, "班", _range_text(first, last)) for first, last in _ranges(entered.workdays)]
        body = [f"{word} {dates}" for _, word, dates in sorted(lines)]
        blocks.append("\n".join([f"# {entered.year}年节假日安排", *body]))
    return "\n\n".join(blocks) + "\n" if blocks else ""
