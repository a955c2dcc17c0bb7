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
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from gkdesk.domain.privacy import PrivacyError

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
TABLE_MAX_PT = 12.0      # 小四: the largest table text of normal print on A4
TABLE_LARGE_PT = 14.0    # 四号: the smallest table text of large print (village boards)
TABLE_LARGE_MAX_PT = 16.0  # 三号: the largest table text of large print on A4
TABLE_MIN_PT = 7.5       # 六号: the smallest table text a table is set in so that names and numbers fit
PAGE_NUMBER_GAP_MM = 7.0  # the page number's top sits 7 mm below the text block


NOT_SHOWN = {"shown": False}  # a string field that is a setting, not text on the page (see all_texts)


@dataclass(frozen=True)
class PageSetup:
    """Paper, orientation and margins. Portrait uses the GB/T 9704 margins; landscape (forms, wide tables)
    uses narrower ones so that a 14-column form fits. A3 is A4 enlarged: its margins (and, in
    :mod:`gkdesk.io.layout`, its type) are A4's times √2."""

    paper: str = field(default="A4", metadata=NOT_SHOWN)
    landscape: bool = False
    large_print: bool = False

    def __post_init__(self) -> None:
        if self.paper not in PAPER_SIZES_MM:
            raise ValueError(f"纸张只能是 A4 或 A3，不能是 {self.paper!r}")

    def scale(self) -> float:
        """How much larger than A4 the paper is, side for side (A3: √2)."""
        return math.sqrt(PAPER_SIZES_MM[self.paper][0] / PAPER_SIZES_MM["A4"][0] *
                         PAPER_SIZES_MM[self.paper][1] / PAPER_SIZES_MM["A4"][1])

    def margins_mm(self) -> tuple[float, float, float, float]:
        """(top, bottom, left, right) in millimetres."""
        base = (20.0, 20.0, 25.0, 25.0) if self.landscape else (37.0, 35.0, 28.0, 26.0)
        s = self.scale()
        return tuple(round(m * s, 1) for m in base)

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

    def table_pt_range(self) -> tuple[float, float]:
        """(smallest, largest) size of the table's text: the table is set as large as its columns allow within
        it. Normal print 六号 … 小四, large print 四号 … 三号 (never under 14 pt); the largest grows with the
        paper (A3: × √2)."""
        s = self.scale()
        if self.large_print:
            return TABLE_LARGE_PT, TABLE_LARGE_MAX_PT * s
        return TABLE_MIN_PT, TABLE_MAX_PT * s


@dataclass(frozen=True)
class Column:
    key: str = field(metadata=NOT_SHOWN)
    title: str
    # A relative weight, from when columns shared the width by weight; io.layout now sizes each column from its
    # content, so it is not read there.
    width: float = 1.0
    align: str = field(default="left", metadata=NOT_SHOWN)
    kind: str = field(default="text", metadata=NOT_SHOWN)   # text | id | account | phone | money | number | date
    # A text column whose values stay on one line like numbers do (状态: 逾期公开（晚2个工作日）).
    nowrap: bool = False
    # A text column of options set off by spaces (■政府网站 □政府公报 …): its lines break between options (and after
    # a slash inside a long one, 社区/企事业单位/…), never inside an option, in a column wide enough for a few a line.
    options: bool = False

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
    bold_rows: list[int] = field(default_factory=list)   # body rows set in bold (小计 in a summary)
    # Rows that are a heading across the table (the catalog's 一、涉农补贴): their first cell spans every column.
    section_rows: list[int] = field(default_factory=list)

    def __post_init__(self) -> None:
        if not self.columns:
            raise ValueError("a table needs at least one column")
        n = len(self.columns)
        for i, row in enumerate(self.rows):
            if len(row) != n:
                raise ValueError(f"table row {i + 1} has {len(row)} cells, expected {n}")
        if self.total_row is not None and len(self.total_row) != n:
            raise ValueError(f"total row has {len(self.total_row)} cells, expected {n}")
        for i in (*self.bold_rows, *self.section_rows):
            if not 0 <= i < len(self.rows):
                raise ValueError(f"row {i} is outside the table")
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
    advice: list[str] = field(default_factory=list)              # for the clerk (an empty column left out), not printed
    # A notice for the village board, not a 公文: its body may be set smaller than GB/T 9704's 三号 so that the
    # whole notice stands on one page (io.layout.settings_for).
    board_notice: bool = False

    def __post_init__(self) -> None:
        if self.subtitle_align not in ALIGNS:
            raise ValueError(f"subtitle_align must be one of {ALIGNS}")


FORM_GAP = "\u3000" * 2   # between the items of a form's header-block line


def header_line(*items: tuple[str, str]) -> str:
    """A line of a form's header block, 填报人：李明　　联系电话：…: items two full-width spaces apart (a line too
    long for its page breaks between items, see :mod:`gkdesk.io.layout`)."""
    return FORM_GAP.join(f"{label}：{value}" for label, value in items)


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


def _all_wide(text: str) -> bool:
    return all(unicodedata.east_asian_width(ch) in "WF" for ch in text)


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
    for problem in report_privacy_problems(doc, metadata):
        raise problem


def report_privacy_problems(doc: ReportDocument, metadata: dict[str, str] | None = None, *, titled: bool = True,
                            outcome: str | None = None) -> Iterator[PrivacyError]:
    """What :func:`ensure_report_public_safe` refuses, every place of it in reading order (the first number of each
    text): for a check made before the output, which names the place without the report's title (``titled``
    False) and says what the export will do (``outcome``)."""
    if not doc.public:
        return
    from gkdesk.domain import privacy

    title = doc.title if titled else ""
    outcome = outcome or privacy.REFUSED
    named = list(doc.texts())
    seen = {text for _place, text in named}
    rest = [text for _path, text in _strings(doc, ()) if text not in seen]
    places = [*((f"{title}“{place}”", text) for place, text in named),
              *((f"{title}的文档属性" if titled else "文档属性", text) for text in [*rest, *(metadata or {}).values()])]
    for where, text in places:
        try:
            privacy.check_public_texts([text], where=where, outcome=outcome)
        except privacy.PrivacyError as exc:
            yield exc
