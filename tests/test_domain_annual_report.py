"""The annual report's tables as the 2021 format lays them out, and how a year's requests and cases are counted
into them (domain/annual_report.py), with the texts that follow the figures (domain/report_draft.py)."""
from __future__ import annotations

import datetime as dt

import pytest

from gkdesk.domain import annual_report as ar
from gkdesk.domain import report_draft as rd
from gkdesk.domain import requests as rq
from gkdesk.domain.annual_report import ReportError, RequestRecord


def d(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def rec(i: int, kind: str, received: str, answered: str | None = None, result: str | None = None) -> RequestRecord:
    return RequestRecord(i, f"东政依申〔{received[:4]}〕{i}号", kind, d(received), d(answered) if answered else None,
                         rq.parse_outcome(result) if result else None)


# ---- the format's labels ---------------------------------------------------------------------------------------

def test_table3_has_the_format_rows_in_order_with_the_21_outcomes_nested_under_their_category():
    keys = [label.key for label in ar.TABLE3_ROWS]
    assert keys[:4] == ["一、本年新收政府信息公开申请数量", "二、上年结转政府信息公开申请数量", "（一）予以公开",
                        "（二）部分公开（区分处理的，只计这一情形，不计其他情形）"]
    assert keys[-2:] == ["（七）总计", "四、结转下年度继续办理"]
    assert len(keys) == 2 + 21 + 2
    nested = [label.path for label in ar.TABLE3_ROWS if len(label.path) == 3]
    assert nested[0] == ("三、本年度办理结果", "（三）不予公开", "1.属于国家秘密")
    assert nested[2][2] == "3.危及“三安全一稳定”"
    assert nested[-1] == ("三、本年度办理结果", "（六）其他处理", "3.其他")
    assert [len([p for p in nested if p[1] == c]) for c in ("（三）不予公开", "（四）无法提供", "（五）不予处理",
                                                          "（六）其他处理")] == [8, 3, 5, 3]
    assert len(keys) == len(set(keys)), "a row label is the JSON key: it must be unique"


def test_table3_columns_nest_the_five_organisations_under_法人或其他组织():
    assert [c.key for c in ar.TABLE3_COLUMNS] == ["自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构",
                                                  "其他", "总计"]
    assert ar.TABLE3_COLUMNS[1].path == ("申请人情况", "法人或其他组织", "商业企业")
    assert ar.TABLE3_COLUMNS[0].path == ("申请人情况", "自然人")


def test_table2_and_table4_follow_the_format():
    assert [(g.article, g.rows) for g in ar.TABLE2_GROUPS] == [
        ("第二十条第（一）项", ("规章", "行政规范性文件")), ("第二十条第（五）项", ("行政许可",)),
        ("第二十条第（六）项", ("行政处罚", "行政强制")), ("第二十条第（八）项", ("行政事业性收费",))]
    assert ar.TABLE2_GROUPS[0].columns == ("本年制发件数", "本年废止件数", "现行有效件数")
    assert ar.TABLE2_GROUPS[3].columns == ("本年收费金额（单位：万元）",)
    assert ar.CASE_COLUMNS == ("结果维持", "结果纠正", "其他结果", "尚未审结", "总计")
    assert [c.path for c in ar.TABLE4_COLUMNS][5] == ("行政诉讼", "未经复议直接起诉", "结果维持")
    assert len(ar.TABLE4_COLUMNS) == 15


# ---- counting ---------------------------------------------------------------------------------------------------

YEAR = 2026
RECORDS = [
    rec(1, "自然人", "2025-11-20", "2025-12-10", "予以公开"),           # last year's business: not counted
    rec(2, "自然人", "2025-12-15", "2026-01-09", "予以公开"),           # carried in, answered
    rec(3, "商业企业", "2025-12-22", "2026-01-16", "不予公开:4"),        # carried in, answered
    rec(4, "自然人", "2026-02-03", "2026-02-20", "部分公开"),
    rec(5, "法律服务机构", "2026-03-10", "2026-03-25", "无法提供:1"),
    rec(6, "自然人", "2026-04-01", "2026-04-20", "逾期不补正"),          # 视为放弃 in the year: 其他处理 1
    rec(7, "自然人", "2026-12-21"),                                     # open on 31 December
    rec(8, "社会公益组织", "2026-12-28", "2027-01-08", "予以公开"),      # answered next year: carried out
]


def test_a_year_is_counted_by_the_day_of_each_event():
    t = ar.count_requests(RECORDS, YEAR)
    assert t["一、本年新收政府信息公开申请数量"] == {"自然人": 3, "商业企业": 0, "科研机构": 0, "社会公益组织": 1,
                                             "法律服务机构": 1, "其他": 0, "总计": 5}
    assert t["二、上年结转政府信息公开申请数量"]["自然人"] == 1
    assert t["二、上年结转政府信息公开申请数量"]["商业企业"] == 1
    assert t["二、上年结转政府信息公开申请数量"]["总计"] == 2
    assert t["（一）予以公开"]["总计"] == 1
    assert t["4.保护第三方合法权益"]["商业企业"] == 1
    assert t["1.本机关不掌握相关政府信息"]["法律服务机构"] == 1
    assert t["1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"]["自然人"] == 1
    assert t["（七）总计"] == {"自然人": 3, "商业企业": 1, "科研机构": 0, "社会公益组织": 0, "法律服务机构": 1,
                            "其他": 0, "总计": 5}
    assert t["四、结转下年度继续办理"] == {"自然人": 1, "商业企业": 0, "科研机构": 0, "社会公益组织": 1,
                                  "法律服务机构": 0, "其他": 0, "总计": 2}
    assert ar.identity_gaps(t) == []
    assert ar.unbalanced(RECORDS, YEAR) == []


def test_next_year_counts_what_this_year_carried_out():
    t = ar.count_requests(RECORDS, 2027)
    assert t["二、上年结转政府信息公开申请数量"]["总计"] == 2
    assert t["（一）予以公开"]["社会公益组织"] == 1
    assert t["四、结转下年度继续办理"]["自然人"] == 1


def test_a_request_given_up_after_the_year_is_carried_out_then_counted_next_year():
    late = rec(9, "自然人", "2026-12-01", "2027-01-05", "逾期不补正")
    assert ar.count_requests([late], 2026)["四、结转下年度继续办理"]["总计"] == 1
    next_year = ar.count_requests([late], 2027)
    assert next_year["1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"]["总计"] == 1
    assert ar.identity_gaps(next_year) == []


def test_a_gap_is_shown_with_the_requests_that_make_it():
    bad = [rec(10, "自然人", "2026-05-10", "2025-12-30", "予以公开"),   # answer before receipt
           rec(11, "其他", "2027-01-03", "2026-12-30", "予以公开")]     # answered in 2026, received in 2027
    t = ar.count_requests([*RECORDS, *bad], YEAR)
    gaps = ar.identity_gaps(t)
    # 总计 balances (one too many on each side): only the columns show the gap
    assert [(g.column, g.received, g.accounted) for g in gaps] == [("自然人", 5, 4), ("其他", 0, 1)]
    culprits = ar.unbalanced([*RECORDS, *bad], YEAR)
    assert [r.id for r, _p in culprits] == [10, 11]
    assert "早于收到申请日期" in ar.why_unbalanced(*culprits[0])
    assert ar.why_unbalanced(*culprits[1]) == "答复日期2026-12-30早于收到申请日期2027-01-03"


def test_cases_count_in_the_year_filed_with_the_result_known_on_31_december():
    cases = [ar.CaseRecord(1, 5, "5号", rq.REVIEW, d("2026-10-20"), rq.UPHELD, d("2026-12-10")),
             ar.CaseRecord(2, 3, "3号", rq.REVIEW, d("2026-02-10"), rq.CORRECTED, d("2027-01-05")),
             ar.CaseRecord(3, 4, "4号", rq.SUIT_DIRECT, d("2026-11-30"), rq.PENDING),
             ar.CaseRecord(4, 2, "2号", rq.SUIT_AFTER_REVIEW, d("2025-06-01"), rq.OTHER_RESULT, d("2026-03-01"))]
    t = ar.count_cases(cases, 2026)
    assert t["行政复议"] == {"结果维持": 1, "结果纠正": 0, "其他结果": 0, "尚未审结": 1, "总计": 2}
    assert t["未经复议直接起诉"]["尚未审结"] == 1
    assert t["复议后起诉"]["总计"] == 0
    assert ar.table4_row(t) == [1, 0, 0, 1, 2, 0, 0, 0, 1, 1, 0, 0, 0, 0, 0]
    assert ar.count_cases(cases, 2025)["复议后起诉"]["尚未审结"] == 1


# ---- table 二 entries ---------------------------------------------------------------------------------------------

def test_cells_of_table2_are_read_by_their_words_or_a_short_form():
    assert ar.parse_cell("行政规范性文件.本年制发件数") == ("行政规范性文件", "本年制发件数")
    assert ar.parse_cell("行政规范性文件.废止") == ("行政规范性文件", "本年废止件数")
    assert ar.parse_cell("行政处罚") == ("行政处罚", "本年处理决定数量")
    assert ar.parse_cell("行政事业性收费") == ("行政事业性收费", "本年收费金额（单位：万元）")
    with pytest.raises(ReportError, match="表二没有“行政审批”这一行"):
        ar.parse_cell("行政审批.本年处理决定数量")
    with pytest.raises(ReportError, match="栏目只有本年制发件数、本年废止件数、现行有效件数"):
        ar.parse_cell("规章")


def test_values_of_table2_are_whole_counts_and_money_in_wan_yuan():
    assert ar.parse_cell_value("行政处罚", "本年处理决定数量", "5") == 5
    assert ar.parse_cell_value("行政事业性收费", "本年收费金额（单位：万元）", "1.2345") == 1_234_500
    assert ar.wan_yuan(1_234_500) == "1.2345" and ar.wan_yuan(0) == "0" and ar.wan_yuan(3_000_000) == "3"
    assert ar.wan_yuan_number(3_000_000) == 3 and ar.wan_yuan_number(350_000) == 0.35
    for value, match in (("2.5", "整数件数"), ("-1", "不能是负数"), ("五", "不是数字")):
        with pytest.raises(ReportError, match=match):
            ar.parse_cell_value("行政处罚", "本年处理决定数量", value)
    with pytest.raises(ReportError, match="精确到分"):
        ar.parse_cell_value("行政事业性收费", "本年收费金额（单位：万元）", "0.0000001")


def test_in_force_follows_last_year_unless_entered():
    follows = ar.in_force(3, issued=2, repealed=1, entered=None)
    assert (follows.value, follows.entered) == (4, False)
    assert follows.source("行政规范性文件", 2, 1) == "上年现行有效3件 + 本年制发2件 − 本年废止1件 = 4件"
    typed = ar.in_force(3, 2, 1, entered=7)
    assert typed.value == 7 and "手工填写7件" in typed.source("行政规范性文件", 2, 1)
    assert ar.in_force(None, 2, 0, None).source("行政规范性文件", 2, 0).startswith("上年无报告")


# ---- deadlines and the lifecycle ---------------------------------------------------------------------------------

def test_deadlines_are_the_county_date_then_31_january():
    due = ar.deadlines(2026, ar.parse_month_day("1月20日"))
    assert (due.county, due.legal) == (d("2027-01-20"), d("2027-01-31"))
    assert due.next_after(d("2027-01-20")) == d("2027-01-20")
    assert due.next_after(d("2027-01-21")) == d("2027-01-31")
    assert ar.deadlines(2026, (2, 15)).county == d("2027-01-31"), "never later than the legal date"
    with pytest.raises(ReportError, match="应写成如 1月15日"):
        ar.parse_month_day("下旬")


def test_finalizing_and_reopening_are_refused_with_a_reason():
    with pytest.raises(ReportError, match="2026年尚未结束"):
        ar.check_can_finalize(2026, d("2026-12-31"), ar.DRAFT)
    ar.check_can_finalize(2026, d("2027-01-01"), ar.DRAFT)
    with pytest.raises(ReportError, match="须写明原因"):
        ar.check_can_reopen(2026, ar.FINAL, "改")
    assert ar.check_can_reopen(2026, ar.FINAL, " 县里退回  修改表三 ") == "县里退回 修改表三"
    with pytest.raises(ReportError, match="已定稿，不能修改"):
        ar.check_editable(2026, ar.FINAL)


# ---- the drafted text follows the figures ---------------------------------------------------------------------------

def _facts(records, year=YEAR) -> rd.RequestFacts:
    return rd.RequestFacts(year, ar.count_requests(records, year), ar.count_cases([], year))


def test_the_requests_sentence_quotes_table_3():
    draft = rd.draft_requests(_facts(RECORDS))
    assert draft["received"] == "全年新收政府信息公开申请5件（自然人申请3件、法人或其他组织申请2件），上年结转2件。"
    assert draft["results"] == ("本年度办结5件，其中予以公开1件、部分公开1件、不予公开1件、无法提供1件、其他处理1件；"
                                "结转下年度继续办理2件。")
    assert draft["cases"] == "全年未发生因政府信息公开工作引起的行政复议、行政诉讼。"


def test_an_edited_text_follows_the_figures_where_the_drafted_sentence_still_stands():
    before = rd.draft_requests(_facts(RECORDS))
    edited = "我镇规范办理依申请公开。" + rd.join(before) + "另有电话咨询若干。"
    basis = rd.basis_for(edited, before)
    after = rd.draft_requests(_facts([*RECORDS, rec(12, "其他", "2026-07-01", "2026-07-10", "予以公开")]))
    followed = rd.follow(edited, basis, after)
    assert "全年新收政府信息公开申请6件（自然人申请3件、法人或其他组织申请3件）" in followed.text
    assert followed.text.startswith("我镇规范办理依申请公开。") and followed.text.endswith("另有电话咨询若干。")
    assert followed.stale == ()


def test_a_rewritten_sentence_with_old_figures_is_reported_not_left_standing():
    before = rd.draft_requests(_facts(RECORDS))
    edited = "全年共受理申请5件。" + before["results"]
    basis = rd.basis_for(edited, before)
    after = rd.draft_requests(_facts(RECORDS[:-1]))
    followed = rd.follow(edited, basis, after)
    stale_ids = [s.sentence_id for s in followed.stale]
    assert "received" in stale_ids
    assert after["results"] in followed.text


def test_the_comparison_with_last_year_follows_only_where_the_clerk_put_it():
    facts = rd.RequestFacts(YEAR, ar.count_requests(RECORDS, YEAR), ar.count_cases([], YEAR), last_year_new=3)
    optional = rd.optional_requests(facts)
    assert optional == {"compare": "与上年（3件）相比，新收申请增加2件。"}
    draft = rd.draft_requests(facts)
    plain = rd.join(draft)
    assert rd.follow(plain + "x", rd.basis_for(plain + "x", draft, optional), draft, optional).stale == ()
    with_compare = plain + optional["compare"]
    basis = rd.basis_for(with_compare, draft, optional)
    fewer = rd.RequestFacts(YEAR, ar.count_requests(RECORDS[:-1], YEAR), ar.count_cases([], YEAR), last_year_new=3)
    followed = rd.follow(with_compare, basis, rd.draft_requests(fewer), rd.optional_requests(fewer))
    assert "新收申请增加1件" in followed.text and followed.stale == ()


def test_the_organ_names_itself_as_a_report_does():
    assert rd.unit_self("东风镇") == "我镇"
    assert rd.unit_self("红旗乡") == "我乡"
    assert rd.unit_self("城关街道") == "我街道"
