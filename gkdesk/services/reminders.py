"""今日提醒: everything that has a date, for 首页 and `gkdesk due`.

Each area contributes its own reminders through a provider function registered in PROVIDERS; this module only
gathers, sorts and describes them.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass, field
from typing import Callable

from sqlalchemy.orm import Session

from gkdesk.domain import workcal
from gkdesk.domain.workcal import WorkCalendar

# Severity, most urgent first.
OVERDUE, TODAY, SOON, OPEN, WARNING, INFO = "overdue", "today", "soon", "open", "warning", "info"
_RANK = {OVERDUE: 0, TODAY: 1, SOON: 2, WARNING: 3, OPEN: 4, INFO: 5}


@dataclass(frozen=True)
class Reminder:
    kind: str  # publicity_running, publicity_ended, objection, disclosure, interp_filing, interp_target, calendar
    title: str
    date: dt.date | None
    days_left: int | None  # natural days from today to `date`; negative when past
    severity: str
    detail: str = ""
    ref: tuple[str, int] | None = None  # (entity, id) the line opens
    extra: dict = field(default_factory=dict)

    def to_json(self) -> dict:
        data = asdict(self)
        data["date"] = self.date.isoformat() if self.date else None
        data["ref"] = {"entity": self.ref[0], "id": self.ref[1]} if self.ref else None
        return data

    @property
    def countdown(self) -> str:
        if "countdown" in self.extra:  # an area that counts otherwise (working days) says it itself
            return self.extra["countdown"]
        if self.days_left is None:
            return ""
        if self.kind == "publicity_ended":
            return "待归档"
        if self.days_left > 0:
            return f"还剩{self.days_left}天"
        if self.days_left == 0:
            return "今天到期"
        return f"已逾期{-self.days_left}天"


@dataclass(frozen=True)
class ReminderContext:
    session: Session
    today: dt.date
    calendar: WorkCalendar
    soon_days: int


Provider = Callable[[ReminderContext], list[Reminder]]
PROVIDERS: list[Provider] = []


def provider(fn: Provider) -> Provider:
    PROVIDERS.append(fn)
    return fn


def severity_for(days_left: int, soon_days: int) -> str:
    if days_left < 0:
        return OVERDUE
    if days_left == 0:
        return TODAY
    return SOON if days_left <= soon_days else OPEN


def due(session: Session, today: dt.date) -> list[Reminder]:
    from gkdesk.services import calendar, settings
    # importing the areas registers their providers
    from gkdesk.services import catalog, interp, subsidy  # noqa: F401
    from gkdesk.services import requests  # noqa: F401  (依申请公开)
    from gkdesk.services import annual_report  # noqa: F401  (年度报告)

    ctx = ReminderContext(session, today, calendar.load_calendar(session),
                          int(settings.get_setting(session, "soon_days")))
    found: list[Reminder] = []
    for fn in PROVIDERS:
        found.extend(fn(ctx))
    return sorted(found, key=lambda r: (_RANK[r.severity], r.date or dt.date.max, r.title))


@provider
def calendar_years(ctx: ReminderContext) -> list[Reminder]:
    out = []
    for year in (ctx.today.year, ctx.today.year + 1):
        if ctx.today < workcal.arrangement_expected(year):
            continue
        if ctx.calendar.year_source(year) == workcal.FALLBACK:
            out.append(Reminder(
                "calendar", f"{year}年工作日历尚未录入，期限暂按周一至周五推算", dt.date(year, 1, 1),
                (dt.date(year, 1, 1) - ctx.today).days, WARNING,
                detail="国务院办公厅发布节假日安排后，请在“设置 → 工作日历”中录入或导入。",
                ref=("calendar", year)))
    return out
