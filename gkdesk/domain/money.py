"""Money and quantities.

Money is an integer number of 分 (fen) everywhere in the program; yuan appear only in text.
Quantities (亩, 头, 人 …) are exact Decimals. Floats from spreadsheets go through repr(), so
1234.5 is 1234.5 and 0.1 + 0.2 is 0.30000000000000004, which rounds to 30 fen.
"""
from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Iterable
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

FEN_PER_YUAN = 100
_CENT = Decimal("0.01")

# A plain decimal number, optionally signed, optionally with an exponent (Excel "1.2E+3").
_NUMBER = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?")
# Thousands separators must group by three: "1,234.5" yes, "12,34" no.
_GROUPED = re.compile(r"[+-]?\d{1,3}(?:,\d{3})+(?:\.\d*)?")
_UNIT_WORDS = (
    "平方米|公斤|千克|亩|人|头|只|户|株|口|羽|匹|箱|斤|吨|kg|㎡|m2|个|月|年|天|次|元"
)
# Units after a quantity: "12.5亩", "3人", "120元/亩", "50元/人·月".
_QUANTITY_UNIT = re.compile(rf"(?:{_UNIT_WORDS})(?:[/·每](?:{_UNIT_WORDS}))*")
# Units after money: "1234.50元", "120元/亩".
_MONEY_UNIT = re.compile(rf"元(?:[/·每](?:{_UNIT_WORDS}))*")
_CURRENCY_PREFIX = re.compile(r"^(?:¥|RMB|CNY|人民币)")
_MINUS_SIGNS = str.maketrans({"\u2212": "-", "\u2012": "-", "\u2013": "-"})


class MoneyError(ValueError):
    """A value that is not an amount of money; the message is one Chinese sentence."""


class QuantityError(ValueError):
    """A value that is not a quantity; the message is one Chinese sentence."""


def _money_error(value: object) -> MoneyError:
    if value is None or (isinstance(value, str) and not value.strip()):
        return MoneyError("金额为空，请填写如 1234.50 的数")
    return MoneyError(f"金额“{value}”不是数字，请填写如 1234.50 的数")


def _quantity_error(value: object) -> QuantityError:
    if value is None or (isinstance(value, str) and not value.strip()):
        return QuantityError("数量为空，请填写如 12.5 的数")
    return QuantityError(f"数量“{value}”不是数字，请填写如 12.5 的数")


def _split_number(text: str, unit: re.Pattern[str]) -> str | None:
    """The number part of a cleaned text with an optional unit suffix, or None."""
    text = unicodedata.normalize("NFKC", text).translate(_MINUS_SIGNS)
    text = "".join(text.split())  # all spaces, including U+3000 and NBSP
    text = _CURRENCY_PREFIX.sub("", text)
    number = text
    if (match := re.search(r"[^\d.,eE+-]", text)) is not None:
        number, suffix = text[: match.start()], text[match.start():]
        if not unit.fullmatch(suffix):
            return None
    if "," in number:
        if not _GROUPED.fullmatch(number):
            return None
        number = number.replace(",", "")
    return number if _NUMBER.fullmatch(number) else None


def _to_decimal(value: object, unit: re.Pattern[str]) -> Decimal | None:
    """Exact Decimal of a cell value, or None when it is not a finite number."""
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int):
        return Decimal(value)
    if isinstance(value, float):
        return Decimal(repr(value)) if math.isfinite(value) else None
    if isinstance(value, Decimal):
        return value if value.is_finite() else None
    if isinstance(value, str):
        number = _split_number(value, unit)
        return Decimal(number) if number is not None else None
    return None


def parse_fen(value: object) -> int:
    """Amount in fen of a yuan value: "1,234.5" → 123450, 12 → 1200, "￥12.3" → 1230.

    More than two decimals round half up to the fen (Excel's 1234.5000000001 → 123450).
    Negative amounts are returned as they are; the caller decides whether they are allowed.
    """
    amount = _to_decimal(value, _MONEY_UNIT)
    if amount is None:
        raise _money_error(value)
    try:
        fen = amount.quantize(_CENT, rounding=ROUND_HALF_UP) * FEN_PER_YUAN
    except InvalidOperation:  # too large for the Decimal context
        raise _money_error(value) from None
    return int(fen)


def format_fen(fen: int, thousands: bool = False) -> str:
    """Yuan text of an amount in fen: 123450 → "1234.50" ("1,234.50" with thousands), -5 → "-0.05"."""
    sign = "-" if fen < 0 else ""
    yuan, cents = divmod(abs(fen), FEN_PER_YUAN)
    whole = f"{yuan:,}" if thousands else str(yuan)
    return f"{sign}{whole}.{cents:02d}"


def parse_decimal(value: object) -> Decimal:
    """Exact quantity of a cell value: "12.5亩" → 12.5, "１，２００" → 1200, 3.7 → 3.7."""
    quantity = _to_decimal(value, _QUANTITY_UNIT)
    if quantity is None:
        raise _quantity_error(value)
    return quantity


def amount_matches(
    amount_fen: int, quantity: Decimal, standard_fen: int, tolerance_fen: int = 1
) -> bool:
    """Whether an amount equals quantity × standard within the tolerance (1 分), in exact arithmetic."""
    exact = Decimal(repr(quantity)) if isinstance(quantity, float) else Decimal(quantity)
    expected = exact * Decimal(standard_fen)
    return abs(Decimal(amount_fen) - expected) <= tolerance_fen


def sum_fen(amounts: Iterable[int]) -> int:
    """Exact total of amounts in fen; a float among them is a programming error (TypeError)."""
    total = 0
    for amount in amounts:
        if isinstance(amount, float) or not isinstance(amount, int):
            raise TypeError(f"amounts must be int fen, got {amount!r}")
        total += amount
    return total
