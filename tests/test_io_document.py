"""One document model, three renderers: what the clerk gets in the .docx, the .xlsx and the PDF, and what the
privacy guard refuses to let out."""
from __future__ import annotations

import re
import shutil
import subprocess
from decimal import Decimal

import docx
import openpyxl
import pytest
from docx.oxml.ns import qn

from gkdesk.domain.privacy import PrivacyError
from gkdesk.io.document import (
    Column,
    Document,
    HeaderCell,
    PageSetup,
    Table,
    all_texts,
    ensure_public_safe,
    signature_layout,
)
from gkdesk.io.docx_writer import write_docx
from gkdesk.io.xlsx_writer import write_xlsx

TITLE = "关于东村2026年耕地地力保护补贴发放情况的公示"
COLUMNS = [
    Column("seq", "序号", 0.5, "center", "number"),
    Column("group", "村民小组", 1.0, "center"),
    Column("name", "姓名", 0.9, "center"),
    Column("id", "身份证号", 2.2, "center", "id"),
    Column("area", "面积(亩)", 0.9, "right", "number"),
    Column("standard", "补贴标准(元/亩)", 1.1, "right", "money"),
    Column("amount", "补贴金额(元)", 1.1, "right", "money"),
    Column("account", "账号", 1.0, "center", "account"),
]
ROWS = [
    ["1", "第一组", "张三", "110101********1234", "3.50", "110.50", "386.75", "****1234"],
    ["2", "第一组", "李四", "110101********5678", "2.00", "110.50", "221.00", "****5678"],
    ["3", "第二组", "欧阳秀英", "110102********301X", "10.00", "110.50", "1,105.00", "****9012"],
]
TOTAL = ["合计", "", "", "", "15.50", "", "1,712.75", ""]
FULL_ID = "110101199003071234"


def notice(rows=None, **changes) -> Document:
    doc = Document(
        title=TITLE,
        paragraphs_before=[("根据《2026年耕地地力保护补贴实施方案》，经农户申报、村委会审核、镇人民政府复核，"
                           "现将东村2026年耕地地力保护补贴发放情况公示如下：")],
        table=Table(list(COLUMNS), [list(r) for r in (rows if rows is not None else ROWS)], total_row=list(TOTAL)),
        paragraphs_after=[
            "公示时间：2026年6月26日至2026年7月2日。",
            "如有异议，请于公示期内向东村村民委员会或某某镇人民政府反映。",
            "监督举报电话：某某镇人民政府 0483-8222222；县农业农村局 0483-8211111。",
        ],
        signature_lines=["东村村民委员会"],
        signature_date="2026年6月25日",
        page=PageSetup("A4", landscape=False),
        seal_space=True,
        footer_page_numbers=True,
        public=True,
    )
    for key, value in changes.items():
        setattr(doc, key, value)
    return doc


def leaked_notice() -> Document:
    rows = [list(r) for r in ROWS]
    rows[1][3] = FULL_ID
    return notice(rows)


# --- the model --------------------------------------------------------------------------------------------------

def test_all_texts_covers_every_part_of_the_document():
    texts = list(all_texts(notice()))
    assert texts[0] == TITLE
    for expected in ("身份证号", "110102********301X", "1,712.75", "合计", "公示时间：2026年6月26日至2026年7月2日。",
                     "东村村民委员会", "2026年6月25日"):
        assert expected in texts


def test_guard_names_the_row_and_column_of_a_full_id():
    with pytest.raises(PrivacyError) as info:
        ensure_public_safe(leaked_notice())
    assert "第2行" in str(info.value) and "身份证号" in str(info.value)
    assert FULL_ID not in str(info.value)


def test_guard_refuses_an_account_showing_more_than_four_digits():
    rows = [list(r) for r in ROWS]
    rows[0][7] = "****91234"
    with pytest.raises(PrivacyError, match="账号"):
        ensure_public_safe(notice(rows))


def test_guard_leaves_internal_forms_alone():
    doc = leaked_notice()
    doc.public = False
    ensure_public_safe(doc)   # forms that go upward are not posted on a board


def test_header_spans_must_tile_the_columns():
    cols = [Column("a", "A"), Column("b", "B"), Column("c", "C")]
    with pytest.raises(ValueError):
        Table(cols, [], header_rows=[[HeaderCell("X", colspan=2)], [HeaderCell("Y"), HeaderCell("Z")]])
    table = Table(cols, [], header_rows=[[HeaderCell("A", rowspan=2), HeaderCell("BC", colspan=2)],
                                         [HeaderCell("B"), HeaderCell("C")]])
    assert [(c.row, c.col, c.text) for c in table.header_layout()] == [
        (0, 0, "A"), (0, 1, "BC"), (1, 1, "B"), (1, 2, "C")]


def test_row_with_wrong_cell_count_is_rejected():
    with pytest.raises(ValueError, match="row 1"):
        Table(list(COLUMNS), [["1", "2"]])


def test_signature_follows_gb_t_9704():
    lines = signature_layout(notice())
    assert [text for text, _ in lines] == ["东村村民委员会", "2026年6月25日"]
    (_, unit_indent), (_, date_indent) = lines
    # With a seal the date stands four characters from the right and the unit is centred over it:
    # 7 characters over a date 6.5 characters wide (digits are half-width).
    assert date_indent == 4
    assert unit_indent == pytest.approx(4 + 6.5 / 2 - 7 / 2)
    # Without a seal the date starts two characters to the right of the unit's first character; this date is
    # nearly as long as the unit, so it stands two characters from the right and the unit moves left.
    (_, unit_indent), (_, date_indent) = signature_layout(notice(seal_space=False))
    assert date_indent == 2
    assert unit_indent == pytest.approx(4 + 6.5 - 7)
    (_, unit_indent), (_, date_indent) = signature_layout(
        notice(seal_space=False, signature_lines=["某某县某某镇东村村民委员会"]))
    assert unit_indent == 2
    assert date_indent == pytest.approx(13 - 6.5)



def test_numbers_get_the_width_they_need_to_stay_on_one_line():
    widths = notice().table.column_widths_mm(156, 10.5)
    assert sum(widths) == pytest.approx(156)
    id_width = widths[3]
    assert id_width >= 18 * 0.5 * 10.5 * 25.4 / 72   # 18 half-width characters


# --- .docx ---------------------------------------------------------------------------------------------------

def _east_asia(style) -> str | None:
    rfonts = style.element.rPr.find(qn("w:rFonts"))
    return rfonts.get(qn("w:eastAsia"))


def test_docx_has_the_notice_in_gb_t_9704_layout(tmp_path):
    path = tmp_path / "公示.docx"
    write_docx(notice(), path)
    d = docx.Document(str(path))

    assert d.paragraphs[0].text == TITLE
    title_style = d.paragraphs[0].style
    assert _east_asia(title_style) == "方正小标宋简体"
    assert title_style.font.size.pt == 22
    assert _east_asia(d.styles["Normal"]) == "仿宋_GB2312"
    assert d.styles["Normal"].font.size.pt == 16
    body = next(p for p in d.paragraphs if p.text.startswith("根据"))
    assert body.style.paragraph_format.first_line_indent.pt == pytest.approx(32)

    section = d.sections[0]
    assert (round(section.page_width.mm), round(section.page_height.mm)) == (210, 297)
    assert section.orientation == 0   # portrait
    assert round(section.top_margin.mm) == 37 and round(section.left_margin.mm) == 28

    table = d.tables[0]
    rows = table._tbl.findall(qn("w:tr"))
    assert rows[0].find(qn("w:trPr")).find(qn("w:tblHeader")) is not None
    assert all(r.find(qn("w:trPr")).find(qn("w:cantSplit")) is not None for r in rows)
    assert rows[1].find(qn("w:trPr")).find(qn("w:tblHeader")) is None
    texts = [[c.text for c in row.cells] for row in table.rows]
    assert texts[0] == [c.title for c in COLUMNS]
    assert texts[1:4] == ROWS
    assert texts[4] == TOTAL
    assert all(r.bold for r in table.rows[4].cells[0].paragraphs[0].runs)

    footer_xml = section.footer._element.xml
    assert "PAGE" in footer_xml and "— " in footer_xml

    # 落款: the unit and the date at the end, right-aligned, with room for the seal above.
    tail = [p for p in d.paragraphs if p.text][-2:]
    assert [p.text for p in tail] == ["东村村民委员会", "2026年6月25日"]
    assert all(p.style.paragraph_format.alignment == 2 for p in tail)   # RIGHT
    date_ind = tail[1]._p.pPr.find(qn("w:ind"))
    assert date_ind.get(qn("w:rightChars")) == "400"


def test_docx_landscape_a3_and_two_row_header(tmp_path):
    cols = [Column("seq", "序号", 0.5, "center"), Column("l1", "一级事项"), Column("l2", "二级事项"),
            Column("all", "全社会", 0.6, "center"), Column("spec", "特定群体", 0.6, "center")]
    header = [[HeaderCell("序号", rowspan=2), HeaderCell("公开事项", colspan=2), HeaderCell("公开对象", colspan=2)],
              [HeaderCell("一级事项"), HeaderCell("二级事项"), HeaderCell("全社会"), HeaderCell("特定群体")]]
    doc = Document(title="某某镇基层政务公开标准目录", table=Table(cols, [["1", "涉农补贴", "耕地地力保护补贴", "√", ""]],
                                                                  header_rows=header),
                   page=PageSetup("A3", landscape=True))
    path = tmp_path / "目录.docx"
    write_docx(doc, path)
    d = docx.Document(str(path))
    section = d.sections[0]
    assert section.orientation == 1   # landscape
    assert (round(section.page_width.mm), round(section.page_height.mm)) == (420, 297)
    rows = d.tables[0]._tbl.findall(qn("w:tr"))
    assert all(r.find(qn("w:trPr")).find(qn("w:tblHeader")) is not None for r in rows[:2])
    first = rows[0].findall(qn("w:tc"))
    assert first[1].tcPr.find(qn("w:gridSpan")).get(qn("w:val")) == "2"
    assert first[0].tcPr.find(qn("w:vMerge")).get(qn("w:val")) == "restart"
    assert [c.text for c in d.tables[0].rows[2].cells] == ["1", "涉农补贴", "耕地地力保护补贴", "√", ""]


# --- .xlsx ---------------------------------------------------------------------------------------------------

def test_xlsx_keeps_numbers_as_text_and_money_as_numbers(tmp_path):
    doc = notice()
    doc.footer_left = "某某镇人民政府"
    path = tmp_path / "公示.xlsx"
    write_xlsx(doc, path)
    wb = openpyxl.load_workbook(path)
    ws = wb.active

    assert ws["A1"].value == TITLE
    assert "A1:H1" in {str(r) for r in ws.merged_cells.ranges}
    assert ws["A1"].font.b
    header_row = next(r for r in range(1, ws.max_row + 1) if ws.cell(r, 1).value == "序号")
    assert [ws.cell(header_row, j).value for j in range(1, 9)] == [c.title for c in COLUMNS]
    assert ws.print_title_rows.replace("$", "") == f"{header_row}:{header_row}"

    first = header_row + 1
    assert ws.cell(first, 4).value == "110101********1234" and ws.cell(first, 4).data_type == "s"
    assert ws.cell(first, 8).value == "****1234" and isinstance(ws.cell(first, 8).value, str)
    assert ws.cell(first, 7).value == pytest.approx(386.75)
    assert isinstance(ws.cell(first, 7).value, (int, float, Decimal))
    assert ws.cell(first, 7).number_format == "0.00"
    assert ws.cell(first + 2, 7).value == pytest.approx(1105.00)   # "1,105.00"
    assert ws.cell(first, 1).value == 1
    total = first + len(ROWS)
    assert ws.cell(total, 1).value == "合计" and ws.cell(total, 1).font.b
    assert ws.cell(total, 7).value == pytest.approx(1712.75)

    assert ws.page_setup.fitToWidth == 1 and ws.page_setup.fitToHeight == 0
    assert ws.sheet_properties.pageSetUpPr.fitToPage
    assert ws.page_setup.paperSize == 9 and ws.page_setup.orientation == "portrait"
    assert "&P" in ws.oddFooter.center.text and "&N" in ws.oddFooter.center.text
    assert ws.oddFooter.left.text == "某某镇人民政府"
    values = [ws.cell(r, 1).value for r in range(total + 1, ws.max_row + 1)]
    assert "公示时间：2026年6月26日至2026年7月2日。" in values
    assert values[-2:] == ["东村村民委员会", "2026年6月25日"]


def test_xlsx_two_row_header_is_merged(tmp_path):
    cols = [Column("seq", "序号", 0.5), Column("l1", "一级事项"), Column("l2", "二级事项")]
    header = [[HeaderCell("序号", rowspan=2), HeaderCell("公开事项", colspan=2)],
              [HeaderCell("一级事项"), HeaderCell("二级事项")]]
    doc = Document(title="目录", subtitle_lines=["填报单位：某某镇人民政府"],
                   table=Table(cols, [["1", "涉农补贴", "耕地地力保护补贴"]], header_rows=header),
                   page=PageSetup("A4", landscape=True))
    path = tmp_path / "目录.xlsx"
    write_xlsx(doc, path, sheet_title="标准目录")
    ws = openpyxl.load_workbook(path)["标准目录"]
    assert ws.cell(2, 1).value == "填报单位：某某镇人民政府"
    merged = {str(r) for r in ws.merged_cells.ranges}
    assert {"A3:A4", "B3:C3"} <= merged
    assert ws.print_title_rows.replace("$", "") == "3:4"
    assert ws.page_setup.orientation == "landscape"
    assert [ws.cell(5, j).value for j in range(1, 4)] == ["1", "涉农补贴", "耕地地力保护补贴"]   # a text column


# --- PDF -------------------------------------------------------------------------------------------------------

def _pdftotext(path) -> str:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout


def test_pdf_has_real_text_with_masked_numbers_only(qapp, tmp_path):
    from gkdesk.gui.printing import print_to_pdf

    path = tmp_path / "公示.pdf"
    pages = print_to_pdf(notice(), path)
    assert pages == 1
    assert path.read_bytes().startswith(b"%PDF")
    text = _pdftotext(path)
    assert TITLE in text.replace("\n", "").replace(" ", "")
    assert "村民小组" in text   # 民 is not turned into the radical ⺠ when copied
    assert "110101********1234" in text and "****5678" in text
    assert FULL_ID not in text
    assert "1,712.75" in text
    assert re.search(r"—\s*1\s*—", text)   # the page number


def test_pdf_repeats_the_table_header_on_every_page(qapp, tmp_path):
    from gkdesk.gui.printing import print_to_pdf

    rows = [[str(i), "第一组", "张三", "110101********1234", "3.50", "110.50", "386.75", "****1234"]
            for i in range(1, 91)]
    path = tmp_path / "长名单.pdf"
    pages = print_to_pdf(notice(rows, page=PageSetup("A4", landscape=True)), path)
    assert pages >= 3
    text = _pdftotext(path)
    page_texts = text.split("\f")
    for number, page_text in enumerate(page_texts[:pages], 1):
        assert re.search(rf"—\s*{number}\s*—", page_text)
        if number < pages:
            assert "身份证号" in page_text


def test_print_preview_paints_with_the_same_routine(qtbot, tmp_path):
    from PySide6.QtPrintSupport import QPrinter

    from gkdesk.gui.printing import make_print_preview, paint_document

    doc = notice()
    dialog = make_print_preview(doc)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle().endswith(TITLE)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "preview.pdf"))
    printer.setPageLayout(dialog.printer_ref.pageLayout())
    assert paint_document(doc, printer) == 1
    assert (tmp_path / "preview.pdf").read_bytes().startswith(b"%PDF")


def test_pdf_keeps_the_signature_with_the_last_paragraph(qapp):
    from PySide6.QtGui import QPdfWriter

    from gkdesk.gui.printing import build_text_document, page_layout

    # Whatever the length of the list, the 落款 is never split from the date nor left alone on a page.
    for n in range(4, 22):
        rows = [[str(i), "第一组", "张三", "110101********1234", "3.50", "110.50", "386.75", "****1234"]
                for i in range(1, n + 1)]
        doc = notice(rows)
        writer = QPdfWriter(str(qapp.applicationDirPath()) + "/unused.pdf")   # never painted on, never written
        writer.setResolution(600)
        writer.setPageLayout(page_layout(doc))
        td = build_text_document(doc, writer, grid=False)
        layout, height = td.documentLayout(), td.pageSize().height()

        def page_of(block, edge="top", layout=layout, height=height):
            rect = layout.blockBoundingRect(block)
            return int((rect.top() if edge == "top" else rect.bottom() - 1) // height)

        date = td.lastBlock()
        unit = date.previous()
        last_paragraph = td.find("监督举报电话").block()
        assert (date.text(), unit.text()) == ("2026年6月25日", "东村村民委员会")
        # (at least the end of the last paragraph stands on the page of the 落款)
        assert page_of(date) == page_of(unit) == page_of(last_paragraph, "bottom"), n


@pytest.mark.parametrize("suffix", ["docx", "xlsx", "pdf"])
def test_documents_without_rows_or_without_a_table_render(qapp, tmp_path, suffix):
    from gkdesk.gui.printing import print_to_pdf

    writer = {"docx": write_docx, "xlsx": write_xlsx, "pdf": print_to_pdf}[suffix]
    empty = notice([])
    empty.table.total_row = None
    writer(empty, tmp_path / f"empty.{suffix}")
    form = Document(title="某某镇2026年6月政策解读报备表", subtitle_lines=["填报单位：某某镇人民政府  报送月份：2026年6月"],
                    paragraphs_before=["本月无政策解读。"], signature_lines=["某某镇人民政府"],
                    signature_date="2026年7月3日", page=PageSetup("A4", landscape=True))
    writer(form, tmp_path / f"form.{suffix}")
    assert (tmp_path / f"empty.{suffix}").stat().st_size > 0 and (tmp_path / f"form.{suffix}").stat().st_size > 0


# --- the guard in every renderer ------------------------------------------------------------------------------

def _write_pdf(doc, path):
    from gkdesk.gui.printing import print_to_pdf

    print_to_pdf(doc, path)


@pytest.mark.parametrize("suffix, writer", [("docx", write_docx), ("xlsx", write_xlsx), ("pdf", _write_pdf)])
def test_full_id_on_a_public_notice_is_refused_and_nothing_is_written(qapp, tmp_path, suffix, writer):
    path = tmp_path / f"公示.{suffix}"
    with pytest.raises(PrivacyError):
        writer(leaked_notice(), path)
    assert not path.exists()
    assert list(tmp_path.iterdir()) == []   # no temporary file left behind either


def test_refused_output_leaves_the_previous_file_untouched(tmp_path):
    path = tmp_path / "公示.docx"
    write_docx(notice(), path)
    before = path.read_bytes()
    with pytest.raises(PrivacyError):
        write_docx(leaked_notice(), path)
    assert path.read_bytes() == before
