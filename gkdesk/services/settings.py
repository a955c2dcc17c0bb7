"""The unit (township), its villages and 村民小组, and its settings."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any, Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from gkdesk import clock
from gkdesk.domain.idnumber import MaskPattern
from gkdesk.domain.privacy import MAX_ACCOUNT_DIGITS, MAX_ID_DIGITS, MAX_PHONE_DIGITS
from gkdesk.services.errors import UserError
from gkdesk.store.models import Setting, Unit, Village, VillageGroup

DEFAULTS: dict[str, Any] = {
    "clerk_name": "",
    "mask_id": "6+4",
    "mask_account": "0+4",
    "mask_phone": "3+4",
    "interp_due_day": 5,  # the month's 报备表 is due on this day of the next month
    "interp_sync_days": 3,  # an interpretation within this many working days still counts as 同步
    "soon_days": 5,  # reminders this many days ahead count as "soon"
    "notice_paper": "A4",
    "notice_landscape": False,
    # 依申请公开 (issue 14); empty texts follow the unit: 东风镇 → 东政依申, 示范县 → 示范县人民政府 / 示范县人民法院
    "request_number_prefix": "",
    "request_review_organ": "",
    "request_court": "",
    "request_supplement_days": 15,  # working days the applicant is given to supply a 补正
}


@dataclass(frozen=True)
class Masks:
    id_number: MaskPattern
    account: MaskPattern
    phone: MaskPattern


# The most digits a public notice may show, as the privacy guard counts them (6+4 for IDs, last 4 of accounts).
MASK_LIMITS = {"mask_id": ("身份证号", MAX_ID_DIGITS), "mask_account": ("账号", MAX_ACCOUNT_DIGITS),
               "mask_phone": ("手机号", MAX_PHONE_DIGITS)}


def _check_mask(key: str, pattern: MaskPattern) -> None:
    what, limit = MASK_LIMITS[key]
    if pattern.keep_head + pattern.keep_tail > limit:
        raise UserError(f"{what}最多只能显示{limit}位（前后合计），否则公示会因含有完整号码而无法打印，请调小。")


def get_setting(session: Session, key: str) -> Any:
    row = session.get(Setting, key)
    return row.value if row is not None else DEFAULTS.get(key)


def all_settings(session: Session) -> dict[str, Any]:
    values = dict(DEFAULTS)
    values.update({s.key: s.value for s in session.scalars(select(Setting))})
    return values


def set_setting(session: Session, key: str, value: Any) -> None:
    if key in MASK_LIMITS:
        _check_mask(key, MaskPattern.from_text(str(value)))  # from_text refuses a bad pattern in Chinese
    row = session.get(Setting, key)
    if row is None:
        session.add(Setting(key=key, value=value))
    elif row.value != value:
        row.value = value
    if key == "clerk_name":
        session.info.pop("audit_who", None)


def masks(session: Session) -> Masks:
    return Masks(
        MaskPattern.from_text(get_setting(session, "mask_id")),
        MaskPattern.from_text(get_setting(session, "mask_account")),
        MaskPattern.from_text(get_setting(session, "mask_phone")),
    )


def get_unit(session: Session) -> Unit | None:
    return session.scalar(select(Unit).order_by(Unit.id).limit(1))


def in_use_since(session: Session) -> dt.date | None:
    """The day the township began using the program: its unit's set-up (Unit.created_at, the one date the program
    writes itself when it is first used; the demo dates it back to its oldest 报备表). None before set-up. Records
    do not move it: an imported old spreadsheet or a request registered afterwards dates data years back, which
    does not mean the program was in use then. What the program reminds of starts here."""
    unit = get_unit(session)
    return unit.created_at.date() if unit is not None and unit.created_at else None


def require_unit(session: Session) -> Unit:
    unit = get_unit(session)
    if unit is None:
        raise UserError("还没有设置本单位，请先运行“gkdesk init --unit 乡镇名称”或在程序的首次运行向导中填写。")
    return unit


def authority_name(unit: Unit | None) -> str:
    """The name a form or notice is signed with: 东风镇 → 东风镇人民政府, 城关街道 → 城关街道办事处; a full name stays."""
    if unit is None:
        return ""
    return authority_of(unit.name, unit.kind)


def authority_of(name: str, kind: str = "乡镇") -> str:
    """:func:`authority_name` of a unit's name and kind (as a frozen notice keeps them)."""
    name = name.strip()
    if not name or name.endswith(("人民政府", "政府", "办事处", "党政办", "办公室")):
        return name
    if kind == "街道" or name.endswith("街道"):
        return name + "办事处"
    return name + "人民政府"


def save_unit(session: Session, name: str, county: str = "", phone: str = "", kind: str = "乡镇",
              address: str = "", supervision_phone: str = "") -> Unit:
    name = name.strip()
    if not name:
        raise UserError("单位名称不能为空，请填写乡镇（苏木镇、街道）的全称。")
    unit = get_unit(session)
    if unit is None:
        unit = Unit(name=name, created_at=clock.now())
        session.add(unit)
    unit.name, unit.county, unit.phone, unit.kind = name, county.strip(), phone.strip(), kind
    unit.address, unit.supervision_phone = address.strip(), supervision_phone.strip()
    return unit


def split_names(text: str) -> list[str]:
    """'甲村,乙村、丙村' → names (commas of both widths, 、 and spaces separate)."""
    for sep in "，、;；\n\t ":
        text = text.replace(sep, ",")
    return [n.strip() for n in text.split(",") if n.strip()]


def villages(session: Session) -> list[Village]:
    return list(session.scalars(select(Village).order_by(Village.sort_order, Village.id)))


def save_villages(session: Session, wanted: Iterable[tuple[str, list[str]]]) -> None:
    """Make the villages and their 村民小组 exactly `wanted` (name, groups), keeping ids of those that stay.
    A village that has publicity batches cannot be removed."""
    from gkdesk.store.models import PublicityBatch

    wanted = [(n.strip(), [g.strip() for g in gs if g.strip()]) for n, gs in wanted if n.strip()]
    names = [n for n, _ in wanted]
    if len(set(names)) != len(names):
        dup = next(n for n in names if names.count(n) > 1)
        raise UserError(f"村名“{dup}”重复了，请删去重复的一个。")
    existing = {v.name: v for v in villages(session)}
    for name, village in existing.items():
        if name not in names:
            used = session.scalar(select(PublicityBatch.id).where(PublicityBatch.village_id == village.id).limit(1))
            if used:
                raise UserError(f"“{name}”已有公示批次，不能删除；如已撤并，请改名。")
            session.delete(village)
    for order, (name, groups) in enumerate(wanted):
        village = existing.get(name) or Village(name=name)
        village.sort_order = order
        session.add(village)
        have = {g.name: g for g in village.groups}
        village.groups = [have.get(g) or VillageGroup(name=g) for g in dict.fromkeys(groups)]
        for i, g in enumerate(village.groups):
            g.sort_order = i
