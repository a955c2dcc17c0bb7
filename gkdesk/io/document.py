"""One document model for everything gkdesk prints or exports.

A service builds a :class:`Document` once as plain data (title, header block, paragraphs, one table, 落款 and
date); the renderers turn the same object into .docx (:mod:`gkdesk.io.docx_writer`), .xlsx
(:mod:`gkdesk.io.xlsx_writer`) or a Qt print / PDF (:mod:`gkdesk.gui.printing`). Every renderer calls
:func:`ensure_public_safe` before it writes a byte, so a public notice carrying a full ID or account number can
be neither printed nor exported.

Table cells are already formatted text (money with two decimals, masked numbers, dates as the user reads them);
the column ``kind`` tells the renderers and the privacy guard what a column holds.

No Qt here, and no I/O apart from :func:`replacing_file`, the temp-file-then-rename helper the renderers share;
it is also where every output is refused that would land on the data folder's own files (store.guard), and where a
full disk or a read-only folder becomes its sentence (store.diagnosis).
"""
from __future__ import annotations

import contextlib
import dataclasses
import heapq
import itertools
import math
import os
import re
import tempfile
import time
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

PAPER_SIZES_MM: dict[str, tuple[float, float]] = {"A4": (210.0, 297.0), "A3": (297.0, 420.0)}
ALIGNS = ("left", "center", "right")
COLUMN_KINDS = ("text", "id", "account", "phone", "money", "number", "date")

# GB/T 9704-2012 type sizes in points.
TITLE_PT = 22.0          # 2号 方正小标宋简体
BODY_PT = 16.0           # 3号 仿宋_GB2312
BODY_LINE_PT = 28.0      # fixed line spacing of the body
PAGE_NUMBER_PT = 14.0    # 4号 宋体, "— 1 —"
HEADER_BLOCK_PT = 14.0   # 4号, the 填报单位/报送月份 lines above a form
TABLE_PT = 10.5          # 五号 for table text
TABLE_LARGE_PT = 14.0    # 四号 for large print (village boards)
TABLE_MIN_PT = 7.5       # 六号: the smallest table text a renderer shrinks to so names and numbers fit
PAGE_NUMBER_GAP_MM = 7.0  # the page number's top sits 7 mm below the text block


NOT_SHOWN = {"shown": False}  # a string field that is a setting, not text on the page (see all_texts)


@dataclass(frozen=True)
class PageSetup:
    """Paper, orientation and margins. Portrait uses the GB/T 9704 margins; landscape (forms, wide tables)
    uses narrower ones so that a 14-column form fits."""

    paper: str = field(default="A4", metadata=NOT_SHOWN)
    landscape: bool = False
    large_print: bool = False

    def __post_init__(self) -> None:
        if self.paper not in PAPER_SIZES_MM:
            raise ValueError(f"纸张只能是 A4 或 A3，不能是 {self.paper!r}")

    def margins_mm(self) -> tuple[float, float, float, float]:
        """(top, bottom, left, right) in millimetres."""
        if self.landscape:
            return (20.0, 20.0, 25.0, 25.0)
        return (37.0, 35.0, 28.0, 26.0)

    def page_size_mm(self) -> tuple[float, float]:
        """(width, height) of the sheet as it lies, in millimetres."""
        w, h = PAPER_SIZES_MM[self.paper]
        return (h, w) if self.landscape else (w, h)

    def text_width_mm(self) -> float:
        _top, _bottom, left, right = self.margins_mm()
        return self.page_size_mm()[0] - left - right

    def text_height_mm(self) -> float:
        top, bottom, _left, _right = self.margins_mm()
        return self.page_size_mm()[1] - top - bottom

    def table_pt(self) -> float:
        return TABLE_LARGE_PT if self.large_print else TABLE_PT


@dataclass(frozen=True)
class Column:
    key: str = field(metadata=NOT_SHOWN)
    title: str
    width: float = 1.0          # relative weight; renderers share the text width in proportion
    align: str = field(default="left", metadata=NOT_SHOWN)
    kind: str = field(default="text", metadata=NOT_SHOWN)   # text | id | account | phone | money | number | date
    # A free-text column (备注) that takes the width the others do not need: with one in the table, a column
    # grows in proportion to its weight only until its widest text and its title stand on one line.
    fill: bool = False

    def __post_init__(self) -> None:
        if self.align not in ALIGNS:
            raise ValueError(f"column {self.key!r}: align must be one of {ALIGNS}, not {self.align!r}")
        if self.kind not in COLUMN_KINDS:
            raise ValueError(f"column {self.key!r}: kind must be one of {COLUMN_KINDS}, not {self.kind!r}")
        if not self.width > 0:
            raise ValueError(f"column {self.key!r}: width must be positive")


@dataclass(frozen=True)
class HeaderCell:
    text: str
    colspan: int = 1
    rowspan: int = 1


@dataclass(frozen=True)
class PlacedHeaderCell:
    """A header cell with its position in the header grid (0-based row and column)."""

    row: int
    col: int
    text: str
    rowspan: int
    colspan: int


@dataclass
class Table:
    columns: list[Column]
    rows: list[list[str]] = field(default_factory=list)
    total_row: list[str] | None = None
    # A multi-row header with spans, e.g. the catalog's 公开事项(一级事项, 二级事项). Each inner list holds the cells
    # that start in that header row, left to right, skipping grid slots covered by a rowspan from above.
    header_rows: list[list[HeaderCell]] | None = None

    def __post_init__(self) -> None:
        if not self.columns:
            raise ValueError("a table needs at least one column")
        n = len(self.columns)
        for i, row in enumerate(self.rows):
            if len(row) != n:
                raise ValueError(f"table row {i + 1} has {len(row)} cells, expected {n}")
        if self.total_row is not None and len(self.total_row) != n:
            raise ValueError(f"total row has {len(self.total_row)} cells, expected {n}")
        self.header_layout()  # validates spans

    @property
    def header_row_count(self) -> int:
        return len(self.header_rows) if self.header_rows else 1

    def header_layout(self) -> list[PlacedHeaderCell]:
        """Every header cell with its grid position. Without ``header_rows`` the header is one row of column
        titles. Raises ValueError when the spans do not tile the grid exactly."""
        n = len(self.columns)
        if not self.header_rows:
            return [PlacedHeaderCell(0, j, c.title, 1, 1) for j, c in enumerate(self.columns)]
        nrows = len(self.header_rows)
        taken = [[False] * n for _ in range(nrows)]
        placed: list[PlacedHeaderCell] = []
        for r, cells in enumerate(self.header_rows):
            col = 0
            for cell in cells:
                while col < n and taken[r][col]:
                    col += 1
                if cell.colspan < 1 or cell.rowspan < 1:
                    raise ValueError(f"header cell {cell.text!r}: spans must be at least 1")
                if col + cell.colspan > n or r + cell.rowspan > nrows:
                    raise ValueError(f"header cell {cell.text!r} reaches beyond the table")
                for rr in range(r, r + cell.rowspan):
                    for cc in range(col, col + cell.colspan):
                        if taken[rr][cc]:
                            raise ValueError(f"header cell {cell.text!r} overlaps another header cell")
                        taken[rr][cc] = True
                placed.append(PlacedHeaderCell(r, col, cell.text, cell.rowspan, cell.colspan))
                col += cell.colspan
        for r in range(nrows):
            if not all(taken[r]):
                raise ValueError(f"header row {r + 1} does not cover every column")
        return placed

    def width_fractions(self) -> list[float]:
        total = sum(c.width for c in self.columns)
        return [c.width / total for c in self.columns]

    def total_label_span(self) -> int:
        """How many columns the total row's label (合计, in its first cell) spans when a renderer merges it, as a
        clerk does in Word: the first cell and the empty cells right after it (合计 over 序号 and 村民小组, with
        5人 under 姓名). 1 when there is no label or the next cell holds a total."""
        t = self.total_row
        if not t or not t[0].strip():
            return 1
        n = 1
        while n < len(t) and not t[n].strip():
            n += 1
        return n

    def _merged_label_covers(self, j: int) -> bool:
        span = self.total_label_span()
        return span > 1 and j < span

    def column_widths_mm(self, total_mm: float, font_pt: float, padding_mm: float = 2.5,
                         digit_em: float = 0.62, merged_total: bool = False) -> list[float]:
        """Share ``total_mm`` among the columns so that what must stay on one line does.

        Every column gets at least the width that keeps its numbers (ID, account, phone, money, number, date)
        and its short texts (names up to four characters, 第3组) on one line and, room permitting, its short
        title (村民小组); the rest is shared by the column weights, the extra coming from the other columns in
        proportion. With a ``fill`` column (备注), the others stop growing once their widest text and their
        title stand on one line, and the fill column takes what is left. When the titles do not fit they wrap,
        and numbers and names keep their width; when not even those fit, numbers keep their width and texts
        share the rest (a renderer avoids that with :meth:`fitting_font_pt`).

        ``merged_total``: the renderer merges the total row's label (合计) over :meth:`total_label_span`
        columns, so the first column need not hold it alone."""
        em_mm = font_pt * 25.4 / 72
        n = len(self.columns)
        weights = [c.width for c in self.columns]
        wrappable = [c.kind == "text" for c in self.columns]
        hard = self._widths_mm(self._need_ems(digit_em, False, merged_total), em_mm, padding_mm, digit_em,
                               merged_total)
        soft = self._widths_mm(self._need_ems(digit_em, True, merged_total), em_mm, padding_mm, digit_em,
                               merged_total)
        if sum(soft) <= total_mm:
            if not any(c.fill for c in self.columns):
                return share_widths(total_mm, weights, soft, wrappable, em_mm + padding_mm)
            caps = [max(soft[j], self.one_line_width_ems(j, digit_em, merged_total) * em_mm + padding_mm)
                    for j in range(n)]
            return _share_up_to_caps(total_mm, weights, soft, caps, [c.fill for c in self.columns])
        if sum(hard) <= total_mm:
            return self._widths_for_titles(total_mm, hard, soft, em_mm, padding_mm, digit_em)
        return share_widths(total_mm, weights, hard, wrappable, em_mm + padding_mm)

    def _widths_for_titles(self, total_mm: float, hard: list[float], soft: list[float], em_mm: float,
                           padding_mm: float, digit_em: float) -> list[float]:
        """Numbers and names fit, their titles do not all fit on one line: the fewest lines of header (every
        title in two lines, else three …) that the room after the numbers and names allows, then what is left
        to the titles that would still use it."""
        if self.header_rows:
            titles = [""] * len(self.columns)
        else:
            titles = [c.title for c in self.columns]
        one_line = [_ems(t, digit_em) * em_mm + padding_mm for t in titles]
        for lines in range(2, 7):
            need = [max(h, _title_width_ems(t, lines, digit_em) * em_mm + padding_mm if t else 0.0)
                    for h, t in zip(hard, titles)]
            if sum(need) <= total_mm:
                gap = [max(0.0, max(o, s) - n) for o, s, n in zip(one_line, soft, need)]
                left = total_mm - sum(need)
                if sum(gap) <= 0:
                    gap = [1.0] * len(need)
                share = min(1.0, left / sum(gap))
                out = [n + g * share for n, g in zip(need, gap)]
                out[-1] += total_mm - sum(out)
                return out
        gap = [s - h for s, h in zip(soft, hard)]
        ratio = (total_mm - sum(hard)) / sum(gap)
        return [h + g * ratio for h, g in zip(hard, gap)]

    def fitting_font_pt(self, total_mm: float, font_pt: float, padding_mm: float = 2.5, digit_em: float = 0.62,
                        merged_total: bool = False, floor_pt: float | None = None) -> float:
        """The largest table font size, ``font_pt`` or less in half points, at which the numbers and names of
        every column fit side by side in ``total_mm`` (then :meth:`column_widths_mm` wraps nothing but titles
        and long texts); not below ``floor_pt`` (default :data:`TABLE_MIN_PT`, 六号, or ``font_pt`` if
        smaller)."""
        floor_pt = min(TABLE_MIN_PT, font_pt) if floor_pt is None else floor_pt
        ems = self._need_ems(digit_em, False, merged_total)
        pt = font_pt
        while pt > floor_pt:
            if sum(self._widths_mm(ems, pt * 25.4 / 72, padding_mm, digit_em, merged_total)) <= total_mm:
                return pt
            pt = max(floor_pt, math.ceil(pt * 2 - 1) / 2)   # 10.5 → 10 → 9.5 …
        return floor_pt

    def min_widths_mm(self, font_pt: float, padding_mm: float = 2.5, digit_em: float = 0.62, *,
                      titles: bool = True, merged_total: bool = False) -> list[float]:
        """Per column, the width that keeps its numbers and short texts (with ``titles``, also a short title)
        on one line. ``digit_em`` is the width of a half-width character in ems (0.5 in 宋体/仿宋; 0.62 leaves
        room for wider fallback fonts)."""
        return self.min_widths(font_pt * 25.4 / 72, padding_mm, digit_em, titles=titles, merged_total=merged_total)

    def min_widths(self, em: float, padding: float, digit_em: float = 0.62, *, titles: bool = True,
                   merged_total: bool = False) -> list[float]:
        """:meth:`min_widths_mm` in any unit: ``em`` is the size of the font and ``padding`` the cell margins in
        that unit (an .xlsx sheet measures columns in widths of '0')."""
        return self._widths_mm(self._need_ems(digit_em, titles, merged_total), em, padding, digit_em, merged_total)

    def _need_ems(self, digit_em: float, titles: bool, merged_total: bool) -> list[float]:
        return [self.min_width_ems(j, digit_em, titles=titles, merged_total=merged_total)
                for j in range(len(self.columns))]

    def _widths_mm(self, ems: list[float], em_mm: float, padding_mm: float, digit_em: float,
                   merged_total: bool) -> list[float]:
        """Widths in mm from widths in ems plus the cell padding; with a merged total label, the first column
        is widened when the columns it spans would not hold the label (one padding for the merged cell)."""
        out = [e * em_mm + padding_mm for e in ems]
        span = self.total_label_span() if merged_total else 1
        if span > 1:
            need = _ems(self.total_row[0] + "0", digit_em) * em_mm + padding_mm   # bold: a character more
            out[0] += max(0.0, need - sum(out[:span]))
        return out

    def min_width_ems(self, j: int, digit_em: float = 0.62, *, titles: bool = True,
                      merged_total: bool = False) -> float:
        """The width in ems column ``j`` needs so that its numbers and short texts stay on one line; with
        ``titles``, also its title when that is short (村民小组). With ``merged_total`` the total row's label
        is left out: it spans this column and the next ones."""
        kind = self.columns[j].kind
        texts = [row[j] for row in self.rows]
        if self.total_row is not None and not (merged_total and self._merged_label_covers(j)):
            # The total row is bold, a little wider: count it one character longer.
            texts.append(self.total_row[j] + ("0" if self.total_row[j] else ""))
        if kind == "text":
            # Short texts (names, 第3组, a title like 村民小组) should not break; long ones may wrap.
            if titles and not self.header_rows:
                texts.append(self.columns[j].title)
            short = {t for t in texts if len(t) <= 4}
            return min(4.0, max((_ems(t, digit_em) for t in short), default=0.0))
        # Numbers: all cells have similar lengths; measure the longest few by character count.
        longest = heapq.nlargest(20, set(texts), key=len)
        return max((_ems(t, digit_em) for t in longest), default=0.0)

    def one_line_width_ems(self, j: int, digit_em: float = 0.62, merged_total: bool = False) -> float:
        """The width in ems of column ``j``'s widest cell or title on one line (the longest few by character
        count are measured): more room is of no use to the column."""
        texts = {row[j] for row in self.rows}
        t = self.total_row
        if t is not None and t[j] and not (merged_total and self._merged_label_covers(j)):
            texts.add(t[j] + "0")
        lines = {line for text in heapq.nlargest(20, texts, key=len) for line in text.split("\n")}
        width = max((_ems(line, digit_em) for line in lines), default=0.0)
        if not self.header_rows:
            # Titles are set in 黑体, whose fallbacks have wider brackets: a quarter em to spare.
            title = self.columns[j].title
            width = max(width, _ems(title, digit_em) + (0.0 if _all_wide(title) else 0.25))
        return width


def _all_wide(text: str) -> bool:
    return all(unicodedata.east_asian_width(ch) in "WF" for ch in text)


_NO_LINE_START = frozenset(")）]】、，。：；！？%")
_NO_LINE_END = frozenset("(（[【")


def _title_width_ems(title: str, lines: int, digit_em: float = 0.62) -> float:
    """The narrowest width (in ems, to a quarter em) in which ``title`` wraps into at most ``lines`` lines,
    breaking anywhere but before closing brackets and punctuation (CJK text wraps between any characters)."""
    # Units that do not split: a character with the opening mark before it and the closing marks after it,
    # a run of digits or letters.
    units: list[float] = []
    prev_alnum = False
    opening = 0.0
    for ch in title:
        w = _ems(ch, digit_em)
        alnum = ch.isascii() and ch.isalnum()
        if ch in _NO_LINE_END:
            opening += w
            continue
        if units and not opening and (ch in _NO_LINE_START or (alnum and prev_alnum)):
            units[-1] += w
        else:
            units.append(w + opening)
        opening = 0.0
        prev_alnum = alnum
    if opening:
        units.append(opening)
    if not units:
        return 0.0
    width = max(max(units), math.ceil(sum(units) / lines * 4) / 4)
    while True:
        count, used = 1, 0.0
        for w in units:
            if used + w > width + 1e-9:
                count, used = count + 1, w
            else:
                used += w
        if count <= lines:
            return width
        width += 0.25


def _share_up_to_caps(total: float, weights: list[float], mins: list[float], caps: list[float],
                      fill: list[bool]) -> list[float]:
    """Share ``total`` by ``weights`` with each column between its min and (unless it is a ``fill`` column) its
    cap; what the capped columns leave goes to the others. Assumes ``sum(mins) <= total``."""
    n = len(weights)
    fixed: dict[int, float] = {}
    while True:
        free = [j for j in range(n) if j not in fixed]
        rest = total - sum(fixed.values())
        if not free:
            # Every column is at its cap (fill columns only at their minimum): the fill columns take the rest.
            targets = [j for j in range(n) if fill[j]] or list(range(n))
            wsum = sum(weights[j] for j in targets)
            for j in targets:
                fixed[j] += rest * weights[j] / wsum
            return [fixed[j] for j in range(n)]
        wsum = sum(weights[j] for j in free)
        widths = {j: rest * weights[j] / wsum for j in free}
        short = [j for j in free if widths[j] < mins[j]]
        if short:
            for j in short:
                fixed[j] = mins[j]
            continue
        over = [j for j in free if not fill[j] and widths[j] > caps[j]]
        if not over:
            break
        for j in over:
            fixed[j] = caps[j]
    widths.update(fixed)
    return [widths[j] for j in range(n)]


def share_widths(total: float, weights: list[float], mins: list[float], wrappable: list[bool],
                 least: float) -> list[float]:
    """Share ``total`` in proportion to ``weights`` while giving each column at least ``mins``. When the minimums
    do not fit, the columns that cannot wrap keep theirs and the ``wrappable`` ones share what is left (at least
    ``least`` each); failing that, everything is scaled down together."""
    n = len(weights)
    if sum(mins) >= total:
        # A wrapped number is misread ("110101********123" over "4"); a wrapped name is only ugly. Texts may
        # go down to ~60 % of ``least`` before the numbers give way.
        fixed_cols = [j for j in range(n) if not wrappable[j]]
        free_cols = [j for j in range(n) if wrappable[j]]
        rest = total - sum(mins[j] for j in fixed_cols)
        if free_cols and rest >= len(free_cols) * least * 0.6:
            wsum = sum(weights[j] for j in free_cols)
            out = list(mins)
            for j in free_cols:
                out[j] = rest * weights[j] / wsum
            return out
        scale = total / sum(mins)
        return [m * scale for m in mins]
    fixed: dict[int, float] = {}
    while True:
        free = [j for j in range(n) if j not in fixed]
        rest = total - sum(fixed.values())
        wsum = sum(weights[j] for j in free)
        widths = {j: rest * weights[j] / wsum for j in free}
        short = [j for j in free if widths[j] < mins[j]]
        if not short:
            break
        for j in short:
            fixed[j] = mins[j]
    widths.update(fixed)
    return [widths[j] for j in range(n)]


@dataclass
class Document:
    title: str
    subtitle_lines: list[str] = field(default_factory=list)     # header block, e.g. "填报单位：…  报送月份：…"
    addressee: str = ""                                          # 主送: "张三：" flush left above a letter's body
    paragraphs_before: list[str] = field(default_factory=list)
    table: Table | None = None
    paragraphs_after: list[str] = field(default_factory=list)
    signature_lines: list[str] = field(default_factory=list)    # 落款 unit name(s)
    signature_date: str = ""                                     # "2026年6月5日"
    notes: list[str] = field(default_factory=list)               # 附注 under the date: （联系人：…，联系电话：…）
    page: PageSetup = field(default_factory=PageSetup)
    seal_space: bool = False
    footer_page_numbers: bool = True
    public: bool = False                                         # goes on a public board: privacy guard applies
    footer_left: str = ""                                        # optional footer text (xlsx footer, left)
    subtitle_align: str = field(default="left", metadata=NOT_SHOWN)  # "center" for a line under a notice's title

    def __post_init__(self) -> None:
        if self.subtitle_align not in ALIGNS:
            raise ValueError(f"subtitle_align must be one of {ALIGNS}")


def all_texts(doc: Document) -> Iterator[str]:
    """Every piece of text the document holds, in reading order (every string field, walked generically)."""
    for _path, text in _strings(doc, ()):
        yield text


def _strings(value: object, path: tuple) -> Iterator[tuple[tuple, str]]:
    """(path, text) for every string reachable from ``value`` through dataclass fields, lists and dicts — so a
    field added to the model later is covered without anyone remembering to list it. Fields that are settings, not
    text (a column's key, alignment and kind, the paper), say so with ``field(metadata=NOT_SHOWN)``."""
    if isinstance(value, str):
        yield path, value
    elif isinstance(value, (list, tuple)):
        if all(isinstance(v, str) for v in value):  # a table row: the common case, kept cheap
            for i, text in enumerate(value):
                yield (*path, i), text
        else:
            for i, item in enumerate(value):
                yield from _strings(item, (*path, i))
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _strings(item, (*path, key))
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for f in dataclasses.fields(value):
            if f.metadata.get("shown", True):
                yield from _strings(getattr(value, f.name), (*path, f.name))


# Parts of a document named for a message; lines of these parts may carry the office's phones (监督举报电话：…).
_PARTS = {"title": "标题", "subtitle_lines": "表头信息", "addressee": "主送", "paragraphs_before": "正文",
          "paragraphs_after": "正文", "signature_lines": "落款", "signature_date": "落款日期", "notes": "附注",
          "footer_left": "页脚"}
_LINE_PARTS = frozenset({"subtitle_lines", "paragraphs_before", "paragraphs_after", "signature_lines", "notes",
                         "footer_left"})
_OFFICE_PHONE_TITLE = re.compile(r"电话|热线")


def _holds_office_phones(column: Column) -> bool:
    """A column of the office's own phones (咨询电话, 监督举报电话): plain text titled so. A column of kind "phone"
    holds people's phones and is masked instead."""
    return column.kind == "text" and bool(_OFFICE_PHONE_TITLE.search(column.title))


def _place(doc: Document, path: tuple) -> str:
    """Where a text stands, for a message: 标题, 正文, 表格第8行“备注”列, 合计行“金额”列 …"""
    t = doc.table
    if path[0] == "table" and t is not None and len(path) >= 2:
        if path[1] == "rows" and len(path) >= 4:
            return f"表格第{path[2] + 1}行“{t.columns[path[3]].title}”列"
        if path[1] == "total_row" and len(path) >= 3:
            return f"合计行“{t.columns[path[2]].title}”列"
        return "表头"
    if path[0] in ("paragraphs_before", "paragraphs_after") and len(path) >= 2:
        before = len(doc.paragraphs_before) if path[0] == "paragraphs_after" else 0
        return f"正文第{before + path[1] + 1}段"
    return _PARTS.get(path[0], "文档属性")


def _table_column(doc: Document, path: tuple) -> Column | None:
    t = doc.table
    if t is None or path[0] != "table" or len(path) < 3:
        return None
    if path[1] == "rows" and len(path) >= 4:
        return t.columns[path[3]]
    if path[1] == "total_row":
        return t.columns[path[2]]
    return None


def find_character(doc: Document, refuse: Callable[[str], bool]) -> tuple[str, str] | None:
    """The first character of the document, in reading order, that ``refuse`` says no to, and the place it stands
    in (as :func:`ensure_public_safe` names places: 标题, 表格第3行“姓名”列, 正文第2段 …); None when there is none.
    Each distinct character is tested once."""
    tested: set[str] = set()
    for path, text in _strings(doc, ()):
        for ch in text:
            if ch not in tested:
                tested.add(ch)
                if refuse(ch):
                    return ch, _place(doc, path)
    return None


def file_properties(doc: Document) -> dict[str, str]:
    """The texts a renderer writes into the file's properties (docx/xlsx core properties, the PDF's Info), by
    name: the guard reads them as it reads the page."""
    return {"文件属性“标题”": doc.title, "文件属性“作者”": "gkdesk"}


def ensure_public_safe(doc: Document, metadata: dict[str, str] | None = None) -> None:
    """Raise ``gkdesk.domain.privacy.PrivacyError`` when a public document would show a full ID, card or account
    number or a person's mobile anywhere — title, lines, every cell of every column, the header, and the
    ``metadata`` the renderer writes besides (sheet name, file properties: name → text) — naming the place (e.g.
    表格第8行“备注”列). Masked columns (身份证号, 账号, 联系电话) must not show more digits than their mask allows.
    Mobiles may stand only in lines of the office's phones (监督举报电话：…) and in columns of such phones. Does
    nothing for internal documents (forms that go upward). Every renderer calls it before it writes a byte."""
    if not doc.public:
        return
    from gkdesk.domain import privacy

    masked_checks = {"account": privacy.check_masked_account, "id": privacy.check_masked_id,
                     "phone": privacy.check_masked_phone}
    checked: set[tuple[str, bool]] = set()  # a list repeats 第1组, 110.50, names …: each text is judged once
    texts = _strings(doc, ())
    if metadata:
        texts = itertools.chain(texts, ((("metadata", name), text) for name, text in metadata.items()))
    for path, text in texts:
        column = _table_column(doc, path)
        if column is not None and column.kind in masked_checks and text.strip():
            masked_checks[column.kind](text, where=f"{doc.title}{_place(doc, path)}")
        allowed = (column is not None and _holds_office_phones(column)) or (
            path[0] in _LINE_PARTS and privacy.is_office_phone_line(text))
        if (text, allowed) in checked:
            continue
        checked.add((text, allowed))
        found = privacy.find_personal_numbers(text, mobiles_allowed=allowed)
        if found:
            where = path[1] if path[0] == "metadata" else _place(doc, path)
            raise privacy.refusal(found[0], text, f"{doc.title if path[0] != 'title' else ''}{where}")


# --- layout helpers shared by the renderers ---------------------------------------------------------------

def text_width_chars(text: str) -> float:
    """Width in 'characters' of the body font: CJK and full-width count 1, everything else ½."""
    if text.isascii():
        return len(text) * 0.5
    return sum(1.0 if unicodedata.east_asian_width(ch) in "WF" else 0.5 for ch in text)


_NARROW = frozenset(".,:;!'|ilIj()[] ")
_MIDDLE = frozenset("*-/+")


_AUTOSPACE_EM = 0.25   # Word and LibreOffice add about a quarter em between CJK and Latin letters or digits


def _ems(text: str, digit_em: float = 0.62) -> float:
    """Printed width in ems: CJK 1, digits ``digit_em`` (the default leaves room for fallback fonts whose
    digits are wider than half an em, DejaVu Sans: 0.64), . , ( ) about a third, * - / half, letters 0.65, and a
    quarter em where CJK meets Latin letters or digits (第3组, 5人: the automatic spacing of word processors)."""
    width = 0.0
    prev = ""
    for ch in text:
        kind = "latin"
        if "0" <= ch <= "9":
            width += digit_em
        elif ch in _NARROW:
            width += 0.34
            kind = ""
        elif ch in _MIDDLE:
            width += 0.5
            kind = ""
        elif ch.isascii():
            width += 0.65
        elif unicodedata.east_asian_width(ch) in "WFA":
            width += 1.0
            kind = "cjk"
        else:
            width += 0.65
        if kind and prev and kind != prev:
            width += _AUTOSPACE_EM
        prev = kind
    return width


def signature_layout(doc: Document) -> list[tuple[str, float]]:
    """The 落款 lines and the date with their right indent in characters (GB/T 9704-2012 7.3.5).

    With a seal (``seal_space``): the date stands 右空四字 and each unit name is centred over it.
    Without: the name stands 右空二字 and the date starts two characters to the right of the name's first
    character; when the date is the longer, it stands 右空二字 and the name moves left accordingly."""
    names = [s for s in doc.signature_lines if s.strip()]
    date = doc.signature_date.strip()
    date_w = text_width_chars(date)
    name_w = max((text_width_chars(s) for s in names), default=0.0)
    if doc.seal_space or not names or not date:
        axis = 4 + date_w / 2 if date else 2 + name_w / 2   # centre line, measured from the right edge
        lines = [(s, max(0.0, axis - text_width_chars(s) / 2)) for s in names]
        if date:
            lines.append((date, 4.0))
        return lines
    name_indent, date_indent = 2.0, name_w - date_w
    if date_indent < 2:
        date_indent, name_indent = 2.0, 4 + date_w - name_w
    return [(s, name_indent) for s in names] + [(date, date_indent)]


# Blank lines between the last paragraph and the 落款. The seal (42 mm, four lines) presses down on the names
# and the date, which stand a little below its centre, and its top stays within one line of the text above
# (GB/T 9704-2012 7.3.5.1): two lines. Three would put the seal's top more than a line below the text.
SEAL_BLANK_LINES = 2


@contextlib.contextmanager
def replacing_file(path: str | os.PathLike) -> Iterator[Path]:
    """Yield a temporary path in the target's folder; on success move it onto ``path`` in one step
    (``os.replace``), on failure delete it. A half-written file is never presented under the real name.

    The temporary file is flushed to disk before the rename, so that after a power cut the name holds the old file
    or the new one, never an empty one. Temporary files of the same target that a killed run left behind
    (``.~name.xxxxxxxx.docx.tmp``) are deleted by the next successful write once they are stale."""
    from gkdesk.store import diagnosis, guard

    target = Path(path)
    guard.refuse_data_file(target)
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=_temp_prefix(target), suffix=_temp_suffix(target),
                                        dir=target.parent if str(target.parent) else ".")
    except OSError as exc:
        raise (diagnosis.from_os_error(exc, target.parent, "保存文件") or exc) from exc
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        yield tmp
        _set_default_mode(tmp)
        _flush_to_disk(tmp)
        os.replace(tmp, target)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        if isinstance(exc, OSError):
            raise (diagnosis.from_os_error(exc, target, "保存文件") or exc) from exc
        raise
    remove_stale_temp_files(target)


STALE_TEMP_SECONDS = 600


def _temp_prefix(target: Path) -> str:
    return f".~{target.stem}."


def _temp_suffix(target: Path) -> str:
    return target.suffix + ".tmp"


def stale_temp_files(path: str | os.PathLike, older_than: float = STALE_TEMP_SECONDS) -> list[Path]:
    """The temporary files of ``path`` (see :func:`replacing_file`) that nothing has written to for ``older_than``
    seconds: left by a run that was killed or lost power. A younger one may be another run's work in progress."""
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    pattern = re.compile(re.escape(_temp_prefix(target)) + r"[A-Za-z0-9_]{8}" + re.escape(_temp_suffix(target)) + "$")
    limit = time.time() - older_than
    found = []
    with contextlib.suppress(OSError):
        for p in folder.iterdir():
            if pattern.match(p.name):
                with contextlib.suppress(OSError):
                    if p.stat().st_mtime < limit:
                        found.append(p)
    return found


def remove_stale_temp_files(path: str | os.PathLike, older_than: float = STALE_TEMP_SECONDS) -> list[Path]:
    removed = []
    for p in stale_temp_files(path, older_than):
        with contextlib.suppress(OSError):  # gone meanwhile, or still open (Windows)
            p.unlink()
            removed.append(p)
    return removed


def _flush_to_disk(path: Path) -> None:
    with open(path, "rb+") as fh:
        os.fsync(fh.fileno())


def _set_default_mode(path: Path) -> None:
    """mkstemp creates 0600; give the finished file the mode a plain open() would have."""
    if os.name != "posix":
        return
    umask = os.umask(0)
    os.umask(umask)
    with contextlib.suppress(OSError):
        os.chmod(path, 0o666 & ~umask)


# --- reports of several sections with form tables (the 政府信息公开工作年度报告, issue 15) ------------------------------
# A notice is one Document with one list; a report is a ReportDocument: headings (一、 / （一）), paragraphs and
# form tables whose header and stub merge cells over rows and columns. The renderers are write_report_docx and
# write_report_xlsx, beside the notice's.

@dataclass(frozen=True)
class FormCell:
    text: str = ""
    rowspan: int = 1
    colspan: int = 1
    head: bool = False          # a heading cell: 黑体, centred
    align: str = "center"
    wrap: bool = False          # may wrap inside its column (a long row label); otherwise its lines stay whole
    number: int | float | None = None   # the figure the cell shows: a spreadsheet holds it as a number
    key: tuple[str, str] | None = None  # the figure's (row, column) in the form: what a window edits or explains

    def __post_init__(self) -> None:
        if self.align not in ALIGNS:
            raise ValueError(f"form cell {self.text!r}: align must be one of {ALIGNS}")
        if self.rowspan < 1 or self.colspan < 1:
            raise ValueError(f"form cell {self.text!r}: spans must be at least 1")


@dataclass(frozen=True)
class PlacedFormCell:
    row: int
    col: int
    cell: FormCell


@dataclass
class FormTable:
    """A statistical form: a fixed grid of ``len(weights)`` columns. ``rows`` lists, for every grid row, the cells
    that start in it, left to right, skipping the slots a cell from above covers (as ``Table.header_rows``).
    The first ``header_rows`` rows repeat at the top of each page; each (first, last) of ``groups`` is a run of
    rows kept on one page (the reasons under （三）不予公开). ``weights`` share the width left once every column has
    the room its unwrapped lines need."""

    name: str
    weights: list[float]
    rows: list[list[FormCell]]
    header_rows: int = 0
    groups: list[tuple[int, int]] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.placed()   # validates the spans

    @property
    def ncols(self) -> int:
        return len(self.weights)

    def placed(self) -> list[PlacedFormCell]:
        """Every cell with its grid position; ValueError when the cells do not tile the grid exactly."""
        n, nrows = self.ncols, len(self.rows)
        taken = [[False] * n for _ in range(nrows)]
        out: list[PlacedFormCell] = []
        for r, cells in enumerate(self.rows):
            col = 0
            for cell in cells:
                while col < n and taken[r][col]:
                    col += 1
                if col + cell.colspan > n or r + cell.rowspan > nrows:
                    raise ValueError(f"{self.name}: cell {cell.text!r} reaches beyond the table")
                for rr in range(r, r + cell.rowspan):
                    for cc in range(col, col + cell.colspan):
                        if taken[rr][cc]:
                            raise ValueError(f"{self.name}: cell {cell.text!r} overlaps another cell")
                        taken[rr][cc] = True
                out.append(PlacedFormCell(r, col, cell))
                col += cell.colspan
            if not all(taken[r]):
                raise ValueError(f"{self.name}: row {r + 1} does not cover every column")
        return out

    def texts(self) -> list[str]:
        return [p.cell.text for p in self.placed()]

    def column_widths(self, total: float, em: float, padding: float, digit_em: float = 0.62,
                      bold_em: float = 0.0) -> list[float]:
        """Widths (in the unit of ``total``, ``em`` and ``padding``) giving each column the room its unwrapped
        lines need, a spanning cell's lines the room of its columns, and the rest by ``weights``. The sum may
        exceed ``total`` when the need does: see :meth:`fitting_font_pt`."""
        need = self._need(em, padding, digit_em, bold_em)
        extra = total - sum(need)
        if extra <= 0:
            return need
        wsum = sum(self.weights) or 1.0
        return [w + extra * weight / wsum for w, weight in zip(need, self.weights)]

    def _need(self, em: float, padding: float, digit_em: float, bold_em: float) -> list[float]:
        need = [padding] * self.ncols
        placed = sorted(self.placed(), key=lambda p: p.cell.colspan)
        for p in placed:
            cell = p.cell
            lines = cell.text.split("\n")
            ems = max((_ems(line, digit_em) for line in lines), default=0.0)
            if cell.wrap:
                ems = min(ems, _WRAP_MIN_EMS)
            if cell.head and not _all_wide("".join(lines)):
                ems += bold_em
            want = ems * em + padding
            cols = range(p.col, p.col + cell.colspan)
            short = want - sum(need[c] for c in cols)
            if short > 0:
                for c in cols:
                    need[c] += short / cell.colspan
        return need

    def fitting_font_pt(self, total_mm: float, font_pt: float, padding_mm: float, digit_em: float = 0.62,
                        floor_pt: float = TABLE_MIN_PT) -> float:
        """The largest size, ``font_pt`` or less in half points, at which every unwrapped line fits."""
        pt = font_pt
        while pt > floor_pt:
            if sum(self._need(pt * 25.4 / 72, padding_mm, digit_em, 0.25)) <= total_mm:
                return pt
            pt = max(floor_pt, math.ceil(pt * 2 - 1) / 2)
        return floor_pt


_WRAP_MIN_EMS = 8.0   # a wrapping label still keeps eight characters a line


@dataclass(frozen=True)
class Heading:
    text: str
    level: int = 1      # 1: 一、 (黑体), 2: （一） (楷体)


@dataclass
class ReportDocument:
    """A report of several sections: ``blocks`` in reading order, each a body paragraph (str), a Heading or a
    FormTable; then the 落款. Public by default (the report is published): the privacy guard reads every text."""

    title: str
    blocks: list = field(default_factory=list)
    signature_lines: list[str] = field(default_factory=list)
    signature_date: str = ""
    page: PageSetup = field(default_factory=PageSetup)
    footer_page_numbers: bool = True
    public: bool = True
    seal_space: bool = False

    def frame(self) -> Document:
        """The page, 落款 and footer as a notice's Document, for the renderers' shared page and 落款 code (a
        field the notice gains later keeps its default here)."""
        return Document(title=self.title, signature_lines=list(self.signature_lines),
                        signature_date=self.signature_date, page=self.page, seal_space=self.seal_space,
                        footer_page_numbers=self.footer_page_numbers)

    def tables(self) -> list[FormTable]:
        return [b for b in self.blocks if isinstance(b, FormTable)]

    def texts(self) -> Iterator[tuple[str, str]]:
        """(place, text) of everything the report shows, in reading order."""
        yield "标题", self.title
        section = ""
        for block in self.blocks:
            if isinstance(block, Heading):
                section = block.text
                yield section, block.text
            elif isinstance(block, FormTable):
                for text in block.texts():
                    yield f"{block.name}表格", text
            else:
                yield section or "正文", block
        for line in self.signature_lines:
            yield "落款", line
        if self.signature_date:
            yield "落款日期", self.signature_date


def ensure_report_public_safe(doc: ReportDocument, metadata: dict[str, str] | None = None) -> None:
    """PrivacyError when a public report shows a full ID, card or account number or a person's mobile anywhere,
    naming the section; then any other string field of the model (walked as :func:`ensure_public_safe` walks a
    Document) and the file properties the renderer writes."""
    if not doc.public:
        return
    from gkdesk.domain import privacy

    named = list(doc.texts())
    for place, text in named:
        privacy.check_public_texts([text], where=f"{doc.title}“{place}”")
    seen = {text for _place, text in named}
    rest = [text for _path, text in _strings(doc, ()) if text not in seen]
    privacy.check_public_texts([*rest, *(metadata or {}).values()], where=f"{doc.title}的文档属性")
