"""Dates as clerks, Word and Excel write them."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from gkdesk.domain.dates import (
    DateError,
    format_cn,
    format_iso,
    from_excel_serial,
    month_label,
    parse_date,
    parse_month,
    parse_typed_date,
)

JAN5 = dt.date(2026, 1, 5)


@pytest.mark.parametrize(
    "value, day",
    [
        ("2026-1-5", JAN5),
        ("2026.1.5", JAN5),
        ("2026/01/05", JAN5),
        ("2026/1/5", JAN5),
        ("20260105", JAN5),
        ("2026年1月5日", JAN5),
        ("2026年01月05日", JAN5),
        ("2026年1月5号", JAN5),
        ("2026 年 1 月 5 日", JAN5),
        ("２０２６年１月５日", JAN5),
        ("２０２６－０１－０５", JAN5),
        ("２０２６．１．５", JAN5),
        ("  2026-01-05  ", JAN5),
        ("\u30002026-01-05\u3000", JAN5),
        ("2026-01-05 00:00:00", JAN5),
        ("2026-01-05T08:30", JAN5),
        ("2026/1/5 8:30", JAN5),
        ("46027", JAN5),
        ("46027.75", JAN5),
        ("2026-02-28", dt.date(2026, 2, 28)),
        ("2024-02-29", dt.date(2024, 2, 29)),
        ("2026年12月31日", dt.date(2026, 12, 31)),
        (JAN5, JAN5),
        (dt.datetime(2026, 1, 5, 23, 59), JAN5),
        (46027, JAN5),
        (46027.0, JAN5),
        (46027.999, JAN5),  # the time of day is ignored
        (Decimal("46027"), JAN5),
        (20260105, JAN5),  # a yyyymmdd number typed into a numeric cell
        (20260105.0, JAN5),
        (1, dt.date(1900, 1, 1)),
        (59, dt.date(1900, 2, 28)),
        (61, dt.date(1900, 3, 1)),
        (367, dt.date(1901, 1, 1)),
        (45658, dt.date(2025, 1, 1)),
        (46203, dt.date(2026, 6, 30)),
        (2958465, dt.date(9999, 12, 31)),
    ],
)
def test_parse_date(value, day):
    assert parse_date(value) == day


@pytest.mark.parametrize(
    "value",
    [
        "",
        "   ",
        "abc",
        "2026年1月",
        "2026-1-5-6",
        "1/5/2026",  # month-first is ambiguous; not guessed
        "2026",  # a year alone is not a date, nor serial 2026
        "202601",
        "46027a",
        "明天",
        0,
        -1,
        2958466,
        float("nan"),
        float("inf"),
        True,
        None,
        [2026, 1, 5],
    ],
)
def test_parse_date_refuses(value):
    with pytest.raises(DateError) as caught:
        parse_date(value)
    assert str(caught.value) == f"日期“{value}”无法识别，请写成 2026-01-05 这样的格式"
    assert isinstance(caught.value, ValueError)


@pytest.mark.parametrize("value", [60, 60.5, Decimal("60")])
def test_excel_fake_leap_day_is_refused(value):
    with pytest.raises(DateError, match="Excel 虚构的 1900年2月29日"):
        parse_date(value)


@pytest.mark.parametrize(
    "serial, day",
    [(1, dt.date(1900, 1, 1)), (59, dt.date(1900, 2, 28)), (61, dt.date(1900, 3, 1)), (46027, JAN5)],
)
def test_from_excel_serial(serial, day):
    assert from_excel_serial(serial) == day


@pytest.mark.parametrize(
    "day, cn, iso",
    [
        (JAN5, "2026年1月5日", "2026-01-05"),
        (dt.date(2026, 6, 26), "2026年6月26日", "2026-06-26"),
        (dt.date(2026, 10, 1), "2026年10月1日", "2026-10-01"),
        (dt.date(2026, 12, 31), "2026年12月31日", "2026-12-31"),
    ],
)
def test_format_and_parse_back(day, cn, iso):
    assert format_cn(day) == cn
    assert format_iso(day) == iso
    assert parse_date(cn) == day
    assert parse_date(iso) == day


@pytest.mark.parametrize(
    "value, month",
    [
        ("2026-10", (2026, 10)),
        ("2026-1", (2026, 1)),
        ("2026.10", (2026, 10)),
        ("2026/10", (2026, 10)),
        ("2026年10月", (2026, 10)),
        ("2026年1月", (2026, 1)),
        ("2026年01月", (2026, 1)),
        ("202610", (2026, 10)),
        ("202601", (2026, 1)),
        ("２０２６年１０月", (2026, 10)),
        (" 2026-10 ", (2026, 10)),
        (dt.date(2026, 10, 31), (2026, 10)),
    ],
)
def test_parse_month(value, month):
    assert parse_month(value) == month


@pytest.mark.parametrize(
    "value", ["", "2026", "2026-13", "2026-0", "202613", "2026年10月5日", "十月", 202610, None]
)
def test_parse_month_refuses(value):
    with pytest.raises(DateError, match="月份.*无法识别，请写成 2026-10 或 2026年10月 这样的格式"):
        parse_month(value)


@pytest.mark.parametrize("year, month, label", [(2026, 10, "2026年10月"), (2026, 1, "2026年1月")])
def test_month_label(year, month, label):
    assert month_label(year, month) == label
    assert parse_month(label) == (year, month)


def test_a_record_date_is_not_before_1949_and_a_bare_time_says_why():
    from gkdesk.domain.dates import parse_record_date

    assert parse_record_date("1949-10-01") == dt.date(1949, 10, 1)
    with pytest.raises(DateError, match="早于1949年10月1日"):
        parse_record_date("1899-12-31")
    with pytest.raises(DateError, match="1900年以前的日期存不下"):
        parse_record_date(dt.time(0, 0))


# ---- dates as a clerk types them into a date field -----------------------------------------------------------

@pytest.mark.parametrize("typed", ["2026-12-04", "2026-12-4", "2026.12.4", "2026/12/04", "20261204",
                                   "2026年12月4日", "２０２６年１２月４日", "12-4", "12月4日", "12.04", " 12/4 "])
def test_a_typed_date_in_any_of_the_ways_a_clerk_writes_it(typed):
    assert parse_typed_date(typed, dt.date(2026, 6, 30)) == dt.date(2026, 12, 4)


@pytest.mark.parametrize("typed", ["20261", "2026120", "2026-13-01", "2-30", "46000", "明天", ""])
def test_half_typed_or_impossible_dates_are_not_dates(typed):
    with pytest.raises(DateError):
        parse_typed_date(typed, dt.date(2026, 6, 30))


# --- issue 12, messages: a date written right that does not exist says so -------------------------------------

@pytest.mark.parametrize(
    "value, why",
    [
        ("2026-02-30", "2026年2月只有28天，没有30日"),
        ("2026年2月29日", "2026年2月只有28天，没有29日"),
        ("2024-02-30", "2024年2月只有29天，没有30日"),
        ("2026-04-31", "2026年4月只有30天，没有31日"),
        ("20260230", "2026年2月只有28天，没有30日"),
        ("2026.2.0", "2026年2月只有28天，没有0日"),
        ("2026-13-01", "一年只有12个月，没有13月"),
        ("2026-00-10", "一年只有12个月，没有0月"),
        ("20261301", "一年只有12个月，没有13月"),
        (20260230, "2026年2月只有28天，没有30日"),
    ],
)
def test_a_date_that_does_not_exist_is_named_so(value, why):
    with pytest.raises(DateError) as caught:
        parse_date(value)
    assert str(caught.value) == f"日期“{value}”不存在（{why}），请核对后改正"
    assert "无法识别" not in str(caught.value)
