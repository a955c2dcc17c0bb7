"""The page layout of a document: one decision, shared by the Word, Excel and Qt renderers.

    plan_page(doc) -> Plan                 what goes where, in which sizes (never raises)
    checked_plan(doc) -> Plan              the same, refused with LayoutError when large print does not fit
    suggest_page(doc) -> PageSetup | None  the first paper and orientation on which the table fits
    preferred_orientation(doc) -> bool     landscape when portrait would set the table small (short lists aside)
    paginate(blocks, page_height, header_height) -> placed blocks   (the Qt renderer's pages)

What a plan decides, from the document and its page (paper, orientation, large print):

- **Type sizes.** A3 is A4 enlarged by √2, as a copier enlarges it: title, body, header block, margins and the
  page number grow with it. The table's text is as large as its columns allow on the page, between the print's
  floor and cap (:meth:`PageSetup.table_pt_range`: normal print 六号 … 小四, large print 四号 … 三号, times the
  paper's scale): turning the page to landscape or taking A3 sets the table larger, it does not make its columns
  wider and emptier.
- **Columns.** Each column is as wide as its content needs: numbers, IDs, accounts, amounts, names and short texts
  on one line (a date may break after 年, a document number before 〔), a free text up to :data:`TEXT_CAP_EM`
  before it wraps, a title in its words, a column of options (the catalog's ■政府网站 □政府公报 …) between
  :data:`OPTIONS_MIN_EM` and :data:`OPTIONS_CAP_EM`, its lines broken between options (:func:`option_units`). What the page leaves over is shared in proportion, so no column takes
  it all. Header titles break between words (补贴金额 / (元)), never inside one (村民小 / 组).
- **Lines.** Every table cell, header cell, title and header-block line is broken here, into lines the renderers
  keep as they are ("\\n" in the texts of :attr:`Plan.table`), so Word, LibreOffice, Excel and the PDF break
  them alike. A title longer than a line breaks at a phrase boundary into balanced lines, none under
  :data:`MIN_TITLE_LINE_CHARS` characters; a header-block line breaks between its items (填报人：… 联系电话：…).
- **Numbers.** Each number column shows one count of decimals, the most any of its values needs (at most 2);
  money always 2.
- **Pages.** A notice for the village board (``Document.board_notice``) stands on one page whenever it can. It
  is set in the loosest of its settings (:data:`TIGHTER_SETTINGS`: GB/T 9704's 三号 on lines of 28 pt with two
  lines for the seal; then 四号 on lines of 26, 24 and 22 pt; then 小四 on 22, 20 and 18 pt, the seal's room
  shrinking with the lines to 12.7 mm; large print stops at 四号) in which the whole notice, its table as large as
  its columns allow, stands on one page (:func:`estimated_height_pt`, a little generous); failing all of them, in
  the tightest with the table smaller in half points, down to 小五 (large print: 四号). The same plan, so the same
  page, in the PDF, the print preview and Word (and LibreOffice). Any other document keeps GB/T 9704's setting
  and only its table is set smaller (down to 小五) to stand on one page — or, a short form set under 五号 with
  room on its page, larger (up to 五号, :func:`_larger_sizes`). What cannot stand on one page is set in
  GB/T 9704's setting and breaks over pages (the renderers' pagination: Word's and LibreOffice's own,
  :func:`paginate` for Qt), with the same rules: the table's header repeated, no row split unless taller than
  :data:`SPLIT_ROW_LINES` lines, the closing block (closing lines, seal, 落款) taking the table's last two rows and
  its 合计 with it (:func:`keep_rows`), never a page of closing lines alone.

  What that comes to, for the default 耕地地力保护补贴 list (序号, 村民小组, 姓名, 身份证号, 面积, 补贴标准, 补贴金额,
  账号 and 备注: nine columns), a title of two lines and the phones in two lines (监督举报电话 and 咨询电话): every
  list of up to so many rows is one page (``tests/test_notice_one_page.py`` holds these figures) —

  ==================  ==========  =========================================
  paper               notice      correction (a 更正说明 of five lines)
  ==================  ==========  =========================================
  A4 portrait         19          10
  A4 landscape        13          8
  A3 portrait         18          10
  A3 landscape        13          8
  A4 landscape, 大字  5           —
  A3 portrait, 大字   11          1
  A3 landscape, 大字  8           1
  ==================  ==========  =========================================

  (A4 portrait takes nine columns at 小五 or less, so A4 landscape is proposed for them, and large print on A4
  portrait is refused: its table does not fit at 14 pt.) A narrower list, a title of one line or a single phone
  line leave room for a few rows more; a long 更正说明 or title for fewer.

Widths are measured in ems with generous digits (:data:`DIGIT_EM`), so that a renderer's real font never needs
more room than planned and never breaks a line the plan did not. No Qt here.
"""
from __future__ import annotations

import functools
import heapq
import itertools
import math
import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from gkdesk.domain.errors import UserFacingError
from gkdesk.io.document import (
    BODY_LINE_PT,
    BODY_PT,
    HEADER_BLOCK_PT,
    PAGE_NUMBER_PT,
    SEAL_BLANK_LINES,
    TABLE_PT,
    TITLE_PT,
    Column,
    Document,
    HeaderCell,
    PageSetup,
    Table,
)
from gkdesk.io.document import _ems as _measure

DIGIT_EM = 0.64          # a digit's width in ems: 宋体 0.5, Noto 0.55, the DejaVu fallback of LibreOffice 0.64
PADDING_MM = 2.0         # a cell's left and right margins together (Word: 1 mm a side)
TEXT_CAP_EM = 12.0       # a free-text column is given at most this width before its texts wrap
MIN_TEXT_EM = 4.0        # … and, when it must wrap, at least this much (or its widest text)
SHORT_TEXT_EM = 4.6      # a text this short (a name, 第3组, 一卡通) is never broken
MIN_TITLE_LINE_CHARS = 4
TITLE_LINE_RATIO = 35 / 22   # the title's fixed line spacing, 35 pt for 22 pt type
HEADER_BLOCK_LINE_RATIO = 1.75
TABLE_LINE_EM = 1.25     # a table line, in ems of the table's type
ROW_MIN_EM = 1.5         # the height of a one-line row: about Word's own one-line row
ROW_PAD_EM = 0.25        # a row's top and bottom padding together
HARD_KINDS = frozenset({"id", "account", "phone", "money", "number"})


@functools.lru_cache(maxsize=1 << 16)
def _ems(text: str, digit_em: float = DIGIT_EM) -> float:
    """:func:`gkdesk.io.document._ems`, remembered: a plan measures the same texts at every size and setting it
    tries."""
    return _measure(text, digit_em)


def _one_line(column: Column) -> bool:
    """Whether the column's values never wrap: numbers, IDs, accounts, phones, money, and text marked nowrap."""
    return column.kind in HARD_KINDS or column.nowrap
LANDSCAPE_ORDER = (("A4", False), ("A4", True), ("A3", False), ("A3", True))


class LayoutError(UserFacingError, ValueError):
    """A document that cannot be set on its page as asked (large print on too small a paper); the message is one
    Chinese sentence naming the paper and orientation that will do."""


# --- type sizes -------------------------------------------------------------------------------------------------

def _half_points(pt: float) -> float:
    return round(pt * 2) / 2


@dataclass(frozen=True)
class Setting:
    """How tightly the text around a board notice's table is set, in points on A4 (A3: × √2): the body's type
    and its fixed line spacing, and the room left above the 落款 for the seal."""

    name: str
    body_pt: float
    body_line_pt: float
    seal_pt: float


# GB/T 9704-2012: 三号 on lines of 28 pt, two blank lines above the 落款 for the seal.
STANDARD = Setting("三号，行距28磅", BODY_PT, BODY_LINE_PT, SEAL_BLANK_LINES * BODY_LINE_PT)
# A notice for the village board is not a 公文: to stand on one page its body may go down to 四号 and 小四 (as
# the boards' own notices are set, 仿宋 四号 or 小四), on tighter lines, with less room for the seal, never less
# than 12.5 mm (a 42 mm seal pressing on the 落款 then keeps off the lines above). Loosest first.
TIGHTER_SETTINGS = (
    STANDARD,
    Setting("四号，行距26磅", 14.0, 26.0, 52.0),
    Setting("四号，行距24磅", 14.0, 24.0, 48.0),
    Setting("四号，行距22磅", 14.0, 22.0, 44.0),
    Setting("小四，行距22磅", 12.0, 22.0, 40.0),
    Setting("小四，行距20磅", 12.0, 20.0, 38.0),
    Setting("小四，行距18磅", 12.0, 18.0, 36.0),
)
LARGE_PRINT_BODY_PT = 14.0   # large print keeps its body at 四号 or more


def settings_for(doc: Document) -> tuple[Setting, ...]:
    """The settings a document may be set in, loosest first: a board notice's :data:`TIGHTER_SETTINGS` (large
    print down to 四号 only), any other document GB/T 9704's alone."""
    if not doc.board_notice:
        return (STANDARD,)
    floor = LARGE_PRINT_BODY_PT if doc.page.large_print else 0.0
    return tuple(s for s in TIGHTER_SETTINGS if s.body_pt >= floor)


@dataclass(frozen=True)
class Sizes:
    """The type sizes of one document on its page, in points."""

    scale: float
    title_pt: float
    title_line_pt: float
    body_pt: float
    body_line_pt: float
    head_pt: float
    head_line_pt: float
    table_pt: float
    page_number_pt: float
    seal_pt: float = SEAL_BLANK_LINES * BODY_LINE_PT   # the room above the 落款 of a sealed document
    setting: Setting = STANDARD

    @property
    def table_line_pt(self) -> float:
        return self.table_pt * TABLE_LINE_EM

    def row_height_pt(self, lines: int) -> float:
        """A table row of ``lines`` lines: at least :data:`ROW_MIN_EM`, more only when its text needs it."""
        return max(ROW_MIN_EM * self.table_pt, lines * self.table_line_pt + ROW_PAD_EM * self.table_pt)

    def signature_gap_pt(self, seal: bool) -> float:
        """The blank above the 落款: the room for the seal, or one line without a seal."""
        return self.seal_pt if seal else self.body_line_pt

    @property
    def closing_gap_pt(self) -> float:
        """The gap between the table and the lines after it: half a line."""
        return self.body_line_pt / 2


def sizes_for(page: PageSetup, table_pt: float, setting: Setting = STANDARD) -> Sizes:
    s = page.scale()
    return Sizes(
        scale=s,
        title_pt=_half_points(TITLE_PT * s),
        title_line_pt=_half_points(TITLE_PT * TITLE_LINE_RATIO * s),
        body_pt=_half_points(setting.body_pt * s),
        body_line_pt=_half_points(setting.body_line_pt * s),
        head_pt=_half_points(HEADER_BLOCK_PT * s),
        head_line_pt=_half_points(HEADER_BLOCK_PT * HEADER_BLOCK_LINE_RATIO * s),
        table_pt=table_pt,
        page_number_pt=_half_points(PAGE_NUMBER_PT * s),
        seal_pt=_half_points(setting.seal_pt * s),
        setting=setting,
    )


def em_mm(pt: float) -> float:
    return pt * 25.4 / 72


# --- breaking text into units, words and lines --------------------------------------------------------------------

_CLOSING = frozenset("，。、；：！？）》」』】〕］,.;:!?)]%％·”’")
_OPENING = frozenset("（《「『【〔［([“‘")
_LATIN_JOIN = frozenset(".,:-*/+%#_@&'")
_COUNTERS = frozenset("年月日号人户亩组元头只株岁次天个项条份")
_DOC_NUMBER = re.compile(r"[〔［\[]\d+[〕］\]]\d+号?")
_URL = re.compile(r"^(?:[a-z]+://|www\.)", re.IGNORECASE)
_URL_PIECE = re.compile(r"[^/?&]*[/?&]+|[^/?&]+$")


def _is_wide(ch: str) -> bool:
    return unicodedata.east_asian_width(ch) in "WF"


def _latin(ch: str) -> bool:
    return ch.isascii() and (ch.isalnum() or ch in _LATIN_JOIN)


def units(text: str) -> list[str]:
    """``text`` cut where a line may break: between CJK characters, not inside a run of digits or letters (an ID,
    an amount, 0311-8123456), a number and its counter (2026年, 11月23日, 5人), a document number (〔2026〕21号),
    nor before closing or after opening punctuation; a web address after each / ? & in it. The units joined give
    ``text`` back."""
    out: list[str] = []
    i, n = 0, len(text)
    pending_open = ""
    while i < n:
        m = _DOC_NUMBER.match(text, i)
        if m:
            unit, i = m.group(0), m.end()
        elif _latin(text[i]):
            j = i
            while j < n and _latin(text[j]):
                j += 1
            if j < n and text[i:j].isdigit() and text[j] in _COUNTERS:
                j += 1
                # 11月23日: the day stays with its month
                k = j
                while k < n and text[k].isdigit():
                    k += 1
                if k > j and k < n and text[k] in _COUNTERS and text[j - 1] == "月":
                    j = k + 1
            unit, i = text[i:j], j
            if _URL.match(unit):   # http://www.dfz.gov.cn/jd/1.html: a column need not be as wide as the address
                *heads, unit = _URL_PIECE.findall(unit)
                if heads:
                    out.append(pending_open + heads[0])
                    out.extend(heads[1:])
                    pending_open = ""
        elif text[i] in _OPENING:
            pending_open += text[i]
            i += 1
            continue
        else:
            unit, i = text[i], i + 1
        unit = pending_open + unit
        pending_open = ""
        while i < n and (text[i] in _CLOSING or text[i] == " "):
            unit += text[i]
            i += 1
        if out and (unit[0] in _CLOSING):
            out[-1] += unit
        else:
            out.append(unit)
    if pending_open:
        out.append(pending_open)
    return out


def cell_units(text: str, digit_em: float = DIGIT_EM) -> list[str]:
    """The units of a table cell: a short text (a name, 第3组) is one unit, never broken."""
    if _ems(text, digit_em) <= SHORT_TEXT_EM:
        return [text]
    return units(text)


OPTION_SPLIT_EM = 6.0     # an option longer than this may break after a slash inside it (社区/企事业单位/…)
OPTIONS_MIN_EM = 22.0     # an options column is given at least this width (four options a line) …
OPTIONS_CAP_EM = 24.0     # … and up to this much (four or five)


def option_units(text: str, digit_em: float = DIGIT_EM) -> list[str]:
    """An options cell (■政府网站 □政府公报 …) cut where its lines may break: between its options, and after a slash
    inside an option longer than :data:`OPTION_SPLIT_EM` (□社区/ 企事业单位/ 村公示栏(电子屏)). The units joined
    give ``text`` back."""
    out: list[str] = []
    for option in re.findall(r"\S+\s*|\s+", text):
        if _ems(option.strip(), digit_em) <= OPTION_SPLIT_EM:
            out.append(option)
        else:
            out.extend(part for part in re.split(r"(?<=/)", option) if part)
    return out


def wrap(text: str, width_em: float, digit_em: float = DIGIT_EM, short_whole: bool = True,
         options: bool = False) -> list[str]:
    """``text`` in lines no wider than ``width_em``, broken between units (:func:`units`; a unit wider than the
    line is cut between characters). Explicit line breaks are kept."""
    lines: list[str] = []
    for part in text.split("\n"):
        if _ems(part, digit_em) <= width_em + 1e-9:
            lines.append(part)
            continue
        if options:
            pieces = option_units(part, digit_em)
        else:
            pieces = cell_units(part, digit_em) if short_whole else units(part)
        line, used = "", 0.0
        for unit in pieces:
            w = _ems(unit, digit_em)
            if line and used + w > width_em + 1e-9:
                lines.append(line.rstrip())
                line, used = "", 0.0
            if not line and w > width_em + 1e-9:
                for ch in unit:   # wider than the line: cut it
                    cw = _ems(ch, digit_em)
                    if line and used + cw > width_em + 1e-9:
                        lines.append(line)
                        line, used = "", 0.0
                    line += ch
                    used += cw
                continue
            line += unit
            used = _ems(line, digit_em)
        lines.append(line.rstrip())
    return lines


_CONNECTORS = frozenset("和及与或、")


def header_words(title: str) -> list[str]:
    """A column title in the words a line may break between: a bracketed part (元/亩) is one word, a run of up to
    three CJK characters is one word, a longer run is cut into words of two (政策/文件/名称), a
    single character left over staying with the word before it and 和/及/与 with the word after it (公开/渠道/
    和载体): 村民/小组, 补贴/金额, but 身份证号 whole. Digits and letters stay together."""
    words: list[str] = []
    i, n = 0, len(title)
    while i < n:
        ch = title[i]
        if ch in "(（[【〔":
            close = {"(": ")", "（": "）", "[": "]", "【": "】", "〔": "〕"}[ch]
            j = title.find(close, i + 1)
            j = n if j < 0 else j + 1
            words.append(title[i:j])
            i = j
        elif _is_wide(ch) and ch not in _CLOSING:
            j = i
            while j < n and _is_wide(title[j]) and title[j] not in "(（[【〔" and title[j] not in _CLOSING:
                j += 1
            words.extend(_cjk_words(title[i:j]))
            i = j
        else:
            j = i + 1
            while j < n and not _is_wide(title[j]) and title[j] not in "(（[【〔":
                j += 1
            if words and (title[i] in _CLOSING or not title[i:j].strip()):
                words[-1] += title[i:j]
            else:
                words.append(title[i:j])
            i = j
    return [w for w in words if w]


# Titles of four characters that do not split into two words of two.
_WHOLE_WORDS = frozenset({"身份证号", "证件号码", "公民身份", "银行账号", "一卡通号"})


def _cjk_words(run: str) -> list[str]:
    if len(run) <= 3 or run in _WHOLE_WORDS:
        return [run]
    words: list[str] = []
    i = 0
    while i < len(run):
        take = 3 if run[i] in _CONNECTORS else 2
        words.append(run[i:i + take])
        i += take
    if len(words) > 1 and len(words[-1]) == 1:
        last = words.pop()
        words[-1] += last
    return words


def break_words(words: Sequence[str], width_em: float, digit_em: float = DIGIT_EM) -> list[str]:
    """Words set in lines no wider than ``width_em`` (a word wider than that has a line of its own, and is cut
    only when it must be)."""
    lines: list[str] = []
    line = ""
    for word in words:
        if line and _ems(line + word, digit_em) > width_em + 1e-9:
            lines.append(line)
            line = ""
        line += word
    if line:
        lines.append(line)
    out: list[str] = []
    for line in lines:
        out.extend(wrap(line, width_em, digit_em, short_whole=False) if _ems(line, digit_em) > width_em + 1e-9
                   else [line])
    return out


def _header_extra(text: str) -> float:
    # Titles are set in 黑体, whose fallbacks have wider brackets: a quarter em to spare where it has any.
    return 0.0 if all(_is_wide(ch) for ch in text) else 0.25


def header_word_ems(title: str, digit_em: float = DIGIT_EM) -> float:
    """The width of a title's widest word: the least a column can have without breaking a word."""
    return max((_ems(w, digit_em) + _header_extra(w) for w in header_words(title)), default=0.0)


# --- titles -------------------------------------------------------------------------------------------------------

# Where a title may break (the position is where the new line starts): after 关于, after a place followed by
# the year, after the year or period, before what is published (发放情况的公示, 名单, 汇总表 …) and before a
# bracketed remark （更正）.
_BREAK_AFTER = re.compile(r"^关于|[村镇乡区县市旗嘎查苏木道](?=\d{4})|\d{4}年度|\d{4}年(?![度\d])|\d{1,2}月(?!\d)|季度|上半年|"
                          r"下半年")
_BREAK_BEFORE = re.compile(r"发放情况|情况的公示|的公示|名单|[（(]|(公示)?汇总表|政策解读情况|报备表|政务公开|异议及处理情况")


def _title_positions(title: str) -> list[int]:
    found = {m.end() for m in _BREAK_AFTER.finditer(title)} | {m.start() for m in _BREAK_BEFORE.finditer(title)}
    return sorted(p for p in found if 0 < p < len(title))


def _unit_positions(title: str) -> list[int]:
    """Every position between units (no break inside 2026年 or a bracket)."""
    out, pos = [], 0
    for unit in units(title):
        pos += len(unit)
        out.append(pos)
    depth, inside = 0, set()
    for i, ch in enumerate(title):
        if ch in "（(《":
            depth += 1
        elif ch in "）)》":
            depth = max(0, depth - 1)
        if depth:
            inside.add(i + 1)
    return [p for p in out[:-1] if p not in inside]


def title_lines(title: str, width_em: float, digit_em: float = DIGIT_EM) -> list[str]:
    """The title in as few lines as fit ``width_em``, broken at phrase boundaries into lines as even as can be
    (the widest as narrow as possible), none under :data:`MIN_TITLE_LINE_CHARS` characters. When the phrase
    boundaries cannot give such lines, any place between words will do."""
    if _ems(title, digit_em) <= width_em:
        return [title]
    for positions in (_title_positions(title), _unit_positions(title)):
        best = _balanced(title, positions, width_em, digit_em)
        if best:
            return best
    return _even_lines(title, width_em, digit_em)


def _even_lines(title: str, width_em: float, digit_em: float) -> list[str]:
    """A title too long for five lines: cut between units as near to equal shares as can be, in as few lines as
    fit, none under four characters where the title allows."""
    positions = _unit_positions(title) or list(range(1, len(title)))
    total = _ems(title, digit_em)
    count = max(2, math.ceil(total / width_em))
    while count <= len(title):
        cuts, prev = [], 0
        for k in range(1, count):
            target = total * k / count
            best = min((p for p in positions if p > prev), default=None,
                       key=lambda p: abs(_ems(title[:p], digit_em) - target))
            if best is None:
                break
            cuts.append(best)
            prev = best
        bounds = (0, *cuts, len(title))
        lines = [title[a:b] for a, b in itertools.pairwise(bounds) if b > a]
        if all(_ems(line, digit_em) <= width_em for line in lines):
            return lines
        count += 1
    return wrap(title, width_em, digit_em, short_whole=False)


def _balanced(title: str, positions: list[int], width_em: float, digit_em: float) -> list[str] | None:
    need = math.ceil(_ems(title, digit_em) / width_em)
    for count in range(max(2, need), min(len(positions) + 1, 5) + 1):
        best, best_width = None, None
        if math.comb(len(positions), count - 1) > 20000:
            return None
        for cut in itertools.combinations(positions, count - 1):
            bounds = (0, *cut, len(title))
            lines = [title[a:b] for a, b in itertools.pairwise(bounds)]
            if any(len(line.strip()) < MIN_TITLE_LINE_CHARS for line in lines):
                continue
            widths = [_ems(line, digit_em) for line in lines]
            widest = max(widths)
            if widest > width_em:
                continue
            # the most even; on a tie, the longer line first (a title reads as a pyramid)
            key = (round(widest, 3), -widths[0])
            if best_width is None or key < best_width:
                best, best_width = lines, key
        if best:
            return best
    return None


# --- numbers --------------------------------------------------------------------------------------------------------

def _decimals(text: str) -> int | None:
    s = text.replace(",", "").replace("，", "").strip()
    try:
        value = Decimal(s)
    except InvalidOperation:
        return None
    if not value.is_finite():
        return None
    if "." not in s:
        return 0
    return len(s.rsplit(".", 1)[1].rstrip("0"))


def _format_decimal(text: str, places: int) -> str:
    s = text.replace(",", "").replace("，", "").strip()
    try:
        value = Decimal(s)
    except InvalidOperation:
        return text
    q = Decimal(1).scaleb(-places)
    value = value.quantize(q, rounding=ROUND_HALF_UP)
    if "," in text:
        return f"{value:,.{places}f}"
    return f"{value:.{places}f}"


def uniform_decimals(table: Table) -> Table:
    """The table with each number column in one count of decimals, the most any of its values (or its total)
    needs, at most 2 (4.6, 18 and 21.02 become 4.60, 18.00 and 21.02), and every money column with 2."""
    changes: dict[int, int] = {}
    for j, col in enumerate(table.columns):
        if col.kind not in ("number", "money"):
            continue
        texts = [row[j] for row in table.rows]
        if table.total_row is not None:
            texts.append(table.total_row[j])
        counts = [d for d in map(_decimals, (t for t in set(texts) if t.strip())) if d is not None]
        if not counts:
            continue
        places = 2 if col.kind == "money" else min(2, max(counts))
        if col.kind == "number" and all(_has_places(t, places) for t in set(texts) if t.strip()):
            continue
        changes[j] = places
    if not changes:
        return table
    cache: dict[tuple[int, str], str] = {}

    def fix(j: int, text: str) -> str:
        key = (j, text)
        out = cache.get(key)
        if out is None:
            out = cache[key] = _format_decimal(text, changes[j]) if text.strip() and _decimals(text) is not None \
                else text
        return out

    rows = [[fix(j, t) if j in changes else t for j, t in enumerate(row)] for row in table.rows]
    total = None
    if table.total_row is not None:
        total = [fix(j, t) if j in changes else t for j, t in enumerate(table.total_row)]
    return replace(table, rows=rows, total_row=total)


def _has_places(text: str, places: int) -> bool:
    s = text.replace(",", "").strip()
    if _decimals(s) is None:
        return True
    have = len(s.rsplit(".", 1)[1]) if "." in s else 0
    return have == places


# --- columns --------------------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class _ColumnNeed:
    hard: float      # ems that must be there: numbers, names, units and words on one line
    mid: float       # … and the title in two lines at most
    one_line: float  # ems with every value (capped) and the title on one line


def title_two_lines_ems(title: str, digit_em: float = DIGIT_EM) -> float:
    """The narrowest width in which ``title`` stands in two lines at most, broken between words."""
    words = header_words(title)
    best = _ems(title, digit_em) + _header_extra(title)
    for k in range(1, len(words)):
        a, b = "".join(words[:k]), "".join(words[k:])
        best = min(best, max(_ems(a, digit_em) + _header_extra(a), _ems(b, digit_em) + _header_extra(b)))
    return best


def _widest(texts: Iterable[str], digit_em: float, count: int = 40) -> float:
    """The widest of the longest ``count`` texts by characters (numbers: all alike in length)."""
    distinct = set(texts)
    longest = heapq.nlargest(count, distinct, key=len)
    return max((_ems(line, digit_em) for t in longest for line in t.split("\n")), default=0.0)


def _column_texts(table: Table, j: int, merged: int) -> list[str]:
    if table.section_rows:
        sections = set(table.section_rows)
        texts = [row[j] for i, row in enumerate(table.rows) if i not in sections]
    else:
        texts = [row[j] for row in table.rows]
    if table.total_row is not None and not (merged > 1 and j < merged) and table.total_row[j]:
        texts.append(table.total_row[j] + "0")   # bold: a character to spare
    return texts


def _needs(table: Table, digit_em: float) -> list[_ColumnNeed]:
    merged = table.total_label_span() if table.total_row is not None else 1
    titles: list[str | None] = [None] * len(table.columns)
    if not table.header_rows:
        titles = [c.title for c in table.columns]
    else:
        for cell in table.header_layout():
            if cell.colspan == 1:
                titles[cell.col] = cell.text
    needs = []
    for j, col in enumerate(table.columns):
        texts = _column_texts(table, j, merged)
        title = titles[j] or ""
        title_hard = header_word_ems(title, digit_em) if title else 0.0
        title_two = title_two_lines_ems(title, digit_em) if title else 0.0
        title_full = _ems(title, digit_em) + _header_extra(title) if title else 0.0
        if _one_line(col):
            width = _widest(texts, digit_em)
            needs.append(_ColumnNeed(max(width, title_hard), max(width, title_two), max(width, title_full)))
            continue
        distinct = {t for t in texts if t.strip()}
        widest_unit = 0.0
        widest_text = 0.0
        for text in distinct:
            for line in text.split("\n"):
                w = _ems(line, digit_em)
                widest_text = max(widest_text, w)
                if col.kind != "date" and w <= SHORT_TEXT_EM:
                    widest_unit = max(widest_unit, w)
                elif w > widest_unit:
                    pieces = option_units(line, digit_em) if col.options else units(line)
                    widest_unit = max(widest_unit, max(_ems(u.strip(), digit_em) for u in pieces))
        if col.kind == "date":
            hard = widest_unit
        else:
            hard = max(widest_unit, min(widest_text, OPTIONS_MIN_EM if col.options else MIN_TEXT_EM))
        one_line = max(hard, min(widest_text, OPTIONS_CAP_EM if col.options else TEXT_CAP_EM))
        needs.append(_ColumnNeed(max(hard, title_hard), max(hard, title_two), max(one_line, title_full, title_two)))
    return _with_spans(table, needs, digit_em, merged)


def _with_spans(table: Table, needs: list[_ColumnNeed], digit_em: float, merged: int) -> list[_ColumnNeed]:
    """Cells spanning several columns (合计 over 序号 and 村民小组; 公开事项 over 一级事项, 二级事项) need their text's
    room over the columns together: what the columns lack is added to them evenly."""
    spans: list[tuple[int, int, float, float]] = []
    if merged > 1:
        label = _ems(table.total_row[0] + "0", digit_em)
        spans.append((0, merged, label, label, label))
    if table.header_rows:
        for cell in table.header_layout():
            if cell.colspan > 1:
                spans.append((cell.col, cell.col + cell.colspan, header_word_ems(cell.text, digit_em),
                              title_two_lines_ems(cell.text, digit_em),
                              _ems(cell.text, digit_em) + _header_extra(cell.text)))
    out = list(needs)
    pad_em = 0.0   # the cell padding of the columns inside a span is room for the text too: not counted here
    for a, b, hard, mid, one in spans:
        for attr, need in (("hard", hard), ("mid", mid), ("one_line", one)):
            have = sum(getattr(out[j], attr) for j in range(a, b)) + pad_em
            if have < need:
                add = (need - have) / (b - a)
                for j in range(a, b):
                    out[j] = replace(out[j], **{attr: getattr(out[j], attr) + add})
    return [replace(n, mid=max(n.mid, n.hard), one_line=max(n.one_line, n.mid, n.hard)) for n in out]


def _widths(needs: list[_ColumnNeed], pt: float, total_mm: float, fixed: list[bool]) -> tuple[list[float], bool]:
    """Column widths in mm at ``pt``, and whether what must stay on one line does."""
    e = em_mm(pt)
    hard = [n.hard * e + PADDING_MM for n in needs]
    mid = [n.mid * e + PADDING_MM for n in needs]
    one = [n.one_line * e + PADDING_MM for n in needs]
    if sum(one) <= total_mm:
        extra = total_mm - sum(one)
        base = sum(one)
        return [w + extra * w / base for w in one], True
    # Between two levels of need (titles in two lines, then everything on one line) in proportion to the gap.
    for low, high in ((mid, one), (hard, mid)):
        if sum(low) <= total_mm:
            gap = [o - h for o, h in zip(high, low)]
            ratio = (total_mm - sum(low)) / sum(gap) if sum(gap) else 0.0
            return [h + g * ratio for h, g in zip(low, gap)], True
    # Not even that: numbers keep their room, texts share what is left (at least an em each); else all shrink.
    rest = total_mm - sum(h for h, f in zip(hard, fixed) if f)
    free = [h for h, f in zip(hard, fixed) if not f]
    if free and rest >= len(free) * (e + PADDING_MM):
        scale = rest / sum(free)
        return [h if f else h * scale for h, f in zip(hard, fixed)], False
    scale = total_mm / sum(hard)
    return [h * scale for h in hard], False


def _table_pt(table: Table, needs: list[_ColumnNeed], page: PageSetup, fixed: list[bool]) -> tuple[float, bool]:
    """The table's type size, in half points within the page's range, and whether the numbers and words of every
    column fit at all (at the range's floor).

    The largest size at which everything stands on one line, when there is one (a notice's list); otherwise
    the largest at which the texts that must wrap (a catalog's contents) take no more than
    :data:`WRAP_TOLERANCE` times the fewest lines any size gives them: larger type, but not at the price of
    rows twice as tall. Among sizes alike, titles in two lines at most are preferred."""
    floor, cap = page.table_pt_range()
    width = page.text_width_mm()
    sizes = []
    pt = _half_points(cap) if cap > floor else floor
    while pt >= floor - 1e-9:
        sizes.append(pt)
        pt -= 0.5

    def fits(attr: str, size: float) -> bool:
        return sum(getattr(n, attr) * em_mm(size) + PADDING_MM for n in needs) <= width

    hard = [size for size in sizes if fits("hard", size)]
    if not hard:
        return floor, False
    top = hard[0]
    one = next((size for size in hard if fits("one_line", size)), None)
    if one is not None and one >= top - 1.0:
        return one, True
    candidates = [size for size in hard if size >= top - 4.0]
    lines = _line_counter(table, fixed)
    counts = {size: lines(_widths(needs, size, width, fixed)[0], size) for size in candidates}
    fewest = min(counts.values())
    good = [size for size in candidates if counts[size] <= fewest * WRAP_TOLERANCE]
    two = [size for size in good if fits("mid", size)]
    return (two[0] if two and two[0] >= good[0] - 1.0 else good[0]), True


WRAP_TOLERANCE = 1.15


def _line_counter(table: Table, fixed: list[bool]):
    """A function (widths in mm, type size) -> roughly how many lines the table's body takes."""
    sections = set(table.section_rows)
    wrapping = [j for j, one in enumerate(fixed) if not one]
    ems: list[dict[str, float]] = [{} for _ in fixed]
    rows = [row for i, row in enumerate(table.rows) if i not in sections]
    for j in wrapping:
        memo = ems[j]
        for row in rows:
            text = row[j]
            if text and text not in memo:
                memo[text] = max(_ems(part, DIGIT_EM) for part in text.split("\n"))

    def count(widths: list[float], pt: float) -> int:
        e = em_mm(pt)
        room = [max(0.5, (w - PADDING_MM) / e) for w in widths]
        total = 0
        for row in rows:
            n = 1
            for j in wrapping:
                text = row[j]
                if text:
                    w = ems[j][text]
                    if w > room[j]:
                        n = max(n, math.ceil(w / room[j] * 1.05))
            total += n
        return total + len(sections)

    return count


# --- the plan -------------------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Plan:
    """How one document is set on its page. ``table`` is the table as printed: decimals made uniform, every cell
    and header title broken into its lines ("\\n"); ``values`` the same cells unbroken (a spreadsheet keeps its
    values whole and wraps them itself); ``widths_mm`` its columns. ``fits``: the numbers, names and
    words of every column stand on one line at ``sizes.table_pt`` (for large print, at 14 pt or more)."""

    page: PageSetup
    sizes: Sizes
    title_lines: tuple[str, ...]
    subtitle_lines: tuple[str, ...]
    table: Table | None
    widths_mm: tuple[float, ...] = ()
    fits: bool = True
    row_lines: tuple[int, ...] = ()          # the number of lines of each body row (and then the total row)
    header_lines: tuple[int, ...] = ()       # the number of lines of each header row
    values: Table | None = None              # the table's values as shown (uniform decimals), not broken into lines
    one_page: bool = False                   # the whole document stands on one page as planned


def plan_page(doc: Document) -> Plan:
    """The layout of ``doc`` on ``doc.page`` (see the module's description). Never raises.

    The first of these that stands on one page (:func:`estimated_height_pt`), else the first: the table as large
    as its columns allow, in each of the document's settings (:func:`settings_for`) from the loosest; then, in
    the tightest, the table smaller in half points down to :func:`one_page_floor_pt`."""
    page = doc.page
    settings = settings_for(doc)
    if doc.table is None:
        pt = page.table_pt_range()[1]
        sizes = sizes_for(page, pt)
        titles, subtitles = _titles(doc, sizes), _subtitles(doc, sizes)
        candidates = [Plan(page, sizes_for(page, pt, setting), titles, subtitles, None) for setting in settings]
        return _first_on_one_page(doc, candidates, candidates[0])
    table = uniform_decimals(doc.table)
    needs = _needs(table, DIGIT_EM)
    fixed = [_one_line(c) for c in table.columns]
    pt, fits = _table_pt(table, needs, page, fixed)
    at = _planner(doc, table, needs, fixed, fits)
    first = at(pt, STANDARD)
    if not fits or not _may_stand_on_one_page(doc, table, page):
        return _first_on_one_page(doc, [first], first)
    if not doc.board_notice:   # a short form: its page's room, not the wrap tolerance, bounds its type
        roomy = _first_on_one_page(doc, (at(size, STANDARD) for size in _larger_sizes(pt, needs, page)), first)
        if roomy is not first:
            return roomy
    smaller = []
    size = pt - 0.5
    while size >= one_page_floor_pt(page) - 1e-9:
        smaller.append(size)
        size -= 0.5
    candidates = itertools.chain((at(pt, setting) for setting in settings),
                                 (at(size, settings[-1]) for size in smaller))
    return _first_on_one_page(doc, candidates, first)


def _larger_sizes(pt: float, needs: list[_ColumnNeed], page: PageSetup) -> list[float]:
    """The sizes above ``pt`` (largest first, in half points up to 五号 at the paper's scale) at which the numbers
    and words of every column still fit the page's width: a form set smaller than 五号 that stands on one page is
    set in the largest of them that keeps it there, its texts wrapping more (a 报备表 of three rows in 8.5 pt under
    14 pt header lines, two thirds of its page empty, read as a misprint). A form at 五号 or more is left as the
    wrap tolerance sets it."""
    _floor, cap = page.table_pt_range()
    cap = min(cap, _half_points(FORM_PT * page.scale()))
    width = page.text_width_mm()
    sizes, size = [], _half_points(cap)
    while size > pt + 1e-9:
        if sum(n.hard * em_mm(size) + PADDING_MM for n in needs) <= width:
            sizes.append(size)
        size -= 0.5
    return sizes


def _first_on_one_page(doc: Document, candidates: Iterable[Plan], otherwise: Plan) -> Plan:
    room = page_height_pt(doc.page) * ONE_PAGE_SHARE
    for plan in candidates:
        if estimated_height_pt(doc, plan) <= room:
            return replace(plan, one_page=True)
    return otherwise


def _may_stand_on_one_page(doc: Document, table: Table, page: PageSetup) -> bool:
    """Whether the table's rows alone, one line each at the smallest size a list is set in to stand on one page,
    leave the page any room (a long list is not tried at every size)."""
    rows = len(table.rows) + (table.total_row is not None) + table.header_row_count
    return rows * ROW_MIN_EM * one_page_floor_pt(page) < page_height_pt(page)


ONE_PAGE_SHARE = 0.985   # what a word processor adds (its own rounding) stays within the rest


ONE_PAGE_PT = 9.0   # 小五: the smallest table text a short list is set in to stand on one page
FORM_PT = 10.5      # 五号: what a short form's table is raised to when its page has the room


def one_page_floor_pt(page: PageSetup) -> float:
    """The smallest table text a short list is set in to stand on one page: 小五 (× the paper's scale), for large
    print its floor (四号)."""
    floor, _cap = page.table_pt_range()
    return max(floor, _half_points(ONE_PAGE_PT * page.scale())) if not page.large_print else floor


def page_height_pt(page: PageSetup) -> float:
    return page.text_height_mm() * 72 / 25.4


def _planner(doc: Document, table: Table, needs: list[_ColumnNeed], fixed: list[bool],
             fits: bool) -> Callable[[float, Setting], Plan]:
    """A function (table size, setting) -> the plan; the table's widths and lines are worked out once a size."""
    page = doc.page
    base = sizes_for(page, TABLE_PT)
    titles, subtitles = _titles(doc, base), _subtitles(doc, base)
    parts: dict[float, tuple] = {}

    def at(pt: float, setting: Setting) -> Plan:
        if pt not in parts:
            widths, one_line = _widths(needs, pt, page.text_width_mm(), fixed)
            parts[pt] = (widths, one_line, *_broken(table, widths, pt))
        widths, one_line, printed, row_lines, header_lines = parts[pt]
        return Plan(page, sizes_for(page, pt, setting), titles, subtitles, printed, tuple(widths),
                    fits and one_line, row_lines, header_lines, table)

    return at


def paragraph_lines(text: str, page: PageSetup, pt: float, indent_em: float = 2.0) -> int:
    """How many lines a body paragraph takes, counted generously (digits at :data:`DIGIT_EM`)."""
    capacity = page.text_width_mm() / em_mm(pt)
    return max(1, math.ceil((_paragraph_ems(text) + indent_em) / capacity))


def _paragraph_ems(text: str) -> float:
    return _ems(text, DIGIT_EM)


def estimated_height_pt(doc: Document, plan: Plan) -> float:
    """The height of the whole document set as ``plan`` says, in points, as if on one endless page: the title
    and the blank line under it, the header block, the 主送, the paragraphs, the table with its header, the gap
    under it, the closing paragraphs, the room for the seal, the 落款 and the 附注."""
    from gkdesk.io.document import signature_layout

    s = plan.sizes
    body = s.body_line_pt
    height = len(plan.title_lines) * s.title_line_pt + body + len(plan.subtitle_lines) * s.head_line_pt
    if doc.addressee:
        height += (paragraph_lines(doc.addressee, doc.page, s.body_pt, 0) + bool(plan.subtitle_lines)) * body
    height += sum(paragraph_lines(t, doc.page, s.body_pt) for t in doc.paragraphs_before) * body
    sig = signature_layout(doc)
    closing = bool(doc.paragraphs_after or sig)
    if plan.table is not None:
        height += sum(s.row_height_pt(n) for n in plan.header_lines)
        height += sum(s.row_height_pt(n) for n in plan.row_lines)
        height += 0.5 * (len(plan.header_lines) + len(plan.row_lines) + 1)   # the rules: ½ pt each
        if closing:
            height += s.closing_gap_pt
    height += sum(paragraph_lines(t, doc.page, s.body_pt) for t in doc.paragraphs_after) * body
    if sig:
        height += s.signature_gap_pt(doc.seal_space) + len(sig) * body
    height += len(doc.notes) * body
    return height


def _capacity_em(page: PageSetup, pt: float) -> float:
    return page.text_width_mm() * 0.97 / em_mm(pt)


def _titles(doc: Document, sizes: Sizes) -> tuple[str, ...]:
    lines: list[str] = []
    for part in doc.title.split("\n"):
        lines += title_lines(part, _capacity_em(doc.page, sizes.title_pt))
    return tuple(lines)


_ITEM_GAP = re.compile(r"(\u3000{2,}| {2,})")


def header_block_lines(text: str, width_em: float, digit_em: float = DIGIT_EM) -> list[str]:
    """A header-block line (填报人：李明　　　　联系电话：…) in lines no wider than ``width_em``, broken between its
    items only (an item too long for a line is wrapped by itself)."""
    parts = _ITEM_GAP.split(text)
    items = parts[0::2]
    gaps = parts[1::2] + [""]
    lines: list[str] = []
    line = ""
    for item, gap in zip(items, gaps):
        if line and _ems(line + item, digit_em) > width_em:
            lines.append(line.rstrip("\u3000 "))
            line = ""
        if not line and _ems(item, digit_em) > width_em:
            lines.extend(wrap(item, width_em, digit_em, short_whole=False))
            continue
        line += item + gap
    if line.strip():
        lines.append(line.rstrip("\u3000 "))
    return lines or [""]


def _subtitles(doc: Document, sizes: Sizes) -> tuple[str, ...]:
    width = _capacity_em(doc.page, sizes.head_pt)
    return tuple(line for text in doc.subtitle_lines for line in header_block_lines(text, width))


def _broken(table: Table, widths: list[float], pt: float) -> tuple[Table, tuple[int, ...], tuple[int, ...]]:
    """The table with every cell and header title broken into its lines for ``widths``; the lines per row."""
    e = em_mm(pt)
    room = [max(0.5, (w - PADDING_MM) / e) for w in widths]
    n = len(table.columns)
    merged = table.total_label_span() if table.total_row is not None else 1
    cache: list[dict[str, str]] = [{} for _ in range(n)]

    def broken(j: int, text: str, width: float) -> str:
        if not text:
            return text
        memo = cache[j]
        out = memo.get(text)
        if out is None:
            # at most 1.25 em a character (a CJK character beside a digit): shorter texts need no measuring
            if "\n" not in text and len(text) * 1.25 <= width:
                out = text
            elif _ems(text, DIGIT_EM) > width + 1e-9 or "\n" in text:
                column = table.columns[j]
                out = "\n".join(wrap(text, width, DIGIT_EM, short_whole=not _one_line(column), options=column.options))
            else:
                out = text
            memo[text] = out
        return out

    rows: list[list[str]] = []
    row_lines: list[int] = []
    sections = set(table.section_rows)
    across = sum(room) + (n - 1) * PADDING_MM / e
    # Columns none of whose cells break (the numbers of a long list, as a rule) are not looked at row by row.
    body = [row for i, row in enumerate(table.rows) if i not in sections]
    def breaks(j: int) -> bool:
        values = {row[j] for row in body}
        if _one_line(table.columns[j]):   # numbers alike in length: the longest decide
            values = heapq.nlargest(40, values, key=len)
        return any(broken(j, t, room[j]) is not t for t in values)

    changing = [j for j in range(n) if breaks(j)]
    for i, row in enumerate(table.rows):
        if i in sections:
            cells = ["\n".join(wrap(row[0], across - 0.62, DIGIT_EM))] + [""] * (n - 1)
        elif changing:
            cells = list(row)
            for j in changing:
                cells[j] = broken(j, row[j], room[j])
        else:
            rows.append(row)
            row_lines.append(1)
            continue
        rows.append(cells)
        row_lines.append(max((c.count("\n") + 1 for c in cells), default=1))
    total = None
    if table.total_row is not None:
        total = []
        for j, t in enumerate(table.total_row):
            width = sum(room[:merged]) + (merged - 1) * PADDING_MM / e if j == 0 and merged > 1 else room[j]
            total.append(broken(j, t, width) if t else t)   # the bold spare is in the column's need
        row_lines.append(max((c.count("\n") + 1 for c in total), default=1))
    header_rows = None
    columns = list(table.columns)
    head_lines = [1] * table.header_row_count
    placed = table.header_layout()
    texts: list[str] = []
    for cell in placed:
        width = sum(room[cell.col:cell.col + cell.colspan]) + (cell.colspan - 1) * PADDING_MM / e
        lines = break_words(header_words(cell.text), width + 1e-6) if cell.text else [""]
        texts.append("\n".join(lines))
        per_row = math.ceil(len(lines) / cell.rowspan)
        for r in range(cell.row, cell.row + cell.rowspan):
            head_lines[r] = max(head_lines[r], per_row)
    if table.header_rows:
        header_rows = []
        k = 0
        for cells in table.header_rows:
            row_cells = []
            for cell in cells:
                row_cells.append(HeaderCell(texts[k], cell.colspan, cell.rowspan))
                k += 1
            header_rows.append(row_cells)
    else:
        columns = [replace(c, title=t) for c, t in zip(columns, texts)]
    printed = Table(columns, rows, total_row=total, header_rows=header_rows, bold_rows=list(table.bold_rows),
                    section_rows=list(table.section_rows))
    return printed, tuple(row_lines), tuple(head_lines)


def checked_plan(doc: Document) -> Plan:
    """:func:`plan_page`, refused with :class:`LayoutError` when large print cannot be set at 14 pt on the page:
    the sentence names the paper and orientation that will do."""
    plan = plan_page(doc)
    if plan.page.large_print and not plan.fits:
        raise LayoutError(large_print_problem(doc.page, suggest_page(doc)))
    return plan


def page_name(page: PageSetup) -> str:
    return f"{page.paper}{'横向' if page.landscape else '纵向'}"


def large_print_problem(page: PageSetup, suggestion: PageSetup | None) -> str:
    floor = page.table_pt_range()[0]
    head = f"大字版的表格在{page_name(page)}纸上放不下（表格文字不能小于{floor:g}磅）"
    if suggestion is not None:
        return f"{head}，请改用{page_name(suggestion)}纸，或取消大字版。"
    return f"{head}，用A3横向纸也放不下，请取消大字版或减少公示的列。"


def suggest_page(doc: Document) -> PageSetup | None:
    """The first paper and orientation (A4 portrait, A4 landscape, A3 portrait, A3 landscape) on which the table
    of ``doc`` fits as asked (large print: at 14 pt or more), or None."""
    if doc.table is None:
        return doc.page
    table = uniform_decimals(doc.table)
    needs = _needs(table, DIGIT_EM)
    fixed = [_one_line(c) for c in table.columns]
    for paper, landscape in LANDSCAPE_ORDER:
        page = replace(doc.page, paper=paper, landscape=landscape)
        _pt, fits = _table_pt(table, needs, page, fixed)
        if fits:
            return page
    return None


def preferred_orientation(doc: Document) -> bool:
    """Whether ``doc`` reads better in landscape than in portrait on its paper: when its table would be set under
    the page's usual size (五号) in portrait — unless the whole document stands on one page in portrait and not
    in landscape (a short list is one page)."""
    if doc.table is None:
        return False
    portrait = replace(doc, page=replace(doc.page, landscape=False))
    tall = plan_page(portrait)
    if tall.fits and tall.sizes.table_pt >= _half_points(TABLE_PT * portrait.page.scale()):
        return False
    wide = replace(doc, page=replace(doc.page, landscape=True))
    if not fits_on(wide):
        return False
    one_page_tall = estimated_height_pt(portrait, tall) <= page_height_pt(portrait.page) * ONE_PAGE_SHARE
    one_page_wide = estimated_height_pt(wide, plan_page(wide)) <= page_height_pt(wide.page) * ONE_PAGE_SHARE
    return not (one_page_tall and not one_page_wide)


def fits_on(doc: Document) -> bool:
    """Whether the table of ``doc`` can be set on its own page as asked."""
    if doc.table is None:
        return True
    table = uniform_decimals(doc.table)
    return _table_pt(table, _needs(table, DIGIT_EM), doc.page, [_one_line(c) for c in table.columns])[1]


# --- pages ------------------------------------------------------------------------------------------------------------

@dataclass
class Block:
    """Something the Qt renderer places on a page: a line of text, a table row, a gap. ``keep_with_next``: it
    goes to the next page with the block after it rather than end a page; ``table_row``: a page it starts gets
    the table's header first; ``split(room)``: for a block that may break across pages (a tall table row), the
    part that fits in ``room`` and the rest, or None when no part fits."""

    height: float
    keep_with_next: bool = False
    table_row: bool = False
    skip_at_top: bool = False     # a gap: nothing to show at the top of a page
    payload: object = field(default=None, repr=False)
    split: Callable[[float], tuple[Block, Block] | None] | None = field(default=None, repr=False)


SPLIT_ROW_LINES = 6   # a table row of more lines than this may break across pages, two lines at least each side


def paginate(blocks: Sequence[Block], page_height: float, header_height: float = 0.0) -> list[tuple[int, float, Block]]:
    """(page, top, block) for every block, pages counted from 0 and tops from the top of the text block. A block
    that does not fit on the page goes to the next one, together with the chain of ``keep_with_next`` blocks
    before it on its page (unless that chain reaches the page's top: then it alone moves); a block that may split
    leaves what fits on the page and goes on on the next. A page that starts with a table row has
    ``header_height`` of repeated header above it. A block taller than a page stands alone on its page."""
    eps = 1e-6
    todo = list(blocks)
    out: list[tuple[int, float, Block]] = []
    page, y = 0, 0.0
    start = 0            # index in ``out`` of the page's first block
    i = 0
    while i < len(todo):
        block = todo[i]
        first_on_page = len(out) == start
        if first_on_page:
            if block.skip_at_top and out:
                i += 1
                continue
            if block.table_row and out:
                y = header_height
        if not first_on_page and y + block.height > page_height + eps:
            if block.split is not None:
                parts = block.split(page_height - y)
                if parts is not None:
                    head, rest = parts
                    out.append((page, y, head))
                    todo[i:i + 1] = [head, rest]
                    page, y, start, i = page + 1, 0.0, len(out), i + 1
                    continue
            first = len(out)
            while first - 1 > start and out[first - 1][2].keep_with_next:
                first -= 1
            if first - 1 == start and out[start][2].keep_with_next and not out[start][2].table_row:
                first = start   # the chain reaches back to the page's first block: it cannot move
            if first <= start:
                first = len(out)
            moved = len(out) - first
            del out[first:]
            page, y, start, i = page + 1, 0.0, len(out), i - moved
            continue
        out.append((page, y, block))
        y += block.height
        i += 1
    return out


def page_count(positions: Sequence[tuple[int, float, Block]]) -> int:
    return (max(p for p, _t, _b in positions) + 1) if positions else 1


# --- used by the renderers ------------------------------------------------------------------------------------------

def keep_rows(table: Table, wanted: int = 2) -> int:
    """How many of the last body rows the closing block (the lines after the table and the 落款) takes with it to
    a new page: ``wanted``, fewer in a shorter list."""
    return min(wanted, len(table.rows))


def dropped_empty_columns(columns: Sequence[Column], rows: Sequence[Sequence[str]]) -> list[int]:
    """The indices of the columns that are empty in every row (the first column and 姓名 are never dropped)."""
    if not rows:
        return []
    empty = []
    for j, col in enumerate(columns):
        if j == 0 or col.key == "name":
            continue
        if all(not row[j].strip() for row in rows):
            empty.append(j)
    return empty
