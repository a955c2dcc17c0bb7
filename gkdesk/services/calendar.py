"""The working-day calendar as the program uses it: chinesecalendar plus the years the user entered."""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from gkdesk.domain.workcal import ENTERED, FALLBACK, OFFICIAL, EnteredYear, WorkCalendar, parse_calendar_text
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


def import_text(session: Session, text: str) -> list[int]:
    """Import a holiday/调休 text file; returns the years it set."""
    years = parse_calendar_text(text)
    cal = WorkCalendar()
    official = [y.year for y in years if cal.year_source(y.year) == OFFICIAL]
    if official:
        raise UserError(f"文件中有{official[0]}年的日期，而{official[0]}年已有国务院办公厅的官方节假日数据，"
                        "不需要导入；请删去这些行后重试。")
    for year in years:
        save_year(session, year)
    return [y.year for y in years]


def remove_year(session: Session, year: int) -> None:
    session.execute(delete(CalendarDay).where(CalendarDay.year == year))
