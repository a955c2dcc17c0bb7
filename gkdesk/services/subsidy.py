"""惠民补贴公示: programs, batches and their life cycle 草稿 → 待审核 → 公示中 → 公示期满 → 已归档.

The service API the window and the command line use (all functions take an open Session; the caller owns the
transaction — use `Database.transaction()` for anything that writes). Functions that take a batch, program or
objection accept the ORM object or its id. Every refusal is a `UserError` with one Chinese sentence.

Programs (补贴项目)
    list_programs(session, active_only=False) -> list[ProgramRow]
    add_program(session, *, name, category, quantity_unit, standard ("105.60") | standard_fen, period_days,
                period_unit, notice_columns (list or "序号,姓名,…"), basis_text, objection_channel, phones,
                catalog_item_id, active) -> SubsidyProgram
    update_program(session, program, **same fields) -> SubsidyProgram
    programs(), find_program(), ensure_default_programs()  (ORM objects)

Batches (公示批次)
    list_batches(session, *, state=None, village_id=None, program_id=None, today=None) -> list[BatchRow]
    batch_detail(session, batch, today=None) -> BatchDetail
    create_batch(), get_batch(), totals(session, batch_id) -> Totals, days_left()
    submit(), review(session, batch, reviewer, day, opinion=""), reopen(), publish(session, batch, start,
    calendar=None), refresh_states(session, today), archive()  (archiving with its checks: services.archive)

The list (名单), for a model/view table with lazy loading
    list_recipient_ids(session, batch_id, search="") -> list[int]            (ordered by seq)
    load_recipients(session, ids) -> list[RecipientRow]                      (in the order of ids)
    add_recipient(session, batch_id, **fields) -> EditResult
    update_recipient(session, recipient_id, **fields) -> EditResult
    delete_recipients(session, ids) -> DeleteResult   (.rows: what restore_recipients needs for undo)
    restore_recipients(session, rows) -> EditResult
  Fields: group_name, name, id_number, household_size, quantity, standard, amount, pay_method, account, phone,
  pay_date, remark — as typed (text) or as values (Decimal, int fen for standard_fen/amount_fen, date).
  Editing is refused when the batch is read-only (published, archived, superseded); an edit in 待审核 clears
  the recorded 保密审查 and EditResult.review_reset says so.

Objections and correction (异议 → 更正 → 重新公示)
    add_objection(session, batch, received_on, person, contact, content) -> Objection   (only while 公示中)
    resolve_objection(session, objection, handling, result ("成立"/"不成立"), closed_on) -> Objection
    start_correction(session, batch) -> PublicityBatch  (a 草稿 copy, title “…（更正）”, replaces=batch; when it is
    published the old batch becomes 已更正)
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal

from sqlalchemy import Integer, delete, func, insert, literal, or_, select
from sqlalchemy.orm import Session, aliased, object_session

from gkdesk import clock
from gkdesk.domain import fields as rules
from gkdesk.domain import lifecycle
from gkdesk.domain.dates import format_cn
from gkdesk.domain.idnumber import mask_account, mask_id_number
from gkdesk.domain.money import amount_matches, format_fen
from gkdesk.domain.vocab import (
    ARCHIVED,
    DRAFT,
    ENDED,
    NATURAL_DAYS,
    PENDING_REVIEW,
    PERIOD_UNITS,
    PUBLISHING,
    SUPERSEDED,
)
from gkdesk.domain.workcal import WorkCalendar
from gkdesk.services.errors import ConfirmationNeeded, UserError
from gkdesk.services.reminders import INFO, OPEN, Reminder, ReminderContext, provider, severity_for
from gkdesk.store import audit
from gkdesk.store.models import Attachment, Objection, PublicityBatch, Recipient, SubsidyProgram, Village

STANDARD_COLUMNS = ["序号", "村民小组", "姓名", "身份证号", "数量", "补贴标准", "补贴金额", "账号", "备注"]

# Columns a notice can show, in their usual order; a program picks some of them (notice_columns).
NOTICE_COLUMNS: tuple[str, ...] = (
    "序号", "村民小组", "姓名", "身份证号", "家庭人口", "数量", "补贴标准", "补贴金额", "发放方式", "账号",
    "联系电话", "发放时间", "备注",
)
# Other names clerks use for them (accepted in program settings).
COLUMN_SYNONYMS: dict[str, str] = {
    "组别": "村民小组", "小组": "村民小组", "户主姓名": "姓名", "补贴对象": "姓名", "身份证号码": "身份证号",
    "公民身份号码": "身份证号", "保障人口": "家庭人口", "面积": "数量", "补贴面积": "数量", "人数": "数量",
    "头数": "数量", "标准": "补贴标准", "金额": "补贴金额", "发放金额": "补贴金额", "银行账号": "账号",
    "一卡通账号": "账号", "卡号": "账号", "电话": "联系电话", "手机号": "联系电话", "发放日期": "发放时间",
}

OBJECTION_PENDING = "待核实"
OBJECTION_UPHELD = "成立"
OBJECTION_REJECTED = "不成立"
OBJECTION_RESULTS: tuple[str, ...] = (OBJECTION_PENDING, OBJECTION_UPHELD, OBJECTION_REJECTED)
CORRECTION_SUFFIX = "（更正）"
DEFAULT_REVIEW_OPINION = "经审查，名单不含应去标识化以外的个人敏感信息，同意公示。"

# ---- the texts of a program's notice -----------------------------------------------------------------------------

# Placeholders in a program's texts, as the program settings show them, and the older forms still filled in.
VILLAGE, PERIOD, PROGRAM, UNIT = "〔村名〕", "〔期间〕", "〔项目〕", "〔单位〕"
_OLD_PLACEHOLDERS = {"{village}": VILLAGE, "{period}": PERIOD, "{program}": PROGRAM, "{unit}": UNIT}
# Template wording that stood for the township: its full name (镇（乡）人民政府 → 东风镇人民政府), or its name.
_TOWNSHIP_FULL = ("镇（乡）人民政府", "乡（镇）人民政府", "镇(乡)人民政府", "乡(镇)人民政府")
_TOWNSHIP = ("镇（乡）", "乡（镇）", "镇(乡)", "乡(镇)")


def chinese_placeholders(text: str) -> str:
    """A program text with the placeholders as the settings show them: {village} → 〔村名〕 …"""
    for old, new in _OLD_PLACEHOLDERS.items():
        text = text.replace(old, new)
    return text


def fill_placeholders(text: str, *, village: str, period: str, program: str, authority: str, unit: str) -> str:
    """A program text as the notice prints it: 〔村名〕〔期间〕〔项目〕 filled in, 〔单位〕 and 镇（乡）人民政府 as the
    township's full name, a bare 镇（乡） as its name. No placeholder is left for the page."""
    text = chinese_placeholders(text or "")
    for full in _TOWNSHIP_FULL:
        text = text.replace(full, UNIT)
    for short in _TOWNSHIP:
        text = text.replace(short, unit or authority)
    for key, value in ((VILLAGE, village), (PERIOD, period), (PROGRAM, program), (UNIT, authority)):
        text = text.replace(key, value)
    return text


# The county offices that supervise a program, by program and by category, named in the default objection
# sentence; the money is called by the program's own word (救助金额, 补助金额 …).
_OFFICES_BY_PROGRAM = {"残疾人两项补贴": ("残联", "民政局")}
_OFFICES_BY_CATEGORY = {"涉农补贴": ("农业农村局",), "社会救助": ("民政局",), "养老服务": ("民政局",),
                        "农村危房改造": ("住房和城乡建设局",), "救灾": ("应急管理局",), "就业": ("人力资源和社会保障局",),
                        "社会保险": ("人力资源和社会保障局",), "保障性住房": ("住房和城乡建设局",)}
_MONEY_WORDS = ("补贴", "补助", "津贴", "救助", "保障", "奖励")


def money_word(program: str, category: str = "") -> str:
    """What a program's money is called on its notice: the program's own word (耕地地力保护补贴 → 补贴, 临时救助 →
    救助, 农村危房改造补助 → 补助, 高龄津贴 → 津贴), else by category (社会救助 → 救助), else 补贴."""
    found = [(program.find(w), w) for w in _MONEY_WORDS if w in program]
    if found:
        return min(found)[1]
    return "救助" if category == "社会救助" else "补贴"


def supervising_offices(program: str, category: str, county: str = "") -> str:
    """The county offices a program's objections may also go to: 示范县民政局; 示范县残联、民政局; "" when unknown."""
    offices = _OFFICES_BY_PROGRAM.get(program) or _OFFICES_BY_CATEGORY.get(category)
    if not offices:
        return ""
    return (county or "县") + "、".join(offices)


def supervising_office_names(program: str, category: str, county: str = "") -> tuple[str, ...]:
    """The same offices one by one, each with the county: (示范县残联, 示范县民政局)."""
    offices = _OFFICES_BY_PROGRAM.get(program) or _OFFICES_BY_CATEGORY.get(category) or ()
    return tuple((county or "县") + office for office in offices)


def default_objection_channel(program: str, category: str, county: str = "") -> str:
    offices = supervising_offices(program, category, county)
    if offices:
        return f"如有异议，请于公示期内向村民委员会、{UNIT}或{offices}反映。"
    return f"如有异议，请于公示期内向村民委员会或{UNIT}反映，也可拨打下列监督举报电话。"


def default_basis_text(program: str, policy: str) -> str:
    return (f"根据{policy}有关规定，经村民小组申报、村民委员会审核、{UNIT}审查，现将{VILLAGE}{PERIOD}{program}"
            "发放情况予以公示，接受群众监督。")

# Editable defaults; lengths from domain.md § 2 where known, else the common 7 days.
DEFAULT_PROGRAMS = [
    dict(name="耕地地力保护补贴", category="涉农补贴", quantity_unit="亩", standard_fen=None, period_days=7,
         period_unit="自然日", policy="耕地地力保护补贴政策",
         columns=["序号", "村民小组", "姓名", "身份证号", "数量", "补贴标准", "补贴金额", "账号", "备注"]),
    dict(name="最低生活保障", category="社会救助", quantity_unit="人", standard_fen=None, period_days=7,
         period_unit="自然日", policy="《最低生活保障审核确认办法》（民发〔2021〕57号）",
         columns=["序号", "村民小组", "姓名", "身份证号", "家庭人口", "补贴金额", "备注"]),
    dict(name="特困人员救助供养", category="社会救助", quantity_unit="人", standard_fen=None, period_days=7,
         period_unit="自然日", policy="特困人员救助供养政策",
         columns=["序号", "村民小组", "姓名", "身份证号", "补贴金额", "备注"]),
    dict(name="临时救助", category="社会救助", quantity_unit="人", standard_fen=None, period_days=7,
         period_unit="自然日", policy="临时救助政策",
         columns=["序号", "村民小组", "姓名", "身份证号", "家庭人口", "补贴金额", "备注"]),
    dict(name="农村危房改造补助", category="农村危房改造", quantity_unit="户", standard_fen=None, period_days=7,
         period_unit="自然日", policy="农村危房改造政策",
         columns=["序号", "村民小组", "姓名", "身份证号", "补贴金额", "备注"]),
    dict(name="高龄津贴", category="养老服务", quantity_unit="人", standard_fen=None, period_days=7,
         period_unit="自然日", policy="高龄津贴政策",
         columns=["序号", "村民小组", "姓名", "身份证号", "补贴金额", "发放方式", "账号", "备注"]),
    dict(name="残疾人两项补贴", category="社会救助", quantity_unit="人", standard_fen=None, period_days=7,
         period_unit="自然日", policy="困难残疾人生活补贴和重度残疾人护理补贴政策",
         columns=["序号", "村民小组", "姓名", "身份证号", "补贴金额", "账号", "备注"]),
    dict(name="草原生态保护补助奖励", category="涉农补贴", quantity_unit="亩", standard_fen=None, period_days=7,
         period_unit="自然日", policy="草原生态保护补助奖励政策",
         columns=["序号", "村民小组", "姓名", "身份证号", "数量", "补贴标准", "补贴金额", "账号", "备注"]),
]


def _county(session: Session) -> str:
    from gkdesk.services import settings

    unit = settings.get_unit(session)
    return unit.county.strip() if unit and unit.county else ""


def ensure_default_programs(session: Session) -> int:
    """Add the default programs that are missing (by name), with texts for their category (the county office
    that supervises them). Returns how many were added. Their own phones (the county office's) start empty: the
    township's numbers are printed from the settings, so a number changed there is changed on every notice."""
    have = set(session.scalars(select(SubsidyProgram.name)))
    county = _county(session)
    added = 0
    for spec in DEFAULT_PROGRAMS:
        if spec["name"] in have:
            continue
        session.add(SubsidyProgram(
            name=spec["name"], category=spec["category"], quantity_unit=spec["quantity_unit"],
            standard_fen=spec["standard_fen"], period_days=spec["period_days"], period_unit=spec["period_unit"],
            notice_columns=list(spec["columns"]),
            basis_text=default_basis_text(spec["name"], spec["policy"]),
            objection_channel=default_objection_channel(spec["name"], spec["category"], county),
        ))
        added += 1
    return added


def programs(session: Session, active_only: bool = False) -> list[SubsidyProgram]:
    stmt = select(SubsidyProgram).order_by(SubsidyProgram.id)
    if active_only:
        stmt = stmt.where(SubsidyProgram.active.is_(True))
    return list(session.scalars(stmt))


def find_program(session: Session, name: str) -> SubsidyProgram:
    program = session.scalar(select(SubsidyProgram).where(SubsidyProgram.name == name.strip()))
    if program is None:
        names = "、".join(p.name for p in programs(session)) or "（无）"
        raise UserError(f"没有名为“{name}”的补贴项目，现有项目：{names}。")
    return program


def find_village(session: Session, name: str) -> Village:
    village = session.scalar(select(Village).where(Village.name == name.strip()))
    if village is None:
        names = "、".join(session.scalars(select(Village.name).order_by(Village.sort_order))) or "（无）"
        raise UserError(f"没有名为“{name}”的村，现有：{names}；可在“设置 → 村和村民小组”中添加。")
    return village


def get_batch(session: Session, batch_id: int) -> PublicityBatch:
    batch = session.get(PublicityBatch, batch_id)
    if batch is None:
        raise UserError(f"没有编号为 {batch_id} 的公示批次，请用“gkdesk subsidy list”查看现有批次。")
    return batch


def _batch(session: Session, batch: PublicityBatch | int) -> PublicityBatch:
    return get_batch(session, batch) if isinstance(batch, int) else batch


def _get_program(session: Session, program: SubsidyProgram | int | str) -> SubsidyProgram:
    if isinstance(program, str):
        return find_program(session, program)
    if isinstance(program, int):
        obj = session.get(SubsidyProgram, program)
        if obj is None:
            raise UserError(f"没有编号为 {program} 的补贴项目，请用“gkdesk subsidy program list”查看。")
        return obj
    return program


# ---- programs ------------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class ProgramRow:
    id: int
    name: str
    category: str
    quantity_unit: str
    standard_fen: int | None
    period_days: int
    period_unit: str
    notice_columns: tuple[str, ...]
    basis_text: str
    objection_channel: str
    phones: str
    catalog_item_id: int | None
    active: bool
    batch_count: int = 0

    @property
    def standard_text(self) -> str:
        """“105.60元/亩”, or “” when amounts vary."""
        if self.standard_fen is None:
            return ""
        return f"{format_fen(self.standard_fen)}元" + (f"/{self.quantity_unit}" if self.quantity_unit else "")

    @property
    def period_text(self) -> str:
        """“7个工作日”, “7天”."""
        return f"{self.period_days}个工作日" if self.period_unit != NATURAL_DAYS else f"{self.period_days}天"

    def to_json(self) -> dict:
        return dict(id=self.id, name=self.name, category=self.category, quantity_unit=self.quantity_unit,
                    standard_fen=self.standard_fen, standard=self.standard_text, period_days=self.period_days,
                    period_unit=self.period_unit, notice_columns=list(self.notice_columns),
                    basis_text=self.basis_text, objection_channel=self.objection_channel, phones=self.phones,
                    catalog_item_id=self.catalog_item_id, active=self.active, batch_count=self.batch_count)


def _program_row(p: SubsidyProgram, batch_count: int = 0) -> ProgramRow:
    return ProgramRow(p.id, p.name, p.category, p.quantity_unit, p.standard_fen, p.period_days, p.period_unit,
                      tuple(p.notice_columns or ()), chinese_placeholders(p.basis_text or ""),
                      chinese_placeholders(p.objection_channel or ""), p.phones, p.catalog_item_id, bool(p.active),
                      batch_count)


def list_programs(session: Session, active_only: bool = False) -> list[ProgramRow]:
    """Programs with the number of batches each has, in creation order."""
    counts = dict(session.execute(
        select(PublicityBatch.program_id, func.count(PublicityBatch.id)).group_by(PublicityBatch.program_id)).all())
    return [_program_row(p, counts.get(p.id, 0)) for p in programs(session, active_only)]


def parse_columns(value: str | Iterable[str]) -> list[str]:
    """Notice columns from “序号,姓名，身份证号、金额” or a list; synonyms become the standard names. Raises
    UserError naming an unknown column."""
    if isinstance(value, str):
        for sep in "，、;；\n\t ":
            value = value.replace(sep, ",")
        names = [n.strip() for n in value.split(",") if n.strip()]
    else:
        names = [str(n).strip() for n in value if str(n).strip()]
    out: list[str] = []
    for name in names:
        std = name if name in NOTICE_COLUMNS else COLUMN_SYNONYMS.get(name)
        if std is None:
            raise UserError(f"公示表没有“{name}”这一列，可选的列有：{'、'.join(NOTICE_COLUMNS)}。")
        if std not in out:
            out.append(std)
    if "姓名" not in out:
        raise UserError("公示表至少要有“姓名”一列，请把它加入公示列。")
    return out


def _parse_standard(value: object) -> int | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    try:
        return rules.clean_standard(value)
    except rules.FieldError as exc:
        raise UserError(f"{exc}。") from None


_PROGRAM_FIELDS = {"name", "category", "quantity_unit", "standard", "standard_fen", "period_days", "period_unit",
                   "notice_columns", "basis_text", "objection_channel", "phones", "catalog_item_id", "active"}


def _apply_program(session: Session, program: SubsidyProgram, fields: dict) -> None:
    unknown = set(fields) - _PROGRAM_FIELDS
    if unknown:
        raise TypeError(f"unknown program fields: {sorted(unknown)}")
    if "name" in fields:
        name = (fields["name"] or "").strip()
        if not name:
            raise UserError("补贴项目名称不能为空。")
        clash = session.scalar(select(SubsidyProgram.id).where(SubsidyProgram.name == name,
                                                               SubsidyProgram.id != program.id))
        if clash is not None:
            raise UserError(f"已有名为“{name}”的补贴项目，请换一个名称。")
        program.name = name
    for key in ("category", "quantity_unit"):
        if key in fields:
            setattr(program, key, (fields[key] or "").strip())
    try:
        for key, what in (("basis_text", "公示依据"), ("objection_channel", "异议反映方式"), ("phones", "监督举报电话")):
            if key in fields:
                setattr(program, key, rules.clean_public_text(fields[key] or "", what, mobiles_allowed=key == "phones"))
    except rules.FieldError as exc:
        raise UserError(f"{exc}。") from None
    if "standard" in fields:
        program.standard_fen = _parse_standard(fields["standard"])
    if "standard_fen" in fields:
        fen = fields["standard_fen"]
        if fen is not None and (not isinstance(fen, int) or fen < 0):
            raise UserError("补贴标准不能为负数。")
        program.standard_fen = fen
    if "period_days" in fields:
        try:
            days = int(fields["period_days"])
        except (TypeError, ValueError):
            raise UserError(f"公示天数“{fields['period_days']}”不是整数，请填写如 7 的天数。") from None
        if not 1 <= days <= 90:
            raise UserError(f"公示天数应在1到90天之间（现为{days}），请修改。")
        program.period_days = days
    if "period_unit" in fields:
        unit = (fields["period_unit"] or "").strip()
        if unit not in PERIOD_UNITS:
            raise UserError(f"公示期单位只能是“自然日”或“工作日”，不能是“{unit}”。")
        program.period_unit = unit
    if "notice_columns" in fields:
        program.notice_columns = parse_columns(fields["notice_columns"] or STANDARD_COLUMNS)
    if "catalog_item_id" in fields:
        program.catalog_item_id = fields["catalog_item_id"]
    if "active" in fields:
        program.active = bool(fields["active"])


def add_program(session: Session, **fields) -> SubsidyProgram:
    """A new program. Required: name. Defaults: 7 自然日, the standard columns, a basis text with 〔村名〕 and
    〔期间〕 placeholders, the objection sentence for its category."""
    name = (fields.get("name") or "").strip()
    program = SubsidyProgram(
        name=name, category="", quantity_unit="", standard_fen=None, period_days=7, period_unit=NATURAL_DAYS,
        notice_columns=list(STANDARD_COLUMNS), phones="", active=True,
        basis_text=default_basis_text(name, f"{name}相关政策"),
    )
    _apply_program(session, program, {"name": name, **fields})
    if "objection_channel" not in fields:
        program.objection_channel = default_objection_channel(name, program.category, _county(session))
    session.add(program)
    session.flush()
    return program


def update_program(session: Session, program: SubsidyProgram | int | str, **fields) -> SubsidyProgram:
    """Change some fields of a program (same names as add_program). Batches already made keep their amounts."""
    program = _get_program(session, program)
    _apply_program(session, program, fields)
    session.flush()
    return program


# ---- batches -------------------------------------------------------------------------------------------------

def batch_title(village: str, period: str, program: str) -> str:
    return f"关于{village}{period}{program}发放情况的公示"


_NOTICE_ENDINGS = ("情况的公示", "的公示", "公示")


def notice_subject(title: str) -> tuple[str, str]:
    """What a notice's title is about, and its remark: 关于红旗村2026年度耕地地力保护补贴发放情况的公示（更正） →
    (红旗村2026年度耕地地力保护补贴发放, （更正）). A title of another shape is its own subject."""
    title = title.strip()
    remark = CORRECTION_SUFFIX if title.endswith(CORRECTION_SUFFIX) else ""
    subject = title[:len(title) - len(remark)]
    subject = subject.removeprefix("关于")
    for ending in _NOTICE_ENDINGS:
        if subject.endswith(ending) and len(subject) > len(ending):
            subject = subject[:-len(ending)]
            break
    return subject, remark


def list_title(title: str) -> str:
    """The title of a notice's list (the 名单 sheet): 红旗村2026年度耕地地力保护补贴发放名单（更正）."""
    subject, remark = notice_subject(title)
    return f"{subject}{'' if subject.endswith('名单') else '名单'}{remark}"


def objections_title(title: str) -> str:
    """The title of the record of a notice's objections: 红旗村2026年度耕地地力保护补贴发放公示异议及处理情况."""
    subject, remark = notice_subject(title)
    return f"{subject}公示异议及处理情况{remark}"


def create_batch(session: Session, program: SubsidyProgram, village: Village, period: str,
                 source_file: str = "") -> PublicityBatch:
    try:
        period = rules.clean_period(period) or f"{clock.today().year}年度"
    except rules.FieldError as exc:
        raise UserError(f"{exc}。") from None
    batch = PublicityBatch(program=program, village=village, period=period, state=DRAFT,
                           title=batch_title(village.name, period, program.name), source_file=source_file,
                           created_at=clock.now())
    session.add(batch)
    session.flush()
    return batch


_POSTED = frozenset({PUBLISHING, ENDED, ARCHIVED})          # a list on the board or on record
_RECORDS = _POSTED | {SUPERSEDED}                            # lists that no longer change


def refuse_change(batch: PublicityBatch, reason: str, attempt: str) -> UserError:
    """The UserError refusing `attempt` (修改名单, 归档 …) on a batch; on a published or archived list the
    refusal is kept in the audit log and the log file."""
    session = object_session(batch)
    if batch.state in _RECORDS and session is not None:
        audit.record_refusal(session, "publicity_batch", batch.id, reason, attempt)
    return UserError(reason)


def _move(batch: PublicityBatch, action: str) -> None:
    try:
        batch.state = lifecycle.check_transition(batch.state, action, reviewed=bool(batch.reviewer))
    except lifecycle.TransitionError as exc:
        raise refuse_change(batch, f"“{batch.title}”：{exc}", lifecycle.ACTION_LABELS[action]) from None


def submit(session: Session, batch: PublicityBatch | int) -> None:
    batch = _batch(session, batch)
    if not session.scalar(select(func.count()).where(Recipient.batch_id == batch.id)):
        raise UserError(f"“{batch.title}”的名单是空的，请先导入或录入名单再送审。")
    _move(batch, "submit")


def review(session: Session, batch: PublicityBatch | int, reviewer: str, day: dt.date, opinion: str = "") -> None:
    """保密审查: records who reviewed, when and the opinion (先审后发). A 草稿 is submitted first."""
    batch = _batch(session, batch)
    if not (reviewer or "").strip():
        raise UserError("请填写保密审查人的姓名。")
    if day is None:
        raise UserError("请填写保密审查的日期。")
    if day > clock.today():
        raise UserError(f"保密审查日期{format_cn(day)}在今天（{format_cn(clock.today())}）之后，"
                        "请填写实际完成审查的日期（先审后发）。")
    if batch.state == DRAFT:
        submit(session, batch)
    _move(batch, "review")
    batch.reviewer, batch.review_date = reviewer.strip(), day
    batch.review_opinion = (opinion or "").strip() or DEFAULT_REVIEW_OPINION


def reopen(session: Session, batch: PublicityBatch | int) -> None:
    """退回修改: 待审核 → 草稿, the recorded review is cleared."""
    batch = _batch(session, batch)
    _move(batch, "reopen")
    _clear_review(batch)


def delete_batch(session: Session, batch: PublicityBatch | int) -> None:
    """Delete a 草稿 and its list (the audit log keeps what was deleted). Anything reviewed or published is a
    record of the township's work and cannot be deleted."""
    batch = _batch(session, batch)
    if batch.state != DRAFT:
        raise refuse_change(batch, f"“{batch.title}”已{batch.state}，只有草稿可以删除；如名单有误，请退回修改或登记异议后更正。",
                            "删除批次")
    session.execute(delete(Recipient).where(Recipient.batch_id == batch.id))
    session.delete(batch)
    session.flush()


def _clear_review(batch: PublicityBatch) -> None:
    batch.reviewer, batch.review_date, batch.review_opinion = "", None, ""


def publish(session: Session, batch: PublicityBatch | int, start: dt.date,
            calendar: WorkCalendar | None = None) -> None:
    """Start the publicity: fixes the period from the program's length on the working-day calendar (loaded from
    the database when not given). The batch a correction replaces becomes 已更正 on the correction's posting day:
    at once when that is today, else by refresh_states that day (until then it is on the board, and is so)."""
    batch = _batch(session, batch)
    if start is None:
        raise UserError("请填写公示开始日期（张贴之日）。")
    if start < (batch.review_date or start):
        raise UserError(f"公示开始日期 {format_cn(start)} 早于保密审查日期 {format_cn(batch.review_date)}，请先审后发。")
    _check_not_posted_twice(session, batch)
    old = batch.replaces
    if old is not None and old.state == SUPERSEDED:
        old = None  # already marked (older data, or the demo)
    if old is not None:
        try:
            lifecycle.check_transition(old.state, lifecycle.SUPERSEDE)
        except lifecycle.TransitionError as exc:
            raise UserError(f"原公示“{old.title}”{exc}，不能发布更正。") from None
    if calendar is None:
        from gkdesk.services import calendar as calendar_service

        calendar = calendar_service.load_calendar(session)
    _move(batch, "publish")
    program = batch.program
    batch.start_date = start
    batch.end_date = calendar.publicity_end(start, program.period_days, program.period_unit)
    if old is not None and start <= clock.today():
        _move(old, "supersede")
    _on_publish(session, batch)


def _corrected_chain(batch: PublicityBatch) -> set[int]:
    """Ids of the batches `batch` corrects, directly or through earlier corrections."""
    out, current = set(), batch.replaces
    while current is not None and current.id not in out:
        out.add(current.id)
        current = current.replaces
    return out


def _check_not_posted_twice(session: Session, batch: PublicityBatch) -> None:
    """A second list for the same program, village and period cannot go on the board while one is posted
    (公示中, 公示期满 or 已归档) — unless it is that list's correction."""
    others = session.scalars(select(PublicityBatch).where(
        PublicityBatch.program_id == batch.program_id, PublicityBatch.village_id == batch.village_id,
        PublicityBatch.period == batch.period, PublicityBatch.id != batch.id,
        PublicityBatch.state.in_(_POSTED))).all()
    corrected = _corrected_chain(batch)
    clash = next((o for o in others if o.id not in corrected), None)
    if clash is not None:
        raise refuse_change(clash, f"“{batch.title}”与{clash.state}的“{clash.title}”（批次{clash.id}）是同一项目、同一村、"
                                   f"同一期间的名单，不能重复公示；如原名单有误，请在原公示上登记异议后发起更正。",
                            "重复公示")


def _on_publish(session: Session, batch: PublicityBatch) -> None:
    """The notice is frozen as posted; a started publicity of a program linked to a catalog item appears in that
    item's ledger by itself."""
    from gkdesk.services import catalog, notice  # they build on subsidy, so imported here

    notice.freeze_notice(session, batch)
    catalog.record_for_publicity(session, batch)


def refresh_states(session: Session, today: dt.date) -> list[PublicityBatch]:
    """Publicities whose period is over become 公示期满, and those whose correction has been posted 已更正;
    returns those that just ended."""
    ended = list(session.scalars(select(PublicityBatch).where(
        PublicityBatch.state == PUBLISHING, PublicityBatch.end_date < today)))
    for batch in ended:
        _move(batch, "expire")
    correction = aliased(PublicityBatch)
    for batch in session.scalars(select(PublicityBatch).join(correction, correction.replaces_id == PublicityBatch.id)
                                 .where(PublicityBatch.state.in_((PUBLISHING, ENDED)),
                                        correction.state.in_(sorted(_POSTED)), correction.start_date <= today)):
        _move(batch, "supersede")
    return ended


def archive(session: Session, batch: PublicityBatch | int, day: dt.date) -> None:
    """The bare state change; `services.archive.archive_batch` adds the checks (photo, objections)."""
    batch = _batch(session, batch)
    _move(batch, "archive")
    batch.archived_on = day


class _Sums:
    """The amount and quantity of a list as the clerk reads them, for classes with amount_fen and quantity_e4."""

    @property
    def amount_text(self) -> str:
        return format_fen(self.amount_fen)

    @property
    def quantity_text(self) -> str:
        return rules.format_quantity(self.quantity_e4)


@dataclass(frozen=True)
class Totals(_Sums):
    people: int
    quantity_e4: int
    amount_fen: int



def totals(session: Session, batch_id: int) -> Totals:
    people, qty, amount = session.execute(
        select(func.count(Recipient.id), func.coalesce(func.sum(Recipient.quantity_e4), 0),
               func.coalesce(func.sum(Recipient.amount_fen), 0)).where(Recipient.batch_id == batch_id)).one()
    return Totals(people, qty, amount)


def days_left(batch: PublicityBatch, today: dt.date) -> int | None:
    return (batch.end_date - today).days if batch.state == PUBLISHING and batch.end_date else None




@dataclass(frozen=True)
class BatchRow(_Sums):
    """One line of the batch list. `state` is the state as of `today` (a period that ended shows 公示期满 even
    before refresh_states has stored it)."""

    id: int
    title: str
    program_id: int
    program_name: str
    village_id: int
    village_name: str
    period: str
    state: str
    start_date: dt.date | None
    end_date: dt.date | None
    days_left: int | None
    people: int
    quantity_e4: int
    amount_fen: int
    reviewer: str
    review_date: dt.date | None
    archived_on: dt.date | None
    replaces_id: int | None
    replaced_by_id: int | None
    open_objections: int
    created_at: dt.datetime | None = None
    today: dt.date | None = None  # the day the row was read for (the countdown and the state's wording)

    @property
    def countdown(self) -> str:
        """明天开始公示 / 还剩3天 / 今天期满 / “” for the list's countdown column."""
        return lifecycle.countdown(self.state, self.start_date, self.end_date, self.today or clock.today())

    @property
    def state_text(self) -> str:
        """The state as the clerk reads it: 已审查，待公示, 待开始公示, or the state itself."""
        return lifecycle.state_text(self.state, bool(self.reviewer and self.review_date), self.start_date,
                                    self.today or clock.today())

    @property
    def not_started(self) -> bool:
        return self.state_text == lifecycle.NOT_STARTED

    @property
    def dates_text(self) -> str:
        if self.start_date and self.end_date:
            return f"{format_cn(self.start_date)}至{format_cn(self.end_date)}"
        return ""

    @property
    def read_only(self) -> bool:
        return lifecycle.is_read_only(self.state)

    def to_json(self) -> dict:
        iso = lambda d: d.isoformat() if d else None
        return dict(id=self.id, title=self.title, program=self.program_name, program_id=self.program_id,
                    village=self.village_name, village_id=self.village_id, period=self.period, state=self.state,
                    start_date=iso(self.start_date), end_date=iso(self.end_date), days_left=self.days_left,
                    people=self.people, quantity=self.quantity_text, amount_fen=self.amount_fen,
                    amount=self.amount_text, reviewer=self.reviewer, review_date=iso(self.review_date),
                    archived_on=iso(self.archived_on), replaces_id=self.replaces_id,
                    replaced_by_id=self.replaced_by_id, open_objections=self.open_objections)


def _batch_rows_query(today: dt.date):
    sums = (select(Recipient.batch_id.label("batch_id"), func.count(Recipient.id).label("people"),
                   func.coalesce(func.sum(Recipient.quantity_e4), 0).label("qty"),
                   func.coalesce(func.sum(Recipient.amount_fen), 0).label("amount"))
            .group_by(Recipient.batch_id).subquery())
    pending = (select(Objection.batch_id.label("batch_id"), func.count(Objection.id).label("n"))
               .where(Objection.closed_on.is_(None)).group_by(Objection.batch_id).subquery())
    successor = aliased(PublicityBatch)
    return (
        select(PublicityBatch.id, PublicityBatch.title, PublicityBatch.program_id, SubsidyProgram.name,
               PublicityBatch.village_id, Village.name, PublicityBatch.period, PublicityBatch.state,
               PublicityBatch.start_date, PublicityBatch.end_date,
               func.coalesce(sums.c.people, 0), func.coalesce(sums.c.qty, 0), func.coalesce(sums.c.amount, 0),
               PublicityBatch.reviewer, PublicityBatch.review_date, PublicityBatch.archived_on,
               PublicityBatch.replaces_id, successor.id, func.coalesce(pending.c.n, 0), PublicityBatch.created_at,
               successor.state, successor.start_date)
        .join(SubsidyProgram, PublicityBatch.program_id == SubsidyProgram.id)
        .join(Village, PublicityBatch.village_id == Village.id)
        .outerjoin(sums, sums.c.batch_id == PublicityBatch.id)
        .outerjoin(pending, pending.c.batch_id == PublicityBatch.id)
        .outerjoin(successor, successor.replaces_id == PublicityBatch.id)
    )


def _row(values, today: dt.date) -> BatchRow:
    (bid, title, program_id, program_name, village_id, village_name, period, state, start, end, people, qty,
     amount, reviewer, review_date, archived_on, replaces_id, replaced_by_id, pending, created_at,
     correction_state, correction_start) = values
    state = lifecycle.state_after_time(state, end, today)
    if (state in (PUBLISHING, ENDED) and correction_state in _POSTED and correction_start is not None
            and correction_start <= today):
        state = SUPERSEDED   # its correction is on the board: as refresh_states will store it
    left = (end - today).days if state == PUBLISHING and end else None
    return BatchRow(bid, title, program_id, program_name, village_id, village_name, period, state, start, end,
                    left, int(people), int(qty), int(amount), reviewer, review_date, archived_on, replaces_id,
                    replaced_by_id, int(pending), created_at, today)


def list_batches(session: Session, *, state: str | Sequence[str] | None = None, village_id: int | None = None,
                 program_id: int | None = None, today: dt.date | None = None) -> list[BatchRow]:
    """Batches with their totals, days left and open objections, newest first — one SQL query.
    `state` filters on the state as of today (one state or several)."""
    today = today or clock.today()
    stmt = _batch_rows_query(today)
    if village_id is not None:
        stmt = stmt.where(PublicityBatch.village_id == village_id)
    if program_id is not None:
        stmt = stmt.where(PublicityBatch.program_id == program_id)
    rows = [_row(v, today) for v in session.execute(stmt.order_by(PublicityBatch.id.desc()))]
    if state is not None:
        wanted = {state} if isinstance(state, str) else set(state)
        rows = [r for r in rows if r.state in wanted]
    return rows


@dataclass(frozen=True)
class ObjectionRow:
    id: int
    batch_id: int
    received_on: dt.date
    person: str
    contact: str
    content: str
    handling: str
    result: str
    closed_on: dt.date | None

    @property
    def open(self) -> bool:
        return self.closed_on is None

    def to_json(self) -> dict:
        return dict(id=self.id, batch_id=self.batch_id, received_on=self.received_on.isoformat(),
                    person=self.person, contact=self.contact, content=self.content, handling=self.handling,
                    result=self.result, closed_on=self.closed_on.isoformat() if self.closed_on else None)


@dataclass(frozen=True)
class AttachmentRow:
    id: int
    batch_id: int
    kind: str
    original_name: str
    stored_path: str      # relative to the data folder
    sha256: str
    size: int
    added_at: dt.datetime

    def to_json(self) -> dict:
        return dict(id=self.id, kind=self.kind, original_name=self.original_name, stored_path=self.stored_path,
                    sha256=self.sha256, size=self.size, added_at=self.added_at.isoformat(timespec="seconds"))


def _objection_row(o: Objection) -> ObjectionRow:
    return ObjectionRow(o.id, o.batch_id, o.received_on, o.person, o.contact, o.content, o.handling, o.result,
                        o.closed_on)


def _attachment_row(a: Attachment) -> AttachmentRow:
    return AttachmentRow(a.id, a.batch_id, a.kind, a.original_name, a.stored_path, a.sha256, a.size, a.added_at)


@dataclass(frozen=True)
class BatchDetail:
    row: BatchRow
    program: ProgramRow
    review_opinion: str
    source_file: str
    note: str
    objections: tuple[ObjectionRow, ...]
    attachments: tuple[AttachmentRow, ...]
    actions: tuple[str, ...]            # lifecycle actions allowed now (lifecycle.ACTION_LABELS for the buttons)
    replaces_title: str = ""
    replaced_by_title: str = ""
    calendar_fallback_years: tuple[int, ...] = ()   # years of the period counted Monday–Friday only
    notice_refusal: str | None = None   # why its notice cannot be printed yet (services.notice), None when it can

    @property
    def id(self) -> int:
        return self.row.id

    @property
    def state(self) -> str:
        return self.row.state

    @property
    def read_only(self) -> bool:
        return lifecycle.is_read_only(self.row.state)

    @property
    def reviewed(self) -> bool:
        return bool(self.row.reviewer and self.row.review_date)

    @property
    def can_object(self) -> bool:
        """公示中 and already posted: a correction dated tomorrow cannot receive an objection yet."""
        return self.row.state == PUBLISHING and not self.row.not_started

    @property
    def can_correct(self) -> bool:
        return (self.row.state in (PUBLISHING, ENDED) and self.row.replaced_by_id is None
                and any(o.result == OBJECTION_UPHELD for o in self.objections))

    def to_json(self) -> dict:
        data = self.row.to_json()
        data.update(review_opinion=self.review_opinion, source_file=self.source_file, note=self.note,
                    program_detail=self.program.to_json(), objections=[o.to_json() for o in self.objections],
                    attachments=[a.to_json() for a in self.attachments], actions=list(self.actions),
                    read_only=self.read_only, reviewed=self.reviewed, replaces_title=self.replaces_title,
                    replaced_by_title=self.replaced_by_title,
                    calendar_fallback_years=list(self.calendar_fallback_years))
        return data


def published_message(detail: BatchDetail) -> tuple[str, str]:
    """The box after 开始公示: begun today, or dated to be posted later (a correction dated tomorrow), and what
    becomes of the list it corrects."""
    row = detail.row
    post = "请打印公示张贴到村务公开栏和各村民小组，并拍照留存。"
    if not row.not_started:
        replaced = f"\n\n原公示“{detail.replaces_title}”已标记为已更正。" if detail.replaces_title else ""
        return "已开始公示", f"“{row.title}”已开始公示。\n\n公示时间：{row.dates_text}{replaced}\n\n{post}"
    replaced = (f"\n\n在此之前原公示“{detail.replaces_title}”照常张贴；新公示开始之日，原公示标记为已更正。"
                if detail.replaces_title else "")
    return "已安排公示", (f"“{row.title}”将于{format_cn(row.start_date)}开始公示（{row.countdown}）。\n\n"
                         f"公示时间：{row.dates_text}{replaced}\n\n请在{format_cn(row.start_date)}当天{post[1:]}")


def batch_detail(session: Session, batch: PublicityBatch | int, today: dt.date | None = None) -> BatchDetail:
    today = today or clock.today()
    b = _batch(session, batch)
    row = _row(session.execute(_batch_rows_query(today).where(PublicityBatch.id == b.id)).one(), today)
    fallback: tuple[int, ...] = ()
    if b.start_date and b.end_date and b.program.period_unit != NATURAL_DAYS:
        from gkdesk.services import calendar as calendar_service

        fallback = tuple(calendar_service.load_calendar(session).fallback_years(b.start_date, b.end_date))
    successor = b.replaced_by
    from gkdesk.services.notice import notice_refusal  # the notice builds on this module

    return BatchDetail(
        row=row, program=_program_row(b.program), review_opinion=b.review_opinion, source_file=b.source_file,
        note=b.note, objections=tuple(_objection_row(o) for o in b.objections),
        attachments=tuple(_attachment_row(a) for a in sorted(b.attachments, key=lambda a: a.id)),
        actions=lifecycle.available_actions(row.state, reviewed=bool(b.reviewer)),
        replaces_title=b.replaces.title if b.replaces is not None else "",
        replaced_by_title=successor.title if successor is not None else "",
        calendar_fallback_years=fallback,
        notice_refusal=notice_refusal(b),
    )


# ---- the list: lazy loading and editing ------------------------------------------------------------------------

@dataclass(frozen=True)
class RecipientRow:
    """One recipient as the editing table shows it (full numbers: the table is internal; masked ones beside)."""

    id: int
    batch_id: int
    seq: int
    group_name: str
    name: str
    id_number: str
    id_masked: str
    household_size: int | None
    quantity_e4: int | None
    quantity_text: str
    standard_fen: int | None
    standard_text: str
    amount_fen: int
    amount_text: str
    pay_method: str
    account: str
    account_masked: str
    phone: str
    pay_date: dt.date | None
    remark: str
    source_row: int | None


@dataclass(frozen=True)
class EditResult:
    """What an edit did: the recipient ids concerned, whether the batch's 保密审查 was cleared (review_reset; then
    `message` says so in a sentence for the clerk) and whether the amount was recomputed from quantity ×
    standard."""

    ids: tuple[int, ...]
    review_reset: bool = False
    message: str = ""
    amount_recomputed: bool = False


@dataclass(frozen=True)
class DeleteResult(EditResult):
    rows: tuple[dict, ...] = field(default_factory=tuple)   # the deleted rows, for restore_recipients (undo)


_RECIPIENT_COLUMNS = ("id", "batch_id", "seq", "group_name", "name", "id_number", "household_size", "quantity_e4",
                      "standard_fen", "amount_fen", "pay_method", "account", "phone", "pay_date", "remark",
                      "source_row")

_REVIEW_RESET_MESSAGE = "名单已修改，原保密审查记录已清除，请重新进行保密审查后再公示。"


def edit_refusal(state: str) -> str | None:
    """Why the list of a batch in this state cannot be edited, or None when it can."""
    if not lifecycle.is_read_only(state):
        return None
    if state == ARCHIVED:
        return "已归档的公示不能修改"
    if state == SUPERSEDED:
        return "该公示已被更正后的新公示取代，不能修改，请在新的公示上办理"
    return "名单已经公示，不能直接修改；如需更正，请登记异议后发起更正公示"


def _check_editable(batch: PublicityBatch) -> None:
    reason = edit_refusal(batch.state)
    if reason:
        raise refuse_change(batch, f"“{batch.title}”{reason}。", "修改名单")


def _after_edit(batch: PublicityBatch) -> bool:
    """Clear the review of a 待审核 batch; True when there was one to clear."""
    if lifecycle.edit_resets_review(batch.state) and (batch.reviewer or batch.review_date):
        _clear_review(batch)
        return True
    return False


def _like(text: str) -> str:
    return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def list_recipient_ids(session: Session, batch_id: int, search: str = "") -> list[int]:
    """Ids of the batch's recipients in list order (seq). `search` matches the name, 村民小组 or 备注 (contains), an
    ID by its last digits or in full, or a masked ID as shown on the notice (110101********1234)."""
    stmt = select(Recipient.id).where(Recipient.batch_id == batch_id)
    text = "".join((search or "").split())
    if text:
        import unicodedata

        text = unicodedata.normalize("NFKC", text)
        conds = [Recipient.name.like(_like(text), escape="\\"), Recipient.group_name.like(_like(text), escape="\\"),
                 Recipient.remark.like(_like(text), escape="\\")]
        upper = text.upper()
        if "*" in upper:
            head, _, tail = upper.partition("*")
            tail = tail.strip("*")
            if (head + tail).replace("X", "").isdigit():
                conds.append(Recipient.id_number.like(head + "%" + tail))
        elif upper.replace("X", "").isdigit() and upper:
            conds.append(Recipient.id_number.like("%" + upper))
            conds.append(Recipient.account.like("%" + upper))
        stmt = stmt.where(or_(*conds))
    return list(session.scalars(stmt.order_by(Recipient.seq, Recipient.id)))


def load_recipients(session: Session, ids: Sequence[int]) -> list[RecipientRow]:
    """The rows for `ids`, in the same order (ids that no longer exist are left out)."""
    from gkdesk.services import settings
    if not ids:
        return []
    masks = settings.masks(session)
    found: dict[int, Recipient] = {}
    id_list = list(ids)
    for i in range(0, len(id_list), 900):
        for r in session.scalars(select(Recipient).where(Recipient.id.in_(id_list[i:i + 900]))):
            found[r.id] = r
    out = []
    for rid in id_list:
        r = found.get(rid)
        if r is None:
            continue
        out.append(RecipientRow(
            r.id, r.batch_id, r.seq, r.group_name, r.name, r.id_number,
            mask_id_number(r.id_number, masks.id_number) if r.id_number else "",
            r.household_size, r.quantity_e4, rules.format_quantity(r.quantity_e4), r.standard_fen,
            format_fen(r.standard_fen) if r.standard_fen is not None else "", r.amount_fen, format_fen(r.amount_fen),
            r.pay_method, r.account, mask_account(r.account, masks.account) if r.account else "", r.phone,
            r.pay_date, r.remark, r.source_row))
    return out


_FIELD_LABELS = {
    "group_name": "村民小组", "name": "姓名", "id_number": "身份证号", "household_size": "家庭人口",
    "quantity": "数量", "quantity_e4": "数量", "standard": "补贴标准", "standard_fen": "补贴标准",
    "amount": "补贴金额", "amount_fen": "补贴金额", "pay_method": "发放方式", "account": "账号",
    "phone": "联系电话", "pay_date": "发放时间", "remark": "备注",
}


def _field_error(key: str, message: str) -> UserError:
    label = _FIELD_LABELS.get(key, key)
    message = message.rstrip("。")
    return UserError(f"{message}。" if message.startswith(label) else f"{label}：{message}。")


def _blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


_EDITABLE_COLUMNS = ("group_name", "name", "id_number", "household_size", "quantity_e4", "standard_fen",
                     "amount_fen", "pay_method", "account", "phone", "pay_date", "remark")


def _apply_recipient(session: Session, rec: Recipient, fields: dict, program: SubsidyProgram,
                     zero_confirmed: bool = False) -> bool:
    """Validate fields and set them on a recipient — all or none (a refused edit leaves the row as it was).
    Returns True when the amount was recomputed from quantity × standard. A typed amount (or quantity or
    standard) that makes the amount 0.00 needs `zero_confirmed` (ConfirmationNeeded otherwise); the stored
    values that undo writes back do not."""
    unknown = set(fields) - set(_FIELD_LABELS)
    if unknown:
        raise TypeError(f"unknown recipient fields: {sorted(unknown)}")
    v = {c: getattr(rec, c) for c in _EDITABLE_COLUMNS}
    key = ""
    try:
        for key, value in fields.items():
            if key == "name":
                v["name"] = rules.clean_name(value)
            elif key == "id_number":
                v["id_number"] = rules.clean_id(value)[0]
            elif key in ("group_name", "pay_method", "remark"):
                v[key] = rules.clean_text(value)
            elif key == "household_size":
                v[key] = None if _blank(value) else rules.clean_count(value)
            elif key == "quantity":
                v["quantity_e4"] = None if _blank(value) else rules.quantity_e4(
                    rules.clean_quantity(value, program.quantity_unit))
            elif key == "quantity_e4":
                if value is not None and (not isinstance(value, int) or value < 0):
                    raise rules.FieldError("数量应为不小于0的整数（万分之一单位）")
                v["quantity_e4"] = value
            elif key == "standard":
                v["standard_fen"] = None if _blank(value) else rules.clean_standard(value)
            elif key == "standard_fen":
                if value is not None and (not isinstance(value, int) or value < 0):
                    raise rules.FieldError("补贴标准应为不小于0的整数分")
                v["standard_fen"] = value
            elif key == "amount":
                v["amount_fen"] = rules.clean_money(value, "补贴金额")
            elif key == "amount_fen":
                if not isinstance(value, int) or value < 0:
                    raise rules.FieldError("补贴金额应为不小于0的整数分")
                v["amount_fen"] = value
            elif key == "account":
                v["account"] = rules.clean_account(value)
            elif key == "phone":
                v["phone"] = rules.clean_phone(value)
            elif key == "pay_date":
                v["pay_date"] = None if _blank(value) else rules.clean_date(value)
    except rules.FieldError as exc:
        raise _field_error(key, str(exc)) from None
    touched_qty = bool({"quantity", "quantity_e4", "standard", "standard_fen"} & set(fields))
    touched_amount = bool({"amount", "amount_fen"} & set(fields))
    recomputed = False
    standard = v["standard_fen"]
    if v["quantity_e4"] is not None and standard is None and program.standard_fen is not None:
        standard = program.standard_fen
        if touched_qty:
            v["standard_fen"] = standard
    if v["quantity_e4"] is not None and standard is not None:
        quantity = Decimal(v["quantity_e4"]) / rules.E4
        if touched_qty and not touched_amount:
            new = rules.expected_amount_fen(quantity, standard)
            recomputed = new != v["amount_fen"]
            v["amount_fen"] = new
        elif not amount_matches(v["amount_fen"] or 0, quantity, standard):
            raise UserError(
                f"补贴金额{format_fen(v['amount_fen'] or 0)}元与数量{rules.format_quantity(v['quantity_e4'])}×标准"
                f"{format_fen(standard)}元={format_fen(rules.expected_amount_fen(quantity, standard))}元不符，请核对。")
    typed = {"amount", "quantity", "standard"} & set(fields)
    if typed and v["amount_fen"] == 0 and not zero_confirmed:
        raise ConfirmationNeeded(f"“{v['name'] or '这一行'}”的补贴金额将是0.00元，公示上会印出0.00元。"
                                 "确实不发放吗？（不发放的一般应从名单中删去）")
    for column, value in v.items():
        if getattr(rec, column) != value:
            setattr(rec, column, value)
    return recomputed


def add_recipient(session: Session, batch_id: int, *, zero_confirmed: bool = False, **fields) -> EditResult:
    """Append a recipient to the list (name and 身份证号 required; the amount is computed from quantity × standard
    when it is not given)."""
    batch = get_batch(session, batch_id)
    _check_editable(batch)
    for key, label in (("name", "姓名"), ("id_number", "身份证号")):
        if _blank(fields.get(key)):
            raise UserError(f"请填写{label}。")
    if _blank(fields.get("amount")) and fields.get("amount_fen") is None and _blank(fields.get("quantity")) \
            and fields.get("quantity_e4") is None:
        raise UserError("请填写补贴金额。")
    fields = {k: v for k, v in fields.items() if not (k == "amount" and _blank(v))}
    seq = (session.scalar(select(func.max(Recipient.seq)).where(Recipient.batch_id == batch.id)) or 0) + 1
    rec = Recipient(batch_id=batch.id, seq=seq, name="", id_number="", group_name="", amount_fen=0, pay_method="",
                    account="", phone="", remark="")
    recomputed = _apply_recipient(session, rec, fields, batch.program, zero_confirmed)
    session.add(rec)
    session.flush()
    reset = _after_edit(batch)
    return EditResult((rec.id,), reset, _REVIEW_RESET_MESSAGE if reset else "", recomputed)


def update_recipient(session: Session, recipient_id: int, *, zero_confirmed: bool = False, **fields) -> EditResult:
    """Change fields of one recipient, validated like the import (ID check, money, amount = quantity × standard;
    changing quantity or standard alone recomputes the amount). Raises UserError naming the field."""
    rec = session.get(Recipient, recipient_id)
    if rec is None:
        raise UserError("这一行已被删除，请刷新名单。")
    batch = get_batch(session, rec.batch_id)
    _check_editable(batch)
    recomputed = _apply_recipient(session, rec, fields, batch.program, zero_confirmed)
    if not session.is_modified(rec):
        return EditResult((rec.id,))
    session.flush()
    reset = _after_edit(batch)
    return EditResult((rec.id,), reset, _REVIEW_RESET_MESSAGE if reset else "", recomputed)


_ID_CHUNK = 900  # ids per IN (…): well under SQLite's limit on bound parameters


def _id_chunks(ids: Sequence[int]) -> Iterable[list[int]]:
    for i in range(0, len(ids), _ID_CHUNK):
        yield list(ids[i:i + _ID_CHUNK])


def _recipient_values(session: Session, ids: Sequence[int]) -> list[dict]:
    """All columns of the recipients with these ids, in list order (seq, id)."""
    columns = [getattr(Recipient, c) for c in _RECIPIENT_COLUMNS]
    rows = [dict(zip(_RECIPIENT_COLUMNS, row)) for chunk in _id_chunks(ids)
            for row in session.execute(select(*columns).where(Recipient.id.in_(chunk)))]
    return sorted(rows, key=lambda r: (r["seq"], r["id"]))


def _editable_batches(session: Session, batch_ids: Iterable[int]) -> list[PublicityBatch]:
    batches = [get_batch(session, b) for b in sorted(set(batch_ids))]
    for batch in batches:
        _check_editable(batch)
    return batches


def _reset_reviews(batches: Iterable[PublicityBatch]) -> tuple[bool, str]:
    """After an edit: clear the review of every 待审核 batch; (whether one was cleared, the sentence that says so)."""
    reset = any([_after_edit(b) for b in batches])
    return reset, _REVIEW_RESET_MESSAGE if reset else ""


def delete_recipients(session: Session, ids: Sequence[int]) -> DeleteResult:
    """Delete rows with one DELETE per chunk of ids (the audit log keeps each statement's rows); the result
    carries them (all columns) for restore_recipients (undo)."""
    rows = _recipient_values(session, list(dict.fromkeys(ids)))
    if not rows:
        return DeleteResult(())
    batches = _editable_batches(session, (r["batch_id"] for r in rows))
    for chunk in _id_chunks([r["id"] for r in rows]):
        session.execute(delete(Recipient).where(Recipient.id.in_(chunk)))
    return DeleteResult(tuple(r["id"] for r in rows), *_reset_reviews(batches), rows=tuple(rows))


def restore_recipients(session: Session, rows: Iterable[dict]) -> EditResult:
    """Put deleted rows back with their ids and seq (undo of delete_recipients)."""
    rows = [dict(r) for r in rows]
    if not rows:
        return EditResult(())
    batches = _editable_batches(session, (r["batch_id"] for r in rows))
    ids = [r["id"] for r in rows]
    if any(session.scalar(select(Recipient.id).where(Recipient.id.in_(chunk)).limit(1)) for chunk in _id_chunks(ids)):
        raise UserError("要恢复的行已经存在，不能重复恢复。")
    session.execute(insert(Recipient), rows)
    return EditResult(tuple(ids), *_reset_reviews(batches))


# ---- objections and correction -----------------------------------------------------------------------------------

def _objection_refusal(batch: PublicityBatch) -> str:
    return {
        DRAFT: "尚未公示，不能登记异议",
        PENDING_REVIEW: "尚未公示，不能登记异议",
        ENDED: "公示期已满，不能再登记异议；公示期满后收到的意见请按信访或来信来访办理",
        ARCHIVED: "已归档，不能再登记异议",
        SUPERSEDED: "已被更正后的新公示取代，请在新的公示上登记异议",
    }.get(batch.state, f"处于“{batch.state}”状态，不能登记异议")


def add_objection(session: Session, batch: PublicityBatch | int, received_on: dt.date, person: str,
                  contact: str, content: str) -> Objection:
    """Record an objection received during the period (公示中 only; the date must lie in the period)."""
    batch = _batch(session, batch)
    if batch.state != PUBLISHING:
        raise refuse_change(batch, f"“{batch.title}”{_objection_refusal(batch)}。", "登记异议")
    if received_on is None:
        raise UserError("请填写收到异议的日期。")
    if batch.start_date and batch.end_date and not batch.start_date <= received_on <= batch.end_date:
        raise UserError(f"异议收到日期{format_cn(received_on)}不在公示期（{format_cn(batch.start_date)}至"
                        f"{format_cn(batch.end_date)}）内，请核对日期。")
    if not (content or "").strip():
        raise UserError("请填写异议的内容。")
    objection = Objection(batch=batch, received_on=received_on, person=(person or "").strip() or "匿名",
                          contact=(contact or "").strip(), content=content.strip(), handling="",
                          result=OBJECTION_PENDING, closed_on=None)
    session.add(objection)
    session.flush()
    return objection


def resolve_objection(session: Session, objection: Objection | int, handling: str, result: str,
                      closed_on: dt.date, reason: str = "") -> Objection:
    """Record how an objection was verified and its result (成立 / 不成立). An upheld objection makes
    start_correction possible. Changing an objection already resolved needs a `reason`, which the audit log
    keeps with the values before and after."""
    if isinstance(objection, int):
        obj = session.get(Objection, objection)
        if obj is None:
            raise UserError(f"没有编号为 {objection} 的异议记录。")
        objection = obj
    batch = objection.batch
    if batch.state in (ARCHIVED, SUPERSEDED):
        raise refuse_change(batch, f"“{batch.title}”{'已归档' if batch.state == ARCHIVED else '已被更正公示取代'}，"
                                   "异议记录不能再修改。", "修改异议")
    result = (result or "").strip()
    if result not in (OBJECTION_UPHELD, OBJECTION_REJECTED):
        raise UserError(f"核实结果只能是“成立”或“不成立”，不能是“{result}”。")
    if not (handling or "").strip():
        raise UserError("请填写异议的核实和处理情况。")
    if closed_on is None:
        raise UserError("请填写办结日期。")
    if closed_on < objection.received_on:
        raise UserError(f"办结日期{format_cn(closed_on)}早于收到日期{format_cn(objection.received_on)}，请核对。")
    after = {"handling": handling.strip(), "result": result, "closed_on": closed_on}
    if objection.closed_on is not None:
        before = {"handling": objection.handling, "result": objection.result, "closed_on": objection.closed_on}
        if before != after:
            _amend_resolved(session, objection, before, after, reason)
    objection.handling, objection.result, objection.closed_on = after["handling"], result, closed_on
    session.flush()
    return objection


def _amend_resolved(session: Session, objection: Objection, before: dict, after: dict, reason: str) -> None:
    """A resolved objection is changed only with a reason, kept in the audit log."""
    reason = (reason or "").strip()
    if not reason:
        raise refuse_change(objection.batch, f"该异议已于{format_cn(before['closed_on'])}办结（核实结果：{before['result']}），"
                                             "修改已办结的异议须写明修改原因，请填写后再保存。", "修改已办结的异议")
    audit.add_entry(session, "amend", "objection", objection.id,
                       {"reason": reason, "before": before, "after": after})


def start_correction(session: Session, batch: PublicityBatch | int) -> PublicityBatch:
    """After an upheld objection: copy the list into a new 草稿 batch that replaces this one (title “…（更正）”).
    The clerk corrects it, has it reviewed and publishes it with a new period; publishing moves this batch to
    已更正 (read-only, linked both ways)."""
    old = _batch(session, batch)
    try:
        lifecycle.check_transition(old.state, lifecycle.SUPERSEDE)
    except lifecycle.TransitionError as exc:
        raise UserError(f"“{old.title}”：{exc}。") from None
    if old.replaced_by is not None:
        raise UserError(f"“{old.title}”已有更正公示“{old.replaced_by.title}”，请在该公示上继续办理。")
    if not any(o.result == OBJECTION_UPHELD for o in old.objections):
        raise UserError(f"“{old.title}”没有核实成立的异议，不能发起更正；请先登记异议并记录核实结果。")
    title = old.title if old.title.endswith(CORRECTION_SUFFIX) else old.title + CORRECTION_SUFFIX
    new = PublicityBatch(program_id=old.program_id, village_id=old.village_id, period=old.period, state=DRAFT,
                         title=title, source_file=f"更正自“{old.title}”", created_at=clock.now(), replaces=old,
                         reviewer="", review_opinion="", note="")
    session.add(new)
    session.flush()
    cols = [c for c in _RECIPIENT_COLUMNS if c not in ("id", "batch_id")]
    session.execute(
        insert(Recipient).from_select(
            ["batch_id", *cols],
            select(literal(new.id, Integer), *[getattr(Recipient, c) for c in cols])
            .where(Recipient.batch_id == old.id).order_by(Recipient.seq, Recipient.id)))
    return new


@provider
def publicity_reminders(ctx: ReminderContext) -> list[Reminder]:
    out = []
    rows = ctx.session.execute(
        select(PublicityBatch.id, PublicityBatch.title, PublicityBatch.state, PublicityBatch.start_date,
               PublicityBatch.end_date)
        .where(PublicityBatch.state.in_([PUBLISHING, ENDED, PENDING_REVIEW])).order_by(PublicityBatch.end_date))
    for batch_id, title, state, start, end in rows:
        if state == PUBLISHING and end is not None:
            left = (end - ctx.today).days
            if left < 0:  # not yet refreshed: ended
                out.append(Reminder("publicity_ended", f"{title}：公示期已满，待建档留存", end, left, OPEN,
                                    detail="请上传公示照片和签字名单后归档。", ref=("batch", batch_id)))
                continue
            sev = severity_for(left, ctx.soon_days)
            detail = f"公示时间 {format_cn(start)} 至 {format_cn(end)}"
            label = "今天公示期满" if left == 0 else f"公示中，还剩{left}天"
            if start is not None and start > ctx.today:  # a correction posted from a later day
                sev, label = INFO, f"{lifecycle.countdown(state, start, end, ctx.today)}（{format_cn(start)}）"
            out.append(Reminder("publicity_running", f"{title}：{label}", end, left,
                                sev if sev != OPEN else INFO, detail=detail, ref=("batch", batch_id)))
        elif state == ENDED:
            out.append(Reminder("publicity_ended", f"{title}：公示期已满，待建档留存", end,
                                (end - ctx.today).days if end else None, OPEN,
                                detail="请上传公示照片和签字名单后归档。", ref=("batch", batch_id)))
    waiting = ctx.session.execute(
        select(Objection.id, Objection.received_on, PublicityBatch.id, PublicityBatch.title)
        .join(PublicityBatch).where(Objection.closed_on.is_(None), PublicityBatch.state.not_in([SUPERSEDED, ARCHIVED])))
    for obj_id, received, batch_id, title in waiting:
        out.append(Reminder("objection", f"{title}：有异议待处理", received, (received - ctx.today).days, OPEN,
                            detail=f"{format_cn(received)} 收到，请核实并记录处理结果。", ref=("batch", batch_id)))
    return out
