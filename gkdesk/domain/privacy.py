"""The guard on public output: a notice, list or summary for a public board never carries a full ID number, a
full bank-card or account number, or a person's full mobile number (domain.md §2). It judges digits, not
formatting.

The rule, precisely. A text is first *folded*, one character for one: every Unicode decimal digit (full-width
１, Arabic-Indic ٣ …) becomes 0–9, so do the Chinese numerals 〇○零一二三四五六七八九幺两 and 壹贰叁肆伍陆柒捌玖,
and a full-width Ｘ/ｘ becomes X. The folded text is cut into *groups* (runs of digits) and *gaps*; a gap of one to
three separator characters — spaces of any width, . ． 。 · • ・ / ／ \\ _ ＿ - and every hyphen, dash and minus,
, ， 、 — joins the groups on either side. A number is a run of whole joined groups (it starts and ends on
group boundaries), found when:

1. **a group of 12 or more digits** stands alone: nothing legitimate is written so (money stops at 1亿元, dates
   have 8 digits, a 统一社会信用代码 in a text that names it is the one exception — organisations' codes are
   public);
2. **an 18-digit ID**: groups joined across *any* mix of separators making 17 digits and X, or 18 digits, whose
   check character is right (ISO 7064 MOD 11-2), whose birth date (digits 7–14) is a real day from 1900 on and
   whose first two digits are a province code. A chance match among ordinary figures needs a valid date *and*
   the check character, under one in twenty thousand per place; so an ID split 9+9, 7+11, in 2-digit groups or
   with mixed separators is caught;
3. written with **one kind of separator** throughout (all spaces, all hyphens, all dots, all slashes or all
   underscores — never commas, which join lists of figures) and with every group but the last of three or more
   digits, or every group but the last of the same length (a card in pairs: 62 28 48 …):
   a **15-digit old ID** whose birth date (19YYMMDD) is real and whose province code is valid,
   **16 to 19 digits** (a bank card or account: 6228 4800 1234 5678 901),
   **11 digits starting 13–19** (a mobile: 138 1234 5678);
4. **11 digits in one group starting 13–19** (a mobile).

Not joined into a number: amounts side by side ("1234.56 7890.12": the dot and the space are two kinds), a date
range ("2026-06-26-2026-06-30": the 2-digit groups of a date are neither ≥ 3 nor all alike), a landline with its
area code ("0371-12345678", and a number never starts inside one), 文号 ("鄂财农〔2026〕12号"), masked numbers
("110101********1234": * is not a separator). What this cannot tell from a card: four or more whole numbers of
3+ digits in one text with one kind of separator adding up to 16–19 digits ("1200 3500 4000 2600") — such a
line is refused; write the figures in a table or with units between them.

Mobiles are public only in texts meant for the office's own phones: a line starting with 监督举报电话：, 联系电话：,
咨询电话： …, and a table column of such phones (see `gkdesk.io.document.ensure_public_safe`).
"""
from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from gkdesk.domain.errors import UserFacingError

MAX_ACCOUNT_DIGITS = 4  # ****1234
MAX_ID_DIGITS = 10  # 110101********1234
MAX_PHONE_DIGITS = 7  # 138****5678

LONG_RUN = 12
MOBILE_DIGITS = 11
CARD_DIGITS = range(16, 20)

ID = "完整的身份证号"
CARD = "完整的银行卡号或账号"
MOBILE = "完整的手机号码"

_CHINESE_DIGITS = {
    **dict.fromkeys("〇○零", "0"), "一": "1", "幺": "1", "二": "2", "两": "2", "三": "3", "四": "4", "五": "5",
    "六": "6", "七": "7", "八": "8", "九": "9",
    "壹": "1", "贰": "2", "叁": "3", "肆": "4", "伍": "5", "陆": "6", "柒": "7", "捌": "8", "玖": "9",
}
_SPACE_CLASS, _DASH_CLASS, _DOT_CLASS, _SLASH_CLASS, _UNDERSCORE_CLASS, _COMMA_CLASS = range(6)
# Separators after folding (full-width and small forms are folded to these first: ／ → /, ＿ → _, ﹒ → .).
_SEPARATORS = {
    **dict.fromkeys(" \t\n\r\u3000", _SPACE_CLASS),
    **dict.fromkeys("-\u2010\u2011\u2012\u2013\u2014\u2015\u2212", _DASH_CLASS),
    **dict.fromkeys(".\u3002\u00b7\u2022\u30fb", _DOT_CLASS),
    **dict.fromkeys("/\\", _SLASH_CLASS),
    **dict.fromkeys("_", _UNDERSCORE_CLASS),
    **dict.fromkeys(",\u3001", _COMMA_CLASS),
}
_MAX_GAP = 3
# Characters that may be digits after folding: a text with fewer than 11 of them holds no number (fast path).
_DIGIT_LIKE = re.compile(r"[\d" + "".join(_CHINESE_DIGITS) + "]")

_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_ID_CHECK = "10X98765432"
# First two digits of a resident ID: the provinces (GB/T 2260) and 71 台湾, 81 香港, 82 澳门, 83 (港澳台居民居住证).
_PROVINCES = frozenset(("11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37", "41",
                        "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64", "65", "71",
                        "81", "82", "83"))

# 统一社会信用代码 (GB 32100-2015): public for organisations, so a valid one in a text that names it passes.
_CREDIT_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_CREDIT_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
_CREDIT_LABEL = re.compile(r"信用代码")

# A line meant for the office's own phones: 监督举报电话：…, 联系电话：…, 咨询电话（镇政府）：….
_OFFICE_PHONE_LINE = re.compile(
    r"^\s*(?:监督举报|监督|举报|投诉|咨询|联系|办公|值班|服务|政务服务)?(?:电话|热线)(?:[（(][^）)]{0,20}[）)])?\s*[：:]")


@dataclass(frozen=True)
class Found:
    """A personal number in a text: where it stands (start, end in the text as written) and what it looks like."""

    start: int
    end: int
    what: str  # ID, CARD or MOBILE


class PrivacyError(UserFacingError):
    """Public output refused because it would show a full personal number."""

    def __init__(self, message: str, *, where: str = "", hit: str = "", index: int | None = None):
        super().__init__(message)
        self.where = where
        self.hit = hit  # the offending text, for the program only; the message shows it masked
        self.index = index  # position of the offending text in check_public_texts' input


# ---- finding ------------------------------------------------------------------------------------------------

def _fold(text: str) -> str:
    """One character for one: digits of every script to 0–9, full-width and compatibility forms to their plain
    character (Ｘ → X, ／ → /, ﹣ → -, NBSP → space), and Chinese numerals to 0–9 where two or more stand together
    (一一〇一…; the 三 of 张三 beside a number stays a name)."""
    if text.isascii():
        return text
    out = []
    last = len(text) - 1
    for i, ch in enumerate(text):
        if ch.isascii():
            out.append(ch)
        elif ch.isdecimal():
            out.append(str(unicodedata.decimal(ch)))
        elif ch in _CHINESE_DIGITS and ((i > 0 and text[i - 1] in _CHINESE_DIGITS)
                                        or (i < last and text[i + 1] in _CHINESE_DIGITS)):
            out.append(_CHINESE_DIGITS[ch])
        else:
            plain = unicodedata.normalize("NFKC", ch)
            out.append(plain if len(plain) == 1 else ch)
    return "".join(out)


def _check_x(folded: str, end: int) -> int | None:
    """The end of a check character X written right after a group or after a separator ("… 002 X"), or None."""
    at = end
    while at < len(folded) and at - end < _MAX_GAP and folded[at] in _SEPARATORS:
        at += 1
    if at < len(folded) and folded[at] in "Xx" and not (at + 1 < len(folded) and folded[at + 1].isalnum()
                                                         and folded[at + 1].isascii()):
        return at + 1
    return None


_DIGITS = re.compile(r"[0-9]+")


def _gap_class(gap: str) -> int | None:
    """The separator class of a gap that joins two groups (-1 for a mix of classes), or None."""
    if not gap or len(gap) > _MAX_GAP:
        return None
    classes = {_SEPARATORS.get(ch) for ch in gap}
    if None in classes:
        return None
    if len(classes) == 1:
        return classes.pop()
    if classes == {_SPACE_CLASS, _DASH_CLASS}:  # " - " is a hyphen with air around it
        return _DASH_CLASS
    return -1


def _valid_id18(digits: str) -> bool:
    if digits[:2] not in _PROVINCES or not _real_day(digits[6:14]):
        return False
    total = sum(int(d) * w for d, w in zip(digits[:17], _ID_WEIGHTS))
    return _ID_CHECK[total % 11] == digits[17]


def _valid_id15(digits: str) -> bool:
    return digits[:2] in _PROVINCES and _real_day("19" + digits[6:12])


def _real_day(yyyymmdd: str) -> bool:
    """Whether 8 digits are a day of 1900–2099 (a birth date, or a date written among figures)."""
    if yyyymmdd[:2] not in ("19", "20"):
        return False
    try:
        dt.date(int(yyyymmdd[:4]), int(yyyymmdd[4:6]), int(yyyymmdd[6:8]))
    except ValueError:
        return False
    return True


def _is_mobile(digits: str) -> bool:
    return len(digits) == MOBILE_DIGITS and digits[0] == "1" and digits[1] in "3456789"


def _is_credit_code(code: str) -> bool:
    if len(code) != 18 or any(c not in _CREDIT_CHARS for c in code):
        return False
    total = sum(_CREDIT_CHARS.index(c) * w for c, w in zip(code[:17], _CREDIT_WEIGHTS))
    return _CREDIT_CHARS[(31 - total % 31) % 31] == code[17]


_CODE_CHAR = re.compile(r"[0-9A-Za-z]")


def _token(folded: str, start: int, end: int) -> str:
    """The run of letters and digits around folded[start:end], upper-cased (a code such as a credit code)."""
    while start > 0 and _CODE_CHAR.match(folded[start - 1]):
        start -= 1
    while end < len(folded) and _CODE_CHAR.match(folded[end]):
        end += 1
    return folded[start:end].upper()


def _landline_numbers(folded: str, groups: list[tuple[int, int]], gaps: list[int | None]) -> set[int]:
    """Indices of groups that are the local number of a landline written with its area code (0371-12345678), not
    within a longer hyphenated number."""
    out = set()
    for k in range(1, len(groups)):
        (a0, a1), (b0, b1) = groups[k - 1], groups[k]
        alone = (k < 2 or gaps[k - 2] != _DASH_CLASS) and (k >= len(gaps) or gaps[k] != _DASH_CLASS)
        if gaps[k - 1] == _DASH_CLASS and alone and folded[a0] == "0" and 3 <= a1 - a0 <= 4 and 7 <= b1 - b0 <= 8:
            out.add(k)
    return out


def _uniformly_grouped(sizes: list[int]) -> bool:
    """Every group but the last has 3+ digits, or every group but the last has the same length."""
    inner = sizes[:-1]
    return all(s >= 3 for s in inner) or len(set(inner)) == 1


def _one_kind(gaps: list[int | None]) -> bool:
    return len(set(gaps)) == 1 and gaps[0] not in (-1, _COMMA_CLASS)


def find_personal_numbers(text: str, *, mobiles_allowed: bool = False) -> list[Found]:
    """The personal numbers in a text (merged where they overlap), in order. With `mobiles_allowed` (a line of
    the office's phones) mobiles are not reported."""
    if len(text) < MOBILE_DIGITS or len(_DIGIT_LIKE.findall(text)) < MOBILE_DIGITS:
        return []
    folded = _fold(text)
    groups = [m.span() for m in _DIGITS.finditer(folded)]
    gaps = [_gap_class(folded[groups[k][1]:groups[k + 1][0]]) for k in range(len(groups) - 1)]
    credit_ok = bool(_CREDIT_LABEL.search(text))
    landline = _landline_numbers(folded, groups, gaps)
    figures = _figure_gaps(folded, groups, gaps)
    spans: list[tuple[int, int, str]] = []
    for i, (g0, g1) in enumerate(groups):
        digits = folded[g0:g1]
        if len(digits) >= LONG_RUN:
            end = (_check_x(folded, g1) if len(digits) == 17 else None) or g1
            if not (credit_ok and _is_credit_code(_token(folded, g0, g1))):
                spans.append((g0, end, ID if len(digits) in (15, 17, 18) else CARD))
            continue
        if _is_mobile(digits) and not mobiles_allowed:
            spans.append((g0, g1, MOBILE))
        spans.extend(_joined_from(folded, groups, gaps, i, landline, figures, mobiles_allowed))
    return _merged(spans)


def _figure_gaps(folded: str, groups: list[tuple[int, int]], gaps: list[int | None]) -> set[int]:
    """Gaps inside ordinary figures: the decimal point of an amount (1234.56 — a dot before 1–2 digits that are
    not followed by another dot) and the separators of a written date (2021/03/13, 2026-6-26). A number joined
    across different kinds of separator may not run through them, nor start or end beside them."""
    out = set()
    n = len(groups)
    for k in range(n - 1):
        size = groups[k + 1][1] - groups[k + 1][0]
        if gaps[k] == _DOT_CLASS and size <= 2 and (k + 1 == n - 1 or gaps[k + 1] != _DOT_CLASS):
            out.add(k)
        if k + 2 < n and gaps[k] is not None and gaps[k] == gaps[k + 1] and groups[k][1] - groups[k][0] == 4 \
                and size <= 2 and groups[k + 2][1] - groups[k + 2][0] <= 2:
            (y0, y1), (m0, m1), (d0, d1) = groups[k], groups[k + 1], groups[k + 2]
            if _real_day(folded[y0:y1] + folded[m0:m1].zfill(2) + folded[d0:d1].zfill(2)):
                out.update((k, k + 1))
    return out


def _joined_from(folded: str, groups, gaps, i: int, landline: set[int], figures: set[int], mobiles_allowed: bool):
    """Numbers made of the groups i, i+1, … joined across separators."""
    if i in landline:
        return
    digits = folded[groups[i][0]:groups[i][1]]
    sizes = [len(digits)]
    for j in range(i + 1, len(groups)):
        if gaps[j - 1] is None or len(digits) >= 19:
            return
        g0, g1 = groups[j]
        digits += folded[g0:g1]
        sizes.append(g1 - g0)
        start, end = groups[i][0], g1
        if len(set(gaps[i:j])) > 1 and figures.intersection(range(i - 1, j + 1)):
            continue  # amounts and dates side by side, not an ID written with mixed separators
        if len(digits) == 18 and _valid_id18(digits):
            yield start, end, ID
            continue
        x_end = _check_x(folded, g1) if len(digits) == 17 else None
        if x_end is not None and _valid_id18(digits + "X"):
            yield start, x_end, ID
            continue
        if not (_one_kind(gaps[i:j]) and _uniformly_grouped(sizes)):
            continue
        if (i - 1) in figures or j in figures:
            continue  # never start or end inside an amount (the 51043 of 51043.76) or a date
        if landline.intersection(range(i + 1, j + 2)):
            continue  # never take in a landline, nor end on its area code
        if any(g1 - g0 == 8 and _real_day(folded[g0:g1]) for g0, g1 in groups[i:j + 1]):
            continue  # a date written 20260626 among other figures
        if len(digits) == 15 and _valid_id15(digits):
            yield start, end, ID
        elif len(digits) in CARD_DIGITS:
            yield start, end, CARD
        elif not mobiles_allowed and _is_mobile(digits):
            yield start, end, MOBILE


_RANK = {ID: 0, CARD: 1, MOBILE: 2}


def _merged(spans: list[tuple[int, int, str]]) -> list[Found]:
    """Overlapping spans as one, named by the gravest kind among them (ID before card before mobile)."""
    out: list[Found] = []
    for start, end, what in sorted(spans):
        if out and start < out[-1].end:
            last = out[-1]
            out[-1] = Found(last.start, max(last.end, end), min(last.what, what, key=_RANK.__getitem__))
        else:
            out.append(Found(start, end, what))
    return out


def is_office_phone_line(text: str) -> bool:
    """Whether a line is meant for the office's phones (监督举报电话：…, 联系电话：…): mobiles may stand in it."""
    return bool(_OFFICE_PHONE_LINE.match(text))


def find_full_numbers(text: str) -> list[str]:
    """The full ID or account numbers in a text, as written there (with a trailing X if any); mobiles aside."""
    return [text[f.start:f.end] for f in find_personal_numbers(text, mobiles_allowed=True)]


def masked_text(text: str, *, mobiles_allowed: bool = False) -> str:
    """`text` with every personal number in it shown as its first 4 and last 4 characters (for a message)."""
    out, last = [], 0
    for found in find_personal_numbers(text, mobiles_allowed=mobiles_allowed):
        out.append(text[last:found.start])
        out.append(_shown(text[found.start:found.end]))
        last = found.end
    out.append(text[last:])
    return "".join(out)


# ---- refusing -----------------------------------------------------------------------------------------------

def _shown(number: str) -> str:
    """The number as it may appear in an error message: first 4 and last 4 characters only (3 and 4 for a
    mobile), separators dropped."""
    compact = "".join(ch for ch in _fold(number) if ch not in _SEPARATORS).upper()
    if len(compact) <= 8:
        return "*" * len(compact)
    head = 3 if len(compact) == MOBILE_DIGITS and compact.isdigit() else 4
    return compact[:head] + "*" * (len(compact) - head - 4) + compact[-4:]


def one_line(text: str) -> str:
    """A place quoted in a sentence, on one line: a title laid out on two (“东风镇人民政府⏎2026年……年度报告”) is
    joined as one reads it (a space only between two Latin letters or digits)."""
    out = ""
    for line in (part.strip() for part in text.splitlines()):
        if out and line and out[-1].isascii() and out[-1].isalnum() and line[0].isascii() and line[0].isalnum():
            out += " "
        out += line
    return out


def _place(where: str, joint: str = "中") -> str:
    return f"{where}{joint}" if where else ""


REFUSED = "已拒绝输出"
WOULD_BE_REFUSED = "导出时会被拒绝"   # said by a check before the output (年度报告 定稿)


def refusal(found: Found, text: str, where: str = "", index: int | None = None, *,
            outcome: str = REFUSED) -> PrivacyError:
    """The PrivacyError for a number found in `text` at `where` (e.g. 表格第8行“备注”列); `outcome` says what
    happens to the output (WOULD_BE_REFUSED in a check made before it)."""
    where = one_line(where)
    hit = text[found.start:found.end]
    advice = ("个人手机号不能公开，请删去或脱敏（如 138****5678），单位的电话请写在“监督举报电话”中"
              if found.what == MOBILE else "请先脱敏（如 110101********1234、****1234）后再打印或导出")
    return PrivacyError(f"{_place(where, '中的')}“{_shown(hit)}”像是{found.what}，{outcome}；{advice}",
                        where=where, hit=hit, index=index)


def check_public_texts(texts: Iterable[object], where: str = "", *, mobiles_allowed: bool = False,
                       outcome: str = REFUSED) -> None:
    """Raise PrivacyError on the first text that holds a personal number."""
    for index, text in enumerate(texts):
        if text is None:
            continue
        text = str(text)
        found = find_personal_numbers(text, mobiles_allowed=mobiles_allowed or is_office_phone_line(text))
        if found:
            raise refusal(found[0], text, where, index, outcome=outcome)


def _count_shown(text: str) -> int:
    """Characters of a masked value that reveal the number: digits and the check character X."""
    plain = _fold(text)
    return sum(ch.isdigit() or ch in "Xx" for ch in plain)


def _check_masked(text: object, limit: int, what: str, where: str) -> None:
    if text is None:
        return
    value = str(text)
    shown = _count_shown(value)
    where = one_line(where)
    if shown > limit:
        raise PrivacyError(
            f"{_place(where)}{what}“{_shown(value)}”显示了{shown}位，超过允许的{limit}位，已拒绝输出，请按脱敏规则处理后再输出",
            where=where,
            hit=value,
        )


def check_masked_account(text: object, *, max_digits: int = MAX_ACCOUNT_DIGITS, where: str = "") -> None:
    """Raise PrivacyError when a value of an account column shows more than max_digits digits."""
    _check_masked(text, max_digits, "账号", where)


def check_masked_id(text: object, *, max_digits: int = MAX_ID_DIGITS, where: str = "") -> None:
    """Raise PrivacyError when a value of an ID column shows more than max_digits digits (X counts)."""
    _check_masked(text, max_digits, "身份证号", where)


def check_masked_phone(text: object, *, max_digits: int = MAX_PHONE_DIGITS, where: str = "") -> None:
    """Raise PrivacyError when a value of a people's phone column shows more than max_digits digits."""
    _check_masked(text, max_digits, "联系电话", where)
