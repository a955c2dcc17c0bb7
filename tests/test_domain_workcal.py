"""The working-day calendar: 2026 official holidays, 2027 fallback or entered, periods and deadlines."""
from __future__ import annotations

import datetime as dt
import time

import pytest

from gkdesk.domain.workcal import (
    ENTERED,
    FALLBACK,
    NATURAL,
    OFFICIAL,
    WORKING,
    CalendarFileError,
    EnteredYear,
    WorkCalendar,
    format_calendar_text,
    parse_calendar_text,
)


def d(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


CAL = WorkCalendar()

# 2027 as the State Council might announce it (for tests only): 元旦 1-1..1-3, 春节 2-6..2-12, 班 2-14.
NOTICE_2027 = EnteredYear(
    2027,
    holidays=frozenset({d("2027-01-01"), d("2027-01-02"), d("2027-01-03")}
                       | {d("2027-02-06") + dt.timedelta(days=i) for i in range(7)}),
    workdays=frozenset({d("2027-02-14")}),
)
CAL_2027 = WorkCalendar([NOTICE_2027])


@pytest.mark.parametrize(
    "day, working",
    [
        ("2026-10-01", False),  # 国庆
        ("2026-10-02", False),
        ("2026-10-05", False),  # a Monday inside the holiday
        ("2026-10-07", False),
        ("2026-10-08", True),
        ("2026-10-10", True),  # Saturday, 调休 working day
        ("2026-10-11", False),  # ordinary Sunday
        ("2026-09-25", False),  # 中秋, a Friday
        ("2026-09-20", True),  # Sunday, 调休 working day
        ("2026-09-24", True),
        ("2026-09-26", False),
        ("2026-01-01", False),
        ("2026-01-04", True),  # Sunday, 调休
        ("2026-05-01", False),
        ("2026-05-05", False),
        ("2026-05-09", True),  # Saturday, 调休
        ("2026-06-19", False),  # 端午
        ("2026-06-26", True),
        ("2026-06-27", False),
        ("2026-06-29", True),
        ("2026-12-31", True),
        ("2027-01-01", True),  # 2027 unknown: Monday–Friday fallback
        ("2027-01-02", False),
        ("2027-02-08", True),
        ("2027-02-14", False),
    ],
)
def test_is_working_day_2026_official_2027_fallback(day, working):
    assert CAL.is_working_day(d(day)) is working


@pytest.mark.parametrize(
    "day, working",
    [
        ("2027-01-01", False),  # entered 元旦 overrides the fallback
        ("2027-01-04", True),
        ("2027-02-08", False),  # entered 春节
        ("2027-02-12", False),
        ("2027-02-14", True),  # entered 调休 Sunday
        ("2027-02-15", True),
        ("2027-02-20", False),
        ("2026-10-01", False),  # other years untouched
    ],
)
def test_entered_2027(day, working):
    assert CAL_2027.is_working_day(d(day)) is working


def test_an_entered_year_overrides_the_official_data():
    calendar = WorkCalendar([EnteredYear(2026)])  # a bare year: Monday–Friday with no holidays
    assert calendar.year_source(2026) == ENTERED
    assert calendar.is_working_day(d("2026-10-01"))
    assert not calendar.is_working_day(d("2026-10-10"))


@pytest.mark.parametrize(
    "calendar, year, source, official",
    [
        (CAL, 2026, OFFICIAL, True),
        (CAL, 2004, OFFICIAL, True),
        (CAL, 2015, OFFICIAL, True),
        (CAL, 2027, FALLBACK, False),
        (CAL, 2003, FALLBACK, False),
        (CAL, 2100, FALLBACK, False),
        (CAL_2027, 2027, ENTERED, True),
        (CAL_2027, 2026, OFFICIAL, True),
        (CAL_2027, 2028, FALLBACK, False),
    ],
)
def test_year_source(calendar, year, source, official):
    assert calendar.year_source(year) == source
    assert calendar.is_official(year) is official


def test_arrangement_gives_the_days_of_an_official_or_entered_year():
    official = CAL.arrangement(2026)
    assert d("2026-10-05") in official.holidays and official.workdays >= {d("2026-10-10"), d("2026-09-20")}
    assert CAL_2027.arrangement(2027) == NOTICE_2027
    assert CAL.arrangement(2027) is None


def test_fallback_years_names_the_unofficial_years_of_a_span():
    assert CAL.fallback_years(d("2026-12-15"), d("2027-01-12")) == [2027]
    assert CAL_2027.fallback_years(d("2026-12-15"), d("2028-01-12")) == [2028]
    assert CAL.fallback_years(d("2026-01-01"), d("2026-12-31")) == []


@pytest.mark.parametrize(
    "calendar, first_day, n, unit, end",
    [
        (CAL, "2026-09-28", 7, WORKING, "2026-10-12"),  # across 中秋/国庆, 10-10 worked
        (CAL, "2026-06-26", 5, NATURAL, "2026-06-30"),  # 公示时间：6月26日至6月30日
        (CAL, "2026-06-26", 7, NATURAL, "2026-07-02"),
        (CAL, "2026-06-26", 5, WORKING, "2026-07-02"),  # Fri counts; skips the weekend
        (CAL, "2026-06-27", 5, WORKING, "2026-07-03"),  # posted on Saturday: count from Monday
        (CAL, "2026-09-30", 1, WORKING, "2026-09-30"),
        (CAL, "2026-10-01", 1, WORKING, "2026-10-08"),  # posted in the holiday
        (CAL, "2026-10-01", 7, NATURAL, "2026-10-07"),
        (CAL, "2026-09-18", 7, WORKING, "2026-09-28"),  # 9-20 Sun worked, 9-25..27 off
        (CAL, "2026-12-28", 7, WORKING, "2027-01-05"),  # 2027 fallback: 1-1 worked
        (CAL_2027, "2026-12-28", 7, WORKING, "2027-01-06"),  # entered 2027: 1-1 off
        (CAL, "2026-12-28", 10, NATURAL, "2027-01-06"),
        (CAL, "2026-02-28", 1, WORKING, "2026-02-28"),  # Saturday 调休 counts
    ],
)
def test_publicity_end(calendar, first_day, n, unit, end):
    assert calendar.publicity_end(d(first_day), n, unit) == d(end)


@pytest.mark.parametrize(
    "n, unit, message",
    [
        (0, WORKING, "公示期天数应至少为1天"),
        (-3, NATURAL, "公示期天数应至少为1天"),
        (7, "天", "公示期单位“天”无法识别"),
    ],
)
def test_publicity_end_refuses_nonsense(n, unit, message):
    with pytest.raises(ValueError, match=message):
        CAL.publicity_end(d("2026-06-26"), n, unit)


@pytest.mark.parametrize(
    "calendar, event_day, n, due",
    [
        (CAL, "2026-09-25", 20, "2026-10-29"),
        (CAL, "2026-05-06", 20, "2026-06-02"),  # 条例 第二十六条 from 6 May; 5-9 Sat worked
        (CAL, "2026-09-30", 1, "2026-10-08"),
        (CAL, "2026-10-09", 1, "2026-10-10"),  # Saturday 调休
        (CAL, "2026-10-10", 1, "2026-10-12"),
        (CAL, "2026-06-26", 0, "2026-06-26"),
        (CAL, "2026-06-26", 3, "2026-07-01"),
        (CAL, "2026-10-03", 3, "2026-10-10"),  # event in the holiday: 10-8, 10-9, 10-10
        (CAL, "2026-12-15", 20, "2027-01-12"),  # into 2027 on the fallback
        (CAL_2027, "2026-12-15", 20, "2027-01-13"),  # entered 2027: 1-1 off
        (CAL, "2026-12-31", 1, "2027-01-01"),
        (CAL, "2026-12-31", 60, "2027-03-25"),  # 60 fallback working days = 12 weeks
        (CAL, "2025-12-31", 1, "2026-01-04"),  # 2026-01-01..03 off, Sunday 01-04 is 调休
    ],
)
def test_working_days_after(calendar, event_day, n, due):
    assert calendar.working_days_after(d(event_day), n) == d(due)


def test_working_days_after_refuses_negative():
    with pytest.raises(ValueError, match="工作日天数不能为负数"):
        CAL.working_days_after(d("2026-06-26"), -1)


@pytest.mark.parametrize("n", [1, 5, 10, 20, 45, 60])
@pytest.mark.parametrize("event_day", ["2026-09-25", "2026-11-20", "2026-12-24", "2027-12-20"])
def test_working_days_after_agrees_with_between(event_day, n):
    due = CAL.working_days_after(d(event_day), n)
    assert CAL.is_working_day(due)
    assert CAL.working_days_between(d(event_day), due) == n
    assert CAL.working_days_between(d(event_day), due - dt.timedelta(days=1)) == n - 1


@pytest.mark.parametrize(
    "calendar, a, b, count",
    [
        (CAL, "2026-09-25", "2026-10-29", 20),
        (CAL, "2026-06-26", "2026-06-26", 0),
        (CAL, "2026-10-29", "2026-09-25", -20),
        (CAL, "2026-10-01", "2026-10-07", 0),  # all holiday
        (CAL, "2026-09-30", "2026-10-08", 1),
        (CAL, "2026-10-29", "2026-10-30", 1),  # published one working day late
        (CAL, "2026-10-29", "2026-11-02", 2),  # the weekend does not count
        (CAL, "2026-12-15", "2027-01-12", 20),
        (CAL_2027, "2026-12-15", "2027-01-12", 19),
        (CAL, "2025-12-31", "2026-12-31", 248),  # the whole of 2026, see below
        (CAL, "2026-12-31", "2027-12-31", 261),  # 2027 on the fallback: 365 − 104 weekend days
    ],
)
def test_working_days_between(calendar, a, b, count):
    assert calendar.working_days_between(d(a), d(b)) == count


def test_2026_has_248_working_days():
    # 365 days − 104 weekend days − 19 weekday holidays (元旦 2, 春节 6, 清明 1, 劳动节 3, 端午 1,
    # 中秋 1, 国庆 5) + 6 调休 weekend days (1-4, 2-14, 2-28, 5-9, 9-20, 10-10) = 248.
    days = [d("2026-01-01") + dt.timedelta(days=i) for i in range(365)]
    assert sum(CAL.is_working_day(day) for day in days) == 248
    assert [day for day in days if day.weekday() >= 5 and CAL.is_working_day(day)] == [
        d("2026-01-04"), d("2026-02-14"), d("2026-02-28"), d("2026-05-09"), d("2026-09-20"), d("2026-10-10")
    ]


@pytest.mark.parametrize(
    "today, end, remaining",
    [
        ("2026-06-26", "2026-06-30", 4),
        ("2026-06-29", "2026-06-30", 1),
        ("2026-06-30", "2026-06-30", 0),  # the end day is the last day of the period
        ("2026-07-01", "2026-06-30", -1),
        ("2026-12-31", "2027-01-02", 2),
    ],
)
def test_days_remaining(today, end, remaining):
    assert CAL.days_remaining(d(today), d(end)) == remaining


@pytest.mark.parametrize(
    "day, following",
    [
        ("2026-09-30", "2026-10-08"),
        ("2026-10-09", "2026-10-10"),
        ("2026-06-26", "2026-06-29"),
        ("2026-06-27", "2026-06-29"),
        ("2026-09-19", "2026-09-20"),
        ("2026-12-31", "2027-01-01"),
    ],
)
def test_next_working_day(day, following):
    assert CAL.next_working_day(d(day)) == d(following)


def test_calendar_is_fast():
    started = time.perf_counter()
    calendar = WorkCalendar([NOTICE_2027])
    day = d("2026-01-01")
    for i in range(2000):
        start = day + dt.timedelta(days=i % 700)
        calendar.working_days_after(start, 60)
        calendar.publicity_end(start, 7, WORKING)
        calendar.working_days_between(start, start + dt.timedelta(days=400))
    assert time.perf_counter() - started < 0.5


# ---- EnteredYear ------------------------------------------------------------------------------


def test_entered_year_refuses_dates_of_another_year():
    with pytest.raises(ValueError, match="2027年的节假日安排中混入了其他年份的日期 2026-12-31"):
        EnteredYear(2027, holidays=frozenset({d("2026-12-31")}))


def test_entered_year_refuses_a_day_both_off_and_on():
    with pytest.raises(ValueError, match="2027-02-14 同时被标为休息日和上班日"):
        EnteredYear(2027, holidays=frozenset({d("2027-02-14")}), workdays=frozenset({d("2027-02-14")}))


def test_entered_year_accepts_plain_sets():
    entered = EnteredYear(2027, holidays={d("2027-01-01")})  # type: ignore[arg-type]
    assert entered.holidays == frozenset({d("2027-01-01")})
    assert hash(entered)


# ---- the calendar text file -------------------------------------------------------------------

NOTICE_TEXT = """\
# 2027年节假日安排（国务院办公厅通知）
休 2027-01-01 至 2027-01-03
休 2027-02-06 至 2027-02-12
班 2027-02-14
"""


def test_parse_calendar_text_reads_the_notice():
    assert parse_calendar_text(NOTICE_TEXT) == [NOTICE_2027]


@pytest.mark.parametrize(
    "line, off, on",
    [
        ("休 2027-01-01", {"2027-01-01"}, set()),
        ("假 2027-01-01", {"2027-01-01"}, set()),
        ("放假 2027-01-01", {"2027-01-01"}, set()),
        ("holiday 2027-01-01", {"2027-01-01"}, set()),
        ("Holiday 2027-01-01", {"2027-01-01"}, set()),
        ("休：2027-01-01", {"2027-01-01"}, set()),
        ("休2027-01-01", {"2027-01-01"}, set()),
        ("  休   2027年1月1日  ", {"2027-01-01"}, set()),
        ("休 ２０２７－０１－０１", {"2027-01-01"}, set()),
        ("休 2027-01-01  # 元旦", {"2027-01-01"}, set()),
        ("休 2027-01-01 ~ 2027-01-03", {"2027-01-01", "2027-01-02", "2027-01-03"}, set()),
        ("休 2027-01-01~2027-01-03", {"2027-01-01", "2027-01-02", "2027-01-03"}, set()),
        ("休 2027-01-01 -- 2027-01-03", {"2027-01-01", "2027-01-02", "2027-01-03"}, set()),
        ("休 2027-01-01--2027-01-03", {"2027-01-01", "2027-01-02", "2027-01-03"}, set()),
        ("休 2027年1月1日至2027年1月3日", {"2027-01-01", "2027-01-02", "2027-01-03"}, set()),
        ("休 2027.1.1 到 2027.1.3", {"2027-01-01", "2027-01-02", "2027-01-03"}, set()),
        ("休 2027-01-01 ～ 2027-01-03", {"2027-01-01", "2027-01-02", "2027-01-03"}, set()),
        ("班 2027-02-14", set(), {"2027-02-14"}),
        ("上班 2027-02-14", set(), {"2027-02-14"}),
        ("补班 2027-02-14", set(), {"2027-02-14"}),
        ("workday 2027-02-14", set(), {"2027-02-14"}),
        ("班 20270214", set(), {"2027-02-14"}),
    ],
)
def test_parse_calendar_text_line_forms(line, off, on):
    (entered,) = parse_calendar_text(line)
    assert entered.year == 2027
    assert entered.holidays == {d(x) for x in off}
    assert entered.workdays == {d(x) for x in on}


def test_parse_calendar_text_groups_by_year_and_skips_blank_lines_and_comments():
    text = "\ufeff# two years\n\n休 2026-10-01 至 2026-10-07\n   \n班 2026-10-10\n# 2027\n休 2027-01-01\n"
    years = parse_calendar_text(text)
    assert [y.year for y in years] == [2026, 2027]
    assert len(years[0].holidays) == 7 and years[0].workdays == {d("2026-10-10")}
    assert years[1].holidays == {d("2027-01-01")}


def test_a_range_over_new_year_is_split_by_year():
    years = parse_calendar_text("休 2027-12-31 至 2028-01-01")
    assert [(y.year, sorted(y.holidays)) for y in years] == [
        (2027, [d("2027-12-31")]),
        (2028, [d("2028-01-01")]),
    ]


@pytest.mark.parametrize(
    "text, message",
    [
        ("休 2027-01-01\n放 2027-01-02", "第2行“放 2027-01-02”无法识别，每行应以“休”或“班”开头，后面写日期或日期范围"),
        ("2027-01-01", "第1行“2027-01-01”无法识别，每行应以“休”或“班”开头"),
        ("# x\n休 2027-02-30", "第2行的日期“2027-02-30”无法识别，请写成 2027-01-01 这样的格式"),
        ("休 明天", "第1行的日期“明天”无法识别"),
        ("休 2027-01-01 至", "第1行的日期范围“2027-01-01 至”无法识别"),
        ("休 2027-01-01 至 2027-01-03 至 2027-01-05", "第1行的日期范围"),
        ("\n\n休 2027-01-03 至 2027-01-01", "第3行的日期范围起止颠倒，请把较早的日期写在前面"),
        ("休 2027-01-01 至 2027-03-01", "第1行的日期范围超过31天，请核对是否写错"),
        ("休 2027-02-14\n班 2027-02-14", "第2行的 2027-02-14 在第1行已另有标注，同一天不能既休又班，请核对"),
        ("班 2027-02-14\n休 2027-02-10 至 2027-02-16", "第2行的 2027-02-14 在第1行已另有标注"),
        ("", "文件中没有找到任何日期"),
        ("# only a comment\n\n", "文件中没有找到任何日期"),
    ],
)
def test_parse_calendar_text_errors_name_the_line(text, message):
    with pytest.raises(CalendarFileError) as caught:
        parse_calendar_text(text)
    assert str(caught.value).startswith(message)
    assert isinstance(caught.value, ValueError)


def test_format_calendar_text_writes_ranges():
    assert format_calendar_text([NOTICE_2027]) == (
        "# 2027年节假日安排\n"
        "休 2027-01-01 至 2027-01-03\n"
        "休 2027-02-06 至 2027-02-12\n"
        "班 2027-02-14\n"
    )


@pytest.mark.parametrize(
    "years",
    [
        [NOTICE_2027],
        [EnteredYear(2028, holidays=frozenset({d("2028-01-01")}))],
        [EnteredYear(2028, workdays=frozenset({d("2028-01-08"), d("2028-01-09"), d("2028-10-14")}))],
        [NOTICE_2027, EnteredYear(2028, holidays=frozenset({d("2028-05-01"), d("2028-05-03")}))],
    ],
)
def test_format_then_parse_round_trip(years):
    assert parse_calendar_text(format_calendar_text(years)) == years


def test_format_calendar_text_of_nothing_is_empty():
    assert format_calendar_text([]) == ""
