"""政策解读报备: interpretation records, the monthly 报备表, yearly targets (domain.md § 3, seed 001 (十五)).

- Records: one `PolicyInterpretation` per interpretation; 是否同步发布 is derived (`sync_status`): the same day as
  the policy, or within the unit's allowed working days (setting ``interp_sync_days``, default 3) on the
  working-day calendar; otherwise late by the number of working days.
- The month's 报备表 (`month_report`) is a plain `Document` rendered to .xlsx/.docx by the io writers; a month
  without records is filed as 本月无政策解读. Marking a month 已报送 (`submit_month`) locks its records until the
  clerk reopens it (`reopen_month`); both are changes of the `MonthlyFiling` row, so the audit log keeps them.
- The filing of a month is due on day ``interp_due_day`` (default 5) of the following month; until it is marked
  已报送 a reminder says so. The list of months (`filing_months`) starts at `first_month`, the month the program
  was first used; earlier months appear only for their records or filing and are never 未报送 nor reminded.
  Yearly targets per form and per role (defaults from seed 001) are created for a year on first use and
  editable; unmet ones are a reminder too.
- Import of a clerk's old spreadsheet with the 报备表's columns, whole or not at all, problems by the file's row.

Months are keys "YYYY-MM" everywhere in this module; a month given as text may be written any way
`parse_month` reads ("2026-10", "2026年10月").
"""
from __future__ import annotations

import calendar as _calendar
import datetime as dt
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from collections.abc import Mapping as _Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from gkdesk import clock
from gkdesk.domain import fields as rules
from gkdesk.domain.dates import DateError, format_cn, month_label, parse_month
from gkdesk.domain.fields import clean_date, clean_line, clean_multiline
from gkdesk.domain.vocab import CHANNELS_13, INTERP_FORMS, INTERP_ROLES
from gkdesk.domain.workcal import WorkCalendar
from gkdesk.io.document import Column, Document, PageSetup, Table, header_line
from gkdesk.io.sheets import (  # noqa: F401  (Problem, ERROR, WARNING re-exported)
    ERROR,
    WARNING,
    Problem,
    FieldSpec,
    Mapping,
    SheetError,
    data_rows,
    duplicated_columns,
)
from gkdesk.services import settings
from gkdesk.services.calendar import load_calendar
from gkdesk.services.errors import UserError
from gkdesk.services.reminders import INFO, OPEN, Reminder, ReminderContext, provider, severity_for
from gkdesk.store.models import MonthlyFiling, PolicyInterpretation, YearlyTarget

if TYPE_CHECKING:
    from gkdesk.io.import_plan import ImportPlan

REPORT_TITLE = "政策解读情况报备表"
NIL_TEXT = "本月无政策解读"
DEFAULT_ROLE = "其他"

# Seed 001 (十五): 访谈、视频、音频、图解 each at least once a year, and one interpretation by the 主要负责人.
DEFAULT_TARGETS: tuple[tuple[str, str, int], ...] = (
    ("form", "在线访谈", 1),
    ("form", "视频", 1),
    ("form", "音频", 1),
    ("form", "图解", 1),
    ("role", "主要负责人", 1),
)
DIMENSIONS = {"form": "解读形式", "role": "解读人职务"}

# The record's fields as the service takes them (add/update/restore) and gives them back (`record_values`).
FIELDS = ("policy_title", "doc_number", "drafting_unit", "policy_published_on", "title", "form", "interpreter",
          "role", "published_on", "channels", "link", "remark")

# Words clerks use for the official forms and roles (after NFKC and removal of spaces).
FORM_ALIASES = {
    "文字": "文字解读", "文字稿": "文字解读", "文字解读稿": "文字解读", "文本解读": "文字解读",
    "图示图解": "图解", "图文解读": "图解", "图片解读": "图解", "图解解读": "图解", "一图读懂": "图解", "图示": "图解",
    "长图": "图解",
    "音频解读": "音频", "广播解读": "音频",
    "视频解读": "视频", "短视频": "视频", "微视频": "视频",
    "访谈": "在线访谈", "专家访谈": "在线访谈", "网络访谈": "在线访谈", "访谈解读": "在线访谈", "在线访谈解读": "在线访谈",
    "发布会": "新闻发布会", "新闻发布": "新闻发布会",
    "问答": "简明问答", "问答解读": "简明问答", "政策问答": "简明问答", "问答式解读": "简明问答",
    "动漫": "动漫/漫画", "漫画": "动漫/漫画", "卡通动漫": "动漫/漫画", "动漫解读": "动漫/漫画", "漫画解读": "动漫/漫画",
    "h5": "H5", "h5解读": "H5",
    "专家": "专家解读", "专家学者解读": "专家解读",
    "媒体": "媒体解读", "媒体评论": "媒体解读", "新闻媒体解读": "媒体解读",
}
ROLE_ALIASES = {
    "主要领导": "主要负责人", "主要负责同志": "主要负责人", "主要负责": "主要负责人", "一把手": "主要负责人",
    "党委书记": "主要负责人", "镇党委书记": "主要负责人", "乡党委书记": "主要负责人", "镇长": "主要负责人",
    "乡长": "主要负责人", "街道办主任": "主要负责人", "街道办事处主任": "主要负责人", "苏木达": "主要负责人",
    "分管领导": "分管负责人", "分管负责同志": "分管负责人", "分管": "分管负责人", "副镇长": "分管负责人",
    "副乡长": "分管负责人", "街道办副主任": "分管负责人",
    "科室负责同志": "科室负责人", "站所负责人": "科室负责人", "股室负责人": "科室负责人", "部门负责人": "科室负责人",
    "办公室主任": "科室负责人", "站长": "科室负责人", "所长": "科室负责人", "科长": "科室负责人", "股长": "科室负责人",
    "专家学者": "专家", "特邀专家": "专家", "律师": "专家",
    "工作人员": "其他", "其他人员": "其他", "其它": "其他",
}
CHANNEL_ALIASES = {
    "网站": "政府网站", "门户网站": "政府网站", "政府门户网站": "政府网站", "政府网": "政府网站", "镇政府网站": "政府网站",
    "微信": "两微一端", "微博": "两微一端", "微信公众号": "两微一端", "公众号": "两微一端", "政务微信": "两微一端",
    "政务微博": "两微一端", "客户端": "两微一端", "政务新媒体": "两微一端", "新媒体": "两微一端",
    "发布会": "发布会/听证会", "新闻发布会": "发布会/听证会", "听证会": "发布会/听证会",
    "广播": "广播电视", "电视": "广播电视", "电视台": "广播电视",
    "报纸": "纸质媒体", "报刊": "纸质媒体", "宣传册": "纸质媒体", "明白纸": "纸质媒体",
    "公开栏": "社区/企事业单位/村公示栏(电子屏)", "公示栏": "社区/企事业单位/村公示栏(电子屏)",
    "村务公开栏": "社区/企事业单位/村公示栏(电子屏)", "村公示栏": "社区/企事业单位/村公示栏(电子屏)",
    "电子屏": "社区/企事业单位/村公示栏(电子屏)", "公示栏(电子屏)": "社区/企事业单位/村公示栏(电子屏)",
    "入户": "入户/现场", "现场": "入户/现场", "入户宣讲": "入户/现场", "现场宣讲": "入户/现场",
    "其它": "其他",
}

_SPLIT_CHANNELS = re.compile(r"[、，,;；\n\t]+")


# ---- months ------------------------------------------------------------------------------------------------

def month_key(value: object) -> str:
    """'YYYY-MM' of a month written any way `parse_month` reads, or of a date. Raises UserError."""
    if isinstance(value, tuple):
        year, month = value
    else:
        try:
            year, month = parse_month(value)
        except DateError as exc:
            raise UserError(str(exc) + "。") from None
    return f"{year:04d}-{month:02d}"


def month_parts(key: str) -> tuple[int, int]:
    year, month = key.split("-")
    return int(year), int(month)


def month_title(key: str) -> str:
    """'2026-10' → '2026年10月'."""
    return month_label(*month_parts(key))


def month_ref(key: str) -> int:
    """The id of a month in a reminder's ref: 202610."""
    year, month = month_parts(key)
    return year * 100 + month


def month_from_ref(ref_id: int) -> str:
    return f"{ref_id // 100:04d}-{ref_id % 100:02d}"


def month_bounds(key: str) -> tuple[dt.date, dt.date]:
    year, month = month_parts(key)
    return dt.date(year, month, 1), dt.date(year, month, _calendar.monthrange(year, month)[1])


def unfinished_month(key: str, today: dt.date) -> str:
    """“2026年9月还没有结束（到2026年9月30日）” while the month lasts, else "": said before a month is filed."""
    last = month_bounds(key)[1]
    return f"{month_title(key)}还没有结束（到{format_cn(last)}）" if today <= last else ""


def next_month(key: str) -> str:
    year, month = month_parts(key)
    return f"{year + month // 12:04d}-{month % 12 + 1:02d}"


def previous_month(key: str) -> str:
    year, month = month_parts(key)
    return f"{year - (month == 1):04d}-{(month - 2) % 12 + 1:02d}"


def due_date(session: Session, key: str) -> dt.date:
    """The day the month's 报备表 is due: day `interp_due_day` of the following month (the month's last day when
    the setting is larger)."""
    year, month = month_parts(next_month(key))
    day = int(settings.get_setting(session, "interp_due_day") or 5)
    return dt.date(year, month, max(1, min(day, _calendar.monthrange(year, month)[1])))


# ---- cleaning values -----------------------------------------------------------------------------------------

_text = clean_line  # titles, 文号, names of units and people: Chinese punctuation stays as typed


def _key(text: str) -> str:
    return "".join(unicodedata.normalize("NFKC", text).split()).lower()


_FORM_KEYS = {_key(f): f for f in INTERP_FORMS} | {_key(k): v for k, v in FORM_ALIASES.items()}
_ROLE_KEYS = {_key(r): r for r in INTERP_ROLES} | {_key(k): v for k, v in ROLE_ALIASES.items()}
_CHANNEL_KEYS = {_key(c): c for c in CHANNELS_13} | {_key(k): v for k, v in CHANNEL_ALIASES.items()}


def normalize_form(value: object) -> str:
    """One of INTERP_FORMS, from the official name or a word clerks use for it (访谈 → 在线访谈, 图文解读 → 图解).
    Raises UserError naming the allowed forms."""
    text = _text(value)
    if not text:
        raise UserError("请填写解读形式，如“文字解读”“图解”“视频”。")
    form = _FORM_KEYS.get(_key(text))
    if form is None:
        raise UserError(f"解读形式“{text}”不在规定的形式中，请从{'、'.join(INTERP_FORMS)}中选择"
                        "（都不合适时选“文字解读”，并在备注中说明）。")
    return form


def normalize_role(value: object) -> str:
    """One of INTERP_ROLES (empty → 其他), from the official name or a common title (镇长 → 主要负责人)."""
    text = _text(value)
    if not text:
        return DEFAULT_ROLE
    role = _ROLE_KEYS.get(_key(text))
    if role is None:
        raise UserError(f"解读人职务“{text}”无法归类，请填写{'、'.join(INTERP_ROLES)}之一。")
    return role


def normalize_channels(value: object) -> list[str]:
    """A list of channels from a list or from text separated by 、 , ; or new lines. Names of the 13 official
    channels and the usual words for them (微信公众号 → 两微一端) become the official name; others stay as typed."""
    if isinstance(value, (list, tuple)):
        parts = [_text(v) for v in value]
    else:
        parts = [p.strip() for p in _SPLIT_CHANNELS.split(_text(value))]
    out: list[str] = []
    for part in parts:
        if not part:
            continue
        name = _CHANNEL_KEYS.get(_key(part), part)
        if name not in out:
            out.append(name)
    return out


class FieldError(UserError):
    """A value that cannot go into a field of a record; `field` names it (a key of FIELDS)."""

    def __init__(self, field_key: str, message: str):
        super().__init__(message)
        self.field = field_key


def _date(value: object, what: str, required: bool) -> dt.date | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        if required:
            raise UserError(f"请填写{what}。")
        return None
    try:
        return clean_date(value, what)
    except rules.FieldError as exc:
        raise UserError(f"{what}：{exc}。") from None


_LIMITS = {"policy_title": 200, "doc_number": 60, "drafting_unit": 100, "title": 200, "interpreter": 60,
           "link": 500}
_REMARK_LIMIT = 500
_LABELS = {"policy_title": "政策文件名称", "doc_number": "文号", "drafting_unit": "起草单位",
           "policy_published_on": "文件发布日期", "title": "解读标题", "form": "解读形式", "interpreter": "解读人",
           "role": "职务", "published_on": "解读发布日期", "channels": "发布渠道", "link": "链接", "remark": "备注"}


def _clean_field(key: str, value: object) -> object:
    if key in _LIMITS:
        text = _text(value)
        if len(text) > _LIMITS[key]:
            raise UserError(f"{_LABELS[key]}太长（{len(text)}字，最多{_LIMITS[key]}字），请精简。")
        if not text and key == "policy_title":
            raise UserError("请填写政策文件名称。")
        if not text and key == "title":
            raise UserError("请填写解读标题，如“《××实施方案》政策解读”。")
        return text
    if key == "remark":
        text = clean_multiline(value)
        if len(text) > _REMARK_LIMIT:
            raise UserError(f"备注太长（{len(text)}字，最多{_REMARK_LIMIT}字），请精简。")
        return text
    if key == "form":
        return normalize_form(value)
    if key == "role":
        return normalize_role(value)
    if key == "policy_published_on":
        return _date(value, "文件发布日期", False)
    if key == "published_on":
        return _date(value, "解读发布日期", True)
    if key == "channels":
        return normalize_channels(value or [])
    raise KeyError(key)


def clean_values(values: _Mapping[str, object]) -> dict:
    """Check and normalise a record's values (keys of FIELDS; missing optional ones are empty). Returns a dict
    with every field. Raises FieldError (a UserError naming the field) with one sentence for the first problem."""
    unknown = set(values) - set(FIELDS)
    if unknown:
        raise TypeError(f"unknown fields: {sorted(unknown)}")
    out: dict = {}
    for key in FIELDS:
        try:
            out[key] = _clean_field(key, values.get(key))
        except FieldError:
            raise
        except UserError as exc:
            raise FieldError(key, str(exc)) from None
    if out["policy_published_on"] and out["published_on"] < out["policy_published_on"]:
        raise FieldError("published_on", f"解读发布日期（{format_cn(out['published_on'])}）早于文件发布日期"
                         f"（{format_cn(out['policy_published_on'])}），请核对两个日期。")
    return out


# ---- records ---------------------------------------------------------------------------------------------------

def record_values(record: PolicyInterpretation) -> dict:
    """The record's fields (a snapshot for undo, for the edit dialog, for JSON with `to_json`)."""
    data = {key: getattr(record, key) for key in FIELDS}
    data["channels"] = list(record.channels or [])
    return data


def get_record(session: Session, record_id: int) -> PolicyInterpretation:
    record = session.get(PolicyInterpretation, record_id)
    if record is None:
        raise UserError(f"没有编号为 {record_id} 的解读记录（可能已被删除），请刷新后重试。")
    return record


def _filing(session: Session, key: str) -> MonthlyFiling | None:
    return session.scalar(select(MonthlyFiling).where(MonthlyFiling.month == key))


def is_submitted(session: Session, key: str) -> bool:
    filing = _filing(session, key)
    return bool(filing and filing.submitted_on)


def _check_unlocked(session: Session, day: dt.date, doing: str) -> None:
    key = f"{day:%Y-%m}"
    filing = _filing(session, key)
    if filing and filing.submitted_on:
        raise UserError(f"{month_title(key)}的报备表已于{format_cn(filing.submitted_on)}标记为已报送，该月记录已锁定，"
                        f"不能{doing}；确需修改，请先在“政策解读报备”中重新打开{month_title(key)}。")


def add_record(session: Session, **values) -> PolicyInterpretation:
    data = clean_values(values)
    _check_unlocked(session, data["published_on"], "新增")
    record = PolicyInterpretation(**data)
    session.add(record)
    session.flush()
    return record


def update_record(session: Session, record_id: int, **values) -> PolicyInterpretation:
    """Replace the record's fields with `values` (all fields; missing optional ones become empty)."""
    record = get_record(session, record_id)
    data = clean_values(values)
    _check_unlocked(session, record.published_on, "修改")
    if f"{data['published_on']:%Y-%m}" != f"{record.published_on:%Y-%m}":
        _check_unlocked(session, data["published_on"], "移入")
    for key, value in data.items():
        if getattr(record, key) != value:
            setattr(record, key, value)
    session.flush()
    return record


def delete_record(session: Session, record_id: int) -> dict:
    """Delete the record; returns its values and id (what `restore_record` needs to bring it back)."""
    record = get_record(session, record_id)
    _check_unlocked(session, record.published_on, "删除")
    snapshot = record_values(record) | {"id": record.id}
    session.delete(record)
    session.flush()
    return snapshot


def restore_record(session: Session, snapshot: _Mapping[str, object]) -> PolicyInterpretation:
    """Bring back a deleted record (undo of a delete, redo of an add) under its old id when that is free."""
    values = {k: v for k, v in snapshot.items() if k != "id"}
    data = clean_values(values)
    _check_unlocked(session, data["published_on"], "恢复")
    old_id = snapshot.get("id")
    record = PolicyInterpretation(**data)
    if old_id is not None and session.get(PolicyInterpretation, old_id) is None:
        record.id = int(old_id)
    session.add(record)
    session.flush()
    return record


def list_records(session: Session, month: str | None = None, year: int | None = None, form: str | None = None,
                 role: str | None = None, text: str = "") -> list[PolicyInterpretation]:
    """Records ordered by interpretation date then id, filtered by month ('YYYY-MM'), year, form, role and a text
    found in the policy title, 文号, interpretation title or interpreter."""
    stmt = select(PolicyInterpretation)
    if month:
        first, last = month_bounds(month_key(month))
        stmt = stmt.where(PolicyInterpretation.published_on.between(first, last))
    if year:
        stmt = stmt.where(PolicyInterpretation.published_on.between(dt.date(year, 1, 1), dt.date(year, 12, 31)))
    if form:
        stmt = stmt.where(PolicyInterpretation.form == form)
    if role:
        stmt = stmt.where(PolicyInterpretation.role == role)
    if text.strip():
        like = f"%{text.strip()}%"
        stmt = stmt.where(PolicyInterpretation.policy_title.like(like) | PolicyInterpretation.title.like(like)
                          | PolicyInterpretation.doc_number.like(like) | PolicyInterpretation.interpreter.like(like))
    return list(session.scalars(stmt.order_by(PolicyInterpretation.published_on, PolicyInterpretation.id)))


def record_months(session: Session) -> list[str]:
    """Months that have records, newest first."""
    days = session.scalars(select(PolicyInterpretation.published_on).distinct())
    return sorted({f"{d:%Y-%m}" for d in days}, reverse=True)


# ---- 三同步 --------------------------------------------------------------------------------------------------------

SAME_DAY, IN_TIME, LATE, UNKNOWN, EARLY = "same_day", "in_time", "late", "unknown", "early"


@dataclass(frozen=True)
class SyncStatus:
    """Whether the interpretation was published together with the policy (三同步).

    state: SAME_DAY (the same date, and only then), IN_TIME (within the allowed working days), LATE, EARLY (the
    interpretation dated before the policy: two dates to check), or UNKNOWN (no policy date);
    working_days: working days from the policy to the interpretation on the working-day calendar (policy day
    not counted; 0 for a weekend or holiday right after it);
    estimated: the calendar had no holiday data for a year involved (counted Monday–Friday)."""

    state: str
    working_days: int | None = None
    allowed: int = 3
    estimated: bool = False

    @property
    def synced(self) -> bool | None:
        return None if self.state == UNKNOWN else self.state != LATE

    @property
    def label(self) -> str:
        """What the 报备表's 是否同步发布 column says: 是, or 否（晚5个工作日）; — without a policy date."""
        if self.state == UNKNOWN:
            return "—"
        if self.state == LATE:
            return f"否（晚{self.working_days}个工作日）"
        return "是"

    @property
    def after(self) -> str:
        """同日 / 2个工作日后 / 0个工作日后（休息日）."""
        if self.state == SAME_DAY:
            return "同日"
        if self.state == EARLY:
            return "早于文件"
        return f"{self.working_days}个工作日后" + ("，休息日发布" if self.working_days == 0 else "")

    @property
    def short(self) -> str:
        """For the window's table: 是（同日） / 是（2个工作日后） / 否（5个工作日后）."""
        if self.state == UNKNOWN:
            return "未填文件日期"
        return f"{'否' if self.state == LATE else '是'}（{self.after}）"

    @property
    def explanation(self) -> str:
        if self.state == UNKNOWN:
            return "未填文件发布日期，无法判断是否同步发布。"
        if self.state == SAME_DAY:
            return "与政策文件同日发布。"
        if self.state == EARLY:
            return "解读发布日期早于政策文件发布日期，请核对两个日期是否填反。"
        note = "（该年份尚未录入节假日安排，按周一至周五推算）" if self.estimated else ""
        if self.working_days == 0:
            return f"在文件发布后的休息日发布，其间没有工作日（0个工作日后），视为同步{note}。"
        if self.state == IN_TIME:
            return (f"在文件发布{self.working_days}个工作日后发布，未超过{self.allowed}个工作日，"
                    f"视为同步{note}。")
        return f"在文件发布{self.working_days}个工作日后才发布，超过{self.allowed}个工作日，未同步{note}。"


def sync_status(policy_day: dt.date | None, interp_day: dt.date, cal: WorkCalendar, allowed: int) -> SyncStatus:
    if policy_day is None:
        return SyncStatus(UNKNOWN, None, allowed)
    if interp_day == policy_day:
        return SyncStatus(SAME_DAY, 0, allowed)
    if interp_day < policy_day:
        return SyncStatus(EARLY, None, allowed)
    days = cal.working_days_between(policy_day, interp_day)
    estimated = bool(cal.fallback_years(policy_day, interp_day))
    return SyncStatus(IN_TIME if days <= allowed else LATE, days, allowed, estimated)


def sync_days(session: Session) -> int:
    return int(settings.get_setting(session, "interp_sync_days") or 0)


def sync_statuses(session: Session, records: Iterable[PolicyInterpretation],
                  cal: WorkCalendar | None = None) -> dict[int, SyncStatus]:
    cal = cal or load_calendar(session)
    allowed = sync_days(session)
    return {r.id: sync_status(r.policy_published_on, r.published_on, cal, allowed) for r in records}


def record_json(record: PolicyInterpretation, status: SyncStatus) -> dict:
    data = record_values(record)
    for key in ("policy_published_on", "published_on"):
        data[key] = data[key].isoformat() if data[key] else None
    data["id"] = record.id
    data["synced"] = status.synced
    data["sync"] = status.label
    data["sync_working_days"] = status.working_days
    return data


# ---- the month's header block and its 已报送 state ------------------------------------------------------------

@dataclass(frozen=True)
class FilingHeader:
    """The header block of a month's 报备表, with the defaults filled in (clerk name, unit phone)."""

    month: str
    unit: str
    filler: str
    phone: str
    reviewer: str
    filled_on: dt.date
    submitted_on: dt.date | None

    @property
    def submitted(self) -> bool:
        return self.submitted_on is not None


def unit_full_name(session: Session) -> str:
    return settings.authority_name(settings.get_unit(session))


def filing_header(session: Session, month: str, today: dt.date | None = None) -> FilingHeader:
    key = month_key(month)
    filing = _filing(session, key)
    unit = settings.get_unit(session)
    today = today or clock.today()
    return FilingHeader(
        month=key,
        unit=unit_full_name(session),
        filler=(filing.filler if filing and filing.filler else settings.get_setting(session, "clerk_name") or ""),
        phone=(filing.phone if filing and filing.phone else (unit.phone if unit else "")),
        reviewer=filing.reviewer if filing else "",
        filled_on=(filing.filled_on if filing and filing.filled_on else today),
        submitted_on=filing.submitted_on if filing else None,
    )


def _filing_for_update(session: Session, key: str) -> MonthlyFiling:
    filing = _filing(session, key)
    if filing is None:
        filing = MonthlyFiling(month=key)
        session.add(filing)
    return filing


def save_header(session: Session, month: str, *, filler: str | None = None, phone: str | None = None,
                reviewer: str | None = None, filled_on: object = None) -> FilingHeader:
    """Keep the header block of a month's 报备表 (fields left None keep their value)."""
    key = month_key(month)
    filing = _filing(session, key)
    if filing and filing.submitted_on:
        raise UserError(f"{month_title(key)}的报备表已报送，表头信息已锁定；确需修改，请先重新打开该月。")
    filing = _filing_for_update(session, key)
    for attr, value in (("filler", filler), ("phone", phone), ("reviewer", reviewer)):
        if value is not None and getattr(filing, attr) != value.strip():
            setattr(filing, attr, value.strip())
    if filled_on is not None:
        day = _date(filled_on, "填报日期", False)
        if filing.filled_on != day:
            filing.filled_on = day
    session.flush()
    return filing_header(session, key)


def submit_month(session: Session, month: str, day: dt.date | None = None) -> MonthlyFiling:
    """Mark the month's 报备表 as sent upward (已报送) on `day` (default today); its records are locked."""
    key = month_key(month)
    today = clock.today()
    day = day or today
    first, _last = month_bounds(key)
    if first > today:
        raise UserError(f"{month_title(key)}还没有到，不能标记为已报送，请核对月份。")
    if day > today:
        raise UserError(f"报送日期{format_cn(day)}晚于今天，请填写实际报送的日期。")
    if day < first:
        raise UserError(f"报送日期{format_cn(day)}早于{month_title(key)}，请填写实际报送的日期。")
    filing = _filing_for_update(session, key)
    if filing.submitted_on:
        raise UserError(f"{month_title(key)}的报备表已于{format_cn(filing.submitted_on)}标记为已报送，无需重复标记。")
    if not filing.filler:
        filing.filler = settings.get_setting(session, "clerk_name") or ""
    if not filing.phone:
        unit = settings.get_unit(session)
        filing.phone = unit.phone if unit else ""
    if not filing.filled_on:
        filing.filled_on = day
    filing.submitted_on = day
    session.flush()
    return filing


def reopen_month(session: Session, month: str) -> MonthlyFiling:
    """Take back the 已报送 mark so the month's records can be corrected (the audit log keeps the change)."""
    key = month_key(month)
    filing = _filing(session, key)
    if filing is None or not filing.submitted_on:
        raise UserError(f"{month_title(key)}的报备表尚未标记为已报送，无需重新打开。")
    filing.submitted_on = None
    session.flush()
    return filing


def filings(session: Session) -> dict[str, MonthlyFiling]:
    return {f.month: f for f in session.scalars(select(MonthlyFiling))}


# ---- the list of months: from the month the program was first used ---------------------------------------------

SUBMITTED, NOT_SUBMITTED, BEFORE_START = "已报送", "未报送", "启用前"


def first_month(session: Session, today: dt.date | None = None) -> str:
    """The first month whose 报备表 is kept in this program: the month the unit was set up
    (`settings.in_use_since`); the current month before that. Records and filings do not move it: an imported old
    spreadsheet dates records years back, and exporting or marking an old month creates its filing — neither
    means the program was in use then."""
    began = settings.in_use_since(session) or today or clock.today()
    return f"{began:%Y-%m}"


@dataclass(frozen=True)
class FilingMonth:
    """One month of the 报备表 list."""

    month: str
    records: int
    submitted_on: dt.date | None
    before_start: bool   # before the program was used: kept for its records or filing, never 未报送

    @property
    def status(self) -> str:
        return SUBMITTED if self.submitted_on else BEFORE_START if self.before_start else NOT_SUBMITTED

    @property
    def label(self) -> str:
        """“2026年10月（未报送）”."""
        return f"{month_title(self.month)}（{self.status}）"


def _record_counts(session: Session) -> Counter:
    return Counter(f"{day:%Y-%m}" for day in session.scalars(select(PolicyInterpretation.published_on)))


def filing_months(session: Session, today: dt.date | None = None) -> list[FilingMonth]:
    """Newest first: every month from `first_month` to the current one, and any other month with records or a
    filing (an imported old spreadsheet, a header saved for an old month)."""
    start, current = first_month(session, today), f"{today or clock.today():%Y-%m}"
    counts, kept = _record_counts(session), filings(session)
    months, key = set(counts) | set(kept), start
    while key <= current:
        months.add(key)
        key = next_month(key)
    return [FilingMonth(m, counts[m], kept[m].submitted_on if m in kept else None, m < start)
            for m in sorted(months, reverse=True)]


# ---- the monthly 报备表 ------------------------------------------------------------------------------------------

# Weights in ems of 五号 text on A4 landscape: dates and short names stay on one line, titles wrap.
REPORT_COLUMNS: tuple[Column, ...] = (
    Column("seq", "序号", 2.8, "center", "number"),
    Column("policy_title", "政策文件名称", 6.0),
    Column("doc_number", "文号", 6.0, "center"),
    Column("drafting_unit", "起草单位", 4.6, "center"),
    Column("policy_published_on", "文件发布日期", 5.0, "center", "date"),
    Column("title", "解读标题", 6.0),
    Column("form", "解读形式", 4.6, "center"),
    Column("interpreter", "解读人", 3.6, "center"),
    Column("role", "职务", 5.6, "center"),
    Column("published_on", "解读发布日期", 5.0, "center", "date"),
    Column("sync", "是否同步发布", 4.1, "center"),
    Column("channels", "发布渠道", 4.7, "center"),
    Column("link", "链接", 4.6),
    Column("remark", "备注", 3.0),
)


def _day_text(day: dt.date | None) -> str:
    """A date in the table as in the header block: 2026年10月8日."""
    return format_cn(day) if day else ""


def report_rows(session: Session, key: str) -> list[list[str]]:
    records = list_records(session, month=key)
    statuses = sync_statuses(session, records)
    rows = []
    for n, r in enumerate(records, 1):
        rows.append([str(n), r.policy_title, r.doc_number, r.drafting_unit, _day_text(r.policy_published_on), r.title,
                     r.form, r.interpreter, r.role, _day_text(r.published_on), statuses[r.id].label,
                     "、".join(r.channels or []), r.link, r.remark])
    return rows


def month_report(session: Session, month: str, today: dt.date | None = None) -> Document:
    """The month's 报备表 as a Document: title, the header block (填报单位, 报送月份, 填报人, 联系电话, 审核人,
    填报日期), the 14 columns of domain.md § 3 with rows by interpretation date then id, A4 landscape. A month
    without records gives the nil filing: one row saying 本月无政策解读."""
    key = month_key(month)
    head = filing_header(session, key, today)
    rows = report_rows(session, key)
    nil = not rows
    columns = list(REPORT_COLUMNS)
    if not rows:   # the nil filing: one line, in a first text column that keeps it on one line
        rows = [["", NIL_TEXT] + [""] * (len(REPORT_COLUMNS) - 2)]
        columns[1] = replace(columns[1], nowrap=True)
    lines = [
        header_line(("填报单位（盖章）", head.unit), ("报送月份", month_title(key))),
        header_line(("填报人", head.filler), ("联系电话", head.phone), ("审核人", head.reviewer),
                    ("填报日期", format_cn(head.filled_on))),
    ]
    allowed = sync_days(session)
    note = (f"注：解读与政策文件同日发布，或在文件发布后{allowed}个工作日内发布的，“是否同步发布”填“是”；"
            "括号内为解读晚于文件发布的工作日数。")
    return Document(
        title=REPORT_TITLE,
        subtitle_lines=lines,
        table=Table(columns=columns, rows=rows),
        paragraphs_after=[] if nil else [note],
        page=PageSetup("A4", landscape=True),   # its 14 columns; the layout sets the table as its page allows
        public=False,
        footer_left=f"{head.unit} {month_title(key)}政策解读情况报备表",
    )


def report_file_name(session: Session, month: str, fmt: str = "xlsx") -> str:
    """东风镇2026年10月政策解读报备表.xlsx"""
    unit = settings.get_unit(session)
    name = unit.name.strip() if unit else ""
    return f"{name}{month_title(month_key(month))}政策解读报备表.{fmt}"


REPORT_FORMATS = ("xlsx", "docx")


def write_report(session: Session, month: str, path: str | Path, fmt: str | None = None,
                 today: dt.date | None = None) -> Path:
    """Write the month's 报备表 to `path` as .xlsx or .docx (from the suffix when `fmt` is None)."""
    path = Path(path)
    fmt = (fmt or path.suffix.lstrip(".") or "xlsx").lower()
    if fmt not in REPORT_FORMATS:
        raise UserError(f"报备表只能导出为 .xlsx 或 .docx，不能导出为“{fmt}”，请改文件名或格式。")
    doc = month_report(session, month, today)
    try:
        if fmt == "xlsx":
            from gkdesk.io.xlsx_writer import write_xlsx

            write_xlsx(doc, path, sheet_title=f"{month_title(month_key(month))}报备表")
        else:
            from gkdesk.io.docx_writer import write_docx

            write_docx(doc, path)
    except PermissionError:
        raise UserError(f"文件“{path.name}”无法写入（可能正在Excel或WPS中打开），请关闭后重试或换一个文件名。") from None
    except FileNotFoundError:
        raise UserError(f"文件夹“{path.parent}”不存在，请重新选择保存位置。") from None
    return path


# ---- reminders -----------------------------------------------------------------------------------------------

def months_to_file(session: Session, today: dt.date) -> list[str]:
    """Months whose 报备表 is (or was) due and is not yet marked 已报送, oldest first: from `first_month` (at most a
    year back) to last month. Months before the program was used are never due here."""
    last = previous_month(f"{today:%Y-%m}")
    key = max(first_month(session, today), f"{today.year - 1:04d}-{today.month:02d}")
    done = {f.month for f in session.scalars(select(MonthlyFiling).where(MonthlyFiling.submitted_on.is_not(None)))}
    out = []
    while key <= last:
        if key not in done:
            out.append(key)
        key = next_month(key)
    return out


@provider
def filing_reminders(ctx: ReminderContext) -> list[Reminder]:
    out = []
    for key in months_to_file(ctx.session, ctx.today):
        due = due_date(ctx.session, key)
        left = (due - ctx.today).days
        count = len(list_records(ctx.session, month=key))
        what = f"{count}条解读" if count else NIL_TEXT
        out.append(Reminder(
            "interp_filing", f"{month_title(key)}政策解读报备表未报送", due, left, severity_for(left, ctx.soon_days),
            detail=f"{what}；应于{format_cn(due)}前报送本级政务公开主管部门，报送后请标记“已报送”。",
            ref=("interp_month", month_ref(key)), extra={"month": key, "records": count}))
    return out


# ---- yearly targets --------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class TargetProgress:
    dimension: str      # form | role
    name: str
    minimum: int
    done: int

    @property
    def met(self) -> bool:
        return self.done >= self.minimum

    @property
    def label(self) -> str:
        """在线访谈 0/1 (a role target reads 主要负责人解读 0/1)."""
        name = self.name + "解读" if self.dimension == "role" else self.name
        return f"{name} {self.done}/{self.minimum}"

    def to_json(self) -> dict:
        return {"dimension": self.dimension, "name": self.name, "minimum": self.minimum, "done": self.done,
                "met": self.met}


def _target_rows(session: Session, year: int) -> list[YearlyTarget]:
    return list(session.scalars(select(YearlyTarget).where(YearlyTarget.year == year)
                                .order_by(YearlyTarget.dimension, YearlyTarget.id)))


def ensure_targets(session: Session, year: int) -> list[YearlyTarget]:
    """The year's targets, creating the defaults of seed 001 when the year has none yet."""
    rows = _target_rows(session, year)
    if not rows:
        for dimension, name, minimum in DEFAULT_TARGETS:
            session.add(YearlyTarget(year=year, dimension=dimension, name=name, minimum=minimum))
        session.flush()
        rows = _target_rows(session, year)
    return rows


def targets(session: Session, year: int) -> list[tuple[str, str, int]]:
    """(dimension, name, minimum) of the year's targets without writing: the defaults when none are stored.
    Forms first, then roles, each in the order they were set (the defaults in seed 001's order)."""
    rows = _target_rows(session, year)
    found = [(t.dimension, t.name, t.minimum) for t in sorted(rows, key=lambda t: t.id)] if rows \
        else list(DEFAULT_TARGETS)
    return sorted(found, key=lambda item: item[0] != "form")   # stable: forms, then roles, each as entered


def set_target(session: Session, year: int, dimension: str, name: str, minimum: int) -> None:
    """Set one yearly minimum; 0 means no target for it this year (kept as 0 so that defaults do not return)."""
    if dimension not in DIMENSIONS:
        raise UserError(f"目标类别只能是解读形式或解读人职务，不能是“{dimension}”。")
    name = normalize_form(name) if dimension == "form" else normalize_role(name)
    try:
        minimum = int(minimum)
    except (TypeError, ValueError):
        raise UserError(f"“{name}”的目标次数“{minimum}”不是整数，请填写如 1 的次数。") from None
    if not 0 <= minimum <= 999:
        raise UserError(f"“{name}”的目标次数应在0到999之间，请修改。")
    ensure_targets(session, year)
    row = session.scalar(select(YearlyTarget).where(YearlyTarget.year == year, YearlyTarget.dimension == dimension,
                                                    YearlyTarget.name == name))
    if row is None:
        session.add(YearlyTarget(year=year, dimension=dimension, name=name, minimum=minimum))
    elif row.minimum != minimum:
        row.minimum = minimum
    session.flush()


def set_targets(session: Session, year: int, wanted: Iterable[tuple[str, str, int]]) -> None:
    for dimension, name, minimum in wanted:
        set_target(session, year, dimension, name, minimum)


def parse_target_name(name: str) -> tuple[str, str]:
    """(dimension, official name) of a target as a clerk writes it: 视频 → form; 主要负责人, 主要负责人解读, 专家 →
    role (an official role name wins over a form word); 访谈 → form 在线访谈."""
    key = _key(_text(name))
    if key.endswith("解读") and key[:-2] in _ROLE_KEYS:
        key = key[:-2]
    exact_roles = {_key(r) for r in INTERP_ROLES}
    if key in exact_roles or (key in _ROLE_KEYS and key not in _FORM_KEYS):
        return "role", _ROLE_KEYS[key]
    return "form", normalize_form(name)


def _year_counts(session: Session, year: int) -> tuple[Counter, Counter, Counter, int]:
    first, last = dt.date(year, 1, 1), dt.date(year, 12, 31)
    rows = session.execute(select(PolicyInterpretation.form, PolicyInterpretation.role, PolicyInterpretation.channels)
                           .where(PolicyInterpretation.published_on.between(first, last))).all()
    forms, roles, channels = Counter(), Counter(), Counter()
    for form, role, chans in rows:
        forms[form] += 1
        roles[role] += 1
        for c in chans or []:
            channels[c] += 1
    return forms, roles, channels, len(rows)


def target_table(session: Session, year: int) -> list[TargetProgress]:
    """Every target of the year with the count so far, those set to 0 (no target) included."""
    forms, roles, _channels, _total = _year_counts(session, year)
    return [TargetProgress(d, n, m, (forms if d == "form" else roles)[n]) for d, n, m in targets(session, year)]


def target_progress(session: Session, year: int) -> list[TargetProgress]:
    """The year's targets (minimum above 0) with the count so far."""
    return [p for p in target_table(session, year) if p.minimum > 0]


@dataclass(frozen=True)
class YearStats:
    """A year's interpretations counted the way the county reads them."""

    year: int
    total: int
    by_form: list[tuple[str, int]]       # every official form (0 included), then any other
    by_role: list[tuple[str, int]]
    by_channel: list[tuple[str, int]]    # channels used, most used first
    by_month: list[tuple[str, int]]      # 'YYYY-MM' → count, January to December
    synced: int
    late: int
    unknown: int
    progress: list[TargetProgress] = field(default_factory=list)

    def to_json(self) -> dict:
        return {"year": self.year, "total": self.total, "by_form": dict(self.by_form), "by_role": dict(self.by_role),
                "by_channel": dict(self.by_channel), "by_month": dict(self.by_month),
                "synced": self.synced, "late": self.late, "unknown": self.unknown,
                "targets": [p.to_json() for p in self.progress]}


def year_stats(session: Session, year: int) -> YearStats:
    forms, roles, channels, total = _year_counts(session, year)
    by_form = [(f, forms[f]) for f in INTERP_FORMS] + sorted((f, n) for f, n in forms.items() if f not in INTERP_FORMS)
    by_role = [(r, roles[r]) for r in INTERP_ROLES] + sorted((r, n) for r, n in roles.items() if r not in INTERP_ROLES)
    order = {c: i for i, c in enumerate(CHANNELS_13)}
    by_channel = sorted(channels.items(), key=lambda kv: (-kv[1], order.get(kv[0], 99), kv[0]))
    records = list_records(session, year=year)
    statuses = sync_statuses(session, records)
    months = Counter(f"{r.published_on:%Y-%m}" for r in records)
    by_month = [(f"{year:04d}-{m:02d}", months[f"{year:04d}-{m:02d}"]) for m in range(1, 13)]
    synced = sum(1 for s in statuses.values() if s.synced is True)
    late = sum(1 for s in statuses.values() if s.synced is False)
    return YearStats(year, total, by_form, by_role, by_channel, by_month, synced, late, total - synced - late,
                     target_progress(session, year))


@provider
def target_reminders(ctx: ReminderContext) -> list[Reminder]:
    year = ctx.today.year
    unmet = [p for p in target_progress(ctx.session, year) if not p.met]
    if not unmet:
        return []
    end = dt.date(year, 12, 31)
    severity = OPEN if ctx.today.month >= 10 else INFO   # the last quarter: time to act
    return [Reminder(
        "interp_target", f"{year}年政策解读目标尚未完成：{'、'.join(p.label for p in unmet)}", end,
        (end - ctx.today).days, severity,
        detail="县级工作要点要求每种形式每年至少开展规定次数，请在年底前安排。",
        ref=("interp_year", year), extra={"progress": [p.to_json() for p in unmet]})]


# ---- import of an old spreadsheet ---------------------------------------------------------------------------------

INTERP_FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec("seq", "序号", ("序号", "编号")),
    FieldSpec("policy_title", "政策文件名称", ("政策文件名称", "文件名称", "政策名称", "政策文件", "被解读文件",
                                          "被解读文件名称", "政策文件标题", "文件标题"), True),
    FieldSpec("doc_number", "文号", ("文号", "发文字号", "发文文号", "文件编号", "文件文号")),
    FieldSpec("drafting_unit", "起草单位", ("起草单位", "起草部门", "发文单位", "制发单位", "牵头单位", "文件起草单位")),
    FieldSpec("policy_published_on", "文件发布日期", ("文件发布日期", "文件发布时间", "政策发布日期", "政策发布时间",
                                                  "发文日期", "印发日期", "成文日期", "文件日期")),
    FieldSpec("title", "解读标题", ("解读标题", "解读稿标题", "解读材料标题", "解读名称", "解读材料名称", "解读文章标题"),
              True),
    FieldSpec("form", "解读形式", ("解读形式", "解读方式", "形式"), True),
    FieldSpec("interpreter", "解读人", ("解读人", "解读人姓名", "解读者")),
    FieldSpec("role", "职务", ("职务", "解读人职务", "解读人身份", "身份", "职级")),
    FieldSpec("published_on", "解读发布日期", ("解读发布日期", "解读发布时间", "解读日期", "解读时间", "发布日期",
                                            "发布时间"), True),
    FieldSpec("sync", "是否同步发布", ("是否同步发布", "是否同步", "同步发布", "三同步")),
    FieldSpec("channels", "发布渠道", ("发布渠道", "发布平台", "解读渠道", "发布载体", "渠道", "平台")),
    FieldSpec("link", "链接", ("链接", "链接地址", "网址", "网页链接", "解读链接", "url")),
    FieldSpec("remark", "备注", ("备注", "说明")),
)




@dataclass
class ImportResult:
    rows: list[dict]                 # cleaned values, ready for add
    problems: list[Problem]
    skipped: int = 0                 # rows already in the database (or twice in the file)

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.is_error]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if not p.is_error]

    @property
    def ok(self) -> bool:
        return not self.errors


def prepare_import(path: str | Path, sheet: str | int | None = None) -> ImportPlan:
    """Read the sheet, find the header row below any title rows and map the 报备表's columns. Raises UserError."""
    from gkdesk.io.import_plan import read_plan   # python-calamine: not for the reminders `gkdesk due` reads here

    try:
        return read_plan(path, INTERP_FIELDS, sheet)
    except SheetError as exc:
        raise UserError(str(exc).rstrip("。") + "。") from None


def _identity(values: _Mapping) -> tuple:
    return (_key(values["policy_title"]), _key(values["title"]), values["published_on"])


def validate_import(session: Session, plan: ImportPlan, mapping: Mapping | None = None) -> ImportResult:
    """Clean every data row. Errors: a required column missing, a required value missing or unreadable, a row
    in a month already marked 已报送. Warnings: a row already recorded (or repeated in the file) — it is skipped."""
    mapping = mapping or plan.mapping
    problems: list[Problem] = []
    for spec in mapping.missing_required():
        problems.append(Problem(plan.header_row, spec.label, ERROR,
                                f"表头中找不到“{spec.label}”列，请在表头填写“{spec.label}”后重新导入"))
    if problems:
        return ImportResult([], problems)
    problems.extend(duplicated_columns(plan.header, mapping, plan.grid))

    def title(key: str) -> str:
        col = mapping.column_of(key)
        return plan.header.columns[col] if col is not None and plan.header.columns[col] else _LABELS.get(key, key)

    existing = {_identity(record_values(r)) for r in list_records(session)}
    locked = {f.month for f in filings(session).values() if f.submitted_on}
    seen: dict[tuple, int] = {}
    rows: list[dict] = []
    skipped = 0
    for source in data_rows(plan.grid, plan.header, mapping):
        faults = plan.grid.faults_in(source.number, mapping.field_to_column)
        if faults:
            problems.extend(Problem(source.number, title(key), ERROR, message) for key, message in faults)
            continue
        values = {k: v for k, v in source.values.items() if k in FIELDS}
        try:
            cleaned = clean_values(values)
        except FieldError as exc:
            problems.append(Problem(source.number, title(exc.field), ERROR, str(exc).rstrip("。")))
            continue
        key = f"{cleaned['published_on']:%Y-%m}"
        if key in locked:
            problems.append(Problem(source.number, title("published_on"), ERROR,
                                    f"{month_title(key)}的报备表已报送，该月记录已锁定，请先重新打开该月再导入"))
            continue
        ident = _identity(cleaned)
        if ident in existing:
            problems.append(Problem(source.number, "", WARNING, "这条解读已经录入过，本次跳过"))
            skipped += 1
            continue
        if ident in seen:
            problems.append(Problem(source.number, "", WARNING, f"与第{seen[ident]}行重复，本次跳过"))
            skipped += 1
            continue
        seen[ident] = source.number
        rows.append(cleaned)
    if not rows and not any(p.is_error for p in problems) and not skipped:
        problems.append(Problem(plan.header_row, "", ERROR, "表头下面没有解读记录，请确认选对了文件和工作表"))
    problems.sort(key=lambda p: (p.row, not p.is_error))
    return ImportResult(rows, problems, skipped)


def commit_import(session: Session, result: ImportResult, source: str = "") -> int:
    """Add every cleaned row; refused when the result has errors (a file is taken whole or not at all)."""
    errors = result.errors
    if errors:
        raise UserError(f"{('文件“' + source + '”') if source else '文件'}有{len(errors)}处错误（如{errors[0].text()}），"
                        "请改正后重新导入；本次没有导入任何记录。")
    for values in result.rows:
        _check_unlocked(session, values["published_on"], "导入")
        session.add(PolicyInterpretation(**values))
    session.flush()
    return len(result.rows)


def import_file(db, path: str | Path, sheet: str | int | None = None) -> tuple[int | None, ImportResult]:
    """prepare → validate → commit in one transaction. Returns (records added, or None when refused; result)."""
    plan = prepare_import(path, sheet)
    with db.transaction() as session:
        result = validate_import(session, plan)
        if not result.ok:
            return None, result
        return commit_import(session, result, plan.path.name), result
