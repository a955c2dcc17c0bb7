"""公开时限: the catalog's deadline texts as counties write them, parsed into rules and counted on the calendar."""
from __future__ import annotations

import datetime as dt

import pytest

from gkdesk.domain.timelimit import TimeLimitError, chinese_number, make_rule, parse_time_limit
from gkdesk.domain.workcal import WorkCalendar

W, N = "工作日", "自然日"

# (text, event, days, unit, publicity days) — computable phrasings seen in published catalogs.
COMPUTABLE = [
    ("信息形成或者变更之日起20个工作日内", "信息形成或者变更之日", 20, W, None),
    ("信息形成或变更之日起3个工作日内", "信息形成或变更之日", 3, W, None),
    ("自信息形成或者变更之日起20个工作日内", "信息形成或者变更之日", 20, W, None),
    ("信息形成（变更）之日起20个工作日内", "信息形成(变更)之日", 20, W, None),
    ("制定或获取信息之日起10个工作日内", "制定或获取信息之日", 10, W, None),
    ("制定或获取信息之日起10个工作日内，公示7个工作日", "制定或获取信息之日", 10, W, 7),
    ("分配结果确定后20个工作日内", "分配结果确定之日", 20, W, None),
    ("自作出决定之日起7个工作日内", "作出决定之日", 7, W, None),
    ("行政许可、行政处罚自作出决定之日起7个工作日内", "作出决定之日", 7, W, None),
    ("批复后20日内", "批复之日", 20, N, None),
    ("信息形成或者变更之日起二十个工作日内", "信息形成或者变更之日", 20, W, None),
    ("经批准后十五日内", "批准之日", 15, N, None),
    ("收到申请之日起20个工作日内", "收到申请之日", 20, W, None),
    ("项目批准后 7 个工作日内", "项目批准之日", 7, W, None),
    ("信息形成之日起２０个工作日内", "信息形成之日", 20, W, None),
    ("审核确认后10个自然日内", "审核确认之日", 10, N, None),
    ("结果确定之日起5个工作日内，公示期不少于7天", "结果确定之日", 5, W, 7),
    ("信息形成或者变更之日起20个工作日内，法律法规另有规定的从其规定", "信息形成或者变更之日", 20, W, None),
]


@pytest.mark.parametrize("text,event,days,unit,publicity", COMPUTABLE)
def test_computable_phrasings(text, event, days, unit, publicity):
    rule = parse_time_limit(text)
    assert rule is not None and rule.computable
    assert (rule.event, rule.days, rule.unit, rule.publicity_days) == (event, days, unit, publicity)
    assert rule.text == text  # the county's own words are kept


# Texts with no computable deadline: kept as text, said what they are.
NOT_COMPUTABLE = [
    ("实时", "实时公开"),
    ("实时更新", "实时公开"),
    ("及时公开", "及时公开"),
    ("长期公开", "长期公开"),
    ("每季度", "按季度公开"),
    ("每季度更新一次", "按季度公开"),
    ("每年", "按年度公开"),
    ("每年1月31日前", "按年度公开"),
    ("常态化公开", "常态化公开"),
    ("动态更新", "动态更新"),
]


@pytest.mark.parametrize("text,kind", NOT_COMPUTABLE)
def test_phrasings_without_a_deadline_are_kept_as_text(text, kind):
    rule = parse_time_limit(text)
    assert rule is not None and not rule.computable
    assert rule.kind == kind and rule.text == text
    assert rule.deadline(dt.date(2026, 5, 6), WorkCalendar().working_days_after) is None
    assert "不计算期限" in rule.describe()


def test_only_a_count_assumes_the_regulation_s_default_event():
    rule = parse_time_limit("20个工作日内")
    assert rule.computable and rule.assumed_event and rule.event == "信息形成或者变更之日"


@pytest.mark.parametrize("text", ["", "   ", "按上级要求", "详见文件"])
def test_text_that_says_nothing_gives_none(text):
    assert parse_time_limit(text) is None


@pytest.mark.parametrize("text,value", [("20", 20), ("二十", 20), ("十五", 15), ("十", 10), ("七", 7), ("两", 2),
                                        ("一百二十", 120), ("三十", 30), ("２０", 20)])
def test_chinese_numbers(text, value):
    assert chinese_number(text) == value


def test_deadline_across_the_2026_national_day():
    """20 working days after 25 September 2026 skip the 1–7 October holiday: 29 October (the day itself does
    not count); 20 natural days are simply 15 October."""
    cal = WorkCalendar()
    formed = dt.date(2026, 9, 25)
    assert parse_time_limit("信息形成或者变更之日起20个工作日内").deadline(formed, cal.working_days_after) == \
        dt.date(2026, 10, 29)
    assert parse_time_limit("批复后20日内").deadline(formed, cal.working_days_after) == dt.date(2026, 10, 15)
    # 7 working days after 30 September: 1–7 October off, so 15 October (8, 9, 10 (a 调休 working Saturday), 12–15).
    assert parse_time_limit("自作出决定之日起7个工作日内").deadline(
        dt.date(2026, 9, 30), cal.working_days_after) == dt.date(2026, 10, 15)


def test_describe_reads_like_the_catalog():
    assert parse_time_limit("分配结果确定后20个工作日内").describe() == "分配结果确定之日起20个工作日内"
    assert parse_time_limit("批复后二十日内").describe() == "批复之日起20日内"


def test_a_corrected_rule_is_checked():
    rule = make_rule("按上级要求", "通知下达之日", 15, W)
    assert rule.computable and rule.days == 15
    assert not make_rule("长期", "", None, W).computable
    with pytest.raises(TimeLimitError, match="起算事件"):
        make_rule("x", "", 5, W)
    with pytest.raises(TimeLimitError, match="单位"):
        make_rule("x", "信息形成之日", 5, "月")
    with pytest.raises(TimeLimitError, match="天数"):
        make_rule("x", "信息形成之日", -1, W)
