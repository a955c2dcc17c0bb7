"""The guard on public output: a notice, list or summary for a public board never carries a full
ID number or account number (domain.md §2).

A "full number" is 12 or more digits in a row (an 18- or 15-digit ID, with a trailing X or not; a
bank or social-security account of 12–19 digits), also when written in groups separated by spaces
or hyphens ("6228 4800 1234 5678 901", "110101 19900307 1234") or in full-width digits.
Money (1234567.89), dates (2026-06-26), landline and mobile phone numbers (0483-8222222,
138 1234 5678) have fewer than 12 digits and pass.
"""
from __future__ import annotations

import re
from collections.abc import Iterable

FULL_NUMBER_DIGITS = 12
MAX_ACCOUNT_DIGITS = 4  # ****1234
MAX_ID_DIGITS = 10  # 110101********1234

# Length-preserving cleanup, so that a hit can be cut out of the original text.
_HALF_WIDTH = str.maketrans(
    {
        **{chr(0xFF10 + i): str(i) for i in range(10)},
        "\uff38": "X",  # full-width X
        "\uff58": "x",
        "\u3000": " ",
        "\u00a0": " ",
        "\u2002": " ",
        "\u2003": " ",
        "\uff0d": "-",
        "\u2010": "-",
        "\u2011": "-",
        "\u2012": "-",
        "\u2013": "-",
        "\u2212": "-",
    }
)
_DIGIT_RUN = re.compile(r"\d+")
_SEPARATOR = re.compile(r" {1,3}|-")
# In a grouped number every group but the last has 3 to 8 digits (4-4-4-4-3 accounts, 6-8-4 IDs);
# this keeps dates such as 2026-06-26 from chaining into a long number.
_GROUP_MIN, _GROUP_MAX = 3, 8


class PrivacyError(Exception):
    """Public output refused because it would show a full personal number."""

    def __init__(self, message: str, *, where: str = "", hit: str = "", index: int | None = None):
        super().__init__(message)
        self.where = where
        self.hit = hit  # the offending text, for the program only; the message shows it masked
        self.index = index  # position of the offending text in check_public_texts' input


def _separator(gap: str) -> str | None:
    """The separator (a space or a hyphen) that joins two digit groups across this gap, or None."""
    return gap[0] if _SEPARATOR.fullmatch(gap) else None


def _chains(text: str) -> list[list[tuple[int, int]]]:
    """Digit runs grouped into numbers: a run alone, or groups joined by one kind of separator."""
    runs = [(m.start(), m.end()) for m in _DIGIT_RUN.finditer(text)]
    if not runs:
        return []
    chains, current, kind = [], [runs[0]], None
    for previous, run in zip(runs, runs[1:]):
        gap_kind = _separator(text[previous[1]:run[0]])
        links = (
            gap_kind is not None
            and _GROUP_MIN <= previous[1] - previous[0] <= _GROUP_MAX
            and run[1] - run[0] <= _GROUP_MAX
        )
        if links and kind in (None, gap_kind):
            current.append(run)
            kind = gap_kind
            continue
        chains.append(current)
        current, kind = [run], None
    chains.append(current)
    return chains


def _is_landline(text: str, chain: list[tuple[int, int]]) -> bool:
    """A fixed-line phone with its area code, 0371-12345678: a 3- or 4-digit group starting with 0 and a 7- or
    8-digit number. Complaint phones on a notice are written like this and must pass."""
    if len(chain) != 2:
        return False
    (a0, a1), (b0, b1) = chain
    return text[a0] == "0" and 3 <= a1 - a0 <= 4 and 7 <= b1 - b0 <= 8


def find_full_numbers(text: str) -> list[str]:
    """The full ID or account numbers in a text, as written there (with a trailing X if any)."""
    plain = text.translate(_HALF_WIDTH)
    hits = []
    for chain in _chains(plain):
        start, end = chain[0][0], chain[-1][1]
        if _is_landline(plain, chain):
            continue
        if sum(run_end - run_start for run_start, run_end in chain) >= FULL_NUMBER_DIGITS:
            if end < len(plain) and plain[end] in "Xx":
                end += 1
            hits.append(text[start:end])
    return hits


def _shown(number: str) -> str:
    """The number as it may appear in an error message: first 4 and last 4 characters only."""
    compact = "".join(number.translate(_HALF_WIDTH).split()).upper()
    if len(compact) <= 8:
        return "*" * len(compact)
    return compact[:4] + "*" * (len(compact) - 8) + compact[-4:]


def _place(where: str, joint: str = "中") -> str:
    return f"{where}{joint}" if where else ""


def check_public_texts(texts: Iterable[object], where: str = "") -> None:
    """Raise PrivacyError on the first text that holds a full ID or account number."""
    for index, text in enumerate(texts):
        if text is None:
            continue
        hits = find_full_numbers(str(text))
        if hits:
            raise PrivacyError(
                f"{_place(where, '中的')}“{_shown(hits[0])}”像是完整的身份证号或账号，已拒绝输出，请先脱敏后再打印或导出",
                where=where,
                hit=hits[0],
                index=index,
            )


def _count_shown(text: str) -> int:
    """Characters of a masked value that reveal the number: digits and the check character X."""
    plain = text.translate(_HALF_WIDTH)
    return sum(ch.isdigit() or ch in "Xx" for ch in plain)


def _check_masked(text: object, limit: int, what: str, where: str) -> None:
    if text is None:
        return
    value = str(text)
    shown = _count_shown(value)
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
