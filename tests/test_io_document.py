"""One document model, three renderers: what the clerk gets in the .docx, the .xlsx and the PDF, and what the
privacy guard refuses to let out."""
from __future__ import annotations

import re
import subprocess
from dataclasses import dataclass, replace
from decimal import Decimal
from itertools import pairwise

import docx
import external
import openpyxl
import pytest
from docx.enum.text import WD_ALIGN_PARAGRAPH
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


def test_a_refusal_quotes_a_title_laid_out_on_two_lines_on_one_line():
    two_lines = "关于东村\n2026年耕地地力保护补贴发放情况的公示"
    rows = [list(r) for r in ROWS]
    rows[0][7] = "****91234"
    for doc in (replace(leaked_notice(), title=two_lines), notice(rows, title=two_lines),
                notice(paragraphs_before=["请联系张三13812345678。"], title=two_lines)):
        with pytest.raises(PrivacyError) as info:
            ensure_public_safe(doc)
        message = str(info.value)
        assert message.startswith("关于东村2026年耕地地力保护补贴发放情况的公示") and "\n" not in message


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



# --- .docx ---------------------------------------------------------------------------------------------------

def _east_asia(style) -> str | None:
    rfonts = style.element.rPr.find(qn("w:rFonts"))
    return rfonts.get(qn("w:eastAsia"))


def test_docx_has_the_notice_in_gb_t_9704_layout(tmp_path):
    path = tmp_path / "公示.docx"
    write_docx(notice(), path)
    d = docx.Document(str(path))

    # the title in two lines, broken after the year: no line under four characters
    assert d.paragraphs[0].text == "关于东村2026年\n耕地地力保护补贴发放情况的公示"
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
    assert [t.replace("\n", "") for t in texts[0]] == [c.title for c in COLUMNS]   # titles broken between words
    assert "村民小\n组" not in texts[0]
    # 面积 in one count of decimals, the most any value needs (3.50, 2.00, 10.00: one)
    assert texts[1:4] == [[*r[:4], area, *r[5:]] for r, area in zip(ROWS, ("3.5", "2.0", "10.0"))]
    # 合计 is merged over the four empty cells after it, as a clerk does in Word.
    total_cells = rows[4].findall(qn("w:tc"))
    assert _span(total_cells[0]) == 4
    assert [_cell_text(tc) for tc in total_cells] == ["合计", "15.5", "", "1,712.75", ""]
    assert all(r.bold for r in table.rows[4].cells[0].paragraphs[0].runs)

    footer_xml = section.footer._element.xml
    assert "PAGE" in footer_xml and "— " in footer_xml

    # 落款: the date 右空四字, the unit (7 characters) centred over the date (6.5 characters: digits are
    # half-width), two lines of room for the seal above; right-aligned in the borderless closing row across
    # the table (as wide as the text).
    unit, date = _signature_paragraphs(d)
    assert (unit.text, date.text) == ("东村村民委员会", "2026年6月25日")
    assert all(p.style.paragraph_format.alignment == WD_ALIGN_PARAGRAPH.RIGHT for p in (unit, date))
    assert date.paragraph_format.right_indent.pt == 4 * 16
    assert unit.paragraph_format.right_indent.pt == pytest.approx((4 + 6.5 / 2 - 7 / 2) * 16)
    assert unit.paragraph_format.space_before.pt == 2 * 28
    closing = rows[-1].findall(qn("w:tc"))
    assert len(closing) == 1 and _span(closing[0]) == len(COLUMNS)
    text_width_twips = section.page_width.twips - section.left_margin.twips - section.right_margin.twips
    assert int(table._tbl.tblPr.find(qn("w:tblW")).get(qn("w:w"))) == pytest.approx(text_width_twips, abs=10)
    assert all(b.get(qn("w:val")) == "nil" for b in closing[0].tcPr.find(qn("w:tcBorders"))
               if b.tag != qn("w:top"))


def _span(tc) -> int:
    span = tc.tcPr.find(qn("w:gridSpan")) if tc.tcPr is not None else None
    return 1 if span is None else int(span.get(qn("w:val")))


def _cell_text(tc) -> str:
    return "".join(tc.xpath(".//w:t/text()"))


def _docx_table_layout(path) -> tuple[float, list[float]]:
    """(the table text size in points, the inner width of each column in points: grid width less the cell
    margins) of the first table in a .docx."""
    d = docx.Document(str(path))
    size = d.styles["表格文字"].font.size.pt
    assert d.styles["表格标题行"].font.size.pt == size
    tbl = d.tables[0]._tbl
    grid = [int(c.get(qn("w:w"))) for c in tbl.find(qn("w:tblGrid")).findall(qn("w:gridCol"))]
    margins = sum(int(tbl.tblPr.find(qn("w:tblCellMar")).find(qn(f"w:{side}")).get(qn("w:w")))
                  for side in ("left", "right"))
    return size, [(w - margins) / 20 for w in grid]


# A notice with the columns of a full program: 10 columns, 4-character names, a total under 姓名.
WIDE_COLUMNS = [
    Column("seq", "序号", 0.6, "center"), Column("group", "村民小组", 1.0, "center"),
    Column("name", "姓名", 1.0, "center"), Column("id", "身份证号", 2.2, "center", "id"),
    Column("area", "面积(亩)", 1.0, "right", "number"), Column("standard", "补贴标准(元/亩)", 1.1, "right", "money"),
    Column("amount", "补贴金额(元)", 1.2, "right", "money"), Column("account", "账号", 1.2, "center", "account"),
    Column("phone", "联系电话", 1.4, "center", "phone"), Column("remark", "备注", 1.2),
]
WIDE_NAMES = ["张三", "欧阳秀英", "李四", "王小明", "司马相如"]


def wide_notice(n: int = 5, **changes) -> Document:
    rows = [[str(i + 1), "第一组", WIDE_NAMES[i % 5], f"130123********{i:04d}", "20.01", "105.60", "2113.06",
             "****8901", "138****0000", "新增" if i == 0 else ""] for i in range(n)]
    total = ["合计", "", f"{n}人", "", "100.05", "", "10565.30", "", "", ""]
    return notice(table=Table(list(WIDE_COLUMNS), rows, total_row=total),
                  signature_lines=["东风镇人民政府", "东风村村民委员会"], signature_date="2026年9月28日", **changes)


def _one_line_pt(text: str, size: float, digit_em: float = 0.5) -> float:
    """Printed width of ``text`` at ``size``: CJK 1 em, digits ``digit_em`` (宋体 0.5, fallback fonts more), * half
    an em, . a third."""
    return sum(size * (1.0 if ord(ch) > 0x2E7F else 0.34 if ch == "." else 0.5 if ch == "*" else digit_em)
               for ch in text)


@pytest.mark.parametrize("page", [PageSetup("A4"), PageSetup("A4", True, large_print=True), PageSetup("A4", True),
                                  PageSetup("A3")])
def test_docx_names_numbers_and_the_total_label_stay_on_one_line(tmp_path, page):
    # Ten columns on A4 portrait used to squeeze 姓名 to 5 mm (欧阳秀英 in four lines) and 合计 in two lines.
    path = tmp_path / "公示.docx"
    write_docx(wide_notice(page=page), path)
    size, inner = _docx_table_layout(path)
    floor, cap = page.table_pt_range()
    assert floor <= size <= cap
    if page.large_print:
        assert size >= 14
    assert inner[2] >= _one_line_pt("欧阳秀英", size)
    assert inner[3] >= _one_line_pt("130123********0004", size, digit_em=0.6)
    assert inner[6] >= _one_line_pt("10565.30", size, digit_em=0.6) * 1.05   # bold
    assert inner[8] >= _one_line_pt("138****0000", size, digit_em=0.6)
    # 合计 spans 序号 and 村民小组 (5人 stands under 姓名): the two together hold it in bold.
    tbl = docx.Document(str(path)).tables[0]._tbl
    total = tbl.findall(qn("w:tr"))[-2].findall(qn("w:tc"))   # the last row is the closing block
    assert _span(total[0]) == 2 and _cell_text(total[0]) == "合计"
    assert inner[0] + inner[1] >= _one_line_pt("合计", size) * 1.05


def test_large_print_that_does_not_fit_the_paper_is_refused_naming_the_paper_that_will_do(tmp_path):
    # Ten columns cannot be set at 14 pt on A4 portrait: nothing is written, and the sentence names A4 landscape.
    from gkdesk.io.layout import LayoutError

    for writer, name in ((write_docx, "公示.docx"), (write_xlsx, "名单.xlsx")):
        with pytest.raises(LayoutError, match="大字版的表格在A4纵向纸上放不下.*请改用A4横向纸"):
            writer(wide_notice(page=PageSetup("A4", large_print=True)), tmp_path / name)
        assert not (tmp_path / name).exists()


def test_docx_total_label_without_empty_cell_after_it_gets_a_first_column_wide_enough(tmp_path):
    doc = wide_notice()
    doc.table.total_row[1] = "2组"   # nothing to merge with
    path = tmp_path / "公示.docx"
    write_docx(doc, path)
    size, inner = _docx_table_layout(path)
    total = docx.Document(str(path)).tables[0]._tbl.findall(qn("w:tr"))[-2].findall(qn("w:tc"))
    assert len(total) == 10 and _span(total[0]) == 1
    assert inner[0] >= _one_line_pt("合计", size) * 1.05


def _signature_paragraphs(d) -> list:
    """The paragraphs of the 落款, wherever they stand (the closing row of the table, or a table of their own)."""
    from docx.text.paragraph import Paragraph

    return [Paragraph(p, d._body) for p in d.element.body.iter(qn("w:p"))
            if p.pPr is not None and p.pPr.pStyle is not None and p.pPr.pStyle.val == "GkSignature"]


def test_docx_keeps_the_closing_block_with_the_last_rows_of_the_table(tmp_path):
    path = tmp_path / "公示.docx"
    write_docx(wide_notice(), path)
    d = docx.Document(str(path))
    # The closing lines, the room for the seal, the names and the date are the table's last row, which cannot
    # break across pages; the two rows above it and the 合计 keep with it: they move to the next page together.
    # (As a row, because LibreOffice keeps rows together but lets a chain of kept paragraphs after a table
    # fall apart: the closing lines went alone to the last page of a 300-row list.)
    assert [p.text for p in _signature_paragraphs(d)] == ["东风镇人民政府", "东风村村民委员会", "2026年9月28日"]
    rows = d.tables[0]._tbl.findall(qn("w:tr"))
    closing = rows[-1]
    assert closing.trPr.find(qn("w:cantSplit")) is not None
    texts = [p.text for p in d.tables[0].rows[-1].cells[0].paragraphs]
    assert texts[1:4] == ["公示时间：2026年6月26日至2026年7月2日。", "如有异议，请于公示期内向东村村民委员会或某某镇人民政府反映。",
                          "监督举报电话：某某镇人民政府 0483-8222222；县农业农村局 0483-8211111。"]
    kept = [all(p.pPr.find(qn("w:keepNext")) is not None for p in tr.iter(qn("w:p"))) for tr in rows[1:-1]]
    assert kept == [False, False, False, True, True, True]   # 5 rows and 合计: the last two rows and 合计 keep
    # The document's closing paragraph is 1 pt high: it never needs a page of its own.
    end = d.paragraphs[-1]
    assert end.text == "" and end.paragraph_format.line_spacing.pt == 1


def _pdf_pages(pdf) -> list[str]:
    """The text of each page, spaces removed."""
    text = external.pdftotext(pdf)
    return ["".join(page.split()) for page in text.split("\f") if page.strip()]


def _libreoffice_pdfs(paths, out_dir) -> None:
    external.need("soffice", "pdftotext")
    external.libreoffice_convert(paths, out_dir)


def test_docx_signature_stays_on_the_page_of_the_last_paragraph_in_libreoffice(tmp_path):
    # 5 rows fit on one page with the 落款; longer lists put the last paragraph and the whole 落款 on one page
    # (LibreOffice used to leave the date, or the village's name and the date, alone on the next page).
    sizes = range(5, 15)
    paths = []
    for n in sizes:
        paths.append(tmp_path / f"公示{n}.docx")
        write_docx(wide_notice(n), paths[-1])
    _libreoffice_pdfs(paths, tmp_path)
    for n in sizes:
        pages = _pdf_pages(tmp_path / f"公示{n}.pdf")
        if n == 5:
            assert len(pages) == 1
        (page,) = [p for p in pages if "东风镇人民政府" in p]
        assert "监督举报电话" in page and "东风村村民委员会" in page and "2026年9月28日" in page, n

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
    assert [ws.cell(header_row, j).value.replace("\n", "") for j in range(1, 9)] == [c.title for c in COLUMNS]
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


@dataclass(frozen=True)
class DenseFormPage(PageSetup):
    """A page whose table is set in 小五 at most, as the 报备表 asks (interp.FormPage)."""

    landscape: bool = True

    def table_pt_range(self) -> tuple[float, float]:
        return 7.5, 9.0


@pytest.mark.parametrize("page", [PageSetup("A4"), PageSetup("A4", True, large_print=True), DenseFormPage()])
def test_xlsx_table_is_set_in_the_plans_table_size_with_every_row_height_stored(tmp_path, page):
    from gkdesk.io.layout import plan_page

    path = tmp_path / "表.xlsx"
    doc = notice(page=page)
    size = plan_page(doc).sizes.table_pt
    write_xlsx(doc, path)
    ws = openpyxl.load_workbook(path).active
    header = next(r for r in range(1, ws.max_row + 1) if ws.cell(r, 1).value == "序号")
    total = header + len(ROWS) + 1
    table_cells = [ws.cell(r, j) for r in range(header, total + 1) for j in (1, 4, 7) if ws.cell(r, j).value]
    assert {c.font.sz for c in table_cells} == {size}
    if page.large_print:
        assert size >= 14
    # Every row of the table has a stored height (the sheet's default for one-line rows): LibreOffice and Excel
    # would not grow them on opening.
    assert ws.sheet_format.customHeight and ws.sheet_format.defaultRowHeight >= size * 1.5
    assert all((ws.row_dimensions[r].height or ws.sheet_format.defaultRowHeight) >= size * 1.5
               for r in range(header, total + 1))
    # 合计 spans the four empty cells after it, centred.
    assert f"A{total}:D{total}" in {str(r) for r in ws.merged_cells.ranges}
    assert ws.cell(total, 1).value == "合计" and ws.cell(total, 1).alignment.horizontal == "center"


def test_xlsx_sheet_is_never_wider_than_the_paper_so_fitting_it_to_the_page_shrinks_nothing(tmp_path):
    # The large-print sheet used to be wider than the paper: printing it one page wide made its 14 pt smaller
    # than the normal sheet's text. Now every sheet is laid out within the text block.
    for name, page in (("normal", PageSetup("A4")), ("large", PageSetup("A4", True, large_print=True)),
                       ("dense", DenseFormPage(landscape=False))):
        write_xlsx(wide_notice(page=page), tmp_path / f"{name}.xlsx")
        ws = openpyxl.load_workbook(tmp_path / f"{name}.xlsx").active
        units = sum(ws.column_dimensions[chr(65 + j)].width for j in range(len(WIDE_COLUMNS)))
        mm = sum((w * 7 + 5) * 25.4 / 96 for w in (ws.column_dimensions[chr(65 + j)].width
                                                   for j in range(len(WIDE_COLUMNS))))
        assert units > 0 and mm <= page.text_width_mm(), name


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
    return external.pdftotext(path)


def test_pdf_has_real_text_with_masked_numbers_only(qapp, tmp_path):
    from gkdesk.gui.printing import print_to_pdf

    path = tmp_path / "公示.pdf"
    pages = print_to_pdf(notice(), path)
    assert pages == 1
    assert path.read_bytes().startswith(b"%PDF")
    text = _pdftotext(path)
    assert TITLE in text.replace("\n", "").replace(" ", "")
    assert "村民" in text and "小组" in text   # 民 is not turned into the radical ⺠ when copied
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


def test_pdf_keeps_the_signature_on_the_page_of_the_last_paragraph_whatever_the_length(qapp, tmp_path):
    """The 落款 (names and date) is never split and never stands alone. With 34 rows in landscape the date's line
    would cross the page's foot and move down inside its block, which the block's rectangle does not show: the
    date then stood alone on page 2. The neighbouring lengths guard against small differences in fonts."""
    from gkdesk.gui.printing import print_to_pdf

    row = ["1", "第一组", "张三", "110101********1234", "3.50", "110.50", "386.75", "****1234"]
    for n in (1, 5, *range(30, 38)):
        path = tmp_path / f"{n}.pdf"
        print_to_pdf(notice([row] * n, page=PageSetup("A4", landscape=True),
                            signature_lines=["某某镇人民政府", "东村村民委员会"]), path)
        pages = _pdf_pages(path)
        with_date = [text for text in pages if "2026年6月25日" in text]
        assert len(with_date) == 1 and "监督举报电话" in with_date[0], (n, pages[-1])
        assert "某某镇人民政府东村村民委员会2026年6月25日" in with_date[0], (n, with_date[0])


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


def _pages(qapp, doc):
    """The Qt renderer's own layout of ``doc`` on a 600 dpi PDF page (nothing painted, nothing written)."""
    from PySide6.QtGui import QPdfWriter

    from gkdesk.gui.printing import lay_out, page_layout

    writer = QPdfWriter(str(qapp.applicationDirPath()) + "/unused.pdf")   # never painted on, never written
    writer.setResolution(600)
    writer.setPageLayout(page_layout(doc))
    return lay_out(doc, writer)


def test_pdf_keeps_the_closing_block_together_with_the_last_rows(qapp):
    # Whatever the length of the list, the closing lines and the 落款 stand on one page, with the end of the
    # table: never a page of closing lines alone.
    for n in range(4, 40):
        rows = [[str(i), "第一组", "张三", "110101********1234", "3.50", "110.50", "386.75", "****1234"]
                for i in range(1, n + 1)]
        pages = _pages(qapp, notice(rows))
        last = pages.kinds(pages.count - 1)
        assert last.count("sig") == 2 and last.count("after") >= 3, n
        assert "row" in last and "total" in last, (n, last)
        assert all("sig" not in pages.kinds(p) for p in range(pages.count - 1)), n


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


def _gray_page(pdf, page: int = 1, dpi: int = 150) -> list[bytes]:
    """The page as rows of grey pixels (0 black … 255 white), as poppler renders it."""
    (pdftoppm,) = external.need("pdftoppm")
    pgm = subprocess.run([pdftoppm, "-gray", "-r", str(dpi), "-f", str(page), "-l", str(page), str(pdf)],
                         capture_output=True, check=True).stdout
    _magic, width, height, _maxval, data = pgm.split(maxsplit=4)
    width, height = int(width), int(height)
    return [data[y * width:(y + 1) * width] for y in range(height)]


def _horizontal_rules(pixels: list[bytes]) -> list[list[int]]:
    """The table's horizontal lines, top to bottom: pixel rows dark across more than half the page (text never
    is), adjacent ones joined into one line."""
    rules: list[list[int]] = []
    for y, row in enumerate(pixels):
        if sum(v < 128 for v in row) > len(row) / 2:
            if rules and rules[-1][-1] == y - 1:
                rules[-1].append(y)
            else:
                rules.append([y])
    return rules


def _vertical_rules_crossed(row: bytes) -> int:
    """How many dark runs (vertical lines) a row of pixels crosses."""
    count, dark = 0, False
    for v in row:
        if v < 220 and not dark:
            count += 1
        dark = v < 220
    return count


def test_pdf_ten_columns_in_portrait_keep_names_and_the_total_label_on_one_line(qapp, tmp_path):
    # The PDF used to keep Qt's share of the width by weights: 姓名 wrapped into four lines (欧/阳/秀/英) and 合计
    # into two in the narrow 序号 column. It now has the .docx's column widths and table size.
    from gkdesk.gui import printing

    doc = wide_notice(5)
    path = tmp_path / "公示.pdf"
    printing.print_to_pdf(doc, path)
    text = _pdftotext(path)
    for i, name in enumerate(WIDE_NAMES):
        line = next((ln for ln in text.splitlines() if name in ln), "")
        assert f"130123********{i:04d}" in line and "138****0000" in line, (name, text)
    (total,) = [ln for ln in text.splitlines() if "合计" in ln]
    assert "5人" in total and "100.05" in total and "10565.30" in total
    # 五号 would not hold them side by side on A4 portrait: the table is set smaller, as in the .docx
    assert 7.5 <= printing.table_font_pt(doc) < 10.5


@pytest.mark.parametrize("doc, span", [(wide_notice(5), 2), (notice(), 4)])
def test_pdf_total_label_is_merged_over_the_empty_cells_after_it(qapp, tmp_path, doc, span):
    from gkdesk.gui.printing import print_to_pdf

    assert doc.table.total_label_span() == span
    path = tmp_path / "公示.pdf"
    print_to_pdf(doc, path)
    pixels = _gray_page(path)
    rules = _horizontal_rules(pixels)
    # Just under the top line of the last row and of the total row (in the cells' padding, above the text): the
    # total row is crossed by the lines of the merged cells' outer edges only.
    last_row = _vertical_rules_crossed(pixels[rules[-3][-1] + 2])
    total_row = _vertical_rules_crossed(pixels[rules[-2][-1] + 2])
    assert last_row == len(doc.table.columns) + 1
    assert total_row == last_row - (span - 1)


def test_pdf_draws_each_rule_of_the_table_once(qapp, tmp_path):
    # Each row's bottom line and the next row's top line used to be drawn about 0.85 mm apart (blockBoundingRect
    # ends at the natural height of Noto's line, not at the table's shorter line): double lines at 150 dpi.
    from gkdesk.gui.printing import print_to_pdf

    path = tmp_path / "公示.pdf"
    print_to_pdf(notice([ROWS[0]] * 5), path)
    rules = _horizontal_rules(_gray_page(path))
    # the header's top and bottom, the bottom of each of the 5 rows and of the total row
    assert len(rules) == 1 + 1 + 5 + 1, [r[0] for r in rules]
    assert all(len(rule) <= 2 for rule in rules)
    tops = [rule[0] for rule in rules]
    assert min(b - a for a, b in pairwise(tops)) > 20   # a row is ~5 mm: 30 pixels

    # A long list: the same on every page, under the repeated header too.
    rows = [[str(i), "第一组", "张三", "110101********1234", "3.50", "110.50", "386.75", "****1234"]
            for i in range(1, 61)]
    path = tmp_path / "长名单.pdf"
    assert print_to_pdf(notice(rows), path) >= 2
    for page in (1, 2):
        tops = [rule[0] for rule in _horizontal_rules(_gray_page(path, page))]
        assert len(tops) > 10 and min(b - a for a, b in pairwise(tops)) > 20, (page, tops)


@pytest.mark.parametrize("page", [PageSetup("A4"), PageSetup("A4", True)])
def test_pdf_five_row_notice_with_two_signatures_fits_one_page(qapp, tmp_path, page):
    # As the .docx does in LibreOffice (test_docx_signature_stays_on_the_page_of_the_last_paragraph_in_libreoffice):
    # the PDF took two pages, the names wrapping in four lines and the 落款 alone on page 2.
    from gkdesk.gui.printing import print_to_pdf

    path = tmp_path / "公示.pdf"
    assert print_to_pdf(wide_notice(5, page=page), path) == 1
    (text,) = _pdf_pages(path)
    assert "农村局0483-8211111。东风镇人民政府东风村村民委员会2026年9月28日" in text


def test_pdf_spaces_the_title_and_the_gap_under_the_table_as_the_docx(qapp):
    # The .docx sets the title's lines at exactly 35 pt with a blank line of 28 pt under it, and half a line
    # (14 pt) under the table: the PDF places its blocks at the same heights.
    pages = _pages(qapp, wide_notice(5))
    pt = 600 / 72
    blocks = pages.pages[0]
    kinds = [b.kind for _top, b in blocks]
    first_body = kinds.index("body")
    titles = kinds.count("title")
    assert blocks[first_body][0] == pytest.approx((titles * 35 + 28) * pt, abs=pt)
    total = kinds.index("total")
    after = kinds.index("after")
    assert blocks[after][0] - (blocks[total][0] + blocks[total][1].height) == pytest.approx(14 * pt, abs=pt)


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


# ---- letters: the addressee above the body and the 附注 under the date (issue 14) -----------------------------------

def _letter(**kw) -> Document:
    values = {"title": "政府信息公开申请答复书", "subtitle_lines": ["东政依申〔2026〕3号"], "subtitle_align": "center",
              "addressee": "张三：", "paragraphs_before": ["本机关于2026年9月25日收到您提出的申请。"],
              "signature_lines": ["东风镇人民政府"], "signature_date": "2026年11月20日", "seal_space": True,
              "notes": ["（联系人：李明，联系电话：0311-8123456）"]}
    values.update(kw)
    return Document(**values)


def test_a_letter_has_its_addressee_flush_left_and_its_note_under_the_date(tmp_path):
    path = tmp_path / "letter.docx"
    write_docx(_letter(), path)
    d = docx.Document(str(path))
    addressee = d.paragraphs[2]
    assert addressee.text == "张三：" and addressee.paragraph_format.first_line_indent == 0
    cell = d.tables[-1].rows[0].cells[0]   # the 落款: unit, date, then the 附注 two characters from the left
    assert [p.text for p in cell.paragraphs] == ["东风镇人民政府", "2026年11月20日", "（联系人：李明，联系电话：0311-8123456）"]
    ind = cell.paragraphs[2]._p.pPr.find(qn("w:ind"))
    assert ind.get(qn("w:leftChars")) == "200" and ind.get(qn("w:firstLine")) == "0"
    ws = openpyxl.load_workbook(_xlsx(tmp_path, _letter())).active
    assert [c.value for c in ws["A"] if c.value][-1] == "（联系人：李明，联系电话：0311-8123456）"


def _xlsx(tmp_path, doc):
    path = tmp_path / "letter.xlsx"
    write_xlsx(doc, path)
    return path


def test_the_privacy_guard_reads_the_addressee_and_the_note():
    from gkdesk.io.document import ensure_public_safe

    with pytest.raises(PrivacyError, match="附注"):
        ensure_public_safe(_letter(public=True, notes=["（身份证号：130123199003071235）"]))
    with pytest.raises(PrivacyError, match="主送"):
        ensure_public_safe(_letter(public=True, addressee="130123199003071235："))
