"""What a field of a list may hold — one rule for each kind of value, shared by every importer (subsidy lists,
interpretation records, catalogs) and every edit path of the window, so that a value typed in a dialog is checked
exactly like the same value read from a file.

    clean_text / clean_line / clean_multiline   texts (a list cell, a title or 文号, a paragraph)
    clean_name                                   a person's name
    clean_id                                     a resident ID number (→ normalised text and its IdCheck)
    clean_money / clean_standard                 an amount / a 补贴标准 in 分
    clean_quantity, quantity_e4, format_quantity a quantity (亩, 头 …), stored in ten-thousandths
    clean_count                                  a whole number of people
    clean_date                                   a date on a record
    clean_account, clean_phone                   an account or phone number (full numbers stay in the database)
    clean_period                                 a period (2026年度) that goes into a public title

Every refusal is a FieldError whose message is one Chinese sentence about the value; it does not repeat the
column's name when the caller shows it beside the message (the import's problem list does). Pure: no I/O.
"""
from __future__ import annotations

import datetime as dt
import math
import operator
import re
import unicodedata
from decimal import ROUND_HALF_UP, Decimal

from gkdesk.domain import idnumber
from gkdesk.domain.dates import DateError, parse_record_date
from gkdesk.domain.money import (
    QUANTITY_PLACES,
    MoneyError,
    QuantityError,
    format_fen,
    parse_decimal,
    parse_fen,
)

E4 = 10 ** QUANTITY_PLACES  # a quantity of 12.5 亩 is stored as 125000
MAX_AMOUNT_FEN = 100_000_000 * 100  # 1亿元 for one person is a typing error, and beyond SQLite's integers soon
MAX_QUANTITY = Decimal(100_000_000)
MAX_COUNT = 9_999
# Longest text each field holds (the lengths of the Recipient columns; a test keeps them equal).
TEXT_LIMITS = {"group_name": 60, "name": 60, "id_number": 20, "pay_method": 60, "account": 40, "phone": 30,
               "remark": 200}
PERIOD_LIMIT = 60


class FieldError(ValueError):
    """A value that cannot go into a field; the message is one Chinese sentence saying what to do."""


# ---- the text of a cell -------------------------------------------------------------------------------------

SPACES = " \t\r\n\u3000\u00a0\u200b\ufeff\u2002\u2003\u2009"
# Invisible characters that have no place in a list: C0/C1 controls (but tab and line breaks), zero-width
# characters, bidirectional overrides (U+202E shows text backwards), the BOM.
_INVISIBLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2060-\u2064"
                        "\u2066-\u206f\ufeff\ufff9-\ufffb]")
_ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff"


def drop_invisible(text: str) -> str:
    """`text` without control characters, zero-width characters and direction overrides."""
    return text if text.isprintable() else _INVISIBLE.sub("", text)  # every invisible character is unprintable


def hidden_character(text: str) -> int | None:
    """1-based position of the first invisible character in `text` that is not a mere zero-width space
    (a control character such as NUL or BEL, a direction override), or None."""
    for match in _INVISIBLE.finditer(text):
        if match.group() not in _ZERO_WIDTH:
            return match.start() + 1
    return None


def cell_text(value: object) -> str:
    """The text of a cell as the clerk sees it in Excel, stripped.

    - None / "" → ""; str → stripped of spaces incl. full-width space (U+3000), NBSP, zero-width space, BOM.
      Full-width digits inside the text are left alone (the domain parsers normalise them).
    - bool → "TRUE" / "FALSE" (as Excel shows them).
    - int → its digits (exact).
    - float with abs value < 1e15 → rounded to 15 significant digits like Excel's display, in plain notation
      without a trailing ".0": 3.0 → "3", 1234.5600000000002 → "1234.56", 1e-05 → "0.00001".
    - float with abs value ≥ 1e15 → Excel-style scientific text with up to 15 significant digits and trailing
      zeros trimmed: 1.101011990030712e+17 → "1.10101199003071E+17", 1.1e17 → "1.1E+17". A double cannot
      hold an 18-digit ID or a 16–19 digit account number, so such a cell has lost digits; callers recognise
      the "E+" form as mangled (see `gkdesk.domain.idnumber.is_scientific_mangled`) and must not use it.
    - datetime.date → "YYYY-MM-DD"; datetime.datetime → "YYYY-MM-DD" at midnight, else "YYYY-MM-DD HH:MM:SS";
      datetime.time → "HH:MM:SS"; anything else → str(value).
    """
    if value is None:
        return ""
    if isinstance(value, str):
        return value.strip(SPACES)
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return _float_text(value)
    if isinstance(value, dt.datetime):
        if value.time() == dt.time(0, 0):
            return value.date().isoformat()
        return value.isoformat(sep=" ", timespec="seconds")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, dt.time):
        return value.isoformat(timespec="seconds")
    return str(value).strip(SPACES)


def _float_text(value: float) -> str:
    if not math.isfinite(value):
        return str(value)
    if abs(value) >= 1e15:
        mantissa, exponent = f"{value:.14E}".split("E")
        if "." in mantissa:
            mantissa = mantissa.rstrip("0").rstrip(".")
        sign = exponent[0]
        digits = exponent[1:].lstrip("0").rjust(2, "0")
        return f"{mantissa}E{sign}{digits}"
    text = format(Decimal(format(value, ".15g")), "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    if text == "-0":
        text = "0"
    return text


def is_blank(value: object) -> bool:
    if value is None or value == "":
        return True
    return value.__class__ is str and not value.strip(SPACES)


def clean_text(value: object) -> str:
    """A one-line list cell (村民小组, 发放方式, 备注): full-width letters, digits and punctuation folded (NFKC),
    invisible characters removed, runs of spaces made one, spaces at both ends removed."""
    text = cell_text(value)
    if not text:
        return ""
    if not unicodedata.is_normalized("NFKC", text):
        text = unicodedata.normalize("NFKC", text)
    text = drop_invisible(text)
    if "  " in text or "\t" in text or "\n" in text or "\r" in text:
        text = " ".join(text.split())
    return text


# Full-width letters and digits only: Chinese punctuation （）：，《》 in titles and 文号 must stay as typed.
_HALF_WIDTH = {c: c - 0xFEE0 for r in ((0xFF10, 0xFF19), (0xFF21, 0xFF3A), (0xFF41, 0xFF5A))
               for c in range(r[0], r[1] + 1)}


def clean_line(value: object) -> str:
    """A one-line text of a document (a title, a 文号, a unit's name): full-width letters and digits folded while
    Chinese punctuation stays as typed, invisible characters removed, runs of spaces made one."""
    text = cell_text(value)
    if not text:
        return ""
    return " ".join(drop_invisible(text).translate(_HALF_WIDTH).split())


def clean_multiline(value: object) -> str:
    """A paragraph (公开内容, a remark): line breaks kept (as \\n), invisible characters and surrounding spaces
    removed."""
    return drop_invisible(cell_text(value)).replace("\r\n", "\n").replace("\r", "\n").strip()


def shown(text: str, limit: int = 20) -> str:
    """A cell's text for a message: as it is, or its start and length when it is long."""
    return text if len(text) <= limit else f"{text[:limit]}…（共{len(text)}个字）"


# ---- people ------------------------------------------------------------------------------------------------

_PLAIN_NAME = re.compile(r"[\u4e00-\u9fff·]+")  # the common case, checked no further
_NOT_IN_NAMES = {"So", "Sk", "Cs", "Co", "Cn", "Cc", "Cf"}  # emoji and pictographs, surrogates, unassigned


def clean_name(value: object) -> str:
    """A person's name: spaces inside a Chinese name (“张  三”, padding for alignment) and zero-width spaces are
    removed; control characters, direction overrides, emoji and other symbols are refused, and so is a name
    longer than the column holds."""
    raw = cell_text(value)
    hidden = None if raw.isprintable() else hidden_character(raw)
    if hidden is not None:
        raise FieldError(f"姓名的第{hidden}个字符是看不见的控制字符，请在原表中删掉该姓名后重新输入")
    text = clean_text(raw)
    if " " in text and not text.isascii():
        text = "".join(text.split())
    if not text:
        raise FieldError("姓名为空，请填写补贴对象的姓名")
    if len(text) > TEXT_LIMITS["name"]:
        raise FieldError(f"姓名太长（{len(text)}个字，最多{TEXT_LIMITS['name']}个字），请核对是否填错了列")
    if not _PLAIN_NAME.fullmatch(text):
        symbol = next((c for c in text if unicodedata.category(c) in _NOT_IN_NAMES), None)
        if symbol is not None:
            raise FieldError(f"姓名“{text}”中有表情或符号“{symbol}”，请改为身份证上的姓名")
    return text


_PLAIN_ID18 = re.compile(r"[0-9]{17}[0-9X]")
_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_WEIGHTS_ASCII_ZERO = 48 * sum(_WEIGHTS)
_CHECK_CHARS = "10X98765432"
OLD_ID_WARNING = "15位旧身份证号，请核对是否已换发18位"


def clean_id(value: object) -> tuple[str, idnumber.IdCheck]:
    """(normalized ID, check) — raises FieldError with the reason when the ID is not valid (check character with
    the expected one, digits lost to scientific notation, invalid birth date, wrong length). A birth date after
    today is not an error here (the import warns about implausible ages); a valid 15-digit number passes with
    `check.is_old15` set (the import warns: OLD_ID_WARNING)."""
    if value.__class__ is str and _PLAIN_ID18.fullmatch(value):
        fast = _fast_id18(value)
        if fast is not None:
            return value, fast
    check = idnumber.validate_id(value)
    if not check.ok:
        raise FieldError(check.error or "身份证号无效，请核对原件")
    return check.normalized, check


def _fast_id18(number: str) -> idnumber.IdCheck | None:
    """The check of a clean 18-character ID that is valid, computed without the general path (the import's
    hot spot); None when anything is off, and then `idnumber.validate_id` gives the reason."""
    total = sum(map(operator.mul, number.encode("ascii")[:17], _WEIGHTS)) - _WEIGHTS_ASCII_ZERO
    if _CHECK_CHARS[total % 11] != number[17]:
        return None
    try:
        birth = dt.date(int(number[6:10]), int(number[10:12]), int(number[12:14]))
    except ValueError:
        return None
    if birth.year < 1900:
        return None
    return idnumber.IdCheck(number, True, None, birth, idnumber.MALE if int(number[16]) % 2 else idnumber.FEMALE)


def clean_account(value: object) -> str:
    """Bank or 一卡通 account: digits only (spaces and hyphens dropped); a number Excel turned into 6.2E+18 has
    lost digits and is refused."""
    if isinstance(value, float) and value >= 1e15 or (
            isinstance(value, str) and "E+" in value.upper() and idnumber.is_scientific_mangled(value)):
        raise FieldError("账号被Excel改成了科学计数法，后几位已丢失，请在原表中把该列设为文本后重新录入")
    text = clean_text(value).replace(" ", "").replace("-", "")
    if isinstance(value, float) and value.is_integer():
        text = str(int(value))
    return text


def clean_phone(value: object) -> str:
    """A phone number as written, without spaces."""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return clean_text(value).replace(" ", "")


# ---- numbers -----------------------------------------------------------------------------------------------

_HUGE_NUMBER = re.compile(r"\+?0*[1-9]\d{9,}(?:\.\d*)?")  # ten or more whole digits: beyond any amount or count


def _check_length(value: object, what: str) -> None:
    """A number or date cell with more than 40 characters is something else: refuse it without echoing it all."""
    if value.__class__ is not str:
        return
    text = value.strip()
    if len(text) > 40:
        raise FieldError(f"{what}“{shown(text)}”太长，不是{what}，请核对是否填错了列")


def _check_number_text(value: object, what: str, limit: str = "") -> None:
    """Refuse a number with ten or more whole digits (which may be too long to be one at all) as absurd, and a cell
    too long to be a number, before it is parsed (a number cell is bounded after)."""
    if value.__class__ is not str:
        return
    text = value.strip()
    if _HUGE_NUMBER.fullmatch(text):
        raise FieldError(f"{what}“{shown(text)}”大得不合理{limit}，请核对是否多写了位数")
    _check_length(text, what)


def clean_money(value: object, what: str = "金额", *, per_unit: bool = False) -> int:
    """Yuan text or number → fen. Refused: text or units in the cell ("120元/亩" — allowed with `per_unit`, for a
    补贴标准), more than two decimals, scientific notation, digits other than 0–9, negative amounts and amounts of
    1亿元 or more. Zero is returned (the caller asks the clerk to confirm it: ZERO_AMOUNT_WARNING)."""
    _check_number_text(value, what, "（超过1亿元）")
    try:
        fen = parse_fen(value, per_unit=per_unit)
    except MoneyError as exc:
        raise FieldError(str(exc).replace("金额", what, 1)) from None
    if fen < 0:
        raise FieldError(f"{what}不能为负数（{format_fen(fen)}），请核对")
    if fen >= MAX_AMOUNT_FEN:
        raise FieldError(f"{what}{format_fen(fen)}元大得不合理（超过1亿元），请核对是否多写了位数")
    return fen


ZERO_AMOUNT_WARNING = "金额为0.00元，公示中将显示为0.00元，请确认该户确实不发放，否则请在原表中改正"


def clean_standard(value: object, what: str = "补贴标准") -> int:
    """A 补贴标准 in 分: as clean_money, and "120元/亩" is accepted."""
    return clean_money(value, what, per_unit=True)


def clean_quantity(value: object, unit: str | None = None) -> Decimal:
    """A quantity (亩, 头, 人 …): at most four decimals (it is stored in ten-thousandths), no text but the unit
    (`unit` when given, the program's 亩), never negative or absurdly large."""
    _check_number_text(value, "数量")
    try:
        quantity = parse_decimal(value, unit=unit or None)
    except QuantityError as exc:
        raise FieldError(str(exc)) from None
    if quantity < 0:
        raise FieldError(f"数量不能为负数（{quantity}），请核对")
    if quantity >= MAX_QUANTITY:
        raise FieldError(f"数量{quantity:f}大得不合理，请核对是否多写了位数")
    return quantity


def quantity_e4(quantity: Decimal) -> int:
    """Quantity in ten-thousandths (12.5 亩 → 125000); clean_quantity allows no more than four decimals."""
    return int((quantity * E4).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def format_quantity(e4: int | None) -> str:
    """125000 → "12.5", 30000 → "3", None → ""."""
    if e4 is None:
        return ""
    text = format(Decimal(e4) / E4, "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text


def expected_amount_fen(quantity: Decimal, standard_fen: int) -> int:
    return int((quantity * standard_fen).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def clean_count(value: object, what: str = "家庭人口") -> int:
    """A whole number of people (家庭人口), "3人" accepted."""
    _check_number_text(value, what)
    try:
        number = parse_decimal(value, places=0)
    except QuantityError:
        raise FieldError(f"{what}“{cell_text(value)}”不是整数，请填写如 3 的人数") from None
    if number < 0:
        raise FieldError(f"{what}“{cell_text(value)}”不是整数，请填写如 3 的人数")
    if number > MAX_COUNT:
        raise FieldError(f"{what}{number:f}大得不合理，请核对")
    return int(number)


# ---- dates and periods ---------------------------------------------------------------------------------------

def clean_date(value: object, what: str = "日期") -> dt.date:
    """A date on a record (2026-01-05, 2026年1月5日, 20260105, an Excel date …), not before 1949-10-01. The message
    is about the value (“2026年2月没有30日…”); the caller names the column."""
    _check_length(value, what)
    try:
        return parse_record_date(value)
    except DateError as exc:
        raise FieldError(str(exc)) from None


def clean_period(value: object) -> str:
    """A period such as 2026年度 or 2026年第三季度. It goes into the public title of a notice, so a personal number
    written into it ("2026年度（联系人13912345678）") is refused here, where it is typed."""
    from gkdesk.domain import privacy

    text = clean_line(value)
    if len(text) > PERIOD_LIMIT:
        raise FieldError(f"期间“{shown(text)}”太长（最多{PERIOD_LIMIT}个字），请只写如“2026年度”的期间")
    found = privacy.find_personal_numbers(text)
    if found:
        raise FieldError(f"期间“{privacy.masked_text(text)}”中有{found[0].what}，期间会印在公示标题上，"
                         "请只写如“2026年度”的期间")
    return text


def clean_public_text(value: object, what: str, *, mobiles_allowed: bool = False) -> str:
    """A text that is printed on public notices as typed (a program's basis paragraph, its objection sentence, its
    phones): a personal number in it is refused where it is typed — the notice would be refused anyway. Mobiles
    pass only where `mobiles_allowed` (the office's phone numbers)."""
    from gkdesk.domain import privacy

    text = clean_multiline(value)
    found = privacy.find_personal_numbers(text, mobiles_allowed=mobiles_allowed)
    if found:
        hint = "单位的电话请填在“监督举报电话”中" if found[0].what == privacy.MOBILE else "请删去或脱敏"
        raise FieldError(f"{what}“{shown(privacy.masked_text(text), 40)}”中有{found[0].what}，它会印在公示上，{hint}")
    return text


def personal_number_warning(value: str, what: str) -> str | None:
    """The warning for a list cell (姓名, 村民小组, 发放方式, 备注) that holds a personal number, or None: the list may
    keep it, but a notice showing it will be refused."""
    from gkdesk.domain import privacy

    found = privacy.find_personal_numbers(value)
    if not found:
        return None
    return (f"{what}中有{found[0].what}（{privacy.masked_text(value)}），打印或导出公示时会被拒绝，"
            "请删去或脱敏")
