"""The notice for the 村务公开栏 and the list for the village, built once as a Document.

    build_notice(session, batch_id, *, paper="A4", landscape=False, large_print=False, today=None) -> Document
    list_document(session, batch_id, *, paper="A4", landscape=False, large_print=False) -> Document
    objections_document(session, batch_id) -> Document     (internal record for the archive package)
    notice_columns(program) -> list[Column]
    suggests_landscape(program) -> bool                     (a wide table: preselect landscape)

The renderers (io.docx_writer.write_docx, io.xlsx_writer.write_xlsx, gui.printing) turn a Document into a
file or a print; each checks it with ensure_public_safe first. Both public documents need the 保密审查 to be
recorded (先审后发). ID, account and phone columns are masked with the unit's patterns (settings.masks).
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from gkdesk import clock
from gkdesk.domain.dates import format_cn
from gkdesk.domain.fields import format_quantity
from gkdesk.domain.idnumber import mask_account, mask_id_number, mask_phone
from gkdesk.domain.money import format_fen
from gkdesk.domain.vocab import NATURAL_DAYS
from gkdesk.io.document import Column, Document, PageSetup, Table
from gkdesk.services import settings
from gkdesk.services.errors import UserError
from gkdesk.services.subsidy import COLUMN_SYNONYMS, NOTICE_COLUMNS, STANDARD_COLUMNS, get_batch
from gkdesk.store.models import PublicityBatch, Recipient, SubsidyProgram

NOT_REVIEWED = "尚未完成保密审查，不能打印公示（先审后发）"

_QUANTITY_WORD = {"亩": "面积", "头": "头数", "只": "只数", "人": "人数", "户": "户数", "株": "株数"}


@dataclass(frozen=True)
class _Spec:
    name: str           # the notice column name (序号, 姓名 …)
    column: Column
    value: Callable     # (recipient tuple, masks, index) -> str


def quantity_title(unit: str) -> str:
    """面积(亩), 人数(人), 头数(头) … as the villages' lists head the column; 数量 without a unit."""
    return f"{_QUANTITY_WORD.get(unit, '数量')}({unit})" if unit else "数量"


def standard_title(unit: str) -> str:
    return f"补贴标准(元/{unit})" if unit else "补贴标准(元)"


def _column(name: str, unit: str) -> Column:
    if name == "序号":
        return Column("seq", "序号", 0.6, "center")
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
        return Column("standard", standard_title(unit), 1.1, "right", "money")
    if name == "补贴金额":
        return Column("amount", "补贴金额(元)", 1.2, "right", "money")
    if name == "发放方式":
        return Column("pay_method", "发放方式", 1.0, "center")
    if name == "账号":
        return Column("account", "账号", 1.2, "center", "account")
    if name == "联系电话":
        return Column("phone", "联系电话", 1.4, "center", "phone")
    if name == "发放时间":
        return Column("pay_date", "发放时间", 1.2, "center", "date")
    if name == "备注":
        return Column("remark", "备注", 1.2, "left", fill=True)   # takes the width the others do not need
    raise KeyError(name)


def _names(program: SubsidyProgram) -> list[str]:
    out = []
    for raw in program.notice_columns or STANDARD_COLUMNS:
        name = raw if raw in NOTICE_COLUMNS else COLUMN_SYNONYMS.get(raw)
        if name and name not in out:
            out.append(name)
    if "姓名" not in out:
        out.insert(1 if out and out[0] == "序号" else 0, "姓名")
    return out


def notice_columns(program: SubsidyProgram) -> list[Column]:
    """The notice's table columns for a program, with titles carrying units (面积(亩), 补贴标准(元/亩) …)."""
    return [_column(n, program.quantity_unit) for n in _names(program)]


def suggests_landscape(program: SubsidyProgram) -> bool:
    """Whether the program's table is too wide for A4 portrait (9 or more columns, or an ID beside an account
    and a phone): the window can preselect landscape."""
    names = _names(program)
    return len(names) >= 9 or {"身份证号", "账号", "联系电话"} <= set(names)


_FIELDS = (Recipient.seq, Recipient.group_name, Recipient.name, Recipient.id_number, Recipient.household_size,
           Recipient.quantity_e4, Recipient.standard_fen, Recipient.amount_fen, Recipient.pay_method,
           Recipient.account, Recipient.phone, Recipient.pay_date, Recipient.remark)


def _table(session: Session, batch: PublicityBatch) -> Table:
    program = batch.program
    masks = settings.masks(session)
    columns = notice_columns(program)
    keys = [c.key for c in columns]
    id_mask, account_mask, phone_mask = masks.id_number, masks.account, masks.phone

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
    return Table(columns=columns, rows=rows, total_row=total)


def _require_review(batch: PublicityBatch) -> None:
    if not (batch.reviewer and batch.review_date):
        raise UserError(f"“{batch.title}”{NOT_REVIEWED}。")


def _fill(text: str, batch: PublicityBatch, unit_name: str) -> str:
    for key, value in (("{village}", batch.village.name), ("{period}", batch.period),
                       ("{program}", batch.program.name), ("{unit}", unit_name)):
        text = text.replace(key, value)
    return text


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


def _phones(batch: PublicityBatch, unit) -> str:
    if batch.program.phones.strip():
        return batch.program.phones.strip()
    parts = [p for p in ((unit.phone if unit else ""), (unit.supervision_phone if unit else "")) if p.strip()]
    return "；".join(dict.fromkeys(p.strip() for p in parts))


def build_notice(session: Session, batch_id: int, *, paper: str = "A4", landscape: bool = False,
                 large_print: bool = False, today: dt.date | None = None) -> Document:
    """The 公示 for the village board: title, basis paragraph, the masked table with a 合计 row, 公示时间, how to
    object, 监督举报电话, 落款 (unit and village committee) with the date and room for the seal. Refused until the
    保密审查 is recorded."""
    batch = get_batch(session, batch_id)
    _require_review(batch)
    unit = settings.get_unit(session)
    unit_name = unit.name if unit else ""
    program = batch.program
    before = []
    basis = _fill(program.basis_text or "", batch, unit_name).strip()
    if basis:
        before.append(basis)
    before.append("现将有关情况公示如下：")
    after = [f"{period_sentence(batch)}。"]
    channel = _fill(program.objection_channel or "", batch, unit_name).strip()
    if channel:
        after.append(channel)
    phones = _phones(batch, unit)
    if phones:
        after.append(f"监督举报电话：{phones}")
    day = batch.start_date or today or clock.today()
    signature = [n for n in (settings.authority_name(unit), committee_name(batch.village.name)) if n]
    return Document(
        title=batch.title,
        paragraphs_before=before,
        table=_table(session, batch),
        paragraphs_after=after,
        signature_lines=signature,
        signature_date=format_cn(day),
        page=PageSetup(paper=paper, landscape=landscape, large_print=large_print),
        seal_space=True,
        footer_page_numbers=True,
        public=True,
    )


def list_document(session: Session, batch_id: int, *, paper: str = "A4", landscape: bool = False,
                  large_print: bool = False) -> Document:
    """The list alone (for .xlsx): same masked table and totals, with the 公示时间 line. Public; needs the review."""
    batch = get_batch(session, batch_id)
    _require_review(batch)
    unit = settings.get_unit(session)
    return Document(
        title=batch.title.replace("的公示", "名单") if batch.title.endswith("的公示") else f"{batch.title}名单",
        subtitle_lines=[f"{period_sentence(batch)}"],
        table=_table(session, batch),
        page=PageSetup(paper=paper, landscape=landscape, large_print=large_print),
        footer_page_numbers=True,
        footer_left=unit.name if unit else "",
        public=True,
    )


def objections_document(session: Session, batch_id: int) -> Document:
    """异议及处理情况 for the archive (internal: the people who objected are named)."""
    batch = get_batch(session, batch_id)
    columns = [Column("n", "序号", 0.5, "center"), Column("date", "收到日期", 1.1, "center", "date"),
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
        title=f"{batch.title}异议及处理情况",
        subtitle_lines=[period_sentence(batch)],
        table=Table(columns=columns, rows=rows),
        paragraphs_after=after,
        page=PageSetup(landscape=True),
        public=False,
    )
