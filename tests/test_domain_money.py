"""Money in fen and quantities as exact decimals, read from what clerks and Excel write."""
from __future__ import annotations

from decimal import Decimal

import pytest

from gkdesk.domain.money import (
    MoneyError,
    QuantityError,
    amount_matches,
    format_fen,
    parse_decimal,
    parse_fen,
    sum_fen,
)


@pytest.mark.parametrize(
    "value, fen",
    [
        ("1,234.5", 123450),
        ("1,234,567.89", 123456789),
        ("１２３４．５０", 123450),
        ("１，２３４．５", 123450),
        ("1234.50元", 123450),
        ("1234.50 元", 123450),
        (" 12 ", 1200),
        ("\u300012\u3000", 1200),
        ("￥12.3", 1230),
        ("¥12.30", 1230),
        ("RMB 12.30", 1230),
        ("人民币12.30元", 1230),
        ("0", 0),
        ("0.01", 1),
        (".5", 50),
        ("12.", 1200),
        ("-12", -1200),
        ("－12.5", -1250),
        ("\u221212.5", -1250),
        ("+3", 300),
        ("96.00", 9600),
        (12, 1200),
        (0, 0),
        (-3, -300),
        (1234.5, 123450),
        (0.1 + 0.2, 30),
        (19.99, 1999),
        (Decimal("88.88"), 8888),
        ("100.500", 10050),  # three decimals written, but a whole number of fen: nothing changes
        (1304.1599999999999, 130416),  # =12.35*105.6 in Excel: read as Excel shows it, 15 significant digits
        (0.1 + 0.2, 30),
    ],
)
def test_parse_fen(value, fen):
    assert parse_fen(value) == fen


@pytest.mark.parametrize(
    "value, message",
    [
        ("abc", "金额“abc”不是数字，请填写如 1234.50 的数"),
        ("", "金额为空，请填写如 1234.50 的数"),
        ("   ", "金额为空，请填写如 1234.50 的数"),
        (None, "金额为空，请填写如 1234.50 的数"),
        ("NaN", "金额“NaN”不是数字，请填写如 1234.50 的数"),
        ("inf", "金额“inf”不是数字，请填写如 1234.50 的数"),
        ("Infinity", "金额“Infinity”不是数字，请填写如 1234.50 的数"),
        (float("nan"), "金额“nan”不是数字，请填写如 1234.50 的数"),
        (float("inf"), "金额“inf”不是数字，请填写如 1234.50 的数"),
        (Decimal("NaN"), "金额“NaN”不是数字，请填写如 1234.50 的数"),
        ("12,34", "金额“12,34”不是数字，请填写如 1234.50 的数"),  # not grouped by three
        ("1.234,5", "金额“1.234,5”不是数字，请填写如 1234.50 的数"),
        ("12亩", "金额“12亩”中有单位或文字，这一列只能填数字（如 1234.50）"),
        ("1.2万", "金额“1.2万”中有单位或文字，这一列只能填数字（如 1234.50）"),
        ("1_000", "金额“1_000”不是数字，请填写如 1234.50 的数"),
        ("12.3.4", "金额“12.3.4”不是数字，请填写如 1234.50 的数"),
        ("--12", "金额“--12”不是数字，请填写如 1234.50 的数"),
        ("1e400", "金额“1e400”是科学计数法，请写成完整的数（如 1234.50）"),
        (True, "金额“True”不是数字，请填写如 1234.50 的数"),
        ([12], "金额“[12]”不是数字，请填写如 1234.50 的数"),
    ],
)
def test_parse_fen_refuses(value, message):
    with pytest.raises(MoneyError) as caught:
        parse_fen(value)
    assert str(caught.value) == message
    assert isinstance(caught.value, ValueError)


@pytest.mark.parametrize(
    "fen, plain, grouped",
    [
        (123450, "1234.50", "1,234.50"),
        (0, "0.00", "0.00"),
        (1, "0.01", "0.01"),
        (-5, "-0.05", "-0.05"),
        (-123456789, "-1234567.89", "-1,234,567.89"),
        (100, "1.00", "1.00"),
        (99999, "999.99", "999.99"),
        (100000, "1000.00", "1,000.00"),
    ],
)
def test_format_fen(fen, plain, grouped):
    assert format_fen(fen) == plain
    assert format_fen(fen, thousands=True) == grouped
    assert parse_fen(plain) == fen
    assert parse_fen(grouped) == fen


@pytest.mark.parametrize(
    "value, quantity",
    [
        ("12.5亩", Decimal("12.5")),
        ("12.5 亩", Decimal("12.5")),
        ("１２．５亩", Decimal("12.5")),
        ("3人", Decimal("3")),
        ("20头", Decimal("20")),
        ("1,200", Decimal("1200")),
        ("0.333", Decimal("0.333")),
        ("2户", Decimal("2")),
        ("35.5平方米", Decimal("35.5")),
        (" 7 ", Decimal("7")),
        ("-1.5", Decimal("-1.5")),
        (3.7, Decimal("3.7")),
        (12, Decimal("12")),
        (Decimal("2.25"), Decimal("2.25")),
        (0.1 + 0.2, Decimal("0.3")),  # as Excel shows it
        ("1.2345", Decimal("1.2345")),  # four decimals: what quantity_e4 holds
    ],
)
def test_parse_decimal(value, quantity):
    assert parse_decimal(value) == quantity


@pytest.mark.parametrize(
    "value, message",
    [
        ("", "数量为空，请填写如 12.5 的数"),
        (None, "数量为空，请填写如 12.5 的数"),
        ("十亩", "数量“十亩”不是数字，请填写如 12.5 的数"),
        ("12.5公顷", "数量“12.5公顷”中有单位或文字，这一列只能填数字（如 12.5）"),
        ("NaN", "数量“NaN”不是数字，请填写如 12.5 的数"),
        (float("inf"), "数量“inf”不是数字，请填写如 12.5 的数"),
        ("1,2", "数量“1,2”不是数字，请填写如 12.5 的数"),
    ],
)
def test_parse_decimal_refuses(value, message):
    with pytest.raises(QuantityError) as caught:
        parse_decimal(value)
    assert str(caught.value) == message


@pytest.mark.parametrize(
    "amount_fen, quantity, standard_fen, matches",
    [
        (123450, Decimal("12.345"), 10000, True),  # 12.345 亩 × 100.00 元 = 1234.50
        (123451, Decimal("12.345"), 10000, True),  # off by 1 分: within tolerance
        (123452, Decimal("12.345"), 10000, False),
        (123449, Decimal("12.345"), 10000, True),
        (4178, Decimal("3.33"), 1255, False),  # 3.33 亩 × 12.55 元 = 4179.15 分: off by 1.15
        (4179, Decimal("3.33"), 1255, True),
        (4180, Decimal("3.33"), 1255, True),
        (4181, Decimal("3.33"), 1255, False),
        (0, Decimal("0"), 10000, True),
        (600000, Decimal("5"), 120000, True),  # 5 人 × 1200 元
        (599900, Decimal("5"), 120000, False),
        (3000, 0.1 + 0.2, 10000, True),  # float quantity through repr
    ],
)
def test_amount_matches(amount_fen, quantity, standard_fen, matches):
    assert amount_matches(amount_fen, quantity, standard_fen) is matches


def test_amount_matches_with_a_wider_tolerance():
    assert amount_matches(123460, Decimal("12.345"), 10000, tolerance_fen=10)
    assert not amount_matches(123461, Decimal("12.345"), 10000, tolerance_fen=10)


@pytest.mark.parametrize(
    "amounts, total",
    [
        ([], 0),
        ([1, 2, 3], 6),
        ([10] * 10, 100),  # where 0.1 × 10 in floats goes wrong, fen stay exact
        ([123450, -123450, 1], 1),
        ((fen for fen in [99, 1]), 100),
    ],
)
def test_sum_fen(amounts, total):
    assert sum_fen(amounts) == total


def test_sum_fen_refuses_floats():
    with pytest.raises(TypeError):
        sum_fen([100, 0.5])


# --- issue 12, finding 15: money is never changed silently ------------------------------------------------------

@pytest.mark.parametrize(
    "value, message",
    [
        ("100.005", "金额“100.005”有3位小数，金额只能精确到分（最多两位小数），请在原表中改正（Excel可能只显示了两位，可用ROUND取到分）"),
        ("0.001", "金额“0.001”有3位小数，金额只能精确到分（最多两位小数），请在原表中改正（Excel可能只显示了两位，可用ROUND取到分）"),
        (100.005, "金额“100.005”有3位小数，金额只能精确到分（最多两位小数），请在原表中改正（Excel可能只显示了两位，可用ROUND取到分）"),
        (41.7915, "金额“41.7915”有4位小数，金额只能精确到分（最多两位小数），请在原表中改正（Excel可能只显示了两位，可用ROUND取到分）"),
        (Decimal("0.125"), "金额“0.125”有3位小数，金额只能精确到分（最多两位小数），请在原表中改正（Excel可能只显示了两位，可用ROUND取到分）"),
        ("120元/亩", "金额“120元/亩”中有单位或文字，这一列只能填数字（如 1234.50）"),
        ("120元/人/月", "金额“120元/人/月”中有单位或文字，这一列只能填数字（如 1234.50）"),
        ("约120", "金额“约120”不是数字，请填写如 1234.50 的数"),
        ("1e3", "金额“1e3”是科学计数法，请写成完整的数（如 1234.50）"),
        ("1.2E+3", "金额“1.2E+3”是科学计数法，请写成完整的数（如 1234.50）"),
        ("\u0661\u0662\u0663", "金额“١٢٣”中有“١”这样的非常用数字字符，请改用0至9的数字（如 1234.50）"),
        ("\u0967\u0968", "金额“१२”中有“१”这样的非常用数字字符，请改用0至9的数字（如 1234.50）"),
        ("1\u06f20", "金额“1۲0”中有“۲”这样的非常用数字字符，请改用0至9的数字（如 1234.50）"),
    ],
)
def test_money_that_would_change_is_refused(value, message):
    with pytest.raises(MoneyError) as caught:
        parse_fen(value)
    assert str(caught.value) == message


def test_a_standard_may_carry_its_unit():
    assert parse_fen("120元/亩", per_unit=True) == 12000
    assert parse_fen("50元/人·月", per_unit=True) == 5000
    with pytest.raises(MoneyError, match="有3位小数"):
        parse_fen("105.605元/亩", per_unit=True)


@pytest.mark.parametrize(
    "value, unit, message",
    [
        ("1.23456", None, "数量“1.23456”有5位小数，最多只能有4位，请核对"),
        ("12.5人", "亩", "数量“12.5人”中有单位或文字，这一列只能填数字（如 12.5）"),
        ("120元/亩", None, "数量“120元/亩”中有单位或文字，这一列只能填数字（如 12.5）"),
        ("1e2", None, "数量“1e2”是科学计数法，请写成完整的数（如 12.5）"),
        ("\u0663", None, "数量“٣”中有“٣”这样的非常用数字字符，请改用0至9的数字（如 12.5）"),
    ],
)
def test_quantities_that_would_change_are_refused(value, unit, message):
    with pytest.raises(QuantityError) as caught:
        parse_decimal(value, unit=unit)
    assert str(caught.value) == message


def test_a_quantity_may_carry_the_programs_unit():
    assert parse_decimal("12.5亩", unit="亩") == Decimal("12.5")
    assert parse_decimal("１２．５", unit="亩") == Decimal("12.5")
