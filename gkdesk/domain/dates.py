"""Reading and writing dates as clerks and spreadsheets write them.

`parse_date` accepts the forms seen in township tables (2026-1-5, 2026.1.5, 2026/01/05, 20260105,
2026年1月5日, full-width digits), date objects, and Excel serial numbers (1900 date system).
`format_cn` writes the GB/T 9704 form without leading zeros (2026年1月5日).
"""
from __future__ import annotations

import calendar
import datetime as dt
import math
import re
import unicodedata
from decimal import Decimal

from gkdesk.domain.errors import UserFacingError

# Excel 1900 date system: serial 1 is 1900-01-01; serial 60 is the non-existent 1900-02-29
# (kept by Excel for Lotus 1-2-3 compatibility); serial 2958465 is 9999-12-31.
EXCEL_SERIAL_MIN = 1
EXCEL_SERIAL_MAX = 2958465
_EXCEL_FAKE_LEAP_DAY = 60
_EXCEL_EPOCH_BEFORE_LEAP = dt.date(1899, 12, 31)  # serials 1..59
_EXCEL_EPOCH_AFTER_LEAP = dt.date(1899, 12, 30)  # serials 61..

_YMD = re.compile(r"(\d{4})\s*[-./年]\s*(\d{1,2})\s*[-./月]\s*(\d{1,2})\s*[日号]?")
_COMPACT = re.compile(r"(\d{4})(\d{2})(\d{2})")
# A serial typed as text must have 5 digits (1927..2173): "2026" alone is a year, not a date.
_SERIAL_TEXT = re.compile(r"\d{5}(?:\.\d+)?")
# A time of day after the date ("2026-01-05 00:00:00", "2026-01-05T08:30") is ignored.
_TIME_SUFFIX = re.compile(r"(?:\s+|T)\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?$")

_YM = re.compile(r"(\d{4})\s*[-./年]\s*(\d{1,2})\s*月?")
_YM_COMPACT = re.compile(r"(\d{4})(\d{2})")


class DateError(UserFacingError, ValueError):
    """A value that is not a date; the message is one Chinese sentence for the user."""


def _bad_date(value: object) -> DateError:
    return DateError(f"日期“{value}”无法识别，请写成 2026-01-05 这样的格式")


def _clean(text: str) -> str:
    """Full-width to half-width, no surrounding spaces."""
    return unicodedata.normalize("NFKC", text).strip()


def _make_date(value: object, year: int, month: int, day: int) -> dt.date:
    try:
        return dt.date(year, month, day)
    except ValueError:
        raise _no_such_day(value, year, month, day) from None


def _no_such_day(value: object, year: int, month: int, day: int) -> DateError:
    """The date is written right but does not exist: say why, not that it cannot be read."""
    if not 1 <= year <= 9999:
        why = f"没有{year}年"
    elif not 1 <= month <= 12:
        why = f"一年只有12个月，没有{month}月"
    else:
        days = calendar.monthrange(year, month)[1]
        why = f"{year}年{month}月只有{days}天，没有{day}日"
    return DateError(f"日期“{value}”不存在（{why}），请核对后改正")


def from_excel_serial(serial: int | float) -> dt.date:
    """Date of an Excel serial number (1900 date system); the time of day (fraction) is ignored."""
    if isinstance(serial, float) and not math.isfinite(serial):
        raise _bad_date(serial)
    whole = math.floor(serial)
    if not EXCEL_SERIAL_MIN <= whole <= EXCEL_SERIAL_MAX:
        raise _bad_date(serial)
    if whole == _EXCEL_FAKE_LEAP_DAY:
        raise DateError(f"日期“{serial}”是 Excel 虚构的 1900年2月29日，请改填真实日期")
    epoch = _EXCEL_EPOCH_BEFORE_LEAP if whole < _EXCEL_FAKE_LEAP_DAY else _EXCEL_EPOCH_AFTER_LEAP
    return epoch + dt.timedelta(days=whole)


def _parse_number(value: int | float) -> dt.date:
    # An 8-digit whole number such as 20260105 is year-month-day, not a serial (serials stop at 2958465).
    if float(value).is_integer() and 19000101 <= value <= 99991231:
        digits = str(int(value))
        return _make_date(value, int(digits[:4]), int(digits[4:6]), int(digits[6:]))
    return from_excel_serial(value)


def _parse_text(value: str) -> dt.date:
    text = _TIME_SUFFIX.sub("", _clean(value))
    if match := _YMD.fullmatch(text):
        return _make_date(value, *map(int, match.groups()))
    if match := _COMPACT.fullmatch(text):
        return _make_date(value, *map(int, match.groups()))
    if _SERIAL_TEXT.fullmatch(text):
        return from_excel_serial(float(text) if "." in text else int(text))
    raise _bad_date(value)


def parse_date(value: object) -> dt.date:
    """Read a date from a cell value or typed text; raise DateError when it is not one."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, bool):
        raise _bad_date(value)
    if isinstance(value, (int, float, Decimal)):
        return _parse_number(float(value) if isinstance(value, Decimal) else value)
    if isinstance(value, str):
        return _parse_text(value)
    raise _bad_date(value)


# ---- a date as a clerk types it into a date field -------------------------------------------------------------

_TYPED_MD = re.compile(r"(\d{1,2})\s*[-./月]\s*(\d{1,2})\s*[日号]?")


def parse_typed_date(text: str, today: dt.date) -> dt.date:
    """A date typed into a field: 2026-12-04, 2026.12.4, 2026/12/4, 20261204, 2026年12月4日, or without the year
    (12-4, 12月4日, 12.4) for the year of `today`. Unlike parse_date no Excel serial numbers: while the clerk types
    20261204, "20261" must not read as a day of 1955. Raises DateError."""
    cleaned = _clean(text)
    if match := _YMD.fullmatch(cleaned):
        return _make_date(text, *map(int, match.groups()))
    if match := _COMPACT.fullmatch(cleaned):
        return _make_date(text, *map(int, match.groups()))
    if match := _TYPED_MD.fullmatch(cleaned):
        return _make_date(text, today.year, *map(int, match.groups()))
    raise _bad_date(text)


EARLIEST_RECORD_DATE = dt.date(1949, 10, 1)


def parse_record_date(value: object) -> dt.date:
    """A date on a record (a payment, a publication): as parse_date, but not before 1949-10-01, and a cell that
    holds only a time of day (what a spreadsheet keeps of a date before 1900) is refused with that reason."""
    if isinstance(value, dt.time):
        raise DateError("不是有效的日期（Excel表格中1900年以前的日期存不下），请填写如 2026-01-05 的日期")
    day = parse_date(value)
    if day < EARLIEST_RECORD_DATE:
        raise DateError(f"{day.isoformat()}早于1949年10月1日，请核对年份")
    return day


def format_cn(day: dt.date) -> str:
    """2026年1月5日: Arabic numerals without leading zeros, as on a signed document."""
    return f"{day.year}年{day.month}月{day.day}日"


def format_iso(day: dt.date) -> str:
    """2026-01-05."""
    return day.isoformat()


def _bad_month(value: object) -> DateError:
    return DateError(f"月份“{value}”无法识别，请写成 2026-10 或 2026年10月 这样的格式")


def parse_month(value: object) -> tuple[int, int]:
    """(year, month) of "2026-10", "2026年10月", "202610", "2026.10", or of a date."""
    if isinstance(value, dt.date):
        return value.year, value.month
    if not isinstance(value, str):
        raise _bad_month(value)
    text = _clean(value)
    match = _YM.fullmatch(text) or _YM_COMPACT.fullmatch(text)
    if not match:
        raise _bad_month(value)
    year, month = map(int, match.groups())
    if not (1 <= month <= 12 and year >= 1):
        raise _bad_month(value)
    return year, month


def month_label(year: int, month: int) -> str:
    """2026年10月."""
    return f"{year}年{month}月"
