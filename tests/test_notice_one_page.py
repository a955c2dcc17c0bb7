"""A short notice is one page (io.layout's rule): whenever the layout says the whole notice stands on one page — at
the loosest of its settings that lets it, from GB/T 9704's 三号 down to 小四 on lines of 18 pt, the table down to
小五 — the Qt PDF (and the print preview, which shares its pages) and the .docx laid out by LibreOffice are one page;
when it does not, the notice breaks over pages with the closing block taking the last rows of the table, never a page
of closing lines alone.

Tried on lists of 1 to 25 rows on every paper, orientation and print size, with a short and a long title, with and
without a correction's 更正说明, with the phones in one line (2 numbers) and in two (3 numbers). The notices are real
ones (made by the services, posted); the n-row lists are the first n rows of their 25 with the 合计 made again."""
from __future__ import annotations

import datetime as dt
import itertools
import re
from dataclasses import dataclass, replace
from decimal import Decimal
from pathlib import Path

import external
import pytest
from openpyxl import Workbook
from test_notice_pages import lines_of, words

from gkdesk.domain.idnumber import check_char
from gkdesk.io.document import Document, PageSetup
from gkdesk.io.layout import LayoutError, checked_plan, estimated_height_pt, plan_page
from gkdesk.paths import DataFolder
from gkdesk.services import notice, settings, subsidy
from gkdesk.services import subsidy_import as si
from gkdesk.store.db import open_database

PAGES = {f"{paper}{'横' if landscape else '纵'}{'大' if large else ''}": PageSetup(paper, landscape, large)
         for paper in ("A4", "A3") for landscape in (False, True) for large in (False, True)}
ROWS = range(1, 26)
# names of two to four characters, as on the villages' lists
NAMES = ("王秀兰", "李强", "欧阳明辉", "张伟", "赵国庆", "孙丽", "周建华", "吴桂英", "郑海", "冯玉珍", "陈志刚", "褚红梅",
         "卫东", "蒋淑芬", "沈德明", "韩梅", "杨建国", "朱桂兰", "秦川", "尤凤英", "许志强", "何秀云", "吕东", "施玉兰",
         "司马光明", "张小红")
LONG_TITLE = "关于东风镇红旗村第一、第二、第三村民小组2026年度第二批耕地地力保护补贴资金发放情况的公示"


@dataclass(frozen=True)
class Text:
    """What the notice says around its table."""

    long_title: bool
    correction: bool
    three_phones: bool

    @property
    def name(self) -> str:
        return (f"{'长' if self.long_title else '短'}标题{'更正' if self.correction else ''}"
                f"{'3' if self.three_phones else '2'}个电话")


TEXTS = [Text(*flags) for flags in itertools.product((False, True), repeat=3)]


def make_id(n: int) -> str:
    body = f"130123{dt.date(1950, 1, 1) + dt.timedelta(days=97 * n):%Y%m%d}{n % 1000:03d}"
    return body + check_char(body)


def write_list(path: Path, n: int) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.append(["序号", "村民小组", "姓名", "身份证号", "面积(亩)", "补贴标准", "补贴金额", "银行账号", "备注"])
    for i in range(n):
        q = ("4.6", "18", "21.02", "7.5")[i % 4]
        amount = (Decimal(q) * Decimal("105.60")).quantize(Decimal("0.01"))
        ws.append([i + 1, f"第{i % 4 + 1}组", NAMES[i % len(NAMES)], make_id(i + 1), q,
                   "105.60", str(amount), f"62170000{i:04d}4567890", "" if i % 9 else "新增"])
    wb.save(path)
    return path


def _post(db, bid: int, start: dt.date) -> None:
    with db.transaction() as s:
        subsidy.review(s, bid, "王强", start - dt.timedelta(days=2))
        subsidy.publish(s, bid, start)


@pytest.fixture(scope="module")
def notices(tmp_path_factory) -> dict[tuple[bool, bool], Document]:
    """(correction, three phones) -> a posted 25-row notice made by the services."""
    tmp = tmp_path_factory.mktemp("one-page")
    db = open_database(DataFolder(tmp / "data"), start_backup=False)
    villages = ("东风村", "红旗村", "前进村", "新华村")
    out: dict[tuple[bool, bool], Document] = {}
    try:
        for three in (True, False):   # posted notices keep the phones they were posted with
            with db.transaction() as s:
                settings.save_unit(s, "东风镇", county="示范县", phone="0311-8123456",
                                   supervision_phone="0311-8123400" if three else "")
                settings.save_villages(s, [(v, [f"第{g}组" for g in range(1, 5)]) for v in villages])
                subsidy.ensure_default_programs(s)
                subsidy.update_program(s, "耕地地力保护补贴", phones="示范县农业农村局 0311-8000001")
            for correction in (False, True):
                village = villages[2 * three + correction]
                bid, result = si.import_file(db, write_list(tmp / f"{village}.xlsx", 26 if correction else 25),
                                             "耕地地力保护补贴", village, "2026年度", today=dt.date(2026, 9, 1))
                assert bid is not None, result.problems
                _post(db, bid, dt.date(2026, 9, 10))
                if correction:
                    bid = _corrected(db, bid)
                with db.session() as s:
                    out[(correction, three)] = notice.build_notice(s, bid)
    finally:
        db.close()
    return out


def _corrected(db, bid: int) -> int:
    """The correction of ``bid`` after an upheld objection: one household removed, one amount changed."""
    with db.transaction() as s:
        o = subsidy.add_objection(s, bid, dt.date(2026, 9, 12), "村民张某", "138****2231",
                                  "反映名单中第26户已迁出本村，第3户承包面积有误")
        subsidy.resolve_objection(s, o, "经村委会入户核实，情况属实，已删除第26户并更正第3户面积", "成立",
                                  dt.date(2026, 9, 14))
        new = subsidy.start_correction(s, bid)
        rows = subsidy.load_recipients(s, subsidy.list_recipient_ids(s, new.id))
        subsidy.delete_recipients(s, [rows[-1].id])
        subsidy.update_recipient(s, rows[2].id, quantity="20.5")
        new_id = new.id
    _post(db, new_id, dt.date(2026, 9, 20))
    return new_id


def first_rows(doc: Document, n: int) -> Document:
    """The notice with the first ``n`` rows of its list and their 合计."""
    t = doc.table
    rows = [list(r) for r in t.rows[:n]]
    total = list(t.total_row)
    for j, col in enumerate(t.columns):
        if col.key == "name":
            total[j] = f"{n}人"
        elif j and total[j] and col.kind in ("money", "number"):
            places = len(total[j].split(".")[1]) if "." in total[j] else 0
            total[j] = f"{sum(Decimal(r[j]) for r in rows if r[j]):.{places}f}"
    return replace(doc, table=replace(t, rows=rows, total_row=total))


def variant(notices, text: Text, n: int, page: PageSetup) -> Document:
    doc = first_rows(notices[(text.correction, text.three_phones)], n)
    return replace(doc, page=page, title=LONG_TITLE if text.long_title else doc.title)


def test_the_variants_say_what_they_are_meant_to(notices):
    plain, corrected = notices[(False, True)], notices[(True, True)]
    assert corrected.paragraphs_before[0].startswith("更正说明：本公示更正2026年9月10日至")
    assert "删除1户" in corrected.paragraphs_before[0] and not plain.paragraphs_before[0].startswith("更正说明")
    assert plain.paragraphs_after[-2:] == ["监督举报电话：东风镇人民政府 0311-8123400；示范县农业农村局 0311-8000001",
                                           "咨询电话：东风镇党政办 0311-8123456"]
    assert notices[(False, False)].paragraphs_after[-1] == \
        "监督举报电话：东风镇党政办 0311-8123456；示范县农业农村局 0311-8000001"
    three = first_rows(plain, 3)
    assert three.table.total_row[2] == "3人" and three.table.total_row[-3] == \
        f"{sum(Decimal(r[-3]) for r in plain.table.rows[:3]):.2f}"


# --- the PDF (Qt): every paper, orientation and print size --------------------------------------------------------

def qt_pages(doc: Document):
    """The Qt renderer's pages of ``doc`` (the PDF's and the print preview's), laid out without painting."""
    from PySide6.QtGui import QPdfWriter

    from gkdesk.gui.printing import lay_out, page_layout

    writer = QPdfWriter(str(Path(external.ROOT) / ".unused.pdf"))   # nothing is painted, so nothing is written
    writer.setResolution(600)
    writer.setPageLayout(page_layout(doc))
    return lay_out(doc, writer)


def planned(notices, name: str) -> dict[tuple[Text, int], object]:
    """(text, rows) -> the plan of every variant on the page ``name`` (None: large print refused there)."""
    out = {}
    for text in TEXTS:
        for n in ROWS:
            try:
                out[(text, n)] = checked_plan(variant(notices, text, n, PAGES[name]))
            except LayoutError:
                out[(text, n)] = None
    return out


@pytest.fixture(scope="module")
def plans(notices):
    """name -> :func:`planned` on that page, each worked out once for the module's tests."""
    cache: dict[str, dict] = {}

    def on(name: str) -> dict:
        if name not in cache:
            cache[name] = planned(notices, name)
        return cache[name]

    return on


def longest_on_one_page(plans, text: Text) -> int:
    """The most rows of ``text`` the rule sets on one page (0: none)."""
    return max((n for n in ROWS if plans[(text, n)] is not None and plans[(text, n)].one_page), default=0)


@pytest.mark.parametrize("name", list(PAGES))
def test_the_pdf_is_one_page_whenever_the_rule_says_the_notice_fits(notices, plans, qapp, name):
    plans = plans(name)
    # Laid out: every row count with two of the texts (taking turns), and for every text its longest one-page list
    # and the list one row longer.
    chosen = {(TEXTS[(n + k) % len(TEXTS)], n) for n in ROWS for k in (0, 4)}
    for text in TEXTS:
        longest = longest_on_one_page(plans, text)
        chosen |= {(text, n) for n in (longest, longest + 1) if n in ROWS}
    for text, n in sorted(chosen, key=lambda c: (c[0].name, c[1])):
        plan = plans[(text, n)]
        if plan is None:
            continue
        doc = variant(notices, text, n, PAGES[name])
        pages = qt_pages(doc)
        where = (name, text.name, n, plan.sizes.setting.name, plan.sizes.table_pt)
        if plan.one_page:
            assert pages.count == 1, where
            # the estimate is the renderer's height, a little generous: never short of it, nor over by more than a
            # line and a half (the rule gives away no more room than that)
            (top, last), = pages.pages[-1][-1:]
            used = (top + last.height) / pages.metrics.pt
            estimate = estimated_height_pt(doc, plan)
            assert estimate - 1.5 * plan.sizes.body_line_pt <= used <= estimate + 0.5, where
        else:
            assert pages.count > 1 and plan.sizes.setting.name.startswith("三号"), where
        closing_with_its_rows(pages, where)


def closing_with_its_rows(pages, where) -> None:
    """The closing lines and the 落款 stand on the last page only, below the end of the table."""
    for i in range(pages.count):
        kinds = pages.kinds(i)
        if "sig" in kinds or "after" in kinds:
            assert i == pages.count - 1, where
            assert "row" in kinds and "total" in kinds, where


# --- Word, laid out by LibreOffice --------------------------------------------------------------------------------

def tightest_cases(notices, plans) -> list[tuple[str, Text, int]]:
    """For each paper, orientation and print size, the one-page notice with the least room to spare (the longest
    list of the text that leaves the least); and on A4 one list one row too long for one page."""
    from gkdesk.io.layout import ONE_PAGE_SHARE, page_height_pt

    cases = []
    for name, page in PAGES.items():
        on_page = plans(name)
        spare = {}
        for text in TEXTS:
            n = longest_on_one_page(on_page, text)
            if n:
                doc = variant(notices, text, n, page)
                spare[(text, n)] = page_height_pt(page) * ONE_PAGE_SHARE - estimated_height_pt(doc, on_page[(text, n)])
        if spare:
            text, n = min(spare, key=spare.get)
            cases.append((name, text, n))
        if name in ("A4纵", "A4横"):
            tallest = Text(True, True, True)
            cases.append((name, tallest, longest_on_one_page(on_page, tallest) + 1))
    return cases


def test_word_in_libreoffice_is_one_page_whenever_the_rule_says_the_notice_fits(notices, plans, tmp_path):
    from gkdesk.io.docx_writer import write_docx

    external.need("soffice", "pdftotext")
    cases = tightest_cases(notices, plans)
    files = []
    for i, (name, text, n) in enumerate(cases):
        doc = variant(notices, text, n, PAGES[name])
        write_docx(doc, tmp_path / f"{i}.docx")
        files.append((tmp_path / f"{i}.pdf", doc, (name, text.name, n)))
    external.libreoffice_convert([tmp_path / f"{i}.docx" for i in range(len(cases))], tmp_path)
    one_page = 0
    for pdf, doc, where in files:
        ws = words(pdf)
        last = max(w.page for w in ws)
        if plan_page(doc).one_page:
            assert last == 0, where
            one_page += 1
        else:
            assert last > 0, where
        # the date of the 落款 on the last page only, with rows of the list and the 合计 above it
        dated = {w.page for w in ws if doc.signature_date in "".join(lines_of(ws, w.page))}
        assert dated == {last}, where
        assert any(w.page == last and w.text.startswith("130123") for w in ws), where
        assert any(line.startswith("合计") for line in lines_of(ws, last)), where
        # a phone number is never cut after its hyphen (0311- / 8000001)
        assert not [line for page in range(last + 1) for line in lines_of(ws, page) if re.search(r"\d-$", line)]
    assert one_page >= 7   # every paper, orientation and print size that takes the list at all


# --- the rule's figures (io.layout's module note) ------------------------------------------------------------------

# paper -> (notice, correction): every list of up to so many rows is one page, for the default nine columns, a
# two-line title and the phones in two lines. None: large print refused on that paper.
ONE_PAGE_ROWS = {"A4纵": (19, 10), "A4横": (13, 8), "A3纵": (18, 10), "A3横": (13, 8),
                 "A4纵大": None, "A4横大": (5, 0), "A3纵大": (11, 1), "A3横大": (8, 1)}


@pytest.mark.parametrize("name", list(PAGES))
def test_the_figures_of_the_rule_are_the_layouts(plans, name):
    plans = plans(name)

    def every_list_up_to(text: Text) -> int:
        fits = [n for n in ROWS if plans[(text, n)] is not None and plans[(text, n)].one_page]
        return next((n - 1 for n in ROWS if n not in fits), len(ROWS))

    if ONE_PAGE_ROWS[name] is None:
        assert all(plan is None for plan in plans.values())
        return
    figures = tuple(every_list_up_to(Text(False, correction, True)) for correction in (False, True))
    assert figures == ONE_PAGE_ROWS[name]
    # a single row is set as GB/T 9704 sets a 公文 wherever that fits (三号 on lines of 28 pt)
    if not PAGES[name].large_print:
        assert plans[(Text(False, False, True), 1)].sizes.setting.name == "三号，行距28磅"
