"""标准目录与公开台账: the catalog, its ledger of disclosures, and deadlines.

- Areas (the 26 or the county's renamed/merged ones) can be added, renamed, merged, hidden and reordered.
- The reference template (resources/catalog/reference.json) starts a township off; its items are marked
  `is_reference` and the program says so until the county's catalog is imported.
- A county catalog (.xlsx/.xls) is read into an ImportPlan (every row as understood, problems by row) that the
  clerk sees before `apply_import` saves it; importing again updates items by (area, 一级事项, 二级事项).
- Each item's 公开时限 is parsed into a rule (gkdesk.domain.timelimit); the clerk may correct it (rule_edited).
- The ledger (公开台账): records of disclosures with deadlines on the working-day calendar and a status
  按时 / 逾期公开 / 待公开 / 已逾期; reminders for 首页 and `gkdesk due`; a started publicity of a linked subsidy
  program appears in its item's ledger by itself (subsidy.publish calls record_for_publicity).
- Exports: the catalog in the standard two-row-header layout (.xlsx, .docx) and the ledger of a year (.xlsx).
"""
from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from gkdesk import clock, paths
from gkdesk.domain import timelimit
from gkdesk.domain.dates import format_cn
from gkdesk.domain.timelimit import TimeLimitRule
from gkdesk.domain.vocab import (
    AREAS_26,
    AUDIENCES,
    CHANNELS_13,
    DISCLOSURE_MODES,
    DRAFT,
    LEVELS,
    PENDING_REVIEW,
    WORKING_DAYS,
)
from gkdesk.domain.workcal import WorkCalendar
from gkdesk.io import catalog_reader
from gkdesk.io.document import Column, Document, HeaderCell, PageSetup, Table, header_line
from gkdesk.io.sheets import SheetError
from gkdesk.services import settings
from gkdesk.services.errors import UserError
from gkdesk.services.reminders import Reminder, ReminderContext, provider, severity_for
from gkdesk.store.models import CatalogArea, CatalogItem, DisclosureRecord, PublicityBatch, SubsidyProgram

REFERENCE_FILE = ("catalog", "reference.json")
REFERENCE_AREAS = frozenset(AREAS_26)  # the template's areas: hidden when the county's catalog leaves them empty
BOARD_CHANNEL = "社区/企事业单位/村公示栏(电子屏)"
OTHER = "其他"

# Ledger statuses.
ON_TIME = "按时"
LATE = "逾期公开"
PENDING = "待公开"
OVERDUE = "已逾期"
DISCLOSED = "已公开"  # disclosed, the item has no computable deadline
STATUSES = (ON_TIME, LATE, PENDING, OVERDUE, DISCLOSED)

# Settings written by an import, read by the export.
SETTING_TITLE = "catalog_title"
SETTING_SOURCE = "catalog_source"
SETTING_OPTIONS = "catalog_option_labels"
SETTING_EXTRA = "catalog_extra_columns"

ITEM_FIELDS = ("level1", "level2", "content", "basis", "time_limit", "subject", "channels", "channel_other",
               "audience", "modes", "levels", "notes", "applicable")
FIELD_LABELS = {"level1": "一级事项", "level2": "二级事项", "content": "公开内容", "basis": "公开依据",
                "time_limit": "公开时限", "subject": "公开主体", "channels": "公开渠道和载体", "channel_other": "其他渠道",
                "audience": "公开对象", "modes": "公开方式", "levels": "公开层级", "notes": "其他列",
                "applicable": "是否适用"}
_CN_DIGITS = "零一二三四五六七八九"


# ---- helpers ---------------------------------------------------------------------------------------------

def item_label(item: CatalogItem) -> str:
    """一级事项/二级事项 (or the 一级事项 alone)."""
    return f"{item.level1}/{item.level2}" if item.level2 else item.level1


def cn_ordinal(n: int) -> str:
    """1 → 一, 10 → 十, 12 → 十二, 26 → 二十六 (section numbers of the exported catalog)."""
    if n < 10:
        return _CN_DIGITS[n]
    if n < 20:
        return "十" + (_CN_DIGITS[n % 10] if n % 10 else "")
    if n < 100:
        return _CN_DIGITS[n // 10] + "十" + (_CN_DIGITS[n % 10] if n % 10 else "")
    return str(n)


def _clean(text: Any) -> str:
    return str(text or "").strip()


def _clean_list(values: Iterable[str] | None) -> list[str]:
    return list(dict.fromkeys(v.strip() for v in (values or []) if v and v.strip()))


def _order_channels(channels: Iterable[str]) -> list[str]:
    wanted = _clean_list(channels)
    unknown = [c for c in wanted if c not in CHANNELS_13]
    if unknown:
        raise UserError(f"公开渠道“{unknown[0]}”不在13种标准渠道中，请从列表中选择，其他渠道请选“其他”并填写名称。")
    return [c for c in CHANNELS_13 if c in wanted]


# ---- rules and deadlines ---------------------------------------------------------------------------------

def item_rule(item: CatalogItem) -> TimeLimitRule | None:
    """The item's rule as stored (parsed, or corrected by the clerk); None when it has no 公开时限 at all."""
    if item.rule_event and item.rule_days is not None and item.rule_unit:
        return TimeLimitRule(item.time_limit, event=item.rule_event, days=item.rule_days, unit=item.rule_unit,
                             publicity_days=item.rule_publicity_days,
                             publicity_unit=WORKING_DAYS if item.rule_publicity_days else "")
    parsed = timelimit.parse_time_limit(item.time_limit)
    if parsed is not None and not parsed.computable:
        return parsed
    if item.time_limit.strip() or item.rule_edited:
        return TimeLimitRule(item.time_limit, kind="无固定期限" if item.rule_edited else "未能识别",
                             publicity_days=item.rule_publicity_days)
    return None


def _apply_rule(item: CatalogItem, rule: TimeLimitRule | None, edited: bool) -> None:
    if rule is not None and rule.computable:
        item.rule_event, item.rule_days, item.rule_unit = rule.event, rule.days, rule.unit
    else:
        item.rule_event, item.rule_days, item.rule_unit = "", None, ""
    item.rule_publicity_days = rule.publicity_days if rule is not None else None
    item.rule_edited = edited


def rule_text(item: CatalogItem) -> str:
    """How the program counts the item's deadline, for the screen."""
    rule = item_rule(item)
    if rule is None:
        return "未填写公开时限"
    if not rule.computable:
        return f"{rule.kind}（不计算期限）" if rule.kind != "未能识别" else "未能识别（不计算期限，可手工设定）"
    text = rule.describe()
    if item.rule_edited:
        text += "（已手工更正）"
    elif rule.assumed_event:
        text += "（未写明起算日，按信息形成之日计）"
    return text


def deadline_for(item: CatalogItem, formed_on: dt.date, cal: WorkCalendar) -> dt.date | None:
    rule = item_rule(item)
    return rule.deadline(formed_on, cal.working_days_after) if rule is not None else None


@dataclass(frozen=True)
class RecordStatus:
    status: str  # 按时 | 逾期公开 | 待公开 | 已逾期 | 已公开
    deadline: dt.date | None
    days_left: int | None = None  # unpublished: natural days from today to the deadline
    late_days: int | None = None  # published late: working (or natural) days after the deadline
    late_unit: str = ""

    @property
    def label(self) -> str:
        if self.status == LATE and self.late_days:
            unit = "个工作日" if self.late_unit == WORKING_DAYS else "天"
            return f"逾期公开（晚{self.late_days}{unit}）"
        if self.status == PENDING and self.days_left is not None:
            return "待公开（今天到期）" if self.days_left == 0 else f"待公开（还剩{self.days_left}天）"
        if self.status == OVERDUE and self.days_left is not None:
            return f"已逾期{-self.days_left}天"
        return self.status


def record_status(item: CatalogItem, record: DisclosureRecord, cal: WorkCalendar, today: dt.date) -> RecordStatus:
    deadline = deadline_for(item, record.formed_on, cal)
    if record.published_on is not None:
        if deadline is None:
            return RecordStatus(DISCLOSED, None)
        if record.published_on <= deadline:
            return RecordStatus(ON_TIME, deadline)
        if item.rule_unit == WORKING_DAYS:
            late = cal.working_days_between(deadline, record.published_on)
        else:
            late = (record.published_on - deadline).days
        return RecordStatus(LATE, deadline, late_days=late, late_unit=item.rule_unit)
    if deadline is None:
        return RecordStatus(PENDING, None)
    left = (deadline - today).days
    return RecordStatus(PENDING if left >= 0 else OVERDUE, deadline, days_left=left)


# ---- areas -----------------------------------------------------------------------------------------------

def areas(session: Session, include_hidden: bool = True) -> list[CatalogArea]:
    stmt = select(CatalogArea).order_by(CatalogArea.sort_order, CatalogArea.id)
    if not include_hidden:
        stmt = stmt.where(CatalogArea.hidden.is_(False))
    return list(session.scalars(stmt))


def find_area(session: Session, name: str) -> CatalogArea:
    text = _clean(name)
    area = session.get(CatalogArea, int(text)) if text.isdigit() else None
    area = area or session.scalar(select(CatalogArea).where(CatalogArea.name == text))
    if area is None:
        names = "、".join(a.name for a in areas(session)) or "（无）"
        raise UserError(f"没有名为“{name}”的领域，现有领域：{names}。")
    return area


def _check_area_name(session: Session, name: str, except_id: int | None = None) -> str:
    name = _clean(name)
    if not name:
        raise UserError("领域名称不能为空，请填写名称，例如“乡村振兴”。")
    if len(name) > 60:
        raise UserError(f"领域名称“{name[:20]}…”过长，请控制在60个字以内。")
    other = session.scalar(select(CatalogArea).where(CatalogArea.name == name))
    if other is not None and other.id != except_id:
        raise UserError(f"已有名为“{name}”的领域；如要把两个领域合并，请使用“合并”。")
    return name


def add_area(session: Session, name: str) -> CatalogArea:
    name = _check_area_name(session, name)
    last = session.scalar(select(func.max(CatalogArea.sort_order))) or 0
    area = CatalogArea(name=name, sort_order=last + 1, hidden=False)
    session.add(area)
    session.flush()
    return area


def rename_area(session: Session, area: CatalogArea, new_name: str) -> CatalogArea:
    area.name = _check_area_name(session, new_name, except_id=area.id)
    return area


def set_area_hidden(session: Session, area: CatalogArea, hidden: bool) -> None:
    area.hidden = bool(hidden)


def move_area(session: Session, area: CatalogArea, delta: int) -> None:
    """Move an area up (delta < 0) or down in the order."""
    ordered = areas(session)
    i = next(k for k, a in enumerate(ordered) if a.id == area.id)
    j = max(0, min(len(ordered) - 1, i + delta))
    ordered.insert(j, ordered.pop(i))
    for k, a in enumerate(ordered):
        a.sort_order = k


def merge_areas(session: Session, sources: list[CatalogArea], target_name: str) -> CatalogArea:
    """Merge areas into one named `target_name` (an existing area, or a new name for the first source), e.g.
    征地补偿 + 城乡规划 → 自然资源. Items move with their ledgers; the emptied areas are removed."""
    if not sources:
        raise UserError("请选择要合并的领域。")
    target_name = _clean(target_name)
    if not target_name:
        raise UserError("请填写合并后的领域名称。")
    target = session.scalar(select(CatalogArea).where(CatalogArea.name == target_name))
    if target is None:
        target = sources[0]
        target.name = target_name
    moving = [a for a in sources if a.id != target.id]
    taken = {(i.level1, i.level2): i for i in target.items}
    for area in moving:
        for item in area.items:
            clash = taken.get((item.level1, item.level2))
            if clash is not None:
                raise UserError(f"“{area.name}”的事项“{item_label(item)}”在“{target.name}”中已有同名事项，"
                                "请先改名或删除其中一个再合并。")
            taken[(item.level1, item.level2)] = item
    order = max((i.sort_order for i in target.items), default=0)
    for area in moving:
        for item in list(area.items):
            order += 1
            item.area = target
            item.sort_order = order
        session.flush()
        session.delete(area)
    target.hidden = False
    session.flush()
    session.expire(target, ["items"])
    return target


def delete_area(session: Session, area: CatalogArea) -> None:
    if area.items:
        raise UserError(f"领域“{area.name}”中还有{len(area.items)}个事项，不能删除；可以隐藏它，或先把事项合并到其他领域。")
    session.delete(area)


# ---- items -----------------------------------------------------------------------------------------------

def get_item(session: Session, item_id: int) -> CatalogItem:
    item = session.get(CatalogItem, item_id)
    if item is None:
        raise UserError(f"没有编号为 {item_id} 的目录事项，请用“gkdesk catalog list”查看。")
    return item


def find_item(session: Session, text: str) -> CatalogItem:
    """An item by id, "一级事项/二级事项", "领域/一级事项/二级事项", or a 一级/二级事项 name that is unique."""
    text = _clean(text)
    if not text:
        raise UserError("请指明目录事项：编号，或“一级事项/二级事项”。")
    if text.isdigit():
        return get_item(session, int(text))
    items = list(session.scalars(select(CatalogItem).options(selectinload(CatalogItem.area))))
    parts = [p.strip() for p in text.replace("／", "/").split("/")]

    def matches(i: CatalogItem) -> bool:
        if len(parts) == 3:
            return (i.area.name, i.level1, i.level2) == tuple(parts)
        if len(parts) == 2:
            return (i.level1, i.level2) == tuple(parts) or (i.area.name, i.level1) == tuple(parts) and not i.level2
        return text in (i.level1, i.level2) or text == item_label(i)

    found = [i for i in items if matches(i)] or [i for i in items if item_label(i) == text]
    if len(found) == 1:
        return found[0]
    if not found:
        raise UserError(f"目录中没有事项“{text}”，请用“gkdesk catalog list”查看事项的编号或名称。")
    names = "；".join(f"{i.id}：{i.area.name}/{item_label(i)}" for i in found[:6])
    raise UserError(f"“{text}”对应多个事项（{names}），请改用编号或“领域/一级事项/二级事项”。")


def _check_item_key(session: Session, area: CatalogArea, level1: str, level2: str, except_id: int | None) -> None:
    if not level1:
        raise UserError("一级事项不能为空，请填写。")
    other = session.scalar(select(CatalogItem).where(
        CatalogItem.area_id == area.id, CatalogItem.level1 == level1, CatalogItem.level2 == level2))
    if other is not None and other.id != except_id:
        raise UserError(f"“{area.name}”中已有事项“{item_label(other)}”，请换一个名称。")


def _set_fields(item: CatalogItem, values: dict[str, Any]) -> None:
    for key, value in values.items():
        if key not in ITEM_FIELDS:
            raise TypeError(f"unknown catalog item field {key!r}")
        if key in ("channels",):
            value = _order_channels(value)
        elif key in ("audience", "modes", "levels"):
            value = _clean_list(value)
        elif key == "notes":
            value = {str(k): str(v) for k, v in (value or {}).items() if str(v).strip()}
        elif key == "applicable":
            value = bool(value)
        else:
            value = _clean(value)
        setattr(item, key, value)
    if item.channel_other and OTHER not in item.channels:
        item.channels = [c for c in CHANNELS_13 if c in {*item.channels, OTHER}]


def add_item(session: Session, area: CatalogArea, level1: str, level2: str = "", **fields: Any) -> CatalogItem:
    level1, level2 = _clean(level1), _clean(level2)
    _check_item_key(session, area, level1, level2, None)
    order = session.scalar(select(func.max(CatalogItem.sort_order))) or 0
    item = CatalogItem(area=area, level1=level1, level2=level2, sort_order=order + 1, channels=[], audience=[],
                       modes=[], levels=[], notes={}, applicable=True, is_reference=False)
    _set_fields(item, fields)
    _apply_rule(item, timelimit.parse_time_limit(item.time_limit), edited=False)
    session.add(item)
    session.flush()
    return item


def update_item(session: Session, item: CatalogItem, area: CatalogArea | None = None, **fields: Any) -> CatalogItem:
    """Change an item's columns and, with ``area``, move it there (its name is checked in the area it ends in);
    a changed 公开时限 text is parsed again (a hand correction is dropped)."""
    target = area if area is not None else item.area
    level1 = _clean(fields.get("level1", item.level1))
    level2 = _clean(fields.get("level2", item.level2))
    if (level1, level2, target.id) != (item.level1, item.level2, item.area_id):
        _check_item_key(session, target, level1, level2, item.id)
    old_text = item.time_limit
    _set_fields(item, fields)
    item.area = target
    if item.time_limit != old_text:
        _apply_rule(item, timelimit.parse_time_limit(item.time_limit), edited=False)
    return item


def move_item(session: Session, item: CatalogItem, area: CatalogArea) -> None:
    update_item(session, item, area=area)


def set_applicable(session: Session, item: CatalogItem, applicable: bool) -> None:
    item.applicable = bool(applicable)


def set_rule(session: Session, item: CatalogItem, event: str, days: int | None, unit: str,
             publicity_days: int | None = None) -> TimeLimitRule:
    """The clerk's correction of the parsed rule (kept across re-imports while the 公开时限 text stays)."""
    try:
        rule = timelimit.make_rule(item.time_limit, event, days, unit, publicity_days)
    except timelimit.TimeLimitError as exc:
        raise UserError(str(exc)) from None
    _apply_rule(item, rule, edited=True)
    return rule


def reset_rule(session: Session, item: CatalogItem) -> TimeLimitRule | None:
    """Forget the hand correction and parse the 公开时限 text again."""
    rule = timelimit.parse_time_limit(item.time_limit)
    _apply_rule(item, rule, edited=False)
    return rule


def delete_item(session: Session, item: CatalogItem) -> None:
    count = len(item.records)
    if count:
        raise UserError(f"事项“{item_label(item)}”已有{count}条公开记录，不能删除；如本镇不涉及，请标为“不适用”。")
    linked = session.scalar(select(SubsidyProgram.name).where(SubsidyProgram.catalog_item_id == item.id).limit(1))
    if linked:
        raise UserError(f"补贴项目“{linked}”关联了事项“{item_label(item)}”，请先在该事项的“修改事项…”中取消关联再删除。")
    session.delete(item)


# ---- reference template ------------------------------------------------------------------------------------

def load_reference() -> dict:
    path = paths.resource(*REFERENCE_FILE)
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise UserError(f"找不到参考模板文件“{path}”，程序文件可能不完整，请重新安装。") from None


def install_reference(session: Session) -> int:
    """Add the 26 areas and the reference items that are missing; returns how many items were added."""
    data = load_reference()
    existing = {a.name: a for a in areas(session)}
    order = max((a.sort_order for a in existing.values()), default=-1)
    for name in data["areas"]:
        if name not in existing:
            order += 1
            existing[name] = CatalogArea(name=name, sort_order=order, hidden=False)
            session.add(existing[name])
    session.flush()
    have = set(session.execute(select(CatalogItem.area_id, CatalogItem.level1, CatalogItem.level2)).all())
    item_order = session.scalar(select(func.max(CatalogItem.sort_order))) or 0
    added = 0
    for spec in data["items"]:
        area = existing[spec["area"]]
        if (area.id, spec["level1"], spec["level2"]) in have:
            continue
        item_order += 1
        item = CatalogItem(area=area, level1=spec["level1"], level2=spec["level2"], content=spec["content"],
                           basis=spec["basis"], time_limit=spec["time_limit"], subject=spec["subject"],
                           channels=[c for c in CHANNELS_13 if c in spec["channels"]],
                           channel_other=spec.get("channel_other", ""), audience=list(spec["audience"]),
                           modes=list(spec["modes"]), levels=list(spec["levels"]), notes={}, applicable=True,
                           is_reference=True, sort_order=item_order)
        _apply_rule(item, timelimit.parse_time_limit(item.time_limit), edited=False)
        session.add(item)
        added += 1
    session.flush()
    return added


def reference_count(session: Session) -> int:
    return session.scalar(select(func.count(CatalogItem.id)).where(CatalogItem.is_reference.is_(True))) or 0


def reference_notice(session: Session) -> str | None:
    """The sentence shown above the catalog while items of the reference template remain."""
    n = reference_count(session)
    if not n:
        return None
    return (f"目录中有{n}个事项来自程序自带的参考模板（仅作起步参考），"
            "请导入本县（市、区）发布的基层政务公开事项标准目录替换。")


def drop_reference(session: Session) -> tuple[int, int]:
    """Remove the reference items that have no ledger records and no linked program; hide the template's areas
    left empty (an area the clerk added stays).
    Returns (removed, kept)."""
    linked = set(session.scalars(select(SubsidyProgram.catalog_item_id).where(
        SubsidyProgram.catalog_item_id.is_not(None))))
    removed = kept = 0
    touched: set[int] = set()
    for item in session.scalars(select(CatalogItem).where(CatalogItem.is_reference.is_(True))):
        if item.records or item.id in linked:
            kept += 1
            continue
        touched.add(item.area_id)
        session.delete(item)
        removed += 1
    session.flush()
    for area in areas(session):
        session.refresh(area, ["items"])
        if not area.items and (area.id in touched or area.name in REFERENCE_AREAS):
            area.hidden = True
    return removed, kept


# ---- import of a county catalog ------------------------------------------------------------------------------

ADD, UPDATE, SAME = "新增", "更新", "不变"


@dataclass
class PlannedItem:
    """One row of the file as it will be saved."""

    row: catalog_reader.CatalogRow
    action: str  # 新增 | 更新 | 不变
    item_id: int | None = None
    changes: list[str] = field(default_factory=list)  # labels of the fields that change
    rule: TimeLimitRule | None = None

    @property
    def where(self) -> str:
        return self.row.where

    @property
    def rule_text(self) -> str:
        if self.rule is None:
            return "未填写" if not self.row.time_limit else "未能识别（不计算期限）"
        return self.rule.describe()


@dataclass(frozen=True)
class PlanProblem:
    where: str
    message: str
    sheet: str = ""
    row: int | None = None

    def __str__(self) -> str:
        return f"{self.where}：{self.message}" if self.where else self.message


@dataclass
class ImportPlan:
    path: Path
    title: str
    items: list[PlannedItem]
    problems: list[PlanProblem]
    new_areas: list[str]
    sheets: list[str]
    extra_columns: list[str]
    option_labels: dict[str, list[str]]
    reference_items: int = 0  # reference items now in the catalog

    def count(self, action: str) -> int:
        return sum(1 for p in self.items if p.action == action)

    def problems_at(self, sheet: str, row: int) -> list[PlanProblem]:
        return [p for p in self.problems if p.sheet == sheet and p.row == row]

    def summary(self) -> str:
        parts = [(f"共读到{len(self.items)}个事项：新增{self.count(ADD)}个，更新{self.count(UPDATE)}个，"
                  f"不变{self.count(SAME)}个")]
        if self.new_areas:
            parts.append(f"新领域{len(self.new_areas)}个（{'、'.join(self.new_areas)}）")
        if self.problems:
            parts.append(f"需要注意的问题{len(self.problems)}处")
        return "；".join(parts) + "。"


def _row_values(row: catalog_reader.CatalogRow) -> dict[str, Any]:
    return dict(content=row.content, basis=row.basis, time_limit=row.time_limit, subject=row.subject,
                channels=list(row.channels), channel_other=row.channel_other, audience=list(row.audience),
                modes=list(row.modes), levels=list(row.levels))


def _merged_notes(old: dict, new: dict, file_columns: Iterable[str]) -> dict:
    keep = {k: v for k, v in (old or {}).items() if k not in set(file_columns)}
    keep.update(new)
    return keep


def plan_import(session: Session, path: str | Path, sheet: str | int | None = None) -> ImportPlan:
    """Read a county catalog and compare it with the database; nothing is saved."""
    path = Path(path)
    try:
        data = catalog_reader.read_catalog(path, sheet, known_areas=[a.name for a in areas(session)])
    except SheetError as exc:
        raise UserError(str(exc)) from None
    existing_areas = {a.name: a for a in areas(session)}
    existing: dict[tuple[str, str, str], CatalogItem] = {
        (i.area.name, i.level1, i.level2): i
        for i in session.scalars(select(CatalogItem).options(selectinload(CatalogItem.area)))}
    problems = [PlanProblem(p.where, p.message, p.sheet, p.row) for p in data.problems]
    seen: dict[tuple[str, str, str], catalog_reader.CatalogRow] = {}
    planned: list[PlannedItem] = []
    new_areas: list[str] = []
    for row in data.rows:
        key = (row.area, row.level1, row.level2)
        if key in seen:
            problems.append(PlanProblem(row.where, f"事项“{row.area}/{row.level1}/{row.level2}”与{seen[key].where}重复，"
                                        "未导入；如确是两个事项，请在二级事项中加以区分", row.sheet, row.row))
            continue
        seen[key] = row
        if len(row.level1) > 100 or len(row.level2) > 100:
            problems.append(PlanProblem(row.where, "一级或二级事项超过100个字，未导入；请核对是否把公开内容填进了事项列",
                                        row.sheet, row.row))
            continue
        rule = timelimit.parse_time_limit(row.time_limit)
        if row.time_limit and rule is None:
            problems.append(PlanProblem(row.where, f"公开时限“{row.time_limit}”未能识别，将按文字保存、不计算期限；"
                                        "导入后可在事项中手工设定", row.sheet, row.row))
        if row.area not in existing_areas and row.area not in new_areas:
            new_areas.append(row.area)
        item = existing.get(key)
        if item is None:
            planned.append(PlannedItem(row, ADD, rule=rule))
            continue
        values = _row_values(row)
        values["notes"] = _merged_notes(item.notes, row.notes, data.extra_columns)
        changes = [FIELD_LABELS[k] for k, v in values.items() if getattr(item, k) != v]
        if item.is_reference:
            changes.append("由参考模板转为本县目录")
        planned.append(PlannedItem(row, UPDATE if changes else SAME, item.id, changes, rule))
    sheet_order = {name: k for k, name in enumerate(data.sheets)}
    problems.sort(key=lambda p: (sheet_order.get(p.sheet, -1), p.row or 0))
    if not planned:  # saving nothing would still replace the reference template: refuse
        raise UserError(_nothing_to_import(path, problems))
    return ImportPlan(path, data.title, planned, problems, new_areas, data.sheets, data.extra_columns,
                      data.option_labels, reference_count(session))


def _nothing_to_import(path: Path, problems: list[PlanProblem]) -> str:
    if problems:
        return (f"文件“{path.name}”中没有可导入的事项，有{len(problems)}处问题（如{problems[0]}），"
                "请改正后重新导入；本次没有导入任何事项。")
    return f"文件“{path.name}”的表头下面没有事项，请确认选对了文件和工作表。"


@dataclass(frozen=True)
class ImportResult:
    added: int
    updated: int
    unchanged: int
    reference_removed: int = 0
    reference_kept: int = 0

    def summary(self) -> str:
        text = f"已导入标准目录：新增{self.added}个事项，更新{self.updated}个，不变{self.unchanged}个"
        if self.reference_removed or self.reference_kept:
            text += f"；移除参考模板事项{self.reference_removed}个"
            if self.reference_kept:
                text += f"（{self.reference_kept}个已有公开记录或关联补贴项目，予以保留）"
        return text + "。"


def apply_import(session: Session, plan: ImportPlan, replace_reference: bool = True) -> ImportResult:
    """Save a plan: add new items, update changed ones (a hand-corrected rule stays while its text stays), put
    areas and items in the file's order; then (by default) remove the reference items the county's catalog
    replaces."""
    by_name = {a.name: a for a in areas(session)}
    empty_before = {a.name for a in by_name.values() if not a.items}
    appearance: list[str] = list(dict.fromkeys(p.row.area for p in plan.items))
    for name in appearance:
        if name not in by_name:
            by_name[name] = CatalogArea(name=name, hidden=False, sort_order=0)
            session.add(by_name[name])
    ordered = [by_name[n] for n in appearance] + [a for n, a in by_name.items() if n not in appearance]
    for k, area in enumerate(sorted(ordered, key=lambda a: (a.name not in appearance,
                                                             appearance.index(a.name) if a.name in appearance
                                                             else a.sort_order))):
        area.sort_order = k
    session.flush()
    added = updated = same = 0
    for order, planned in enumerate(plan.items, start=1):
        row = planned.row
        values = _row_values(row)
        if planned.item_id is None:
            item = CatalogItem(area=by_name[row.area], level1=row.level1, level2=row.level2, applicable=True,
                               is_reference=False, notes=dict(row.notes), sort_order=order)
            for k, v in values.items():
                setattr(item, k, v)
            _apply_rule(item, planned.rule, edited=False)
            session.add(item)
            added += 1
            continue
        item = session.get(CatalogItem, planned.item_id)
        text_changed = item.time_limit != row.time_limit
        for k, v in values.items():
            if getattr(item, k) != v:
                setattr(item, k, v)
        notes = _merged_notes(item.notes, row.notes, plan.extra_columns)
        if notes != item.notes:
            item.notes = notes
        if text_changed or not item.rule_edited:
            _apply_rule(item, planned.rule, edited=False)
        item.is_reference = False
        item.sort_order = order
        if planned.action == UPDATE:
            updated += 1
        else:
            same += 1
    for name in appearance:  # an area hidden only because it was empty shows again with the county's items
        if name in empty_before:
            by_name[name].hidden = False
    session.flush()
    if plan.title:
        settings.set_setting(session, SETTING_TITLE, plan.title)
    settings.set_setting(session, SETTING_SOURCE, {"file": plan.path.name, "imported_on": clock.today().isoformat()})
    if any(plan.option_labels.values()):
        settings.set_setting(session, SETTING_OPTIONS, plan.option_labels)
    settings.set_setting(session, SETTING_EXTRA, list(plan.extra_columns))
    removed = kept = 0
    if replace_reference:
        removed, kept = drop_reference(session)
    return ImportResult(added, updated, same, removed, kept)


def import_catalog(session: Session, path: str | Path, sheet: str | int | None = None,
                   replace_reference: bool = True) -> tuple[ImportPlan, ImportResult]:
    plan = plan_import(session, path, sheet)
    return plan, apply_import(session, plan, replace_reference)


# ---- ledger --------------------------------------------------------------------------------------------------

def get_record(session: Session, record_id: int) -> DisclosureRecord:
    record = session.get(DisclosureRecord, record_id)
    if record is None:
        raise UserError(f"没有编号为 {record_id} 的公开记录。")
    return record


_RECORD_FIELDS = ("title", "formed_on", "published_on", "channels", "place", "handler", "reviewer", "reviewed_on")


def _check_record(title: str, formed_on: dt.date | None, published_on: dt.date | None, reviewer: str,
                  reviewed_on: dt.date | None) -> None:
    if not title:
        raise UserError("请填写公开信息的标题。")
    if len(title) > 200:
        raise UserError("信息标题超过200个字，请精简。")
    if formed_on is None:
        raise UserError("请填写信息形成日期（公开时限从这一天起算）。")
    if published_on is not None and published_on < formed_on:
        raise UserError(f"公开日期 {format_cn(published_on)} 早于信息形成日期 {format_cn(formed_on)}，请核对。")
    if reviewer and reviewed_on is None:
        raise UserError("填写了保密审查人，请同时填写审查日期。")
    if reviewed_on is not None and not reviewer:
        raise UserError("填写了审查日期，请同时填写保密审查人。")
    if reviewed_on is not None and published_on is not None and reviewed_on > published_on:
        raise UserError(f"保密审查日期 {format_cn(reviewed_on)} 晚于公开日期 {format_cn(published_on)}，"
                        "应先审后发，请核对。")


def _record_channels(channels: Iterable[str] | None) -> list[str]:
    values = _clean_list(channels)
    known = [c for c in CHANNELS_13 if c in values]
    return known + [c for c in values if c not in CHANNELS_13]


def add_record(session: Session, item: CatalogItem, *, title: str, formed_on: dt.date,
               published_on: dt.date | None = None, channels: Iterable[str] | None = None, place: str = "",
               handler: str = "", reviewer: str = "", reviewed_on: dt.date | None = None,
               batch_id: int | None = None) -> DisclosureRecord:
    """Record a disclosure of `item` (or information formed and still to be disclosed: published_on None)."""
    title, reviewer = _clean(title), _clean(reviewer)
    _check_record(title, formed_on, published_on, reviewer, reviewed_on)
    record = DisclosureRecord(item=item, title=title, formed_on=formed_on, published_on=published_on,
                              channels=_record_channels(channels if channels is not None else item.channels),
                              place=_clean(place), handler=_clean(handler) or settings.get_setting(session, "clerk_name")
                              or "", reviewer=reviewer, reviewed_on=reviewed_on, batch_id=batch_id)
    session.add(record)
    session.flush()
    return record


def item_of_record(session: Session, record_id: int) -> int | None:
    """The item a ledger record belongs to (None when the record no longer exists)."""
    return session.scalar(select(DisclosureRecord.item_id).where(DisclosureRecord.id == record_id))


def update_record(session: Session, record: DisclosureRecord, **fields: Any) -> DisclosureRecord:
    unknown = set(fields) - set(_RECORD_FIELDS) - {"item"}
    if unknown:
        raise TypeError(f"unknown record fields {sorted(unknown)}")
    values = {k: getattr(record, k) for k in _RECORD_FIELDS}
    values.update(fields)
    values["title"], values["reviewer"] = _clean(values["title"]), _clean(values["reviewer"])
    _check_record(values["title"], values["formed_on"], values["published_on"], values["reviewer"],
                  values["reviewed_on"])
    values["channels"] = _record_channels(values["channels"])
    values["place"], values["handler"] = _clean(values["place"]), _clean(values["handler"])
    for k, v in values.items():
        if getattr(record, k) != v:
            setattr(record, k, v)
    if "item" in fields and fields["item"] is not None:
        record.item = fields["item"]
    return record


def delete_record(session: Session, record: DisclosureRecord) -> None:
    session.delete(record)


@dataclass(frozen=True)
class LedgerRow:
    record: DisclosureRecord
    item: CatalogItem
    area: str
    status: RecordStatus


def item_records(session: Session, item: CatalogItem, cal: WorkCalendar, today: dt.date) -> list[LedgerRow]:
    records = session.scalars(select(DisclosureRecord).where(DisclosureRecord.item_id == item.id)
                              .order_by(DisclosureRecord.formed_on.desc(), DisclosureRecord.id.desc()))
    return [LedgerRow(r, item, item.area.name, record_status(item, r, cal, today)) for r in records]


def ledger_rows(session: Session, year: int, cal: WorkCalendar, today: dt.date) -> list[LedgerRow]:
    """Records formed or published in `year` (and older ones still undisclosed), by area and item order."""
    first, last = dt.date(year, 1, 1), dt.date(year, 12, 31)
    stmt = (select(DisclosureRecord).join(CatalogItem).join(CatalogArea)
            .where(((DisclosureRecord.formed_on >= first) & (DisclosureRecord.formed_on <= last))
                   | ((DisclosureRecord.published_on >= first) & (DisclosureRecord.published_on <= last))
                   | (DisclosureRecord.published_on.is_(None) & (DisclosureRecord.formed_on <= last)))
            .options(selectinload(DisclosureRecord.item).selectinload(CatalogItem.area))
            .order_by(CatalogArea.sort_order, CatalogItem.sort_order, DisclosureRecord.formed_on,
                      DisclosureRecord.id))
    return [LedgerRow(r, r.item, r.item.area.name, record_status(r.item, r, cal, today))
            for r in session.scalars(stmt)]


# ---- the catalog as a tree -----------------------------------------------------------------------------------

@dataclass(frozen=True)
class ItemSummary:
    id: int
    area_id: int
    level1: str
    level2: str
    time_limit: str
    applicable: bool
    is_reference: bool
    disclosed_this_year: int  # records published this year
    pending: int  # unpublished, deadline not passed (or none)
    overdue: int  # unpublished, deadline passed

    @property
    def label(self) -> str:
        return f"{self.level1}/{self.level2}" if self.level2 else self.level1

    @property
    def none_this_year(self) -> bool:
        """An applicable item with no disclosure this year: it stands out in the tree."""
        return self.applicable and self.disclosed_this_year == 0


@dataclass(frozen=True)
class AreaSummary:
    id: int
    name: str
    hidden: bool
    items: tuple[ItemSummary, ...]

    @property
    def disclosed_this_year(self) -> int:
        return sum(i.disclosed_this_year for i in self.items)

    @property
    def overdue(self) -> int:
        return sum(i.overdue for i in self.items)

    @property
    def without_disclosure(self) -> int:
        return sum(1 for i in self.items if i.none_this_year)


def overview(session: Session, year: int, cal: WorkCalendar, today: dt.date,
             include_hidden: bool = False) -> list[AreaSummary]:
    """The catalog tree with counts: disclosures published in `year`, pending and overdue records."""
    first, last = dt.date(year, 1, 1), dt.date(year, 12, 31)
    counts = dict(session.execute(
        select(DisclosureRecord.item_id, func.count(DisclosureRecord.id))
        .where(DisclosureRecord.published_on >= first, DisclosureRecord.published_on <= last)
        .group_by(DisclosureRecord.item_id)).all())
    items = list(session.scalars(select(CatalogItem).order_by(CatalogItem.sort_order, CatalogItem.id)))
    by_id = {i.id: i for i in items}
    pending: dict[int, int] = defaultdict(int)
    overdue: dict[int, int] = defaultdict(int)
    for record in session.scalars(select(DisclosureRecord).where(DisclosureRecord.published_on.is_(None))):
        status = record_status(by_id[record.item_id], record, cal, today)
        (overdue if status.status == OVERDUE else pending)[record.item_id] += 1
    per_area: dict[int, list[ItemSummary]] = defaultdict(list)
    for i in items:
        per_area[i.area_id].append(ItemSummary(i.id, i.area_id, i.level1, i.level2, i.time_limit, i.applicable,
                                                i.is_reference, counts.get(i.id, 0), pending[i.id], overdue[i.id]))
    return [AreaSummary(a.id, a.name, a.hidden, tuple(per_area[a.id]))
            for a in areas(session, include_hidden=include_hidden)]


# ---- publicity → ledger --------------------------------------------------------------------------------------

def record_for_publicity(session: Session, batch: PublicityBatch) -> DisclosureRecord | None:
    """The ledger record of a started publicity whose program is linked to a catalog item (created or brought up
    to date); None when the program is not linked or the publicity has not started."""
    program = batch.program
    if program is None or program.catalog_item_id is None or batch.start_date is None:
        return None
    item = session.get(CatalogItem, program.catalog_item_id)
    if item is None:
        return None
    record = session.scalar(select(DisclosureRecord).where(DisclosureRecord.batch_id == batch.id))
    formed = batch.review_date or batch.start_date
    formed = min(formed, batch.start_date)
    place = f"{batch.village.name}村务公开栏" if batch.village is not None else ""
    if record is None:
        record = DisclosureRecord(item=item, title=batch.title, formed_on=formed, published_on=batch.start_date,
                                  channels=[BOARD_CHANNEL], place=place,
                                  handler=settings.get_setting(session, "clerk_name") or "",
                                  reviewer=batch.reviewer or "", reviewed_on=batch.review_date, batch_id=batch.id)
        session.add(record)
    else:
        record.item = item
        record.title, record.published_on, record.formed_on = batch.title, batch.start_date, formed
        record.reviewer, record.reviewed_on = batch.reviewer or "", batch.review_date
    session.flush()
    return record


def sync_publicity_records(session: Session) -> int:
    """Ledger records for every started publicity of a linked program that has none yet (e.g. after a program
    is linked to an item). Returns how many were added."""
    have = set(session.scalars(select(DisclosureRecord.batch_id).where(DisclosureRecord.batch_id.is_not(None))))
    batches = session.scalars(
        select(PublicityBatch).join(SubsidyProgram)
        .where(SubsidyProgram.catalog_item_id.is_not(None), PublicityBatch.start_date.is_not(None),
               PublicityBatch.state.not_in([DRAFT, PENDING_REVIEW]))
        .order_by(PublicityBatch.start_date, PublicityBatch.id))
    added = 0
    for batch in batches:
        if batch.id not in have and record_for_publicity(session, batch) is not None:
            added += 1
    return added


def link_program(session: Session, program: SubsidyProgram, item: CatalogItem | None) -> int:
    """Link a subsidy program to a catalog item (None: unlink); its started publicities enter the ledger."""
    program.catalog_item_id = item.id if item is not None else None
    session.flush()
    return sync_publicity_records(session) if item is not None else 0


def linked_programs(session: Session, item: CatalogItem) -> list[str]:
    return list(session.scalars(select(SubsidyProgram.name).where(SubsidyProgram.catalog_item_id == item.id)))


# ---- reminders -----------------------------------------------------------------------------------------------

@provider
def disclosure_reminders(ctx: ReminderContext) -> list[Reminder]:
    """Information formed and not yet disclosed whose deadline is within soon_days, today, or past."""
    out = []
    rows = ctx.session.scalars(
        select(DisclosureRecord).where(DisclosureRecord.published_on.is_(None))
        .options(selectinload(DisclosureRecord.item).selectinload(CatalogItem.area)))
    for record in rows:
        item = record.item
        deadline = deadline_for(item, record.formed_on, ctx.calendar)
        if deadline is None:
            continue
        left = (deadline - ctx.today).days
        if left > ctx.soon_days:
            continue
        detail = (f"{item.area.name}：信息形成于{format_cn(record.formed_on)}，公开时限“{item.time_limit}”，"
                  f"应于{format_cn(deadline)}前公开。")
        fallback = ctx.calendar.fallback_years(record.formed_on, deadline)
        if fallback:
            detail += f"{'、'.join(map(str, fallback))}年工作日历未录入，期限暂按周一至周五推算。"
        label = item_label(item) if item.level2 else f"{item.area.name}/{item.level1}"
        out.append(Reminder("disclosure", f"{label}：{record.title}", deadline, left,
                            severity_for(left, ctx.soon_days), detail=detail, ref=("disclosure", record.id),
                            extra={"item_id": item.id}))
    return out


# ---- exports -------------------------------------------------------------------------------------------------

def channel_marks(channels: Iterable[str], other: str = "") -> str:
    """"■政府网站 □政府公报 … □其他": the 13 options with the checked ones filled, as the published form shows."""
    chosen = set(channels)
    parts = []
    for c in CHANNELS_13:
        mark = "■" if c in chosen or (c == OTHER and other) else "□"
        label = f"{c}（{other}）" if c == OTHER and other else c
        parts.append(mark + label)
    return " ".join(parts)


def _option_labels(session: Session, items: list[CatalogItem]) -> dict[str, list[str]]:
    stored = settings.get_setting(session, SETTING_OPTIONS) or {}
    defaults = {"audience": list(AUDIENCES), "modes": list(DISCLOSURE_MODES), "levels": list(LEVELS)}
    out = {}
    for group, default in defaults.items():
        labels = list(stored.get(group) or default)
        for item in items:
            for label in getattr(item, group):
                if label not in labels:
                    labels.append(label)
        out[group] = labels
    return out


def _note_columns(session: Session, items: list[CatalogItem]) -> list[str]:
    keys = list(settings.get_setting(session, SETTING_EXTRA) or [])
    for item in items:
        for k in item.notes:
            if k not in keys:
                keys.append(k)
    used = {k for item in items for k in item.notes}
    keys = [k for k in keys if k in used]
    # Keep the columns of one group header together, in order of first appearance.
    groups: dict[str, list[str]] = {}
    for k in keys:
        groups.setdefault(k.split(catalog_reader.GROUP_SEP, 1)[0] if catalog_reader.GROUP_SEP in k else k, []).append(k)
    return [k for ks in groups.values() for k in ks]


def _note_kind(key: str) -> str:
    """Phone columns (咨询电话, 监督举报电话) keep their numbers on one line."""
    return "phone" if "电话" in key else "text"


@dataclass
class CatalogDocument:
    document: Document
    section_rows: list[int]  # indices of table rows that are area headings (一、涉农补贴) spanning the table


def catalog_document(session: Session, include_hidden: bool = False, only_applicable: bool = False) -> CatalogDocument:
    """The catalog in the published layout: title, two-row header (公开事项 over 一级/二级; 公开对象, 公开方式, 公开层级
    over their options), one section row per area, √ in the option columns, ■/□ channels; extra local columns
    after the standard ones."""
    shown = areas(session, include_hidden=include_hidden)
    per_area: list[tuple[CatalogArea, list[CatalogItem]]] = []
    for area in shown:
        items = [i for i in area.items if i.applicable or not only_applicable]
        if items:
            per_area.append((area, items))
    all_items = [i for _, items in per_area for i in items]
    options = _option_labels(session, all_items)
    notes = _note_columns(session, all_items)

    columns = [Column("seq", "序号", 0.45, "center", "number"), Column("level1", "一级事项", 1.1),
               Column("level2", "二级事项", 1.1), Column("content", "公开内容（要素）", 1.9),
               Column("basis", "公开依据", 1.5), Column("time_limit", "公开时限", 1.3),
               Column("subject", "公开主体", 1.1), Column("channels", "公开渠道和载体", 2.4, options=True)]
    top = [HeaderCell("序号", rowspan=2), HeaderCell("公开事项", colspan=2)]
    top += [HeaderCell(c.title, rowspan=2) for c in columns[3:]]
    bottom = [HeaderCell("一级事项"), HeaderCell("二级事项")]
    for group, title in catalog_reader.GROUPS.items():
        labels = options[group]
        columns += [Column(f"{group}:{label}", label, 0.7, "center") for label in labels]
        top.append(HeaderCell(title, colspan=len(labels)))
        bottom += [HeaderCell(label) for label in labels]
    i = 0
    while i < len(notes):
        key = notes[i]
        if catalog_reader.GROUP_SEP in key:
            upper = key.split(catalog_reader.GROUP_SEP, 1)[0]
            j = i
            while (j < len(notes) and catalog_reader.GROUP_SEP in notes[j]
                   and notes[j].split(catalog_reader.GROUP_SEP, 1)[0] == upper):
                j += 1
            span = notes[i:j]
            top.append(HeaderCell(upper, colspan=len(span)))
            for k in span:
                lower = k.split(catalog_reader.GROUP_SEP, 1)[1]
                columns.append(Column(f"note:{k}", lower, 0.8, kind=_note_kind(k)))
                bottom.append(HeaderCell(lower))
            i += len(span)
        else:
            columns.append(Column(f"note:{key}", key, 1.0, kind=_note_kind(key)))
            top.append(HeaderCell(key, rowspan=2))
            i += 1

    rows: list[list[str]] = []
    sections: list[int] = []
    width = len(columns)
    for n, (area, items) in enumerate(per_area, start=1):
        sections.append(len(rows))
        rows.append([f"{cn_ordinal(n)}、{area.name}"] + [""] * (width - 1))
        for seq, item in enumerate(items, start=1):
            row = [str(seq), item.level1, item.level2, item.content, item.basis, item.time_limit, item.subject,
                   channel_marks(item.channels, item.channel_other)]
            for group in catalog_reader.GROUPS:
                chosen = set(getattr(item, group))
                row += ["√" if label in chosen else "" for label in options[group]]
            row += [str(item.notes.get(k, "")) for k in notes]
            rows.append(row)
    unit = settings.get_unit(session)
    title = settings.get_setting(session, SETTING_TITLE) or (
        f"{unit.name if unit else ''}基层政务公开事项标准目录")
    subtitle = []
    if any(i.is_reference for i in all_items):
        subtitle.append("（本目录含程序自带参考模板中的事项，仅供参考，请以本县发布的标准目录为准）")
    doc = Document(title=title, subtitle_lines=subtitle,
                   table=Table(columns, rows, header_rows=[top, bottom], section_rows=sections),
                   page=PageSetup("A4", landscape=True), footer_left=unit.name if unit else "")
    doc.subtitle_align = "center"
    return CatalogDocument(doc, sections)


def export_catalog(session: Session, path: str | Path, fmt: str | None = None, include_hidden: bool = False,
                   only_applicable: bool = False) -> Path:
    path = Path(path)
    fmt = (fmt or path.suffix.lstrip(".")).lower()
    if fmt not in ("xlsx", "docx"):
        raise UserError(f"标准目录只能导出为 xlsx 或 docx，不能是“{fmt}”。")
    built = catalog_document(session, include_hidden, only_applicable)
    if not built.document.table.rows:
        raise UserError("目录中还没有事项，请先导入本县的标准目录或载入参考模板。")
    _check_target(path)
    if fmt == "xlsx":
        from gkdesk.io.xlsx_writer import write_xlsx

        write_xlsx(built.document, path, sheet_title="标准目录")
    else:
        from gkdesk.io.docx_writer import write_docx

        write_docx(built.document, path)
    return path


def _check_target(path: Path) -> None:
    if not path.parent.exists():
        raise UserError(f"文件夹“{path.parent}”不存在，请先创建或另选保存位置。")


def ledger_document(session: Session, year: int, cal: WorkCalendar, today: dt.date) -> Document:
    """The year's 公开台账, as of today or, for a past year, as of its last day (统计截至 says which)."""
    as_of = min(today, dt.date(year, 12, 31))
    rows = ledger_rows(session, year, cal, as_of)
    columns = [Column("seq", "序号", 0.4, "center", "number"), Column("area", "领域", 0.9),
               Column("item", "公开事项", 1.4), Column("title", "信息标题", 2.4),
               Column("formed", "信息形成日期", 0.9, "center", "date"),
               Column("deadline", "应公开日期", 0.9, "center", "date"),
               Column("published", "公开日期", 0.9, "center", "date"), Column("channels", "公开渠道", 1.4),
               Column("place", "公开地点或链接", 1.3), Column("handler", "经办人", 0.6, "center"),
               Column("reviewer", "保密审查人", 0.6, "center"), Column("reviewed", "审查日期", 0.9, "center", "date"),
               Column("status", "状态", 1.0, "center", nowrap=True)]
    day = lambda d: format_cn(d) if d else ""  # noqa: E731
    body = []
    counts: dict[str, int] = defaultdict(int)
    for n, r in enumerate(rows, start=1):
        rec, st = r.record, r.status
        counts[st.status] += 1
        body.append([str(n), r.area, item_label(r.item), rec.title, day(rec.formed_on),
                     day(st.deadline) if st.deadline else "—", day(rec.published_on),
                     "、".join(rec.channels), rec.place, rec.handler, rec.reviewer, day(rec.reviewed_on), st.label])
    unit = settings.get_unit(session)
    name = unit.name if unit else ""
    tally = "，".join(f"{s}{counts[s]}条" for s in STATUSES if counts[s])
    subtitle = [header_line(("填报单位", settings.authority_name(unit)), ("统计截至", format_cn(as_of)),
                            ("共计", f"{len(rows)}条" + (f"（{tally}）" if tally else "")))]
    return Document(title=f"{name}{year}年政务公开台账", subtitle_lines=subtitle,
                    table=Table(columns, body), page=PageSetup("A4", landscape=True),
                    footer_left=settings.authority_name(unit))


def export_ledger(session: Session, year: int, path: str | Path, cal: WorkCalendar, today: dt.date) -> Path:
    from gkdesk.io.xlsx_writer import write_xlsx

    path = Path(path)
    if path.suffix.lower() != ".xlsx":
        raise UserError("公开台账导出为 .xlsx 文件，请把文件名改为以 .xlsx 结尾。")
    _check_target(path)
    write_xlsx(ledger_document(session, year, cal, today), path, sheet_title=f"{year}年公开台账")
    return path
