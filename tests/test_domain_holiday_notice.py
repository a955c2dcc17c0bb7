"""The State Council's holiday notice pasted as published: read, checked, and compared with chinesecalendar.

tests/data/notices/<year>.txt are the notices as 中国政府网 and news sites publish them (full-width punctuation),
with the page around them: title, 来源, addressees, closing, signature, editor, related links.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import chinese_calendar
import pytest

from gkdesk.domain.holiday_notice import (
    NoticeError,
    describe_notice,
    looks_like_notice,
    normalise,
    parse_holiday_notice,
)
from gkdesk.domain.workcal import CalendarFileError, EnteredYear, WorkCalendar
from gkdesk.services.calendar import read_calendar_text
from gkdesk.services.errors import UserError

NOTICES = Path(__file__).parent / "data" / "notices"
HALF_WIDTH = str.maketrans({"：": ":", "（": "(", "）": ")", "，": ",", "；": ";"})


def d(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def notice_text(year: int, punctuation: str = "全角") -> str:
    text = (NOTICES / f"{year}.txt").read_text(encoding="utf-8")
    return text.translate(HALF_WIDTH) if punctuation == "半角" else text


def days_in(year: int, *notices: int, punctuation: str = "全角") -> EnteredYear:
    """What the notices set in `year`: its own notice, and the next one when its 元旦 starts in December."""
    off, on = set(), set()
    for notice in notices:
        for entered in parse_holiday_notice(notice_text(notice, punctuation)).entered_years():
            if entered.year == year:
                off |= entered.holidays
                on |= entered.workdays
    return EnteredYear(year, frozenset(off), frozenset(on))


def year_days(year: int) -> list[dt.date]:
    return chinese_calendar.get_dates(dt.date(year, 1, 1), dt.date(year, 12, 31))


# ---- every year chinesecalendar knows whose notice can be written as published ------------------------------
# 2019 and 2020 were amended after their notice (劳动节 2019 made 4 days, 春节 2020 extended), so their own days
# are not compared; the 2019 notice still gives the last days of 2018 (元旦 from 2018-12-30, 2018-12-29 上班).
CHECKED = {2017: (2017, 2018), 2018: (2018, 2019), 2021: (2021, 2022), 2022: (2022, 2023), 2023: (2023, 2024),
           2024: (2024, 2025), 2025: (2025, 2026), 2026: (2026,)}


@pytest.mark.parametrize("punctuation", ["全角", "半角"])
@pytest.mark.parametrize("year", sorted(CHECKED))
def test_the_notice_gives_the_same_days_as_chinesecalendar(year, punctuation):
    entered = days_in(year, *CHECKED[year], punctuation=punctuation)
    first, last = dt.date(year, 1, 1), dt.date(year, 12, 31)
    # 调休 working days: exactly the weekend days chinesecalendar has as working days
    assert entered.workdays == {x for x in chinese_calendar.get_workdays(first, last) if x.weekday() >= 5}
    # days off from Monday to Friday: exactly chinesecalendar's
    assert {x for x in entered.holidays if x.weekday() < 5} == {
        x for x in chinese_calendar.get_holidays(first, last) if x.weekday() < 5}
    # the holidays as chinesecalendar lists them, weekend days inside a block included
    official = set(chinese_calendar.get_holidays(first, last, include_weekends=False))
    if year == 2023:  # chinesecalendar also lists 2023-12-30/31, the weekend before 2024's 元旦; no notice names it
        official -= {d("2023-12-30"), d("2023-12-31")}
    assert entered.holidays == official
    calendar = WorkCalendar([entered])
    assert [x for x in year_days(year) if calendar.is_working_day(x) != chinese_calendar.is_workday(x)] == []


def test_2026_as_published():
    notice = parse_holiday_notice(notice_text(2026))
    assert notice.year == 2026
    assert [f.name for f in notice.festivals] == ["元旦", "春节", "清明节", "劳动节", "端午节", "中秋节", "国庆节"]
    spring = notice.festivals[1]
    assert spring.holidays == ((d("2026-02-15"), d("2026-02-23")),)
    assert spring.workdays == (d("2026-02-14"), d("2026-02-28"))
    assert notice.festivals[6].workdays == (d("2026-09-20"), d("2026-10-10"))
    assert notice.ignored == ()
    assert [e.year for e in notice.entered_years()] == [2026]


def test_the_2024_encouragement_to_rest_on_chuxi_is_not_a_holiday():
    notice = parse_holiday_notice(notice_text(2024))
    assert d("2024-02-09") not in notice.holidays
    assert WorkCalendar(notice.entered_years()).is_working_day(d("2024-02-09"))
    assert notice.ignored == ("春节：鼓励各单位结合带薪年休假等制度落实,安排职工在除夕(2月9日)休息",)
    assert "未当作放假或上班：春节：鼓励各单位结合带薪年休假等制度落实，安排职工在除夕（2月9日）休息" in describe_notice(notice)


def test_a_range_from_the_previous_december_belongs_to_that_year():
    notice = parse_holiday_notice(notice_text(2023))
    assert [(e.year, sorted(e.holidays)[:1]) for e in notice.entered_years()] == [
        (2022, [d("2022-12-31")]), (2023, [d("2023-01-01")])]
    assert describe_notice(notice)[1] == "元旦：2022年12月31日（周六）至1月2日（周一）放假，共3天"


@pytest.mark.parametrize(
    "variant",
    [
        pytest.param(lambda t: t.replace("\n\n  ", "").replace("\n", ""), id="all on one line"),
        pytest.param(lambda t: t.replace("\r", "").replace("\n", "\r\n"), id="Windows line breaks"),
        pytest.param(lambda t: "\n".join(x.split("、", 1)[1] if x.lstrip()[:2] in {"一、", "二、", "三、", "四、",
                                          "五、", "六、", "七、"} else x for x in t.split("\n")), id="no numbers"),
        pytest.param(lambda t: t.replace("：1月", " :1月").replace("：2月", " :2月"), id="space before colon"),
        pytest.param(lambda t: t.replace("周", "星期"), id="星期 for 周"),
        pytest.param(lambda t: t.replace("2", "２").replace("1", "１"), id="full-width digits"),
    ],
)
def test_how_a_copy_from_a_web_page_may_look(variant):
    notice = parse_holiday_notice(variant(notice_text(2026)))
    assert notice.year == 2026
    assert notice.holidays == parse_holiday_notice(notice_text(2026)).holidays
    assert notice.workdays == parse_holiday_notice(notice_text(2026)).workdays


@pytest.mark.parametrize(
    "item, holidays, workdays",
    [
        ("元旦：1月1日（周三）放假1天，不调休。", ["2025-01-01"], []),
        ("元旦：1月1日放假，与周末连休。", ["2025-01-01"], []),
        ("元旦：1月1日放假，1月2日（星期四）补休。", ["2025-01-01", "2025-01-02"], []),
        ("春节：1月28日（农历除夕、周二）至2月4日（农历正月初七、周二）放假调休，共8天。",
         [f"2025-01-{n}" for n in range(28, 32)] + [f"2025-02-0{n}" for n in range(1, 5)], []),
        ("元旦：2024年12月31日至2025年1月1日放假调休，共2天。2024年12月28日（星期六）上班。",
         ["2024-12-31", "2025-01-01"], ["2024-12-28"]),
        ("元旦：12月31日至1月1日放假，共二天。", ["2024-12-31", "2025-01-01"], []),
        ("劳动节：5月1日至5日放假调休，共五天。4月27日（周日）上班。",
         [f"2025-05-0{n}" for n in range(1, 6)], ["2025-04-27"]),
        ("国庆节：10月1日（周三）至8日（周三）放假调休，共8天。9月28日（周日）和10月11日（周六）上班。",
         [f"2025-10-0{n}" for n in range(1, 9)], ["2025-09-28", "2025-10-11"]),
    ],
)
def test_sentence_forms(item, holidays, workdays):
    notice = parse_holiday_notice(f"现将2025年元旦、春节放假安排通知如下。\n一、{item}")
    assert sorted(notice.holidays) == [d(x) for x in holidays]
    assert sorted(notice.workdays) == [d(x) for x in workdays]


def test_the_year_comes_from_the_opening_sentence_before_related_links():
    text = notice_text(2026) + "\n相关阅读：国务院办公厅关于2025年部分节假日安排的通知\n"
    assert parse_holiday_notice(text).year == 2026
    only_title = "国务院办公厅关于2027年\n部分节假日安排的通知\n一、元旦：1月1日（周五）至3日（周日）放假，共3天。"
    assert parse_holiday_notice(only_title).year == 2027


# ---- refusals: one sentence naming the line and what to check ---------------------------------------------

NOTICE_2027 = """国务院办公厅关于2027年部分节假日安排的通知
经国务院批准，现将2027年元旦、春节放假调休日期的具体安排通知如下。
一、元旦：1月1日（周五）至3日（周日）放假，共3天。
二、春节：2月6日（农历正月初一、周六）至12日（农历正月初七、周五）放假调休，共7天。2月14日（周日）上班。
国务院办公厅
2026年11月4日
"""


def test_the_2027_example_reads_as_the_calendar_file_does():
    notice = parse_holiday_notice(NOTICE_2027)
    holidays = {d("2027-01-01"), d("2027-01-02"), d("2027-01-03")} | {
        d("2027-02-06") + dt.timedelta(days=i) for i in range(7)}
    assert notice.entered_years() == [EnteredYear(2027, frozenset(holidays), frozenset({d("2027-02-14")}))]


@pytest.mark.parametrize(
    "change, message",
    [
        (("2月14日（周日）", "2月14日（周六）"),
         "第4行（春节）写2月14日是“周六”，但2027年2月14日是周日；请核对粘贴的是不是2027年的通知、日期有没有抄错。"),
        (("至3日（周日）", "至3日（周一）"), "第3行（元旦）写1月3日是“周一”，但2027年1月3日是周日"),
        (("2027年元旦", "2026年元旦"), "第3行（元旦）写1月1日是“周五”，但2026年1月1日是周四"),
        (("共7天", "共8天"),
         "第4行（春节）写“共8天”，但2月6日（周六）至2月12日（周五）是7天；请对照通知原文核对起止日期和天数。"),
        (("2月14日（周日）上班", "2月15日上班"),
         "第4行（春节）把2月15日（周一）列为上班日，但这一天本来就是工作日；调休上班的应是周六或周日"),
        (("至12日（农历正月初七、周五）", "至2028年2月12日"), "第4行（春节）的2028年2月6日不在2027年内；请核对通知的年份"),
        (("至12日（农历正月初七、周五）", "至2日"), "第4行（春节）的放假日期起止颠倒"),
        (("2月6日（农历正月初一、周六）至", "2月30日至"), "第4行（春节）的“2月30日”不是2027年的有效日期"),
        (("2月14日（周日）上班", "除夕（2月5日）放假"), "第4行（春节）的“除夕(2月5日)放假”读不出放假或上班的日期"),
        (("2月14日（周日）上班", "2月7日（周日）上班"), "第4行（春节）的上班日2月7日又在第4行（春节）的放假日期内"),
    ],
)
def test_a_notice_that_does_not_add_up_is_refused(change, message):
    with pytest.raises(NoticeError) as caught:
        parse_holiday_notice(NOTICE_2027.replace(*change))
    assert str(caught.value).startswith(message)
    assert isinstance(caught.value, CalendarFileError)  # shown as it is by the window and the command line


@pytest.mark.parametrize(
    "text, message",
    [
        ("一、元旦：1月1日（周五）至3日（周日）放假，共3天。\n二、春节：2月6日至12日放假调休，共7天。",
         "没有找到通知所属的年份；请把标题“国务院办公厅关于20XX年部分节假日安排的通知”"),
        (notice_text(2025) + notice_text(2026).replace("现将2026年", "现将 2026年"),
         "粘贴的内容里同时有2025年和2026年的节假日安排，请只粘贴一年的通知后重试。"),
        ("国务院办公厅关于2027年部分节假日安排的通知\n国务院办公厅\n2026年11月4日",
         "没有在2027年的通知中读到放假安排；请把“一、元旦：……放假……”等各条连同标题一起复制进来。"),
    ],
)
def test_a_notice_without_its_year_or_its_items_is_refused(text, message):
    with pytest.raises(NoticeError, match="^" + message.replace("(", r"\(")):
        parse_holiday_notice(text)


def test_only_the_encouragement_mentions_chuxi_and_nothing_of_it_is_taken():
    text = NOTICE_2027.replace("2月14日（周日）上班。", "2月14日（周日）上班。鼓励各单位安排职工在除夕（2月5日）休息。")
    notice = parse_holiday_notice(text)
    assert d("2027-02-05") not in notice.holidays | notice.workdays
    assert len(notice.ignored) == 1


# ---- which reader -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("year", [2017, 2024, 2026])
def test_a_notice_looks_like_a_notice(year):
    assert looks_like_notice(notice_text(year))
    assert looks_like_notice(notice_text(year).translate(HALF_WIDTH))


@pytest.mark.parametrize("text", ["# 2027年节假日安排\n休 2027-01-01 至 2027-01-03\n班 2027-02-07\n",
                                  "休 2027-01-01  # 元旦：放假\n", "", "明天放假"])
def test_the_calendar_file_format_does_not(text):
    assert not looks_like_notice(text)


def test_normalise_makes_punctuation_half_width_and_keeps_chinese():
    assert normalise("二、春节：2月15日（周日）\r\n至２３日") == "二、春节:2月15日(周日)\n至23日"


# ---- reading for import (services.calendar.read_calendar_text) ---------------------------------------------

def test_reading_a_notice_lists_what_was_understood_per_festival():
    read = read_calendar_text(NOTICE_2027)
    assert read.year_numbers == [2027]
    assert read.summary == (
        "2027年节假日安排，读出2项：",
        "元旦：1月1日（周五）至1月3日（周日）放假，共3天",
        "春节：2月6日（周六）至2月12日（周五）放假，共7天；2月14日（周日）上班",
        "合计放假10天（其中周一至周五6天），调休上班1天。",
    )


def test_a_year_chinesecalendar_knows_is_refused_as_a_file_is():
    with pytest.raises(UserError, match="^这是2026年的节假日安排通知，程序已带有2026年的官方数据，不需要导入"):
        read_calendar_text(notice_text(2026))
    with pytest.raises(UserError, match="^文件中有2026年的日期，而2026年已有国务院办公厅的官方节假日数据"):
        read_calendar_text("休 2026-10-01 至 2026-10-07")


NOTICE_2028 = """国务院办公厅关于2028年部分节假日安排的通知
现将2028年元旦、春节放假调休日期的具体安排通知如下。
一、元旦：2027年12月31日（周五）至2028年1月2日（周日）放假，共3天。
"""


def test_december_days_of_the_notice_go_into_the_year_before_when_it_is_entered():
    entered_2027 = parse_holiday_notice(NOTICE_2027).entered_years()[0]
    read = read_calendar_text(NOTICE_2028, [entered_2027])
    assert read.year_numbers == [2027, 2028]
    merged = read.years[0]
    assert merged.holidays == entered_2027.holidays | {d("2027-12-31")}
    assert merged.workdays == entered_2027.workdays
    assert read.summary[-1] == "其中2027年12月的日期将并入2027年的安排。"


def test_december_days_of_the_notice_need_the_year_before_first():
    with pytest.raises(UserError, match="^通知把2027年12月的几天也作了安排，而2027年的节假日安排还没有录入；"
                                        "请先导入2027年的通知，再导入这份通知。"):
        read_calendar_text(NOTICE_2028)


def test_a_december_weekend_that_changes_nothing_is_left_alone():
    text = NOTICE_2028.replace("2027年12月31日（周五）至2028年1月2日（周日）放假，共3天",
                               "2028年1月1日（周六）至3日（周一）放假，共3天").replace("\n一、", "\n二、春节：2027年12月"
                                                                              "25日（周六）放假。\n一、")
    read = read_calendar_text(text)  # 2027 is not entered, but 25 December 2027 is a Saturday: nothing to change
    assert read.year_numbers == [2028]


def test_december_days_of_an_official_year_are_added_to_its_official_days():
    text = NOTICE_2027.replace("1月1日（周五）至3日（周日）放假，共3天",
                               "2026年12月31日（周四）至2027年1月3日（周日）放假调休，共4天")
    read = read_calendar_text(text)
    assert read.year_numbers == [2026, 2027]
    official_2026 = WorkCalendar().arrangement(2026)
    assert read.years[0] == EnteredYear(2026, official_2026.holidays | {d("2026-12-31")}, official_2026.workdays)
