"""The notice for the 村务公开栏 and the list for the village, built once as a Document.

    build_notice(session, batch_id, *, paper=None, landscape=None, large_print=None, today=None) -> Document
    list_document(session, batch_id, *, paper=None, landscape=None, large_print=None) -> Document
    objections_document(session, batch_id) -> Document     (internal record for the archive package)
    notice_inputs(session, batch) -> NoticeInputs            (frozen at 开始公示, else the current settings)
    freeze_notice(session, batch, layout=None)               (called by subsidy.publish)
    proposed_layout(session, batch_id) -> NoticeLayout       (as posted, else the unit's, oriented for the list)
    notice_columns(program) -> list[Column]

The renderers (io.docx_writer.write_docx, io.xlsx_writer.write_xlsx, gui.printing) turn a Document into a
file or a print; each checks it with ensure_public_safe first and sets it as io.layout plans it. Both public
documents need the 保密审查 to be recorded (先审后发). ID, account and phone columns are masked with the unit's
patterns.

A posted notice does not change afterwards: at 开始公示 its inputs (the unit's name and phones, the program's
texts, phones and columns, the masking patterns, the village's name and the layout chosen) are stored with the
batch, and every later print, export and archive package of it is made from them. A draft follows the settings.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass, replace

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from gkdesk import clock
from gkdesk.domain import office_phones
from gkdesk.domain.dates import format_cn
from gkdesk.domain.fields import format_quantity
from gkdesk.domain.idnumber import MaskPattern, mask_account, mask_id_number, mask_phone
from gkdesk.domain.money import format_fen
from gkdesk.domain.vocab import ARCHIVED, ENDED, NATURAL_DAYS, PUBLISHING, SUPERSEDED
from gkdesk.io.document import Column, Document, PageSetup, Table
from gkdesk.io.layout import dropped_empty_columns, preferred_orientation
from gkdesk.services import settings
from gkdesk.services.errors import UserError
from gkdesk.services.subsidy import (
    COLUMN_SYNONYMS,
    NOTICE_COLUMNS,
    OBJECTION_UPHELD,
    STANDARD_COLUMNS,
    fill_placeholders,
    get_batch,
    list_title,
    money_word,
    objections_title,
    supervising_office_names,
)
from gkdesk.store.models import PublicityBatch, Recipient, SubsidyProgram

NOT_REVIEWED = "尚未完成保密审查，不能打印公示（先审后发）"
POSTED_STATES = (PUBLISHING, ENDED, ARCHIVED, SUPERSEDED)

SNAPSHOT_VERSION = 2
_QUANTITY_WORD = {"亩": "面积", "头": "头数", "只": "只数", "人": "人数", "户": "户数", "株": "株数"}


# ---- what a notice is made of ------------------------------------------------------------------------------------

@dataclass(frozen=True)
class NoticeLayout:
    """The paper, orientation and print size chosen for a notice."""

    paper: str = "A4"
    landscape: bool = False
    large_print: bool = False

    def page(self) -> PageSetup:
        return PageSetup(paper=self.paper, landscape=self.landscape, large_print=self.large_print)


@dataclass(frozen=True)
class NoticeInputs:
    """Everything a notice takes from the settings. Frozen with the batch at 开始公示 (``source`` "publish", or
    "upgrade" for a notice an older release had posted); read from the settings for a draft ("settings")."""

    unit_name: str
    unit_kind: str
    county: str
    unit_phone: str
    supervision_phone: str
    program_name: str
    category: str
    quantity_unit: str
    basis_text: str
    objection_channel: str
    phones: str
    notice_columns: tuple[str, ...]
    village: str
    mask_id: str
    mask_account: str
    mask_phone: str
    layout: NoticeLayout | None = None
    source: str = "settings"
    frozen_on: dt.date | None = None
    # 1: frozen before the phones were labelled (printed as posted, the program's phones as typed); 2: each
    # number with whose it is (domain.office_phones)
    version: int = SNAPSHOT_VERSION

    @property
    def authority(self) -> str:
        """The unit's full name (东风镇人民政府), as the notice is signed."""
        return settings.authority_of(self.unit_name, self.unit_kind)

    def to_json(self) -> dict:
        return {
            "v": self.version, "source": self.source, "frozen_on": self.frozen_on.isoformat() if self.frozen_on else None,
            "unit": {"name": self.unit_name, "kind": self.unit_kind, "county": self.county, "phone": self.unit_phone,
                     "supervision_phone": self.supervision_phone},
            "program": {"name": self.program_name, "category": self.category, "quantity_unit": self.quantity_unit,
                        "basis_text": self.basis_text, "objection_channel": self.objection_channel,
                        "phones": self.phones, "notice_columns": list(self.notice_columns)},
            "village": self.village,
            "masks": {"id": self.mask_id, "account": self.mask_account, "phone": self.mask_phone},
            "layout": asdict(self.layout) if self.layout else None,
        }

    @classmethod
    def from_json(cls, data: dict) -> NoticeInputs:
        unit, program, masks = data.get("unit", {}), data.get("program", {}), data.get("masks", {})
        layout = data.get("layout")
        frozen = data.get("frozen_on")
        return cls(
            unit_name=unit.get("name", ""), unit_kind=unit.get("kind", "乡镇"), county=unit.get("county", ""),
            unit_phone=unit.get("phone", ""), supervision_phone=unit.get("supervision_phone", ""),
            program_name=program.get("name", ""), category=program.get("category", ""),
            quantity_unit=program.get("quantity_unit", ""), basis_text=program.get("basis_text", ""),
            objection_channel=program.get("objection_channel", ""), phones=program.get("phones", ""),
            notice_columns=tuple(program.get("notice_columns") or ()), village=data.get("village", ""),
            mask_id=masks.get("id", "6+4"), mask_account=masks.get("account", "0+4"),
            mask_phone=masks.get("phone", "3+4"),
            layout=NoticeLayout(**layout) if layout else None, source=data.get("source", "publish"),
            frozen_on=dt.date.fromisoformat(frozen) if frozen else None, version=int(data.get("v", 1)))


def current_inputs(session: Session, batch: PublicityBatch, layout: NoticeLayout | None = None) -> NoticeInputs:
    """The notice's inputs from today's settings."""
    unit = settings.get_unit(session)
    program = batch.program
    values = settings.all_settings(session)
    return NoticeInputs(
        unit_name=unit.name if unit else "", unit_kind=unit.kind if unit else "乡镇",
        county=unit.county if unit else "", unit_phone=unit.phone if unit else "",
        supervision_phone=unit.supervision_phone if unit else "",
        program_name=program.name, category=program.category or "", quantity_unit=program.quantity_unit or "",
        basis_text=program.basis_text or "", objection_channel=program.objection_channel or "",
        phones=program.phones or "", notice_columns=tuple(program.notice_columns or ()), village=batch.village.name,
        mask_id=str(values["mask_id"]), mask_account=str(values["mask_account"]),
        mask_phone=str(values["mask_phone"]), layout=layout)


def notice_inputs(session: Session, batch: PublicityBatch) -> NoticeInputs:
    """What the batch's notice is made of: as frozen at 开始公示, or (a draft, or a posted batch that somehow has
    none) today's settings."""
    if batch.notice_snapshot:
        return NoticeInputs.from_json(batch.notice_snapshot)
    return current_inputs(session, batch)


def freeze_notice(session: Session, batch: PublicityBatch, layout: NoticeLayout | None = None) -> None:
    """Store the notice's inputs with the batch (at 开始公示), with the layout chosen (default: the one
    :func:`proposed_layout` proposes)."""
    frozen = replace(current_inputs(session, batch, layout), source="publish", frozen_on=clock.today())
    batch.notice_snapshot = frozen.to_json()
    if layout is None:
        layout = proposed_layout(session, batch.id)
        batch.notice_snapshot = replace(frozen, layout=layout).to_json()


def proposed_layout(session: Session, batch_id: int) -> NoticeLayout:
    """The layout a notice is printed in unless asked otherwise: as posted, else the unit's paper, in landscape
    when the unit asks for it or the list reads better so (io.layout.preferred_orientation: a table that would
    be set small in portrait, unless a short list then no longer stands on one page)."""
    doc = build_notice(session, batch_id)
    return NoticeLayout(doc.page.paper, doc.page.landscape, doc.page.large_print)


def layout_choice(session: Session, batch: PublicityBatch, doc: Document, paper: str | None = None,
                  landscape: bool | None = None, large_print: bool | None = None) -> NoticeLayout:
    """The layout asked for, what is not asked taken from the frozen notice (as posted) or the unit's default
    (landscape decided for ``doc``'s table)."""
    frozen = notice_inputs(session, batch).layout
    paper = paper or (frozen.paper if frozen else settings.get_setting(session, "notice_paper") or "A4")
    large = bool(large_print if large_print is not None else frozen.large_print if frozen else False)
    if landscape is None:
        if frozen is not None:
            landscape = frozen.landscape
        else:
            landscape = bool(settings.get_setting(session, "notice_landscape")) or preferred_orientation(
                replace(doc, page=PageSetup(paper, False, large)))
    return NoticeLayout(paper, landscape, large)


# ---- columns -------------------------------------------------------------------------------------------------

def quantity_title(unit: str) -> str:
    """面积(亩), 人数(人), 头数(头) … as the villages' lists head the column; 数量 without a unit."""
    return f"{_QUANTITY_WORD.get(unit, '数量')}({unit})" if unit else "数量"


def standard_title(unit: str, word: str = "补贴") -> str:
    """补贴标准(元/亩) — or the program's own word for its money: 补助标准, 救助标准 …"""
    return f"{word}标准(元/{unit})" if unit else f"{word}标准(元)"


def _column(name: str, unit: str, word: str = "补贴") -> Column:
    if name == "序号":
        return Column("seq", "序号", 0.6, "center", "number")
    if name == "村民小组":
        return Column("group", "村民小组", 1.0, "center")
    if name == "姓名":
        return Column("name", "姓名", 1.0, "center")
    if name == "身份证号":
        return Column("id", "身份证号", 2.2, "center", "id")
    if name == "家庭人口":
        return Column("household", "家庭人口", 0.8, "center", "number")
    if name == "数量":
        return Column("quantity", quantity_title(unit), 1.0, "right", "number")
    if name == "补贴标准":
        return Column("standard", standard_title(unit, word), 1.1, "right", "money")
    if name == "补贴金额":
        return Column("amount", f"{word}金额(元)", 1.2, "right", "money")
    if name == "发放方式":
        return Column("pay_method", "发放方式", 1.0, "center")
    if name == "账号":
        return Column("account", "账号", 1.2, "center", "account")
    if name == "联系电话":
        return Column("phone", "联系电话", 1.4, "center", "phone")
    if name == "发放时间":
        return Column("pay_date", "发放时间", 1.2, "center", "date")
    if name == "备注":
        return Column("remark", "备注", 1.2, "left")
    raise KeyError(name)


def _names(columns) -> list[str]:
    out = []
    for raw in columns or STANDARD_COLUMNS:
        name = raw if raw in NOTICE_COLUMNS else COLUMN_SYNONYMS.get(raw)
        if name and name not in out:
            out.append(name)
    if "姓名" not in out:
        out.insert(1 if out and out[0] == "序号" else 0, "姓名")
    return out


def notice_columns(program: SubsidyProgram) -> list[Column]:
    """The notice's table columns for a program, with titles carrying units and the program's word for its
    money (面积(亩), 补贴标准(元/亩), 救助金额(元) …)."""
    word = money_word(program.name, program.category or "")
    return [_column(n, program.quantity_unit, word) for n in _names(program.notice_columns)]


def _columns_of(inputs: NoticeInputs) -> list[Column]:
    word = money_word(inputs.program_name, inputs.category)
    return [_column(n, inputs.quantity_unit, word) for n in _names(inputs.notice_columns)]


_FIELDS = (Recipient.seq, Recipient.group_name, Recipient.name, Recipient.id_number, Recipient.household_size,
           Recipient.quantity_e4, Recipient.standard_fen, Recipient.amount_fen, Recipient.pay_method,
           Recipient.account, Recipient.phone, Recipient.pay_date, Recipient.remark)


def _table(session: Session, batch: PublicityBatch, inputs: NoticeInputs) -> tuple[Table, list[str]]:
    """The masked list with its 合计 row, and the titles of the program's columns left out because every row
    leaves them empty."""
    columns = _columns_of(inputs)
    keys = [c.key for c in columns]
    id_mask = MaskPattern.from_text(inputs.mask_id)
    account_mask = MaskPattern.from_text(inputs.mask_account)
    phone_mask = MaskPattern.from_text(inputs.mask_phone)

    def cells(i: int, r) -> list[str]:
        (_seq, group, name, id_number, household, qty, standard, amount, pay_method, account, phone, pay_date,
         remark) = r
        out = []
        for key in keys:
            if key == "seq":
                out.append(str(i))
            elif key == "group":
                out.append(group or "")
            elif key == "name":
                out.append(name)
            elif key == "id":
                out.append(mask_id_number(id_number, id_mask) if id_number else "")
            elif key == "household":
                out.append("" if household is None else str(household))
            elif key == "quantity":
                out.append(format_quantity(qty))
            elif key == "standard":
                out.append("" if standard is None else format_fen(standard))
            elif key == "amount":
                out.append(format_fen(amount))
            elif key == "pay_method":
                out.append(pay_method or "")
            elif key == "account":
                out.append(mask_account(account, account_mask) if account else "")
            elif key == "phone":
                out.append(mask_phone(phone, phone_mask) if phone else "")
            elif key == "pay_date":
                out.append(format_cn(pay_date) if pay_date else "")
            elif key == "remark":
                out.append(remark or "")
        return out

    result = session.execute(select(*_FIELDS).where(Recipient.batch_id == batch.id)
                             .order_by(Recipient.seq, Recipient.id))
    rows = [cells(i, r) for i, r in enumerate(result, 1)]
    people = len(rows)
    qty_total, amount_total, household_total = session.execute(
        select(func.sum(Recipient.quantity_e4), func.coalesce(func.sum(Recipient.amount_fen), 0),
               func.sum(Recipient.household_size)).where(Recipient.batch_id == batch.id)).one()
    total = [""] * len(columns)
    total[0] = "合计"
    if "name" in keys:
        j = keys.index("name")
        total[j] = f"{people}人" if j else f"合计（{people}人）"
    if "quantity" in keys and qty_total is not None:
        total[keys.index("quantity")] = format_quantity(int(qty_total))
    if "household" in keys and household_total is not None:
        total[keys.index("household")] = str(int(household_total))
    if "amount" in keys:
        total[keys.index("amount")] = format_fen(int(amount_total))
    empty = set(dropped_empty_columns(columns, rows))
    if empty:
        keep = [j for j in range(len(columns)) if j not in empty]
        dropped = [columns[j].title for j in sorted(empty)]
        columns = [columns[j] for j in keep]
        rows = [[row[j] for j in keep] for row in rows]
        total = [total[j] for j in keep]
    else:
        dropped = []
    return Table(columns=columns, rows=rows, total_row=total), dropped


def _dropped_note(dropped: list[str]) -> list[str]:
    if not dropped:
        return []
    names = "、".join(f"“{t}”" for t in dropped)
    which = "一列" if len(dropped) == 1 else f"这{len(dropped)}列"
    return [f"名单中{names}{which}全部为空，公示中不列出。"]


def notice_refusal(batch: PublicityBatch) -> str | None:
    """Why the notice (and the list) of `batch` cannot be printed or exported yet — the sentence build_notice and
    list_document refuse with — or None when it can (the window enables 打印预览/导出公示 by it)."""
    if not (batch.reviewer and batch.review_date):
        return f"“{batch.title}”{NOT_REVIEWED}。"
    return None


def _require_review(batch: PublicityBatch) -> None:
    refusal = notice_refusal(batch)
    if refusal:
        raise UserError(refusal)


def _fill(text: str, batch: PublicityBatch, inputs: NoticeInputs) -> str:
    return fill_placeholders(text, village=inputs.village, period=batch.period, program=inputs.program_name,
                             authority=inputs.authority, unit=inputs.unit_name)


def period_sentence(batch: PublicityBatch) -> str:
    """公示时间：2026年9月28日至2026年10月12日 — or, before publishing, the length from the posting day."""
    if batch.start_date and batch.end_date:
        return f"公示时间：{format_cn(batch.start_date)}至{format_cn(batch.end_date)}"
    program = batch.program
    unit = "个自然日" if program.period_unit == NATURAL_DAYS else "个工作日"
    return f"公示时间：自张贴之日起{program.period_days}{unit}"


def committee_name(village: str) -> str:
    """东风村 → 东风村村民委员会; 幸福社区 → 幸福社区居民委员会."""
    return f"{village}居民委员会" if village.endswith("社区") else f"{village}村民委员会"


def phone_lines(inputs: NoticeInputs) -> tuple[list[str], list[str]]:
    """The notice's phone lines, each number with whose it is (domain.office_phones: 监督举报电话：东风镇人民政府 …；
    示范县民政局 …, 咨询电话：东风镇党政办 …), and the county offices its objection sentence names without a phone.
    A notice posted before the phones were labelled keeps its line as posted."""
    if inputs.version < 2:
        return _phones_as_posted_before_labels(inputs), []
    named = [o for o in supervising_office_names(inputs.program_name, inputs.category, inputs.county)
             if office_phones.named_in(o, inputs.objection_channel)]
    return office_phones.notice_lines(office_phones.Township(
        authority=inputs.authority, office=f"{inputs.unit_name.strip()}党政办", office_phone=inputs.unit_phone,
        supervision_phone=inputs.supervision_phone, program_phones=inputs.phones, county_offices=tuple(named)))


def _phones_as_posted_before_labels(inputs: NoticeInputs) -> list[str]:
    phones = inputs.phones.strip()
    if not phones:
        parts = [p for p in (inputs.unit_phone, inputs.supervision_phone) if p.strip()]
        phones = "；".join(dict.fromkeys(p.strip() for p in parts))
    return [f"监督举报电话：{phones}"] if phones else []


def _missing_phones_note(inputs: NoticeInputs, missing: list[str]) -> list[str]:
    if not missing:
        return []
    names = "、".join(missing)
    note = (f"公示的异议反映方式提到{names}，但没有{'它' if len(missing) == 1 else '它们'}的电话：请在补贴项目"
            f"“{inputs.program_name}”的监督举报电话中写明单位和号码（如“{missing[0]} 0311-1234567”），公示才会印出。")
    return [note]


def basis_paragraph(text: str) -> str:
    """The program's basis text and the sentence that leads to the list as one paragraph, with one 现将: “…予以
    公示，接受群众监督。具体名单如下：”, or “…现将有关情况公示如下：” when the text has no 现将 of its own."""
    text = text.strip()
    if not text:
        return "现将有关情况公示如下："
    if "如下" in text:
        return text if text.endswith(("：", ":")) else text.rstrip("。；;，,") + "："
    if not text.endswith(("。", "！", "；")):
        text += "。"
    return text + ("具体名单如下：" if "现将" in text else "现将有关情况公示如下：")


def build_notice(session: Session, batch_id: int, *, paper: str | None = None, landscape: bool | None = None,
                 large_print: bool | None = None, today: dt.date | None = None) -> Document:
    """The 公示 for the village board: title, (for a correction, the 更正说明,) the basis paragraph, the masked
    table with a 合计 row, 公示时间, how to object, 监督举报电话, 落款 (unit and village committee) with the date and
    room for the seal. Made from the inputs frozen at 开始公示 once posted. Refused until the 保密审查 is
    recorded. The layout not asked for is the one chosen when it was posted (else the unit's default)."""
    batch = get_batch(session, batch_id)
    _require_review(batch)
    inputs = notice_inputs(session, batch)
    table, dropped = _table(session, batch, inputs)
    before = []
    correction = correction_paragraph(session, batch)
    if correction:
        before.append(correction)
    before.append(basis_paragraph(_fill(inputs.basis_text, batch, inputs)))
    after = [f"{period_sentence(batch)}。"]
    channel = _fill(inputs.objection_channel, batch, inputs).strip()
    if channel:
        after.append(channel)
    phones, missing = phone_lines(inputs)
    after += phones
    day = batch.start_date or today or clock.today()
    signature = [n for n in (inputs.authority, committee_name(inputs.village)) if n]
    doc = Document(
        title=batch.title,
        paragraphs_before=before,
        table=table,
        paragraphs_after=after,
        signature_lines=signature,
        signature_date=format_cn(day),
        seal_space=True,
        footer_page_numbers=True,
        public=True,
        advice=_dropped_note(dropped) + _missing_phones_note(inputs, missing),
        board_notice=True,
    )
    doc.page = layout_choice(session, batch, doc, paper, landscape, large_print).page()
    return doc


def list_document(session: Session, batch_id: int, *, paper: str | None = None, landscape: bool | None = None,
                  large_print: bool | None = None) -> Document:
    """The list alone (for .xlsx): same masked table and totals, with the 公示时间 line. Public; needs the review."""
    batch = get_batch(session, batch_id)
    _require_review(batch)
    inputs = notice_inputs(session, batch)
    table, dropped = _table(session, batch, inputs)
    doc = Document(
        title=list_title(batch.title),
        subtitle_lines=[f"{period_sentence(batch)}"],
        table=table,
        footer_page_numbers=True,
        footer_left=inputs.authority,
        public=True,
        advice=_dropped_note(dropped),
    )
    doc.page = layout_choice(session, batch, doc, paper, landscape, large_print).page()
    return doc


# ---- the correction ------------------------------------------------------------------------------------------------

_NAMES_LISTED = 10   # more changed households than this are counted, not named


def _households(session: Session, batch_id: int) -> dict[tuple[str, str], tuple[str, int]]:
    """(ID number or name and group) -> (name, amount in 分), the key that follows a household across lists."""
    out: dict[tuple[str, str], tuple[str, int]] = {}
    rows = session.execute(select(Recipient.name, Recipient.id_number, Recipient.group_name, Recipient.amount_fen)
                           .where(Recipient.batch_id == batch_id).order_by(Recipient.seq, Recipient.id))
    for name, id_number, group, amount in rows:
        key = ("id", id_number) if id_number else ("name", f"{group or ''}/{name}")
        out[key] = (name, int(amount or 0))
    return out


def _named(label: str, names: list[str]) -> str:
    if not names:
        return ""
    if len(names) > _NAMES_LISTED:
        return f"{label}{len(names)}户"
    return f"{label}{len(names)}户（{'、'.join(names)}）"


def correction_paragraph(session: Session, batch: PublicityBatch) -> str:
    """The 更正说明 of a correction notice, from the data: which notice it corrects (title and 公示时间), the
    upheld objections that led to it, the households removed, added and whose amounts changed, and the totals
    before and after. "" for a notice that corrects nothing."""
    original = batch.replaces
    if original is None:
        return ""
    before, after = _households(session, original.id), _households(session, batch.id)
    removed = [before[k][0] for k in before if k not in after]
    added = [after[k][0] for k in after if k not in before]
    changed = [f"{after[k][0]}由{format_fen(before[k][1])}元调整为{format_fen(after[k][1])}元"
               for k in after if k in before and before[k][1] != after[k][1]]
    parts = [p for p in (_named("删除", removed), _named("新增", added)) if p]
    if changed:
        parts.append(f"调整金额{len(changed)}户（{'；'.join(changed)}）" if len(changed) <= _NAMES_LISTED
                     else f"调整金额{len(changed)}户")
    what = "，".join(parts) if parts else "名单未作增减，金额未作调整"
    total_before = sum(v[1] for v in before.values())
    total_after = sum(v[1] for v in after.values())
    period = (f"{format_cn(original.start_date)}至{format_cn(original.end_date)}"
              if original.start_date and original.end_date else "")
    text = f"更正说明：本公示更正{period}公示的《{original.title}》。" if period else \
        f"更正说明：本公示更正《{original.title}》。"
    upheld = [o for o in original.objections if o.result == OBJECTION_UPHELD]
    for o in upheld:
        content = o.content.strip().rstrip("。")
        handling = o.handling.strip().rstrip("。")
        text += f"公示期间于{format_cn(o.received_on)}收到异议（{content}）"
        text += f"，{handling}。" if handling else "，经核实异议成立。"
    text += (f"更正内容：{what}。更正前合计{len(before)}人、{format_fen(total_before)}元，"
             f"更正后合计{len(after)}人、{format_fen(total_after)}元。")
    return text


# ---- the archive's record of objections ----------------------------------------------------------------------------

def objections_document(session: Session, batch_id: int) -> Document:
    """异议及处理情况 for the archive (internal: the people who objected are named)."""
    batch = get_batch(session, batch_id)
    columns = [Column("n", "序号", 0.5, "center", "number"), Column("date", "收到日期", 1.1, "center", "date"),
               Column("person", "反映人", 0.9, "center"), Column("contact", "联系方式", 1.2, "center"),
               Column("content", "异议内容", 2.5), Column("handling", "核实及处理情况", 2.5),
               Column("result", "核实结果", 0.8, "center"), Column("closed", "办结日期", 1.1, "center", "date")]
    # A corrected list is archived with the objections that led to it: walk back through what it replaces.
    chain = [batch]
    while chain[-1].replaces is not None:
        chain.append(chain[-1].replaces)
    objections = sorted((o for b in chain for o in b.objections), key=lambda o: (o.received_on, o.id))
    rows = [[str(i), format_cn(o.received_on), o.person, o.contact, o.content, o.handling, o.result,
             format_cn(o.closed_on) if o.closed_on else ""] for i, o in enumerate(objections, 1)]
    after = [] if rows else ["公示期内未收到异议。"]
    if batch.replaced_by is not None:
        after.append(f"本公示已由更正公示代替：{batch.replaced_by.title}（{period_sentence(batch.replaced_by)}）。")
    for earlier in chain[1:]:
        after.append(f"本公示更正了：{earlier.title}（{period_sentence(earlier)}），上表含其期间收到的异议。")
    return Document(
        title=objections_title(batch.title),
        subtitle_lines=[period_sentence(batch)],
        table=Table(columns=columns, rows=rows),
        paragraphs_after=after,
        page=PageSetup(landscape=True),
        public=False,
    )
