"""The catalog form (标准目录) as .xlsx and .docx: the shared renderers plus what the published form adds.

The catalog is a :class:`~gkdesk.io.document.Document` like every other export (two-row header with merged cells
from ``Table.header_rows``, A4 landscape, East-Asian fonts); the renderers write it, then this module turns the
area rows ("一、涉农补贴") into one cell spanning the table, as the published catalogs show them. No Qt.
"""
from __future__ import annotations

import os
from xml.sax.saxutils import escape

from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from gkdesk.io.document import Document, replacing_file
from gkdesk.io.docx_writer import STYLE_TABLE_TEXT, build_docx
from gkdesk.io.xlsx_writer import FONT_NAME, LARGE_PT, TEXT_PT, build_workbook

_THIN = Side(style="thin", color="000000")
_BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_SECTION_FILL = PatternFill("solid", fgColor="F2F2F2")


def _check(doc: Document, section_rows: list[int]) -> None:
    if doc.table is None:
        raise ValueError("the catalog document needs a table")
    n = len(doc.table.rows)
    for i in section_rows:
        if not 0 <= i < n:
            raise ValueError(f"section row {i} is outside the table")


def write_catalog_xlsx(doc: Document, section_rows: list[int], path: str | os.PathLike) -> None:
    """The catalog as .xlsx: merged two-row header, area rows merged across, header rows repeated on each printed
    page, frozen under the header, A4 landscape fitted to the page width."""
    _check(doc, section_rows)
    wb = build_workbook(doc, sheet_title="标准目录")
    ws = wb.active
    table = doc.table
    ncols = len(table.columns)
    first_header = next(r for r in range(1, ws.max_row + 1)
                        if ws.cell(r, 1).value == table.header_layout()[0].text)
    body = first_header + table.header_row_count
    pt = LARGE_PT if doc.page.large_print else TEXT_PT
    font = Font(name=FONT_NAME, size=pt, bold=True)
    for i in section_rows:
        row = body + i
        for j in range(1, ncols + 1):
            cell = ws.cell(row, j)
            cell.border = _BORDER
            cell.fill = _SECTION_FILL
        first = ws.cell(row, 1)
        first.font = font
        first.alignment = Alignment(horizontal="left", vertical="center")
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=ncols)
        ws.row_dimensions[row].height = round(pt * 1.35 + 8, 1)
    ws.freeze_panes = ws.cell(body, 1)
    with replacing_file(path) as tmp:
        wb.save(str(tmp))


def write_catalog_docx(doc: Document, section_rows: list[int], path: str | os.PathLike) -> None:
    """The catalog as .docx (A4 landscape, header rows repeated on every page), area rows spanning the table."""
    _check(doc, section_rows)
    d = build_docx(doc)
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls, qn

    tbl = d.tables[0]._tbl
    rows = tbl.findall(qn("w:tr"))
    nhead = doc.table.header_row_count
    ncols = len(doc.table.columns)
    grid = [int(c.get(qn("w:w"))) for c in tbl.find(qn("w:tblGrid")).findall(qn("w:gridCol"))]
    for i in section_rows:
        tr = rows[nhead + i]
        text = doc.table.rows[i][0]
        for tc in tr.findall(qn("w:tc")):
            tr.remove(tc)
        tr.append(parse_xml(
            f'<w:tc {nsdecls("w")}><w:tcPr><w:tcW w:w="{sum(grid)}" w:type="dxa"/><w:gridSpan w:val="{ncols}"/>'
            f'<w:shd w:val="clear" w:color="auto" w:fill="F2F2F2"/><w:vAlign w:val="center"/></w:tcPr>'
            f'<w:p><w:pPr><w:pStyle w:val="{STYLE_TABLE_TEXT[0]}"/><w:keepNext/><w:jc w:val="left"/></w:pPr>'
            f'<w:r><w:rPr><w:b/><w:bCs/></w:rPr><w:t>{escape(text)}</w:t></w:r></w:p></w:tc>'))
    with replacing_file(path) as tmp:
        d.save(str(tmp))
