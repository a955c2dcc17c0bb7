"""Render a :class:`~gkdesk.io.document.Document` as an .xlsx sheet ready to print.

Layout from the top: the title merged across the table (bold 16 pt), the header block / subtitle lines, the
paragraphs before the table, the header row(s) (two-row header with merged cells when ``header_rows`` is given),
the data rows (bold rows and heading rows across the table as the table marks them), the bold total row (its
label 合计 merged over the empty cells after it), the paragraphs after the table, then the 落款 and date on the
right. The table is set as :func:`gkdesk.io.layout.plan_page` plans it for the PDF and the .docx: its size (at
least 14 pt for large print), its column widths and its header titles' lines; cells keep their values whole and
every row gets the height of the plan's lines. The sheet is a little narrower than the text block, so that
printing it one page wide never shrinks it.

Cell types: ID, account and phone columns are text cells with the text number format "@" (Excel would turn an
ID into 1.10101E+17); money columns are numbers with format 0.00 and number columns numbers (integers as
integers), parsed from the formatted text (thousands separators removed); everything else stays text. A value
that does not parse stays text rather than being guessed.

Print setup: A4/A3, orientation and margins from the page setup, fit to one page wide, header rows repeated on
every page and frozen on screen, footer "第 &P 页，共 &N 页" (centre) and ``footer_left`` (left).

Speed: one prototype style per column is built once and data cells are created directly with a copy of it
(openpyxl's per-attribute style assignment and Cell.__init__ would double the time). 20,000 rows × 8 columns
take about 2 s on a 2-core machine, of which openpyxl's own saving is 1.2 s (bench/bench_notice.py).
"""
from __future__ import annotations

import math
import os
import re
from decimal import Decimal, InvalidOperation

from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE, Cell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.styles.cell_style import StyleArray
from openpyxl.styles.styleable import StyleableObject
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.properties import PageSetupProperties

from gkdesk.io.document import (
    TABLE_PT,
    Document,
    FormTable,
    ReportDocument,
    Table,
    ensure_public_safe,
    ensure_report_public_safe,
    file_properties,
    replacing_file,
    signature_layout,
    text_width_chars,
)
from gkdesk.io.layout import Plan, checked_plan

FONT_NAME = "宋体"
TITLE_PT = 16
TEXT_PT = TABLE_PT          # 五号 at least: the lines above and below the table
PAPER_SIZE = {"A4": 9, "A3": 8}   # ECMA-376 paperSize codes
TEXT_KINDS = ("id", "account", "phone")
_INVALID_SHEET_CHARS = re.compile(r"[\[\]:*?/\\]")
_THIN = Side(style="thin", color="000000")
_BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_SECTION_FILL = PatternFill("solid", fgColor="F2F2F2")


def write_xlsx(doc: Document, path: str | os.PathLike, sheet_title: str | None = None) -> None:
    """Write ``doc`` to ``path`` (.xlsx). Raises PrivacyError for a public document that shows a full number;
    then nothing is written. The file appears under its name only when complete."""
    wb = build_workbook(doc, sheet_title)   # runs the privacy guard before anything is written
    with replacing_file(path) as tmp:
        wb.save(str(tmp))


def build_workbook(doc: Document, sheet_title: str | None = None) -> Workbook:
    """The sheet of ``doc`` as :func:`gkdesk.io.layout.plan_page` sets it: its table size, column widths and
    lines, every row's height stored. Raises PrivacyError and LayoutError before anything is built."""
    sheet_name = _sheet_title(sheet_title or doc.title)
    ensure_public_safe(doc, metadata={**file_properties(doc), "工作表名称": sheet_name})
    plan = checked_plan(doc)
    wb = Workbook()
    ws = wb.active
    ws.title = sheet_name
    wb.properties.title = doc.title
    wb.properties.creator = "gkdesk"

    table = plan.table
    ncols = len(table.columns) if table is not None else 6
    table_pt = plan.sizes.table_pt
    text_pt = max(TEXT_PT * plan.sizes.scale, table_pt)   # the lines above and below the table
    title_pt = TITLE_PT * plan.sizes.scale
    widths = _column_widths(plan, ncols)
    for j, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(j)].width = w
    line_chars = sum(widths)   # the merged width of a line above or below the table, in Excel units

    row = 1
    title = doc.title   # whole: a sheet's title is smaller than the notice's and Excel wraps it in the cell
    _merged_line(ws, row, ncols, title, Font(name=FONT_NAME, size=title_pt, bold=True),
                 Alignment(horizontal="center", vertical="center", wrap_text=True))
    ws.row_dimensions[row].height = _height(title, line_chars, title_pt) + 8
    row += 1
    head_font = Font(name=FONT_NAME, size=text_pt)
    align = {"left": "left", "center": "center", "right": "right"}[doc.subtitle_align]
    for line in plan.subtitle_lines:
        _merged_line(ws, row, ncols, line, head_font, Alignment(horizontal=align, vertical="center"))
        ws.row_dimensions[row].height = _height(line, line_chars, text_pt)
        row += 1
    para_font = Font(name=FONT_NAME, size=text_pt)
    para_align = Alignment(horizontal="left", vertical="top", wrap_text=True, indent=2)
    if doc.addressee:
        row += 1 if doc.subtitle_lines else 0
        _merged_line(ws, row, ncols, doc.addressee, para_font, Alignment(horizontal="left", vertical="top"))
        row += 1
    for text in doc.paragraphs_before:
        _merged_line(ws, row, ncols, text, para_font, para_align)
        ws.row_dimensions[row].height = _height(text, line_chars - 2 * _units_per_em(text_pt), text_pt)
        row += 1

    if table is not None:
        row = _write_table(ws, plan, row)

    if doc.paragraphs_after:
        row += 0 if table is None else 1
    for text in doc.paragraphs_after:
        _merged_line(ws, row, ncols, text, para_font, para_align)
        ws.row_dimensions[row].height = _height(text, line_chars - 2 * _units_per_em(text_pt), text_pt)
        row += 1
    sig = signature_layout(doc)
    if sig:
        row += 2 if doc.seal_space else 1
        for text, right_chars in sig:
            _merged_line(ws, row, ncols, text, para_font,
                         Alignment(horizontal="right", vertical="center", indent=round(right_chars * 2)))
            ws.row_dimensions[row].height = _row_height(1, text_pt)
            row += 1
    for note in doc.notes:   # 附注 under the date
        _merged_line(ws, row, ncols, note, para_font, Alignment(horizontal="left", vertical="center", indent=2))
        row += 1

    _print_setup(ws, doc)
    return wb


def _sheet_title(text: str) -> str:
    title = _INVALID_SHEET_CHARS.sub("", text).strip("'") or "Sheet1"
    return title[:31]


# Excel measures column widths in widths of '0' of the default font (Calibri 11: 7 px at 96 dpi, plus 5 px of
# margin); a CJK character at 11 pt is 14.7 px, a little over two units.
_PX_PER_MM = 96 / 25.4
_MM_PER_UNIT = 7 / _PX_PER_MM   # a width unit, about 1.85 mm (the report's form sheets count in it)
_UNITS_PER_EM_11PT = 2.2
# The sheet is a little narrower than the text block, so that printing it "one page wide" never shrinks it (a
# large-print list must print at 14 pt).
_SHEET_SHARE = 0.97


def _units_per_em(pt: float) -> float:
    return _UNITS_PER_EM_11PT * pt / 11


def _units(mm: float) -> float:
    return max(1.0, (mm * _PX_PER_MM - 5) / 7)


def _column_widths(plan: Plan, ncols: int) -> list[float]:
    """Column widths in Excel units: the plan's, in the text block's width."""
    if plan.table is None:
        return [round(_units(plan.page.text_width_mm() * _SHEET_SHARE / ncols), 1)] * ncols
    total = sum(plan.widths_mm)
    share = plan.page.text_width_mm() * _SHEET_SHARE / total
    return [round(_units(w * share), 1) for w in plan.widths_mm]


def _lines(text: str, units: float, pt: float) -> int:
    """How many lines ``text`` takes in a wrapped cell ``units`` wide."""
    per_em = _units_per_em(pt)
    capacity = max(units - 1.0, per_em)
    return sum(max(1, math.ceil(text_width_chars(part) * per_em / capacity)) for part in text.split("\n"))


def _height(text: str, units: float, pt: float) -> float:
    """Row height in points for wrapped text (Excel and LibreOffice do not size merged rows themselves)."""
    return _row_height(_lines(text, units, pt), pt)


def _row_height(lines: int, pt: float) -> float:
    """A row of ``lines`` lines in points: Excel's line is about 1.3 of the type (宋体), plus a little room."""
    return round(max(lines * pt * 1.3 + pt * 0.35, pt * 1.6), 1)


def _merged_line(ws, row: int, ncols: int, text: str, font: Font, alignment: Alignment) -> None:
    cell = ws.cell(row=row, column=1, value=text)
    if cell.data_type == "f":
        cell.data_type = "s"
    cell.font = font
    cell.alignment = alignment
    if ncols > 1:
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=ncols)


def _style_prototype(ws, font: Font, alignment: Alignment, number_format: str = "General"):
    """A StyleArray carrying the given style, registered in the workbook once."""
    proto = Cell(ws)
    proto.font = font
    proto.border = _BORDER
    proto.alignment = alignment
    proto.number_format = number_format
    return proto._style


def _write_table(ws, plan: Plan, top: int) -> int:
    """Write header, body and total rows starting at row ``top``; return the next free row. Cells hold the plan's
    lines; every row gets the height of its lines (LibreOffice does not grow rows on opening, and Excel not for
    rows it did not lay out itself)."""
    table = plan.table
    text_pt = plan.sizes.table_pt
    ncols = len(table.columns)
    header_font = Font(name=FONT_NAME, size=text_pt, bold=True)
    header_style = _style_prototype(ws, header_font, Alignment(horizontal="center", vertical="center",
                                                               wrap_text=True))
    nhead = table.header_row_count
    for r in range(nhead):
        for j in range(ncols):   # borders on every cell of a merged range, not only its first
            ws._cells[(top + r, j + 1)] = Cell(ws, row=top + r, column=j + 1, style_array=header_style)
    for hc in table.header_layout():
        cell = ws._cells[(top + hc.row, hc.col + 1)]
        cell.value = hc.text
        if cell.data_type == "f":
            cell.data_type = "s"
        if hc.rowspan > 1 or hc.colspan > 1:
            ws.merge_cells(start_row=top + hc.row, start_column=hc.col + 1,
                           end_row=top + hc.row + hc.rowspan - 1, end_column=hc.col + hc.colspan)
    for r, lines in enumerate(plan.header_lines):
        ws.row_dimensions[top + r].height = _row_height(lines, text_pt)
    first_header, last_header = top, top + nhead - 1
    ws.print_title_rows = f"{first_header}:{last_header}"
    row = top + nhead
    ws.freeze_panes = ws.cell(row, 1)   # the header stays in sight while scrolling

    body_font = Font(name=FONT_NAME, size=text_pt)
    bold_font = Font(name=FONT_NAME, size=text_pt, bold=True)
    converters = []
    styles = []
    bold_styles = []
    for j, col in enumerate(table.columns):
        fmt = ("@" if col.kind in TEXT_KINDS else "0.00" if col.kind == "money"
               else _decimals_format(table, j) if col.kind == "number" else "General")
        alignment = Alignment(horizontal=col.align, vertical="center", wrap_text=True)
        styles.append(_style_prototype(ws, body_font, alignment, fmt))
        bold_styles.append(_style_prototype(ws, bold_font, alignment, fmt))
        converters.append(_to_money if col.kind == "money" else _to_number if col.kind == "number" else None)

    plan_cells = list(zip(range(1, ncols + 1), converters, styles))
    bold = set(table.bold_rows)
    sections = set(table.section_rows)
    section_style = None
    if sections:
        proto = Cell(ws)
        proto.font = bold_font
        proto.border = _BORDER
        proto.fill = _SECTION_FILL
        proto.alignment = Alignment(horizontal="left", vertical="center", wrap_text=True)
        section_style = proto._style
    heights = {n: _row_height(n, text_pt) for n in set(plan.row_lines) | {1}}
    # One-line rows take the sheet's stored default height (a RowDimension for each of 20,000 rows would cost
    # a third of the time); taller rows store their own.
    ws.sheet_format.defaultRowHeight = heights[1]
    ws.sheet_format.customHeight = True
    row_dims = ws.row_dimensions
    # The cells keep their values whole (a line break inside a name or a title would travel with the data);
    # Excel wraps them in the plan's widths, and the rows have the heights of the plan's lines.
    values_table = plan.values
    for i, (values, lines) in enumerate(zip(values_table.rows, plan.row_lines)):
        if i in sections:   # a heading across the table (一、涉农补贴)
            for j in range(1, ncols + 1):
                ws._cells[(row, j)] = Cell(ws, row=row, column=j, style_array=section_style)
            ws._cells[(row, 1)].value = values[0]
            ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=ncols)
        else:
            _write_row(ws, row, plan_cells, values, bold_styles if i in bold else None)
        if lines != 1:
            row_dims[row].height = heights[lines]
        row += 1
    if table.total_row is not None:
        _write_row(ws, row, plan_cells, values_table.total_row, bold_styles)
        row_dims[row].height = heights[plan.row_lines[-1]]
        span = table.total_label_span()
        if span > 1:   # 合计 over the empty cells after it, centred, as in the .docx
            label = ws._cells[(row, 1)]
            label.alignment = Alignment(horizontal="center", vertical="center")
            ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=span)
        row += 1
    return row


# openpyxl's Cell.__init__ (type checks, keyword handling) is half the time of building a 20,000-row sheet;
# with the slots this module knows, a cell is made directly. Another openpyxl layout falls back to __init__.
_FAST_CELLS = (set(getattr(Cell, "__slots__", ())) == {"row", "column", "_value", "data_type", "parent",
                                                        "_hyperlink", "_comment"}
               and set(getattr(StyleableObject, "__slots__", ())) == {"parent", "_style"})


def _new_cell(ws, row: int, column: int, style) -> Cell:
    if not _FAST_CELLS:
        return Cell(ws, row=row, column=column, style_array=style)
    cell = Cell.__new__(Cell)
    cell.parent = ws
    cell._style = StyleArray(style)   # a copy: a later style change to one cell must not reach the others
    cell.row = row
    cell.column = column
    cell._value = None
    cell.data_type = "n"
    cell._hyperlink = None
    cell._comment = None
    return cell


def _write_row(ws, row: int, plan, values: list[str], styles_override) -> None:
    """Create the row's cells directly. Values are bound without openpyxl's per-cell type inference (a third of
    the time): text stays text (so "=…" typed by a user is never a formula), numbers are numbers; characters
    that XML cannot carry are removed, once per row."""
    if ILLEGAL_CHARACTERS_RE.search("".join(values)):
        values = [ILLEGAL_CHARACTERS_RE.sub("", v) for v in values]
    cells = ws._cells
    for k, ((j, convert, style), text) in enumerate(zip(plan, values)):
        cell = _new_cell(ws, row, j, style if styles_override is None else styles_override[k])
        if text:
            value = convert(text) if convert is not None else text
            cell._value = value
            cell.data_type = "s" if isinstance(value, str) else "n"
        cells[(row, j)] = cell


def _decimals_format(table: Table, j: int) -> str:
    """The number format that shows a number column as the service formatted it ("3.50" stays 3.50)."""
    decimals = 0
    sample = [row[j] for row in table.rows[:500]]
    if table.total_row is not None:
        sample.append(table.total_row[j])
    for text in sample:
        if "." in text:
            decimals = max(decimals, len(text.rsplit(".", 1)[1].strip()))
    decimals = min(decimals, 6)
    return "0." + "0" * decimals if decimals else "0"


def _to_money(text: str):
    """'1,234.50' -> Decimal('1234.50'); text that is not an amount stays text; '' -> empty cell."""
    if not text:
        return None
    try:
        return Decimal(text.replace(",", "").replace("，", "").strip())
    except InvalidOperation:
        return text


def _to_number(text: str):
    if not text:
        return None
    s = text.replace(",", "").strip()
    try:
        return int(s) if s.lstrip("-").isdigit() else Decimal(s)
    except InvalidOperation:
        return text


def _print_setup(ws, doc: Document) -> None:
    page = doc.page
    ws.page_setup.paperSize = PAPER_SIZE[page.paper]
    ws.page_setup.orientation = "landscape" if page.landscape else "portrait"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    if ws.sheet_properties.pageSetUpPr is None:
        ws.sheet_properties.pageSetUpPr = PageSetupProperties()
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.horizontalCentered = True
    top, bottom, left, right = page.margins_mm()
    inch = 25.4
    # Excel margins are to the text; the footer sits in the bottom margin.
    ws.page_margins.top = top / inch
    ws.page_margins.bottom = bottom / inch
    ws.page_margins.left = left / inch
    ws.page_margins.right = right / inch
    ws.page_margins.header = min(top / 2, 15) / inch
    ws.page_margins.footer = max(bottom - 15, 8) / inch
    if doc.footer_page_numbers:
        ws.oddFooter.center.text = "第 &P 页，共 &N 页"
        ws.oddFooter.center.font = FONT_NAME
        ws.oddFooter.center.size = 10
    if doc.footer_left:
        ws.oddFooter.left.text = doc.footer_left.replace("&", "&&")
        ws.oddFooter.left.font = FONT_NAME
        ws.oddFooter.left.size = 10


# --- reports: one sheet per form table (the 政府信息公开工作年度报告, for the county's compilation; issue 15) ----------

def write_report_xlsx(doc: ReportDocument, path: str | os.PathLike) -> None:
    """Write each form table of ``doc`` to its own sheet (named after the table), figures as numbers, merged cells
    as in the .docx; nothing is written when the privacy guard refuses."""
    wb = build_report_workbook(doc)
    with replacing_file(path) as tmp:
        wb.save(str(tmp))


def build_report_workbook(doc: ReportDocument) -> Workbook:
    ensure_report_public_safe(doc)
    wb = Workbook()
    wb.remove(wb.active)
    wb.properties.title = doc.title.replace("\n", "")
    wb.properties.creator = "gkdesk"
    for table in doc.tables():
        ws = wb.create_sheet(_sheet_title(table.name))
        _write_form_sheet(ws, doc, table)
    return wb


def _write_form_sheet(ws, doc: ReportDocument, table: FormTable) -> None:
    pt = TABLE_PT
    per_em = _units_per_em(pt)
    total = doc.page.text_width_mm() / _MM_PER_UNIT
    widths = [max(3.0, round(w, 1)) for w in table.column_widths(total, per_em, 1.5, digit_em=0.5,
                                                                   bold_em=0.25)]
    n = table.ncols
    for j, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(j)].width = w
    line = sum(widths)
    for row, (text, size) in enumerate(((doc.title, TITLE_PT), (table.name, TEXT_PT)), 1):
        _merged_line(ws, row, n, text, Font(name=FONT_NAME, size=size, bold=True),
                     Alignment(horizontal="center" if row == 1 else "left", vertical="center", wrap_text=True))
        ws.row_dimensions[row].height = _height(text, line, size) + (8 if row == 1 else 0)
    top = 3
    head = _style_prototype(ws, Font(name=FONT_NAME, size=pt, bold=True),
                            Alignment(horizontal="center", vertical="center", wrap_text=True))
    body = {a: _style_prototype(ws, Font(name=FONT_NAME, size=pt),
                                Alignment(horizontal=a, vertical="center", wrap_text=True))
            for a in ("left", "center", "right")}
    placed = table.placed()
    for p in placed:   # borders on every cell of a merged range, not only its first
        style = head if p.cell.head else body[p.cell.align]
        for r in range(p.row, p.row + p.cell.rowspan):
            for c in range(p.col, p.col + p.cell.colspan):
                ws._cells[(top + r, c + 1)] = Cell(ws, row=top + r, column=c + 1, style_array=style)
    lines = [1] * len(table.rows)
    for p in placed:
        cell = ws._cells[(top + p.row, p.col + 1)]
        cell.value = p.cell.number if p.cell.number is not None else ILLEGAL_CHARACTERS_RE.sub("", p.cell.text)
        if cell.data_type == "f":
            cell.data_type = "s"
        if p.cell.rowspan > 1 or p.cell.colspan > 1:
            ws.merge_cells(start_row=top + p.row, start_column=p.col + 1,
                           end_row=top + p.row + p.cell.rowspan - 1, end_column=p.col + p.cell.colspan)
        need = _lines(p.cell.text, sum(widths[p.col:p.col + p.cell.colspan]), pt)
        for r in range(p.row, p.row + p.cell.rowspan):
            lines[r] = max(lines[r], math.ceil(need / p.cell.rowspan))
    for r, n_lines in enumerate(lines):
        ws.row_dimensions[top + r].height = _row_height(n_lines, pt)
    if table.header_rows:
        ws.print_title_rows = f"{top}:{top + table.header_rows - 1}"
    _print_setup(ws, doc.frame())
