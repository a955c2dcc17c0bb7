"""依申请公开 rules: the report's vocabularies, reading a result, and the statutory clock on the 2026 calendar.

2026 around the checks: 9-25 (Fri) is 中秋, 10-01..10-07 国庆 and 中秋 holidays, 10-10 (Sat) a 调休 working day."""
from __future__ import annotations

import datetime as dt

import pytest

from gkdesk.domain import requests as rules
from gkdesk.domain.requests import (
    CONSULT_ORGAN,
    CONSULT_THIRD_PARTY,
    FEE_NOTICE,
    OUTCOMES,
    Pause,
    RequestError,
    answer_clock,
    parse_outcome,
)
from gkdesk.domain.workcal import EnteredYear, WorkCalendar


def d(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


CAL = WorkCalendar()
RECEIVED = d("2026-09-25")


def clock(**kw):
    return answer_clock(CAL, kw.pop("received", RECEIVED), today=kw.pop("today", d("2026-12-31")), **kw)


# ---- the four checks of the issue -------------------------------------------------------------------------------

def test_received_on_2026_09_25_is_due_on_10_29():
    c = clock()
    assert c.due == d("2026-10-29")
    assert c.describe() == "收到之日起20个工作日"


def test_extended_it_is_due_on_11_26():
    c = clock(extension_days=20)
    assert c.due == d("2026-11-26")
    assert c.describe() == "收到之日起20个工作日，已延长20个工作日"


def test_supplement_must_be_asked_by_10_12():
    assert rules.supplement_limit(CAL, RECEIVED) == d("2026-10-12")
    assert clock().supplement_limit == d("2026-10-12")


def test_supplement_received_on_10_12_restarts_the_period_to_11_09():
    c = clock(supplement_asked=True, supplement_received_on=d("2026-10-12"))
    assert c.due == d("2026-11-09")
    assert c.restarted and c.describe() == "收到补正之日（2026-10-12）起20个工作日"


# ---- boundaries ----------------------------------------------------------------------------------------------

def test_the_issue_example_line_with_a_consultation_not_counted():
    consult = Pause(CONSULT_THIRD_PARTY, d("2026-10-13"), d("2026-10-20"))
    c = clock(extension_days=20, pauses=(consult,))
    assert c.describe() == "收到之日起20个工作日，已延长20个工作日，征求第三方意见2026-10-13至2026-10-20不计"
    # 10-13..10-20 holds six working days (13, 14, 15, 16, 19, 20): the due day moves six working days on
    assert c.due == CAL.working_days_after(d("2026-11-26"), 6) == d("2026-12-04")


def test_a_consultation_spanning_the_national_day_holiday_skips_only_its_working_days():
    # sent 09-29, replied 10-09: working days inside are 09-29, 09-30, 10-08, 10-09 — four
    c = clock(pauses=(Pause(CONSULT_ORGAN, d("2026-09-29"), d("2026-10-09")),))
    assert c.due == CAL.working_days_after(d("2026-10-29"), 4) == d("2026-11-04")
    assert "征求其他机关意见2026-09-29至2026-10-09不计" in c.describe()


def test_a_running_consultation_makes_the_due_day_provisional():
    c = clock(today=d("2026-10-15"), pauses=(Pause(CONSULT_THIRD_PARTY, d("2026-10-13")),))
    # 10-13..10-15 are paused so far: three working days
    assert c.provisional and c.due == CAL.working_days_after(d("2026-10-29"), 3)
    assert c.describe().endswith("征求第三方意见自2026-10-13起暂停计算（尚未回复）")


def test_a_pause_after_the_due_day_does_not_move_it():
    c = clock(pauses=(Pause(FEE_NOTICE, d("2026-11-02"), d("2026-11-10")),))
    assert c.due == d("2026-10-29")


def test_a_request_received_on_a_sunday_counts_from_the_next_working_day():
    # online, confirmed by both sides on Sunday 2026-03-15: the 20th working day after it
    c = clock(received=d("2026-03-15"))
    assert c.due == CAL.working_days_after(d("2026-03-16"), 19) == d("2026-04-13")
    assert c.supplement_limit == d("2026-03-24")


def test_while_waiting_for_the_supplement_there_is_no_due_day():
    c = clock(supplement_asked=True)
    assert c.due is None and c.start is None
    assert c.describe() == "待补正：收到补正之日起重新计算20个工作日"


def test_a_supplement_received_after_the_reply_by_day_still_restarts_the_period():
    # asked 10-09 with 15 working days (to 10-30); arrived late on 11-06: the clock runs from 11-06
    c = clock(supplement_asked=True, supplement_received_on=d("2026-11-06"))
    assert c.due == CAL.working_days_after(d("2026-11-06"), 20) == d("2026-12-04")


def test_an_extension_after_a_restart_adds_to_the_restarted_period():
    c = clock(supplement_asked=True, supplement_received_on=d("2026-10-12"), extension_days=20)
    assert c.due == CAL.working_days_after(d("2026-11-09"), 20) == d("2026-12-07")
    assert c.describe() == "收到补正之日（2026-10-12）起20个工作日，已延长20个工作日"


def test_a_period_crossing_the_year_end_is_flagged_while_next_year_is_not_loaded():
    c = clock(received=d("2026-12-15"))
    assert 2027 in c.fallback_years and c.estimated
    assert c.due == d("2027-01-12")   # 12-16..12-31 are 12 working days; Monday–Friday 2027 counts 1-1
    assert c.describe().endswith("（2027年节假日安排尚未录入，按周一至周五推算）")


def test_a_loaded_next_year_moves_the_due_day_and_drops_the_flag():
    loaded = WorkCalendar([EnteredYear(2027, frozenset({d("2027-01-01")}))])
    c = answer_clock(loaded, d("2026-12-15"), today=d("2026-12-31"))
    assert not c.estimated and c.due == d("2027-01-13")


@pytest.mark.parametrize("days, already, message", [
    (21, 0, "最长不得超过20个工作日"),
    (0, 0, "至少为1个工作日"),
    (10, 20, "只允许延长一次"),
])
def test_extension_limits(days, already, message):
    with pytest.raises(RequestError, match=message):
        rules.check_extension_days(days, already)


def test_a_twenty_day_extension_is_allowed():
    rules.check_extension_days(20, 0)


# ---- vocabularies ------------------------------------------------------------------------------------------------

def test_the_report_rows_in_order():
    assert [o.report_row for o in OUTCOMES if o.category == rules.WITHHELD] == [
        "1.属于国家秘密", "2.其他法律行政法规禁止公开", "3.危及“三安全一稳定”", "4.保护第三方合法权益",
        "5.属于三类内部事务信息", "6.属于四类过程性信息", "7.属于行政执法案卷", "8.属于行政查询事项"]
    assert [len(rules.REASONS[c]) for c in (rules.WITHHELD, rules.UNAVAILABLE, rules.NOT_PROCESSED, rules.OTHER)] \
        == [8, 3, 5, 3]
    assert len(OUTCOMES) == 21 and OUTCOMES[0].report_row == "（一）予以公开"
    assert rules.APPLICANT_TYPES == ("自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他")
    assert rules.CASE_KINDS == ("行政复议", "未经复议直接起诉", "复议后起诉")
    assert rules.CASE_RESULTS == ("维持", "纠正", "其他结果", "尚未审结")


def test_every_outcome_has_a_basis_but_the_free_other():
    assert [o.label for o in OUTCOMES if not o.basis] == ["其他处理：其他"]


@pytest.mark.parametrize("text, key", [
    ("予以公开", "予以公开"),
    ("部分公开", "部分公开"),
    ("不予公开:保护第三方合法权益", "不予公开:4"),
    ("不予公开：4", "不予公开:4"),
    ("不予公开（4）", "不予公开:4"),
    ("不予公开 第三方", "不予公开:4"),
    ('不予公开:危及"三安全一稳定"', "不予公开:3"),
    ("无法提供:不掌握", "无法提供:1"),
    ("重复申请", "不予处理:2"),
    ("逾期不补正", "其他处理:1"),
    ("缴纳费用", "其他处理:2"),
    ("其他处理:3", "其他处理:3"),
])
def test_a_result_by_its_wording_number_or_a_unique_part(text, key):
    assert parse_outcome(text).key == key


@pytest.mark.parametrize("text, message", [
    ("批准", "不在年度报告的办理结果分类中"),
    ("不予公开", "还需写明理由"),
    ("不予公开:9", "没有第9项"),
    ("公开", "同时符合"),
    ("予以公开:全部", "没有细分理由"),
    ("不予处理:商业秘密", "不是“不予处理”的理由"),
])
def test_a_result_outside_the_categories_is_refused_with_the_choices(text, message):
    with pytest.raises(RequestError, match=message):
        parse_outcome(text)


def test_only_no_supplement_and_unpaid_fee_abandon_the_request():
    assert [o.key for o in OUTCOMES if o.abandons] == ["其他处理:1", "其他处理:2"]


@pytest.mark.parametrize("text, kind", [("律师事务所", "法律服务机构"), ("法人或其他组织（其他）", "其他"),
                                        ("个人", "自然人"), ("科研机构", "科研机构")])
def test_applicant_types_as_clerks_write_them(text, kind):
    assert rules.normalize_applicant_type(text) == kind


def test_an_unknown_channel_names_the_five():
    with pytest.raises(RequestError, match="当面、邮寄、平常信函、网络、传真"):
        rules.normalize_channel("托人带来")
    assert rules.normalize_channel("电子邮件") == rules.ONLINE


def test_states_follow_the_steps():
    third = Pause(CONSULT_THIRD_PARTY, d("2026-10-13"))
    assert rules.request_state(None, True) == "待补正"
    assert rules.request_state(None, False) == "办理中"
    assert rules.request_state(None, False, (third,)) == "征求意见"
    assert rules.request_state(None, False, (Pause(FEE_NOTICE, d("2026-10-13")),)) == "待缴费"
    assert rules.request_state(parse_outcome("予以公开"), False) == "已答复"
    assert rules.request_state(parse_outcome("逾期不补正"), True) == "视为放弃"


def test_the_number_and_its_prefix_from_the_unit():
    assert rules.default_number_prefix("东风镇") == "东政依申"
    assert rules.default_number_prefix("城关街道", "街道") == "城街依申"
    assert rules.request_number("东政依申", 2026, 3) == "东政依申〔2026〕3号"


def test_names_are_masked_for_lists():
    assert [rules.masked_name(n) for n in ("张三", "欧阳明华", "东风农机有限公司", "")] == ["张*", "欧***", "东***", ""]
