"""Resident ID numbers (GB 11643-1999) and the masking of personal numbers on public lists.

An 18-character number is 6 digits of region, 8 of birth date, 3 of sequence (odd = male) and a
check character (ISO 7064 MOD 11-2). Old 15-digit numbers have a 6-digit birth date (19YYMMDD)
and no check character. Excel turns long numbers into floats ("1.10101E+17"), which keeps only
15 significant digits: such a value has lost digits for good and must be re-entered.
"""
from __future__ import annotations

import datetime as dt
import math
import re
import unicodedata
from dataclasses import dataclass

_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_CHECK_CHARS = "10X98765432"  # indexed by the weighted sum mod 11
_EXCEL_DIGITS = 15  # Excel keeps 15 significant digits of a number

_SCIENTIFIC = re.compile(r"\d+(?:\.\d+)?E[+-]?\d+")
_ID18 = re.compile(r"\d{17}[\dX]")
_ID15 = re.compile(r"\d{15}")
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff"))

MALE = "男"
FEMALE = "女"


@dataclass(frozen=True)
class IdCheck:
    """Result of validate_id; birth and sex are set only when ok."""

    normalized: str
    ok: bool
    error: str | None = None
    birth: dt.date | None = None
    sex: str | None = None
    is_old15: bool = False


def _as_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer() and abs(value) < 10**_EXCEL_DIGITS:
        return str(int(value))
    return value if isinstance(value, str) else str(value)


def normalize_id(text: object) -> str:
    """Number as typed with spaces, full-width characters and a lower-case x cleaned up."""
    text = unicodedata.normalize("NFKC", _as_text(text)).translate(_INVISIBLE)
    text = "".join(text.split())
    return text.removeprefix("'").upper()  # Excel's text-marker apostrophe


def is_scientific_mangled(value: object) -> bool:
    """Whether a cell value is an ID that Excel stored as a number and so lost digits.

    True for text like "1.10101E+17", for any float of 16 or more digits, and for an int of 16 or
    more digits whose digits after the 15th are all zero (the trace of Excel's 15-digit limit).
    """
    if isinstance(value, bool):
        return False
    if isinstance(value, float):
        return math.isfinite(value) and abs(value) >= 10**_EXCEL_DIGITS
    if isinstance(value, int):
        digits = str(abs(value))
        return len(digits) > _EXCEL_DIGITS and not digits[_EXCEL_DIGITS:].strip("0")
    return bool(_SCIENTIFIC.fullmatch(normalize_id(value)))


def check_char(first17: str) -> str:
    """Check character (0-9 or X) of the first 17 digits, ISO 7064 MOD 11-2."""
    if len(first17) != 17 or not first17.isdigit() or not first17.isascii():
        raise ValueError(f"需要17位数字才能计算校验位，收到“{first17}”")
    total = sum(int(digit) * weight for digit, weight in zip(first17, _WEIGHTS))
    return _CHECK_CHARS[total % 11]


def _birth_date(digits: str) -> dt.date | None:
    try:
        birth = dt.date(int(digits[:4]), int(digits[4:6]), int(digits[6:8]))
    except ValueError:
        return None
    return birth if birth.year >= 1900 else None


def _sex(sequence_digit: str) -> str:
    return MALE if int(sequence_digit) % 2 else FEMALE


def _failed(normalized: str, error: str, *, is_old15: bool = False) -> IdCheck:
    return IdCheck(normalized=normalized, ok=False, error=error, is_old15=is_old15)


def _check_birth(normalized: str, digits: str, today: dt.date | None, old15: bool) -> IdCheck | None:
    """A failed IdCheck when the 8 birth digits are not a past date, else None."""
    birth = _birth_date(digits)
    if birth is None:
        return _failed(normalized, f"身份证号出生日期无效（{digits}），请核对原件", is_old15=old15)
    if today is not None and birth > today:
        return _failed(normalized, f"身份证号出生日期在今天之后（{digits}），请核对原件", is_old15=old15)
    return None


def _validate18(number: str, today: dt.date | None) -> IdCheck:
    if failed := _check_birth(number, number[6:14], today, False):
        return failed
    expected = check_char(number[:17])
    if number[17] != expected:
        return _failed(number, f"身份证号校验位错误，应为{expected}，请核对原件")
    return IdCheck(number, True, None, _birth_date(number[6:14]), _sex(number[16]))


def _validate15(number: str, today: dt.date | None) -> IdCheck:
    if failed := _check_birth(number, "19" + number[6:12], today, True):
        return failed
    return IdCheck(number, True, None, _birth_date("19" + number[6:12]), _sex(number[14]), True)


def validate_id(value: object, *, today: dt.date | None = None) -> IdCheck:
    """Check an ID number as typed or as read from a cell (str, int, or float).

    With `today`, a birth date after it is an error too.
    """
    number = normalize_id(value)
    if is_scientific_mangled(value):
        return _failed(number, "身份证号被Excel改成了科学计数法，后几位已丢失，请在原表中把该列设为文本后重新录入")
    if not number:
        return _failed(number, "身份证号为空，请填写18位身份证号")
    if not (number.isascii() and number.isalnum()):
        return _failed(number, "身份证号只能由数字和末位的X组成，请核对原件")
    if _ID18.fullmatch(number):
        return _validate18(number, today)
    if _ID15.fullmatch(number):
        return _validate15(number, today)
    if len(number) in (15, 18):
        return _failed(number, "身份证号只能由数字和末位的X组成，请核对原件")
    return _failed(number, f"身份证号位数不对（应为18位，现为{len(number)}位），请核对原件")


def upgrade_old15(number: str) -> str:
    """18-character form of a valid old 15-digit number (century 19 inserted, check character added)."""
    number = normalize_id(number)
    if not _ID15.fullmatch(number):
        raise ValueError(f"“{number}”不是15位的老身份证号，无法升位")
    first17 = number[:6] + "19" + number[6:]
    return first17 + check_char(first17)


def age_on(birth: dt.date, day: dt.date) -> int:
    """Age in whole years on `day`; someone born on 29 February turns a year older on 1 March."""
    before_birthday = (day.month, day.day) < (birth.month, birth.day)
    return day.year - birth.year - before_birthday


# ---- masking -------------------------------------------------------------------------------

_PATTERN_TEXT = re.compile(r"(\d{1,2})\+(\d{1,2})")
ACCOUNT_HIDDEN_WIDTH = 4  # an account shows a fixed run of 4 mask characters, hiding its length


@dataclass(frozen=True)
class MaskPattern:
    """How many characters stay visible at the head and the tail of a masked number."""

    keep_head: int
    keep_tail: int
    char: str = "*"

    def __post_init__(self) -> None:
        if min(self.keep_head, self.keep_tail) < 0 or len(self.char) != 1:
            raise ValueError(f"脱敏规则“{self.keep_head}+{self.keep_tail}”无效，保留位数不能为负，遮盖符号只能是一个字符")

    def to_text(self) -> str:
        """Settings form: "6+4"."""
        return f"{self.keep_head}+{self.keep_tail}"

    @classmethod
    def from_text(cls, text: str, char: str = "*") -> MaskPattern:
        """Read the settings form "6+4" (前6位+后4位); raise ValueError with a Chinese message."""
        cleaned = "".join(unicodedata.normalize("NFKC", str(text)).split())
        match = _PATTERN_TEXT.fullmatch(cleaned)
        if not match:
            raise ValueError(f"脱敏规则“{text}”格式不对，请写成“前几位+后几位”，如 6+4")
        return cls(int(match.group(1)), int(match.group(2)), char)


DEFAULT_ID_MASK = MaskPattern(6, 4)  # 110101********1234
DEFAULT_ACCOUNT_MASK = MaskPattern(0, 4)  # ****1234
DEFAULT_PHONE_MASK = MaskPattern(3, 4)  # 138****5678


def mask(text: str, pattern: MaskPattern, *, hidden_width: int | None = None) -> str:
    """Keep pattern.keep_head and keep_tail characters and replace the middle with pattern.char.

    A value too short to hide anything under the pattern (len <= head + tail) shows no head and at
    most half of its characters at the tail, so a short value is never shown whole.
    With hidden_width, the masked middle is that many characters whatever the real length.
    """
    length = len(text)
    if length == 0:
        return ""
    head, tail = pattern.keep_head, pattern.keep_tail
    if head + tail >= length:
        head, tail = 0, min(tail, length // 2)
    hidden = length - head - tail if hidden_width is None else hidden_width
    return text[:head] + pattern.char * hidden + text[length - tail:]


def _compact(text: object, drop: str = "") -> str:
    cleaned = unicodedata.normalize("NFKC", _as_text(text)).translate(_INVISIBLE)
    cleaned = "".join(cleaned.split())
    return cleaned.translate(dict.fromkeys(map(ord, drop)))


def mask_id_number(text: object, pattern: MaskPattern = DEFAULT_ID_MASK) -> str:
    """110101199003071234 → 110101********1234."""
    return mask(normalize_id(text), pattern)


def mask_account(text: object, pattern: MaskPattern = DEFAULT_ACCOUNT_MASK) -> str:
    """6228480012345678901 → ****8901 (fixed 4 mask characters; spaces and hyphens dropped first)."""
    return mask(_compact(text, drop="-"), pattern, hidden_width=ACCOUNT_HIDDEN_WIDTH)


def mask_phone(text: object, pattern: MaskPattern = DEFAULT_PHONE_MASK) -> str:
    """13812345678 → 138****5678."""
    return mask(_compact(text), pattern)
