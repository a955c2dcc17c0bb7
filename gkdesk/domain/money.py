"""Money and quantities.

Money is an integer number of 分 (fen) everywhere in the program; yuan appear only in text.
Quantities (亩, 头, 人 …) are exact Decimals.

Reading is strict, because a silently changed figure is worse than a refused one (issue 12):
- a value with more decimals than its kind holds (money: 2, to the 分; a quantity: 4, as stored in
  ten-thousandths) is refused, never rounded — "100.005" and "0.001" are refused, "100.500" is 100.50;
- text in a number cell is refused ("120元/亩" in an amount column, "约100"), except a currency sign in front
  (¥, ￥, RMB, 人民币) and the column's own unit behind ("1234.50元"; a standard may say "120元/亩", a quantity
  "12.5亩");
- scientific notation ("1e3", "1.2E+3") is refused: it is how Excel mangles numbers, never how a clerk types one;
- digits other than 0–9 and full-width ０–９ (Arabic-Indic ٣, Devanagari …) are refused;
- a float from a spreadsheet is read as Excel shows it, to 15 significant digits: the 1304.1599999999999 of
  =12.35*105.6 is 1304.16, while a typed 100.005 stays 100.005 and is refused.
"""
from __future__ import annotations

import functools
import math
import re
import unicodedata
from collections.abc import Iterable
from decimal import Decimal

from gkdesk.domain.errors import UserFacingError

FEN_PER_YUAN = 100
MONEY_PLACES = 2
QUANTITY_PLACES = 4  # quantities are stored in ten-thousandths (Recipient.quantity_e4)

_NUMBER = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)")
_EXPONENT = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)[eE][+-]?\d+")
# Thousands separators must group by three: "1,234.5" yes, "12,34" no.
_GROUPED = re.compile(r"[+-]?\d{1,3}(?:,\d{3})+(?:\.\d*)?")
UNIT_WORDS = ("平方米", "公斤", "千克", "亩", "人", "头", "只", "户", "株", "口", "羽", "匹", "箱", "斤", "吨", "kg",
              "㎡", "m2", "个", "月", "年", "天", "次")
_UNIT_ALTERNATIVES = "|".join(UNIT_WORDS)
# What may stand after an amount: 元; after a standard also 元/亩, 元/人·月 …
_YUAN = re.compile(r"元")
_YUAN_PER = re.compile(rf"元(?:[/·每](?:{_UNIT_ALTERNATIVES}))*")
_CURRENCY_PREFIX = re.compile(r"^(?:¥|RMB|CNY|人民币)")
_MINUS_SIGNS = str.maketrans({"\u2212": "-", "\u2012": "-", "\u2013": "-"})
_FULL_WIDTH_DIGITS = frozenset(chr(0xFF10 + i) for i in range(10))


class MoneyError(UserFacingError, ValueError):
    """A value that is not an amount of money; the message is one Chinese sentence."""


class QuantityError(UserFacingError, ValueError):
    """A value that is not a quantity; the message is one Chinese sentence."""


def _foreign_digit(text: str) -> str | None:
    """The first decimal digit of `text` that is neither 0–9 nor full-width ０–９, or None."""
    if text.isascii():
        return None
    for ch in text:
        if ch.isdecimal() and not ch.isascii() and ch not in _FULL_WIDTH_DIGITS:
            return ch
    return None


class _Refusal(Exception):
    """Why a text is not a number, as the tail of a sentence that starts with the value ("金额“x”…")."""


_NOT_A_NUMBER = "不是数字"


def _read_text(text: str, suffix: re.Pattern[str] | None) -> Decimal:
    """The Decimal of a number written as text, with an optional currency prefix and a suffix `suffix` may
    match; raises _Refusal saying what is wrong."""
    foreign = _foreign_digit(text)
    if foreign is not None:
        raise _Refusal(f"中有“{foreign}”这样的非常用数字字符，请改用0至9的数字")
    text = unicodedata.normalize("NFKC", text).translate(_MINUS_SIGNS)
    text = "".join(text.split())  # all spaces, including U+3000 and NBSP
    text = _CURRENCY_PREFIX.sub("", text)
    number = text
    if (match := re.search(r"[^\d.,eE+-]", text)) is not None:
        number, rest = text[: match.start()], text[match.start():]
        if suffix is None or not suffix.fullmatch(rest):
            if _NUMBER.fullmatch(number.replace(",", "")) and not any(c.isdigit() for c in rest):
                raise _Refusal("中有单位或文字，这一列只能填数字")
            raise _Refusal(_NOT_A_NUMBER)
    if "," in number:
        if not _GROUPED.fullmatch(number):
            raise _Refusal(_NOT_A_NUMBER)
        number = number.replace(",", "")
    if _EXPONENT.fullmatch(number):
        raise _Refusal("是科学计数法，请写成完整的数")
    if not _NUMBER.fullmatch(number):
        raise _Refusal(_NOT_A_NUMBER)
    return number


def _read(value: object, suffix: re.Pattern[str] | None) -> str:
    """The number of a cell value written plainly ("-1234.5", "0.25", "12."); raises _Refusal."""
    if isinstance(value, bool) or value is None:
        raise _Refusal(_NOT_A_NUMBER)
    if isinstance(value, int):
        return str(value)
    if isinstance(value, str):
        return _read_text(value, suffix)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise _Refusal(_NOT_A_NUMBER)
        text = format(value, ".15g")  # as Excel shows it
        return text if "e" not in text else format(Decimal(text), "f")
    if isinstance(value, Decimal) and value.is_finite():
        return format(value, "f")
    raise _Refusal(_NOT_A_NUMBER)


def _split(number: str) -> tuple[str, str]:
    """(sign and whole part, decimals without trailing zeros) of a plain number: "100.500" → ("100", "5")."""
    whole, _, decimals = number.partition(".")
    return whole, decimals.rstrip("0")


def decimal_places(number: Decimal | str) -> int:
    """Decimals that carry a value: 100.500 → 1, 100.005 → 3, 12 → 0."""
    return len(_split(number if isinstance(number, str) else format(number, "f"))[1])


def _is_blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _shown(value: object) -> str:
    text = value if isinstance(value, str) else format(value, ".15g") if isinstance(value, float) else str(value)
    text = text.strip()
    return text if len(text) <= 30 else text[:30] + "…"


def _sentence(what: str, example: str, value: object, reason: str) -> str:
    """Why `value` is not a `what` (金额, 数量), with an example of what to write."""
    if _is_blank(value):
        return f"{what}为空，请填写如 {example} 的数"
    if reason == _NOT_A_NUMBER:
        return f"{what}“{_shown(value)}”不是数字，请填写如 {example} 的数"
    return f"{what}“{_shown(value)}”{reason}（如 {example}）"


def _money_error(value: object, reason: str = _NOT_A_NUMBER) -> MoneyError:
    return MoneyError(_sentence("金额", "1234.50", value, reason))


def _quantity_error(value: object, reason: str = _NOT_A_NUMBER) -> QuantityError:
    return QuantityError(_sentence("数量", "12.5", value, reason))


def parse_fen(value: object, *, per_unit: bool = False) -> int:
    """Amount in fen of a yuan value: "1,234.5" → 123450, 12 → 1200, "￥12.3" → 1230, "12.30元" → 1230.

    With `per_unit` (a 补贴标准 column) "120元/亩" is 12000 too; in an amount column it is refused. A value that
    is not a whole number of 分 is refused, never rounded. Negative amounts are returned as they are; the
    caller decides whether they are allowed.
    """
    try:
        whole, decimals = _split(_read(value, _YUAN_PER if per_unit else _YUAN))
    except _Refusal as exc:
        raise _money_error(value, str(exc)) from None
    if len(decimals) > MONEY_PLACES:
        raise MoneyError(f"金额“{_shown(value)}”有{len(decimals)}位小数，金额只能精确到分（最多两位小数），"
                         "请在原表中改正（Excel可能只显示了两位，可用ROUND取到分）")
    sign = -1 if whole.startswith("-") else 1
    return sign * int(whole.lstrip("+-") + decimals.ljust(MONEY_PLACES, "0") or "0")


def format_fen(fen: int, thousands: bool = False) -> str:
    """Yuan text of an amount in fen: 123450 → "1234.50" ("1,234.50" with thousands), -5 → "-0.05"."""
    sign = "-" if fen < 0 else ""
    yuan, cents = divmod(abs(fen), FEN_PER_YUAN)
    whole = f"{yuan:,}" if thousands else str(yuan)
    return f"{sign}{whole}.{cents:02d}"


@functools.lru_cache(maxsize=64)
def _unit_suffix(unit: str | None) -> re.Pattern[str]:
    if unit:
        return re.compile(re.escape(unit))
    return re.compile(f"(?:{_UNIT_ALTERNATIVES})")


def parse_decimal(value: object, *, unit: str | None = None, places: int | None = QUANTITY_PLACES) -> Decimal:
    """Exact quantity of a cell value: "12.5亩" → 12.5, "１，２００" → 1200, 3.7 → 3.7.

    A unit may follow the number: `unit` when given (the program's 亩), else any one unit word; "120元/亩" or
    "12.5亩" in a 人 column are refused. More than `places` decimals are refused (None: the caller checks).
    """
    try:
        number = _read(value, _unit_suffix(unit))
    except _Refusal as exc:
        raise _quantity_error(value, str(exc)) from None
    shown = decimal_places(number)
    if places is not None and shown > places:
        raise QuantityError(f"数量“{_shown(value)}”有{shown}位小数，最多只能有{places}位，请核对")
    return Decimal(number)


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
