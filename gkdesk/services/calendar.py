"""The working-day calendar as the program uses it: chinesecalendar plus the years the user entered.

A year is entered from the State Council's notice pasted as published, or from the program's own text lines
("休 2027-01-01 至 2027-01-03", "班 2027-02-07"); either way it is read and shown first (`read_calendar_text`), then
saved (`save_year`), and a year chinesecalendar already knows is refused.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from gkdesk.domain.holiday_notice import (
    HolidayNotice,
    describe_notice,
    describe_year,
    looks_like_notice,
    normalise,
    notice_year,
    parse_holiday_notice,
)
from gkdesk.domain.workcal import (
    ENTERED,
    FALLBACK,
    OFFICIAL,
    EnteredYear,
    WorkCalendar,
    parse_calendar_text,
)
from gkdesk.services.errors import UserError
from gkdesk.store.models import CalendarDay

SOURCE_LABELS = {OFFICIAL: "官方数据", ENTERED: "用户录入", FALLBACK: "未录入（按周一至周五推算）"}


@dataclass(frozen=True)
class YearStatus:
    year: int
    source: str

    @property
    def label(self) -> str:
        return SOURCE_LABELS[self.source]

    @property
    def official(self) -> bool:
        return self.source != FALLBACK


def entered_years(session: Session) -> list[EnteredYear]:
    days: dict[int, tuple[set, set]] = defaultdict(lambda: (set(), set()))
    for row in session.scalars(select(CalendarDay)):
        days[row.year][1 if row.working else 0].add(row.day)
    return [EnteredYear(y, frozenset(h), frozenset(w)) for y, (h, w) in sorted(days.items())]


def load_calendar(session: Session) -> WorkCalendar:
    return WorkCalendar(entered_years(session))


def status(session: Session, years: list[int]) -> list[YearStatus]:
    cal = load_calendar(session)
    return [YearStatus(y, cal.year_source(y)) for y in years]


def save_year(session: Session, year: EnteredYear) -> None:
    session.execute(delete(CalendarDay).where(CalendarDay.year == year.year))
    rows = [CalendarDay(day=d, year=year.year, working=False) for d in sorted(year.holidays)]
    rows += [CalendarDay(day=d, year=year.year, working=True) for d in sorted(year.workdays)]
    session.add_all(rows)


@dataclass(frozen=True)
class CalendarImport:
    """What a pasted notice or a calendar file would set, shown to the clerk before it is saved."""

    years: tuple[EnteredYear, ...]
    summary: tuple[str, ...]  # Chinese lines: what was understood

    @property
    def year_numbers(self) -> list[int]:
        return [y.year for y in self.years]


def decode_calendar_file(data: bytes) -> str:
    """UTF-8 (with or without BOM), else GBK as Notepad on Chinese Windows writes it."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("gb18030", errors="replace")


def read_calendar_text(text: str, entered: Iterable[EnteredYear] = ()) -> CalendarImport:
    """Read a notice as published or "休/班" lines, against the years already entered; nothing is saved."""
    calendar = WorkCalendar(entered)
    if looks_like_notice(text):
        _refuse_official_notice(notice_year(normalise(text)))  # before its dates: they need no checking then
        return _read_notice(parse_holiday_notice(text), calendar)
    years = parse_calendar_text(text)
    official = [y.year for y in years if WorkCalendar().year_source(y.year) == OFFICIAL]
    if official:
        raise UserError(f"文件中有{official[0]}年的日期，而{official[0]}年已有国务院办公厅的官方节假日数据，"
                        "不需要导入；请删去这些行后重试。")
    return CalendarImport(tuple(years), tuple(describe_year(y) for y in years))


def _refuse_official_notice(year: int) -> None:
    if WorkCalendar().year_source(year) == OFFICIAL:
        raise UserError(f"这是{year}年的节假日安排通知，程序已带有{year}年的官方数据，不需要导入；"
                        "等下一年的通知发布后再粘贴。")


def _read_notice(notice: HolidayNotice, calendar: WorkCalendar) -> CalendarImport:
    years, notes = [], []
    for year in notice.entered_years():
        if year.year == notice.year:
            years.append(year)
        elif (merged := _merge_into(calendar, year)) is not None:
            years.append(merged)
            notes.append(f"其中{year.year}年12月的日期将并入{year.year}年的安排。")
    return CalendarImport(tuple(years), tuple(describe_notice(notice) + notes))


def _merge_into(calendar: WorkCalendar, days: EnteredYear) -> EnteredYear | None:
    """The days a notice sets in the December before its year, added to that year's arrangement.

    None when they change nothing there (a Saturday that was off anyway)."""
    if all(not calendar.is_working_day(d) for d in days.holidays) and \
            all(calendar.is_working_day(d) for d in days.workdays):
        return None
    base = calendar.arrangement(days.year)
    if base is None:
        raise UserError(f"通知把{days.year}年12月的几天也作了安排，而{days.year}年的节假日安排还没有录入；"
                        f"请先导入{days.year}年的通知，再导入这份通知。")
    return EnteredYear(days.year, (base.holidays - days.workdays) | days.holidays,
                       (base.workdays - days.holidays) | days.workdays)


def import_text(session: Session, text: str) -> CalendarImport:
    """Read a notice or calendar file (see read_calendar_text) and save the years it sets."""
    result = read_calendar_text(text, entered_years(session))
    for year in result.years:
        save_year(session, year)
    return result


def remove_year(session: Session, year: int) -> None:
    session.execute(delete(CalendarDay).where(CalendarDay.year == year))
