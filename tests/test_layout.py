"""The page layout every renderer follows (gkdesk.io.layout): type sizes for the paper, columns from their
content, titles and headers broken between words, one count of decimals per column, and the pages."""
from __future__ import annotations

import pytest

from gkdesk.io.document import Column, Document, HeaderCell, PageSetup, Table
from gkdesk.io.layout import (
    Block,
    LayoutError,
    break_words,
    checked_plan,
    em_mm,
    header_block_lines,
    header_words,
    page_count,
    paginate,
    plan_page,
    suggest_page,
    title_lines,
    uniform_decimals,
    units,
    wrap,
)

COLUMNS = [
    Column("seq", "序号", kind="number"), Column("group", "村民小组"), Column("name", "姓名"),
    Column("id", "身份证号", kind="id"), Column("area", "面积(亩)", kind="number"),
    Column("standard", "补贴标准(元/亩)", kind="money"), Column("amount", "补贴金额(元)", kind="money"),
    Column("account", "账号", kind="account"), Column("remark", "备注"),
]


def table(n: int = 5, remark: str = "", group: str = "第一组") -> Table:
    rows = [[str(i + 1), group, "欧阳秀英" if i % 2 else "张三", f"130123********{i:04d}", "4.6", "105.60",
             "485.76", "****8901", remark] for i in range(n)]
    return Table(list(COLUMNS), rows, total_row=["合计", "", f"{n}人", "", "23", "", "2428.80", "", ""])


A4 = PageSetup()


def doc(page: PageSetup = A4, t: Table | None = None, title: str = "关于东风村2026年度耕地地力保护补贴发放情况的公示"
        ) -> Document:
    return Document(title=title, paragraphs_before=["根据有关规定，现将名单公示如下："], table=t or table(),
                    paragraphs_after=["公示时间：2026年9月28日至2026年10月12日。"],
                    signature_lines=["东风镇人民政府"], signature_date="2026年9月28日", page=page, seal_space=True)


# --- breaking -----------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("title, width, expected", [
    # after the village and year, before what is published; the longer line first when both are as even
    ("关于红旗村2026年度特困人员救助供养发放情况的公示（更正）", 19.5,
     ["关于红旗村2026年度特困人员救助供养", "发放情况的公示（更正）"]),
    ("关于光明村2026年度残疾人两项补贴发放情况的公示", 19.5, ["关于光明村2026年度", "残疾人两项补贴发放情况的公示"]),
    ("东风镇人民政府惠民惠农补贴公示汇总表（2026年度）", 19.5, ["东风镇人民政府惠民惠农补贴", "公示汇总表（2026年度）"]),
    ("关于东风村2026年度耕地地力保护补贴发放情况的公示", 30, ["关于东风村2026年度耕地地力保护补贴发放情况的公示"]),
])
def test_titles_break_at_phrase_boundaries_into_balanced_lines(title, width, expected):
    lines = title_lines(title, width)
    assert lines == expected
    assert "".join(lines) == title


def test_no_title_line_has_fewer_than_four_characters_even_without_phrase_boundaries():
    for title in ("东风镇人民政府关于进一步加强和改进基层政务公开工作的实施意见公示",
                  "关于东风村2026年度耕地地力保护补贴发放情况的公示", "关于公示"):
        for width in (6, 9, 12, 15, 19.5):
            lines = title_lines(title, width)
            assert "".join(lines) == title
            assert all(len(line) >= 4 for line in lines) or len(title) < 8, (title, width, lines)
            assert not any(line.endswith("的公") for line in lines)


def test_header_titles_break_between_words_never_inside_one():
    assert header_words("补贴标准(元/亩)") == ["补贴", "标准", "(元/亩)"]
    assert header_words("身份证号") == ["身份证号"]
    assert header_words("公开渠道和载体") == ["公开", "渠道", "和载体"]
    assert header_words("保密审查人") == ["保密", "审查人"]
    assert header_words("全社会") == ["全社会"] and header_words("依申请") == ["依申请"]
    assert break_words(header_words("村民小组"), 2) == ["村民", "小组"]
    assert break_words(header_words("补贴金额(元)"), 4.5) == ["补贴金额", "(元)"]


def test_units_keep_numbers_dates_and_document_numbers_whole():
    assert units("东政发〔2026〕21号") == ["东", "政", "发", "〔2026〕21号"]
    assert units("2026年11月23日") == ["2026年", "11月23日"]
    assert units("110101********1234") == ["110101********1234"]
    assert units("如有异议，请于（7天）内") == ["如", "有", "异", "议，", "请", "于", "（7天）", "内"]
    # a long text wraps between units: the date after 年, never inside 2026
    assert wrap("填报日期：2026年11月23日", 8) == ["填报日期：", "2026年", "11月23日"]


def test_a_web_address_breaks_after_its_slashes_and_nothing_else_does():
    assert units("http://www.dfz.gov.cn/jd/1.html") == ["http://", "www.dfz.gov.cn/", "jd/", "1.html"]
    assert units("（https://x.cn/a）") == ["（https://", "x.cn/", "a）"]
    assert units("0311-8123456") == ["0311-8123456"] and units("www.dfz.gov.cn") == ["www.dfz.gov.cn"]
    assert units("社区/企事业单位") == ["社", "区", "/", "企", "事", "业", "单", "位"]   # as before


def test_header_block_lines_break_between_items():
    line = "填报人：李明\u3000\u3000联系电话：0311-8123456\u3000\u3000审核人：王强\u3000\u3000填报日期：2026年11月23日"
    lines = header_block_lines(line, 25)
    assert lines == ["填报人：李明\u3000\u3000联系电话：0311-8123456", "审核人：王强\u3000\u3000填报日期：2026年11月23日"]


# --- numbers ------------------------------------------------------------------------------------------------------

def test_each_number_column_shows_one_count_of_decimals_and_money_two():
    t = Table([Column("q", "数量", kind="number"), Column("m", "金额", kind="money"), Column("n", "人数", kind="number")],
              [["4.6", "12", "3"], ["18", "1,320.5", "2"], ["21.02", "0.10", "1"], ["0.125", "", "4"]],
              total_row=["43.745", "1,332.60", "10"])
    u = uniform_decimals(t)
    assert [r[0] for r in u.rows] == ["4.60", "18.00", "21.02", "0.13"]   # at most 2
    assert [r[1] for r in u.rows] == ["12.00", "1,320.50", "0.10", ""]
    assert [r[2] for r in u.rows] == ["3", "2", "1", "4"]
    assert u.total_row == ["43.75", "1,332.60", "10"]


# --- fit ----------------------------------------------------------------------------------------------------------

def test_a3_and_landscape_set_the_table_larger_not_wider_and_emptier():
    portrait = plan_page(doc(PageSetup("A4")))
    landscape = plan_page(doc(PageSetup("A4", landscape=True)))
    a3 = plan_page(doc(PageSetup("A3")))
    assert portrait.sizes.table_pt < landscape.sizes.table_pt and portrait.sizes.table_pt < a3.sizes.table_pt
    assert a3.sizes.title_pt == pytest.approx(22 * 2 ** 0.5, abs=0.5) and a3.sizes.body_pt > 16
    for plan in (portrait, landscape, a3):
        assert sum(plan.widths_mm) == pytest.approx(plan.page.text_width_mm())
        # each column grows with its content: 备注 (empty) and 序号 are the narrowest, the ID the widest
        widths = plan.widths_mm
        assert widths[3] == max(widths) and widths[8] <= min(widths[1:8])


def test_columns_hold_their_numbers_names_and_title_words_on_one_line():
    for page in (PageSetup("A4"), PageSetup("A4", True), PageSetup("A4", True, True), PageSetup("A3", True, True)):
        plan = plan_page(doc(page))
        assert plan.fits
        em = em_mm(plan.sizes.table_pt)
        ids = [row[3] for row in plan.table.rows] + [row[2] for row in plan.table.rows]
        assert not any("\n" in text for text in ids)   # no ID, no name broken
        assert "\n" not in plan.table.total_row[6]
        for col in plan.table.columns:
            for line in col.title.split("\n"):
                assert line in header_words(col.title.replace("\n", "")) or len(header_words(line)) > 1 or \
                    line == col.title.replace("\n", ""), (page, col.title)
        assert plan.widths_mm[3] >= 10 * em   # 18 characters at 0.64 em a digit


def test_large_print_is_at_least_14_pt_or_refused_with_the_paper_that_will_do():
    wide = Table(COLUMNS + [Column("phone", "联系电话", kind="phone")],
                 [row + ["138****0000"] for row in table().rows], total_row=table().total_row + [""])
    on_a4 = doc(PageSetup("A4", large_print=True), wide)
    assert not plan_page(on_a4).fits
    with pytest.raises(LayoutError, match="^大字版的表格在A4纵向纸上放不下.*请改用A4横向纸"):
        checked_plan(on_a4)
    suggestion = suggest_page(on_a4)
    assert suggestion is not None and suggestion.large_print
    assert plan_page(doc(suggestion, wide)).sizes.table_pt >= 14


def test_a_short_list_is_set_to_stand_on_one_page():
    # In landscape a list of eight at 小四 with its closing block would take a second page: it is set smaller
    # (not under 五号) so that the notice is one page.
    d = doc(PageSetup("A4", True), table(8))
    d.paragraphs_after = ["公示时间：2026年9月28日至2026年10月12日。", "如有异议，请于公示期内向村民委员会或东风镇人民政府反映。",
                          "监督举报电话：东风镇党政办 0311-8123456；示范县农业农村局 0311-8000001"]
    plan = plan_page(d)
    assert 10.5 <= plan.sizes.table_pt < 12


def test_empty_columns_are_never_given_the_spare_width_and_headers_wrap_between_words():
    plan = plan_page(doc(PageSetup("A3", True)))
    assert plan.widths_mm[8] < 30   # 备注, empty: no 200 mm of nothing
    assert all("村民小\n组" != c.title for c in plan.table.columns)


def test_a_heading_across_the_table_does_not_widen_the_first_column():
    rows = [["一、涉农补贴", "", ""], ["1", "耕地地力保护", "补贴结果"]]
    t = Table([Column("seq", "序号", kind="number"), Column("a", "二级事项"), Column("b", "公开内容")], rows,
              section_rows=[0], header_rows=[[HeaderCell("序号"), HeaderCell("二级事项"), HeaderCell("公开内容")]])
    plan = plan_page(Document(title="目录", table=t, page=PageSetup("A4", True)))
    assert plan.widths_mm[0] < plan.widths_mm[1] and "\n" not in plan.table.rows[0][0]


# --- pages --------------------------------------------------------------------------------------------------------

def blocks_of(rows: int, closing: int = 4) -> list[Block]:
    out = [Block(35, keep_with_next=True), Block(20, keep_with_next=True)]   # title, table header
    out += [Block(10, table_row=True, keep_with_next=i >= rows - 2) for i in range(rows)]
    out += [Block(10, table_row=True, keep_with_next=True)]                 # 合计
    out += [Block(28, keep_with_next=k < closing - 1) for k in range(closing)]
    return out


def test_the_closing_block_takes_the_last_rows_with_it_and_pages_repeat_the_header():
    for rows in range(1, 60):
        placed = paginate(blocks_of(rows), 300, header_height=20)
        pages = page_count(placed)
        last = [b for p, _t, b in placed if p == pages - 1]
        assert sum(b.table_row for b in last) >= min(3, rows + 1), rows   # the total and the last two rows
        for p, top, b in placed:
            assert top + b.height <= 300 + 1e-6
            if p and b.table_row and top == min(t for q, t, _b in placed if q == p):
                assert top == 20   # under the repeated header
    assert page_count(paginate(blocks_of(5), 300, 20)) == 1


def test_a_tall_row_breaks_across_pages_instead_of_leaving_one_half_empty():
    def split(room, block=None):
        return Block(room - room % 10), Block(100 - (room - room % 10), table_row=True)

    tall = Block(100, table_row=True)
    tall.split = split
    placed = paginate([Block(250), tall], 300, 20)
    assert [(p, round(t)) for p, t, _b in placed] == [(0, 0), (0, 250), (1, 20)]
