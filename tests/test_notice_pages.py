"""Every variant of a notice, on its pages: A4 and A3, portrait and landscape, normal and large print, lists of 5,
34 and 300 rows, with and without columns left empty by the list; rendered to PDF by the program (Qt) and, for a
few, to .docx laid out by LibreOffice. What a clerk would see on the board is asserted on the pages' text and
geometry (pdftotext -bbox): a short list on one page, never a page with the closing lines alone, titles in lines
of four characters or more, one count of decimals a column, no placeholder, no empty column, rows of one height.

The notices are built once through the services (a module's database) and rendered once; the asserts share
the files. LibreOffice converts its few files in one call."""
from __future__ import annotations

import datetime as dt
import itertools
import re
import statistics
import subprocess
import xml.etree.ElementTree as ET
from dataclasses import dataclass, replace
from decimal import Decimal
from pathlib import Path

import external
import pytest
from openpyxl import Workbook

from gkdesk.domain.idnumber import check_char
from gkdesk.io.document import Document, PageSetup
from gkdesk.io.docx_writer import write_docx
from gkdesk.io.layout import LayoutError, checked_plan, plan_page, suggest_page
from gkdesk.paths import DataFolder
from gkdesk.services import notice, settings, subsidy
from gkdesk.services import subsidy_import as si
from gkdesk.store.db import open_database

ROWS = (5, 34, 300)
PAGES = {f"{paper}{'横' if landscape else '纵'}{'大' if large else ''}": PageSetup(paper, landscape, large)
         for paper in ("A4", "A3") for landscape in (False, True) for large in (False, True)}
QUANTITIES = ("4.6", "18", "21.02")     # one, none and two decimals in the file: shown with two on the notice
SIGN_DATE = "2026年9月28日"
VILLAGES = ("东风村", "红旗村", "前进村", "新华村", "团结村", "胜利村")
# Laid out by LibreOffice too: every 5-row variant, and the long list in its usual and in its large layout.
LIBREOFFICE = {(5, empty, name) for empty in (False, True) for name in PAGES} | {
    (300, False, "A4纵"), (300, True, "A4横大")}


def make_id(n: int) -> str:
    body = f"130123{dt.date(1950, 1, 1) + dt.timedelta(days=53 * n):%Y%m%d}{n % 1000:03d}"
    return body + check_char(body)


def write_list(path: Path, n: int, empty: bool) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.append(["序号", "村民小组", "姓名", "身份证号", "面积(亩)", "补贴标准", "补贴金额", "银行账号", "备注"])
    for i in range(n):
        q = QUANTITIES[i % 3]
        amount = (Decimal(q) * Decimal("105.60")).quantize(Decimal("0.01"))
        ws.append([i + 1, "" if empty else f"第{i % 4 + 1}组", f"村民{i + 1}", make_id(i + 1), q, "105.60",
                   str(amount), f"62170000{i:04d}4567890", "" if empty or i % 7 else "新增"])
    wb.save(path)
    return path


@dataclass
class Variant:
    rows: int
    empty: bool
    name: str
    doc: Document
    pdf: Path
    refused: str = ""          # the sentence large print was refused with on the page asked for
    libreoffice: Path | None = None


@pytest.fixture(scope="module")
def variants(tmp_path_factory, qapp) -> dict[tuple[int, bool, str], Variant]:
    from gkdesk.gui.printing import print_to_pdf

    tmp = tmp_path_factory.mktemp("notice-pages")
    db = open_database(DataFolder(tmp / "data"), start_backup=False)
    with db.transaction() as s:
        settings.save_unit(s, "东风镇", county="示范县", phone="0311-8123456")
        settings.save_villages(s, [(v, ["第1组", "第2组", "第3组", "第4组"]) for v in VILLAGES])
        subsidy.ensure_default_programs(s)
        for program_ in subsidy.programs(s):   # numbers of its own, as a clerk may type
            program_.phones = "镇党政办 0311-8123456；示范县农业农村局 0311-8000001"
    built: dict[tuple[int, bool], Document] = {}
    villages = iter(VILLAGES)
    for n in ROWS:
        for empty in (False, True):
            source = write_list(tmp / f"{n}-{empty}.xlsx", n, empty)
            bid, result = si.import_file(db, source, "耕地地力保护补贴", next(villages), "2026年度",
                                         today=dt.date(2026, 9, 20))
            assert bid is not None, result.problems
            with db.transaction() as s:
                subsidy.review(s, bid, "王强", dt.date(2026, 9, 26))
                subsidy.publish(s, bid, dt.date(2026, 9, 28))
            with db.session() as s:
                built[(n, empty)] = notice.build_notice(s, bid)
    db.close()
    out: dict[tuple[int, bool, str], Variant] = {}
    to_lay_out = []
    for (n, empty), doc in built.items():
        for name, page in PAGES.items():
            asked = replace(doc, page=page)
            refused = ""
            try:
                checked_plan(asked)
            except LayoutError as exc:
                refused = str(exc)
                asked = replace(doc, page=suggest_page(asked))
            key = (n, empty, name)
            pdf = tmp / f"qt-{n}-{int(empty)}-{name}.pdf"
            print_to_pdf(asked, pdf)
            out[key] = Variant(n, empty, name, asked, pdf, refused)
            if key in LIBREOFFICE:
                docx = tmp / f"lo-{n}-{int(empty)}-{name}.docx"
                write_docx(asked, docx)
                to_lay_out.append(docx)
                out[key].libreoffice = docx.with_suffix(".pdf")
    external.libreoffice_convert(to_lay_out, tmp)
    return out


# --- reading the pages back -----------------------------------------------------------------------------------------

@dataclass
class Word:
    page: int
    x: float
    y: float
    height: float
    text: str


def words(pdf: Path) -> list[Word]:
    (tool,) = external.need("pdftotext")
    html = subprocess.run([tool, "-bbox", "-enc", "UTF-8", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout
    root = ET.fromstring(re.sub(r"<!DOCTYPE[^>]*>", "", html).replace('xmlns="http://www.w3.org/1999/xhtml"', ""))
    out = []
    for number, page in enumerate(root.iter("page")):
        for w in page.iter("word"):
            y0, y1 = float(w.get("yMin")), float(w.get("yMax"))
            out.append(Word(number, float(w.get("xMin")), y0, y1 - y0, w.text or ""))
    return out


def lines_of(ws: list[Word], page: int) -> list[str]:
    """The page's lines, top to bottom: words whose tops are within 2 pt, left to right."""
    rows: list[list[Word]] = []
    for w in sorted((w for w in ws if w.page == page), key=lambda w: (w.y, w.x)):
        if rows and abs(rows[-1][0].y - w.y) < 2:
            rows[-1].append(w)
        else:
            rows.append([w])
    return ["".join(w.text for w in sorted(r, key=lambda w: w.x)) for r in rows]


ID_WORD = re.compile(r"^130123\*{8}\d{3}[\dX]$")


def pdfs(variants, libreoffice: bool):
    for key, v in variants.items():
        pdf = v.libreoffice if libreoffice else v.pdf
        if pdf is not None:
            yield key, v, pdf


@pytest.fixture(scope="module")
def read(variants):
    cache: dict[Path, list[Word]] = {}

    def get(pdf: Path) -> list[Word]:
        if pdf not in cache:
            cache[pdf] = words(pdf)
        return cache[pdf]

    return get


RENDERERS = [pytest.param(False, id="pdf"), pytest.param(True, id="word-in-libreoffice")]


# --- the asserts ---------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("libreoffice", RENDERERS)
def test_a_five_row_a4_portrait_notice_is_one_page(variants, read, libreoffice):
    for empty in (False, True):
        v = variants[(5, empty, "A4纵")]
        pdf = v.libreoffice if libreoffice else v.pdf
        assert max(w.page for w in read(pdf)) == 0, pdf.name


@pytest.mark.parametrize("libreoffice", RENDERERS)
def test_no_page_holds_the_closing_lines_without_the_end_of_the_table(variants, read, libreoffice):
    for _key, v, pdf in pdfs(variants, libreoffice):
        ws = read(pdf)
        last = max(w.page for w in ws)
        date_pages = {page for page in range(last + 1) if any(line.endswith(SIGN_DATE)
                                                                for line in lines_of(ws, page)[1:])}
        assert date_pages == {last}, pdf.name
        # the page of the 落款 holds the 合计 and at least one row of the list
        on_last = [w for w in ws if w.page == last]
        assert any(ID_WORD.match(w.text) for w in on_last), pdf.name
        assert any(line.startswith("合计") for line in lines_of(ws, last)), pdf.name


@pytest.mark.parametrize("libreoffice", RENDERERS)
def test_title_lines_have_four_characters_or_more(variants, read, libreoffice):
    for _key, v, pdf in pdfs(variants, libreoffice):
        lines = lines_of(read(pdf), 0)
        first_body = next(i for i, line in enumerate(lines) if line.startswith("根据"))
        title = lines[:first_body]
        assert "".join(title) == v.doc.title, (pdf.name, title)
        assert all(len(line) >= 4 for line in title), (pdf.name, title)


@pytest.mark.parametrize("libreoffice", RENDERERS)
def test_numbers_placeholders_and_empty_columns(variants, read, libreoffice):
    for (n, empty, _name), v, pdf in pdfs(variants, libreoffice):
        ws = read(pdf)
        text = "\n".join(w.text for w in ws)
        # one count of decimals: the file's 4.6 and 18 stand as 4.60 and 18.00, as 21.02 needs; every number
        # with decimals (quantities, standards, amounts) has two
        decimals = {w.text for w in ws if re.fullmatch(r"[\d,]+\.\d+", w.text)}
        assert {"4.60", "18.00", "21.02"} <= decimals, pdf.name
        assert all(len(t.split(".")[1]) == 2 for t in decimals), (pdf.name, decimals)
        for placeholder in ("{", "}", "〔村名〕", "〔期间〕", "〔单位〕", "镇（乡）"):
            assert placeholder not in text, (pdf.name, placeholder)
        # a column the list leaves empty is not printed; one it fills is
        titles = [c.title.replace("\n", "") for c in plan_page(v.doc).table.columns]
        assert ("村民小组" in titles, "备注" in titles) == (not empty, not empty), pdf.name
        assert ("备注" in "".join(lines_of(read(pdf), 0))) is not empty, pdf.name


@pytest.mark.parametrize("libreoffice", RENDERERS)
def test_rows_are_all_as_tall_as_each_other(variants, read, libreoffice):
    # No row is stretched to the foot of its page: the step from one row to the next is the same everywhere.
    for _key, v, pdf in pdfs(variants, libreoffice):
        ids = [w for w in read(pdf) if ID_WORD.match(w.text)]
        steps = [b.y - a.y for a, b in itertools.pairwise(ids) if a.page == b.page]
        if len(steps) < 3:
            continue
        median = statistics.median(steps)
        assert all(median / 1.2 <= s <= median * 1.2 for s in steps), (pdf.name, median, max(steps))


def test_large_print_is_14_pt_or_more_or_refused_naming_the_paper_that_will_do(variants, read):
    for (n, empty, name), v in variants.items():
        plan = plan_page(v.doc)
        if v.doc.page.large_print:
            assert plan.sizes.table_pt >= 14, (n, empty, name)
            ids = [w for w in read(v.pdf) if ID_WORD.match(w.text)]
            assert min(w.height for w in ids) >= 14, (n, empty, name)   # the printed glyphs, not only the plan
        if v.refused:
            assert name.endswith("大") and "放不下" in v.refused and f"请改用{v.doc.page.paper}" in v.refused
    # the usual nine columns do not fit A4 portrait at 14 pt; A4 landscape is proposed
    assert variants[(34, False, "A4纵大")].refused.startswith("大字版的表格在A4纵向纸上放不下")
    assert variants[(34, False, "A4纵大")].doc.page == PageSetup("A4", True, True)


def test_a3_and_landscape_set_larger_type_not_wider_empty_columns(variants):
    sizes = {name: plan_page(variants[(34, False, name)].doc).sizes for name in PAGES}
    assert sizes["A4纵"].table_pt < sizes["A4横"].table_pt and sizes["A4纵"].table_pt < sizes["A3纵"].table_pt
    assert sizes["A3纵"].title_pt > sizes["A4纵"].title_pt and sizes["A3横"].body_pt > sizes["A4横"].body_pt
    for name in PAGES:
        plan = plan_page(variants[(34, False, name)].doc)
        remark = [c.title.replace("\n", "") for c in plan.table.columns].index("备注")
        assert plan.widths_mm[remark] < plan.page.text_width_mm() / 6, name   # no 200 mm of empty 备注
