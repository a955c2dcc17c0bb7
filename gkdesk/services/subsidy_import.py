"""Import of a recipient list (名单) from .xlsx / .xls / .csv into a new publicity batch — whole or not at all.

Three steps, so that the window can show the proposed column mapping, let the clerk correct it, validate with a
progress bar and a cancel button, and only then write:

    plan = prepare_import(path)                      # read the sheet, find the header, propose a Mapping
    mapping = plan.mapping.with_override("amount", 7) # optional: the clerk corrects a column
    result = validate(plan, mapping, program, session, today=today, period="2026年度",
                      progress=on_progress, cancelled=is_cancelled)
    if result.ok:
        batch_id = commit_import(db, plan, result, program, village, "2026年度")

`validate` reads nothing but the grid and (for the "same ID in another batch" warning) the database; it writes
nothing. Problems carry the file's own row number and the column's header text; errors block the import,
warnings do not. `commit_import` refuses a result with errors and writes the batch and all its recipients in one
transaction with one bulk INSERT.

Every cell is cleaned by the field rules of `gkdesk.domain.fields`, which the window's edit paths share, so that a
row typed in the window is checked exactly like a row read from a file.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from gkdesk import clock
from gkdesk.domain import idnumber
from gkdesk.domain.fields import (
    E4,
    OLD_ID_WARNING,
    TEXT_LIMITS,
    ZERO_AMOUNT_WARNING,
    FieldError,
    clean_account,
    clean_count,
    clean_date,
    clean_id,
    clean_money,
    clean_name,
    clean_period,
    clean_phone,
    clean_quantity,
    clean_standard,
    clean_text,
    expected_amount_fen,
    personal_number_warning,
    quantity_e4,
)
from gkdesk.domain.fields import is_blank as _blank
from gkdesk.domain.money import MoneyError, amount_matches, format_fen, parse_fen
from gkdesk.domain.privacy import MOBILE_DIGITS
from gkdesk.domain.vocab import SUPERSEDED
from gkdesk.io.import_plan import ImportPlan, PreviewRow, SourceFile, read_plan  # noqa: F401  (re-exported)
from gkdesk.io.sheets import (  # noqa: F401  (Problem, ERROR, WARNING re-exported)
    RECIPIENT_FIELDS,
    ERROR,
    WARNING,
    Problem,
    Mapping,
    cell_text,
    column_letter,
    data_rows,
    duplicated_columns,
)
from gkdesk.services import subsidy
from gkdesk.services.errors import UserError
from gkdesk.store import audit
from gkdesk.store.db import Database
from gkdesk.store.models import PublicityBatch, Recipient, SubsidyProgram, Village

__all__ = [
    "CHECK_EVERY",
    "ERROR",
    "MAX_AGE",
    "WARNING",
    "ImportCancelled",
    "ImportPlan",
    "ImportResult",
    "PreviewRow",
    "Problem",
    "commit_import",
    "import_file",
    "import_plan",
    "prepare_import",
    "validate",
    "village_named",
]

CHECK_EVERY = 500  # rows between progress reports and cancel checks
MAX_AGE = 110


class ImportCancelled(Exception):
    """The clerk cancelled the validation or import; nothing was written."""


def village_named(plan: ImportPlan, villages: list[str]) -> tuple[str, str] | None:
    """(village, where it is named) when the file's title, name or sheet names one of `villages` — the longest
    name that fits, the title first — or None."""
    for where, text in (("标题", " ".join(plan.title_texts())), ("文件名", plan.path.stem),
                        ("工作表名", plan.sheet_name)):
        named = [v for v in villages if v and v in text]
        if named:
            return max(named, key=len), where
    return None


@dataclass
class ImportResult:
    """Cleaned rows (dicts with the Recipient columns, without batch_id) and the problems found."""

    rows: list[dict]
    problems: list[Problem]
    mapping: Mapping
    period: str = ""
    # Every data row, with or without errors, to match against the village's own 合计 row:
    file_people: int = 0                  # the people (rows) of the file, whether or not their amount could be read
    file_amount_fen: int = 0              # the sum of the amounts that could be read
    unread_amounts: int = 0               # rows whose amount could not be read (not in file_amount_fen)
    stated_total_fen: int | None = None   # the amount on the file's (last) 合计 row, when it has a readable one
    stated_total_row: int | None = None   # that row's number in the file
    left_out: int = 0                     # rows hidden, filtered out or struck through, left out by choice

    @property
    def to_confirm(self) -> list[Problem]:
        """Warnings the clerk must confirm before the file is imported (a zero amount, a hidden or struck row)."""
        return [p for p in self.problems if p.confirm]

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == ERROR]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == WARNING]

    @property
    def ok(self) -> bool:
        """No errors: the file can be imported."""
        return not any(p.severity == ERROR for p in self.problems)

    @property
    def people(self) -> int:
        return len(self.rows)

    @property
    def amount_fen(self) -> int:
        return sum(r["amount_fen"] for r in self.rows)

    @property
    def quantity_e4(self) -> int:
        return sum(r["quantity_e4"] or 0 for r in self.rows)

    def problems_by_row(self) -> dict[int, list[Problem]]:
        out: dict[int, list[Problem]] = {}
        for p in self.problems:
            out.setdefault(p.row, []).append(p)
        return out


# ---- step 1: read and propose ----------------------------------------------------------------------------------

def prepare_import(path: str | Path, sheet: str | int | None = None) -> ImportPlan:
    """The list's file read (gkdesk.io.import_plan): its sheet (the first visible one with a list's header unless
    `sheet` names another), the header and the proposed mapping. Raises SheetError whose sentence names the file."""
    return read_plan(path, RECIPIENT_FIELDS, sheet)


# ---- step 2: validate ------------------------------------------------------------------------------------------

def _existing_ids(session: Session, program_id: int, period: str) -> dict[str, tuple[str, int, str]]:
    """ID → (village, batch id, title) of the batches of this program and period still in force."""
    from gkdesk.store.models import Village as V

    rows = session.execute(
        select(Recipient.id_number, V.name, PublicityBatch.id, PublicityBatch.title)
        .join(PublicityBatch, Recipient.batch_id == PublicityBatch.id)
        .join(V, PublicityBatch.village_id == V.id)
        .where(PublicityBatch.program_id == program_id, PublicityBatch.period == period,
               PublicityBatch.state != SUPERSEDED, Recipient.id_number != ""))
    return {id_number: (village, batch_id, title) for id_number, village, batch_id, title in rows}


def validate(
    plan: ImportPlan,
    mapping: Mapping | None,
    program: SubsidyProgram,
    session: Session | None,
    *,
    today: dt.date,
    period: str | None = None,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    leave_out_marked: bool = False,
) -> ImportResult:
    """Check every data row of the plan's grid under `mapping` (None: the proposed one) and clean it.
    `program` is a SubsidyProgram or a subsidy.ProgramRow (its id and standard_fen are used).

    Errors (block): a required column missing or its title on two columns with data (reported on the header
    row), a formula without a saved result or an Excel error value in a column read, missing name or one with
    control characters or emoji, invalid ID (check character — with the expected one —, digits lost to
    scientific notation, birth date, length), amount not a number, negative or of 1亿元 or more, amount ≠
    quantity × standard by more than 1 分 (standard from the row, else the program), quantity / standard /
    家庭人口 / 发放时间 not readable or absurd (a date before 1949-10-01), account digits lost to scientific
    notation, a text longer than its database column.
    Warnings (do not block): the same ID twice in the file (both rows named), the same ID in another batch of
    this program and `period` (default: "<today's year>年度"; village and batch named), an age over 110 or a
    birth date after `today`, a quantity without any standard, a 合计 row that does not match the rows, a 15-digit
    old ID, a personal number in a free-text column.
    Warnings to confirm (`ImportResult.to_confirm`; commit_import needs `confirmed=True`): a zero amount, a row
    hidden by hand or by a filter or struck through in the file — unless `leave_out_marked`, and then such rows
    are left out with a plain warning each.

    `progress(done, total)` is called and `cancelled()` checked every CHECK_EVERY rows; a cancel raises
    ImportCancelled. `session` may be None (no cross-batch check).
    """
    mapping = mapping or plan.mapping
    problems: list[Problem] = []
    header = plan.header
    header_row = plan.header_row
    try:
        period = clean_period(period) or f"{today.year}年度"
    except FieldError as exc:
        problems.append(Problem(header_row, "", ERROR, str(exc)))
        return ImportResult([], problems, mapping, "")
    missing = mapping.missing_required()
    for spec in missing:
        problems.append(Problem(header_row, spec.label, ERROR,
                                f"表头中找不到“{spec.label}”列，请在表头填写“{spec.label}”或在导入时指定对应的列"))
    if missing:
        return ImportResult([], problems, mapping, period)
    problems.extend(duplicated_columns(header, mapping, plan.grid))

    def title(key: str) -> str:
        col = mapping.column_of(key)
        if col is None:
            return next((f.label for f in mapping.fields if f.key == key), key)
        text = header.columns[col] if col < len(header.columns) else ""
        return text or f"{column_letter(col)}列"

    titles = {spec.key: title(spec.key) for spec in mapping.fields}
    has = {key for key, col in mapping.field_to_column.items() if col is not None}
    program_standard = program.standard_fen if program is not None else None
    unit = getattr(program, "quantity_unit", "") or None
    total = plan.data_row_count
    first_data_number = plan.grid.row_number(header.data_start)
    seen: dict[str, tuple[int, str]] = {}
    rows: list[dict] = []
    totals_rows: list = []
    add = problems.append
    next_check = CHECK_EVERY
    file_people = file_amount_fen = unread_amounts = left_out = 0
    # Values that repeat down a column (村民小组, 标准, 发放方式, 备注) are cleaned once.
    text_cache: dict[object, str] = {}
    standard_cache: dict[object, int] = {}
    leak_cache: dict[str, str | None] = {}

    def cached_text(value: object) -> str:
        try:
            return text_cache[value]
        except KeyError:
            text = text_cache[value] = clean_text(value)
            return text
        except TypeError:  # unhashable: never from a grid, but be safe
            return clean_text(value)

    for source in data_rows(plan.grid, header, mapping, include_totals=True, fill_merged=("group",)):
        number = source.number
        done = number - first_data_number
        if done >= next_check:
            next_check = done + CHECK_EVERY
            if cancelled is not None and cancelled():
                raise ImportCancelled()
            if progress is not None:
                progress(done, total)
        if source.kind == "total":
            totals_rows.append(source)
            continue
        hidden, struck = plan.grid.marks_in(number, mapping.field_to_column)
        if hidden or struck:
            reason = "、".join(filter(None, (hidden, struck and f"“{'、'.join(titles[k] for k in struck)}”划了删除线")))
            if leave_out_marked:
                add(Problem(number, "", WARNING, f"该行{reason}，已按选择不导入"))
                left_out += 1
                continue
            add(Problem(number, "", WARNING, f"该行{reason}（常表示已取消资格），请核对：应当公示的请确认导入，"
                                             "不应公示的请在原表中删去，或选择不导入这些行", confirm=True))
        faults = plan.grid.faults_in(number, mapping.field_to_column)
        if faults:
            for key, message in faults:
                add(Problem(number, titles[key], ERROR, message))
            faulted = {key for key, _ in faults}
            amount = None if "amount" in faulted else _readable_fen(source.values.get("amount"))
            file_people += 1
            if amount is None:
                unread_amounts += 1
            else:
                file_amount_fen += amount
            continue
        v = source.values
        row_ok = True

        try:
            name = clean_name(v.get("name"))
        except FieldError as exc:
            add(Problem(number, titles["name"], ERROR, str(exc)))
            name, row_ok = "", False

        id_text = ""
        raw_id = v.get("id_number")
        try:
            id_text, check = clean_id(raw_id)
        except FieldError as exc:
            add(Problem(number, titles["id_number"], ERROR, str(exc)))
            row_ok = False
            check = None
        if check is not None:
            if check.is_old15:
                add(Problem(number, titles["id_number"], WARNING, OLD_ID_WARNING))
            if check.birth > today:
                add(Problem(number, titles["id_number"], WARNING,
                            f"身份证号中的出生日期 {check.birth.isoformat()} 在今天之后，请核对原件"))
            elif idnumber.age_on(check.birth, today) > MAX_AGE:
                add(Problem(number, titles["id_number"], WARNING,
                            f"按身份证号计算年龄为{idnumber.age_on(check.birth, today)}岁，请核对是否录错"))
            first = seen.get(id_text)
            if first is not None:
                add(Problem(number, titles["id_number"], WARNING,
                            f"身份证号与第{first[0]}行（{first[1]}）重复，请确认是否重复申报"))
            else:
                seen[id_text] = (number, name)

        amount = 0
        file_people += 1
        try:
            amount = clean_money(v.get("amount"), "金额")
        except FieldError as exc:
            add(Problem(number, titles["amount"], ERROR, str(exc)))
            row_ok = False
            amount = None
            unread_amounts += 1
        else:
            file_amount_fen += amount
            if amount == 0:
                add(Problem(number, titles["amount"], WARNING, ZERO_AMOUNT_WARNING, confirm=True))

        quantity = None
        if "quantity" in has and not _blank(v.get("quantity")):
            try:
                quantity = clean_quantity(v.get("quantity"), unit)
            except FieldError as exc:
                add(Problem(number, titles["quantity"], ERROR, str(exc)))
                row_ok = False

        standard = None
        row_standard = "standard" in has and not _blank(v.get("standard"))
        if row_standard:
            raw = v.get("standard")
            try:
                standard = standard_cache.get(raw)
                if standard is None:
                    standard = standard_cache[raw] = clean_standard(raw)
            except FieldError as exc:
                add(Problem(number, titles["standard"], ERROR, str(exc)))
                row_ok = False
        elif quantity is not None:
            standard = program_standard

        if quantity is not None and amount is not None:
            if standard is None:
                if not row_standard:
                    add(Problem(number, titles["quantity"], WARNING,
                                "有数量但没有补贴标准，无法核对金额；请在表中填写补贴标准或在补贴项目中设置标准"))
            elif not _amount_ok(amount, quantity, standard):
                add(Problem(number, titles["amount"], ERROR,
                            f"金额{format_fen(amount)}元与数量{quantity.normalize():f}×标准{format_fen(standard)}元"
                            f"={format_fen(expected_amount_fen(quantity, standard))}元不符（相差超过1分），请核对"))
                row_ok = False

        household = None
        if "household" in has and not _blank(v.get("household")):
            try:
                household = clean_count(v.get("household"), titles["household"])
            except FieldError as exc:
                add(Problem(number, titles["household"], ERROR, str(exc)))
                row_ok = False

        pay_date = None
        if "pay_date" in has and not _blank(v.get("pay_date")):
            try:
                pay_date = clean_date(v.get("pay_date"), titles["pay_date"])
            except FieldError as exc:
                add(Problem(number, titles["pay_date"], ERROR, str(exc)))
                row_ok = False

        account = ""
        if "account" in has:
            try:
                account = clean_account(v.get("account"))
            except FieldError as exc:
                add(Problem(number, titles["account"], ERROR, str(exc)))
                row_ok = False

        if row_ok:
            record = dict(
                seq=len(rows) + 1,
                group_name=cached_text(v.get("group")) if "group" in has else "",
                name=name,
                id_number=id_text,
                household_size=household,
                quantity_e4=quantity_e4(quantity) if quantity is not None else None,
                standard_fen=standard if quantity is not None or row_standard else None,
                amount_fen=amount,
                pay_method=cached_text(v.get("pay_method")) if "pay_method" in has else "",
                account=account,
                phone=clean_phone(v.get("phone")) if "phone" in has else "",
                pay_date=pay_date,
                remark=cached_text(v.get("remark")) if "remark" in has else "",
                source_row=number,
            )
            overlong = _overlong_text(record)
            if overlong is None:
                rows.append(record)
                for key in _FREE_TEXTS:
                    text = record[key]
                    if len(text) < MOBILE_DIGITS:  # too short to hold a personal number: the common case
                        continue
                    if text not in leak_cache:
                        leak_cache[text] = personal_number_warning(text, "该格")
                    if leak_cache[text]:
                        add(Problem(number, titles[_FIELD_OF_COLUMN.get(key, key)], WARNING, leak_cache[text]))
            else:
                column = titles[_FIELD_OF_COLUMN.get(overlong, overlong)]
                add(Problem(number, column, ERROR, f"{column}太长（{len(record[overlong])}个字，"
                                                   f"最多{TEXT_LIMITS[overlong]}个字），请精简或核对是否填错了列"))

    if cancelled is not None and cancelled():
        raise ImportCancelled()
    if not rows and not any(p.severity == ERROR for p in problems):
        add(Problem(header_row, "", ERROR, "表头下面没有名单数据，请确认选对了文件和工作表"))

    if session is not None and program is not None and program.id is not None and seen:
        existing = _existing_ids(session, program.id, period)
        if existing:
            for id_text, (number, _name) in seen.items():
                hit = existing.get(id_text)
                if hit is not None:
                    village, batch_id, batch_title = hit
                    add(Problem(number, titles["id_number"], WARNING,
                                f"该身份证号已在{village}的“{batch_title}”（批次{batch_id}）中，"
                                "请确认是否重复享受同一补贴"))

    stated = _stated_fen(totals_rows[-1]) if totals_rows and "amount" in has else None
    if stated is not None and not any(p.severity == ERROR for p in problems):
        _check_total_row(totals_rows[-1], stated, rows, titles, problems)

    problems.sort(key=lambda p: (p.row, p.severity != ERROR))
    if progress is not None:
        progress(total, total)
    return ImportResult(rows, problems, mapping, period, file_people=file_people, file_amount_fen=file_amount_fen,
                        unread_amounts=unread_amounts, stated_total_fen=stated,
                        stated_total_row=totals_rows[-1].number if stated is not None else None, left_out=left_out)


_FIELD_OF_COLUMN = {"group_name": "group"}  # Recipient column → field key, where they differ
_CHECKED_TEXT = tuple((key, TEXT_LIMITS[key]) for key in ("group_name", "pay_method", "account", "phone", "remark"))


_FREE_TEXTS = ("name", "group_name", "pay_method", "remark")  # a notice prints them as they are


def _overlong_text(record: dict) -> str | None:
    """The first text column of a cleaned row longer than the database column holds, or None."""
    for key, limit in _CHECKED_TEXT:
        if len(record[key]) > limit:
            return key
    return None


def _amount_ok(amount_fen: int, quantity: Decimal, standard_fen: int) -> bool:
    """amount = quantity × standard within 1 分; integer arithmetic when the quantity has at most 4 decimals."""
    exponent = quantity.as_tuple().exponent
    if isinstance(exponent, int) and exponent >= -4:
        q_e4 = int(quantity.scaleb(4))
        return abs(amount_fen * E4 - q_e4 * standard_fen) <= E4
    return amount_matches(amount_fen, quantity, standard_fen)


def _readable_fen(value: object) -> int | None:
    """The amount of a cell in fen, or None when it cannot be read."""
    try:
        return clean_money(value)
    except FieldError:
        return None


def _stated_fen(source) -> int | None:
    """The amount on a 合计 row, or None when it has none that can be read."""
    raw = source.values.get("amount")
    if not cell_text(raw):
        return None
    try:
        return parse_fen(raw)
    except MoneyError:
        return None


def _check_total_row(source, stated: int, rows: list[dict], titles: dict[str, str],
                     problems: list[Problem]) -> None:
    """A 合计 row whose amount differs from the sum of the rows: a warning (the rows are what is imported)."""
    actual = sum(r["amount_fen"] for r in rows)
    if stated != actual:
        problems.append(Problem(source.number, titles["amount"], WARNING,
                                f"合计行金额{format_fen(stated)}元与各行之和{format_fen(actual)}元不一致，"
                                "导入以各行为准，请核对原表"))


# ---- step 3: commit --------------------------------------------------------------------------------------------

def _program(session: Session, program: SubsidyProgram | int | str) -> SubsidyProgram:
    if isinstance(program, str):
        return subsidy.find_program(session, program)
    obj = session.get(SubsidyProgram, program if isinstance(program, int) else program.id)
    if obj is None:
        raise UserError("所选的补贴项目已不存在，请重新选择。")
    return obj


def _village(session: Session, village: Village | int | str) -> Village:
    if isinstance(village, str):
        return subsidy.find_village(session, village)
    obj = session.get(Village, village if isinstance(village, int) else village.id)
    if obj is None:
        raise UserError("所选的村已不存在，请重新选择。")
    return obj


def commit_import(
    db: Database,
    plan: ImportPlan,
    result: ImportResult,
    program: SubsidyProgram | int | str,
    village: Village | int | str,
    period: str,
    *,
    confirmed: bool = False,
) -> int:
    """Create a 草稿 batch for program × village × period holding every row of `result`, in one transaction with
    one bulk INSERT; returns the new batch id. Refused (UserError) when the result has errors — a file is taken
    whole or not at all — and when it has warnings to confirm that the clerk has not `confirmed`. The audit log
    keeps which file it was: name, size, SHA-256, sheet and rows."""
    errors = result.errors
    if errors:
        raise UserError(f"文件“{plan.path.name}”有{len(errors)}处错误（如{errors[0].text()}），"
                        "请改正后重新导入；本次没有导入任何数据。")
    if not result.rows:
        raise UserError(f"文件“{plan.path.name}”中没有可导入的名单行，请确认选对了文件和工作表。")
    pending = result.to_confirm
    if pending and not confirmed:
        raise UserError(f"文件“{plan.path.name}”有{len(pending)}处需要确认的情况（如{pending[0].text()}），"
                        "请逐条核对并确认后再导入；本次没有导入任何数据。")
    with db.transaction() as session:
        prog = _program(session, program)
        vil = _village(session, village)
        batch = subsidy.create_batch(session, prog, vil, period or result.period, source_file=plan.source_label())
        batch_id = batch.id
        audit.insert_many(session, Recipient.__table__, [dict(r, batch_id=batch_id) for r in result.rows])
        audit.add_entry(session, "import", "publicity_batch", batch_id, _import_details(plan, result))
    return batch_id


def _import_details(plan: ImportPlan, result: ImportResult) -> dict:
    source = plan.source or SourceFile(plan.path.name, -1, "")
    return {"file": source.name, "size": source.size, "sha256": source.sha256, "sheet": plan.sheet_name,
            "rows": len(result.rows), "left_out": result.left_out,
            "confirmed": [p.text() for p in result.to_confirm]}


def import_file(db: Database, path: str | Path, program: SubsidyProgram | int | str, village: Village | int | str,
                period: str = "", *, sheet: str | int | None = None, **options) -> tuple[int | None, ImportResult]:
    """prepare → validate → commit with the proposed mapping (for scripts and tests): `import_plan` of the file's
    `sheet` (the first visible one with a header unless named)."""
    return import_plan(db, prepare_import(path, sheet), program, village, period, **options)


def import_plan(
    db: Database,
    plan: ImportPlan,
    program: SubsidyProgram | int | str,
    village: Village | int | str,
    period: str = "",
    *,
    today: dt.date | None = None,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    confirmed: bool = False,
    leave_out_marked: bool = False,
) -> tuple[int | None, ImportResult]:
    """validate → commit of a file already read, with its proposed mapping (the command line reads the file while
    the database opens). Returns (batch id or None when refused — for errors, or for warnings to confirm that were
    not `confirmed` —, result with the problems)."""
    today = today or clock.today()
    with db.session() as session:
        prog = _program(session, program)
        _village(session, village)
        period = period.strip() or f"{today.year}年度"
        result = validate(plan, plan.mapping, prog, session, today=today, period=period,
                          progress=progress, cancelled=cancelled, leave_out_marked=leave_out_marked)
    if not result.ok or (result.to_confirm and not confirmed):
        return None, result
    return commit_import(db, plan, result, program, village, period, confirmed=confirmed), result
