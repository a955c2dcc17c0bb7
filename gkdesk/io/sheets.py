"""The one spreadsheet reader behind every import (recipient lists, interpretation records, catalogs).

Reading turns a file into a `Grid` of raw cell values with exact row numbers; header detection finds the
header row(s) below title rows and matches column names to `FieldSpec`s by synonyms; `data_rows` then walks
the data, skipping blank, total (合计) and note (制表人：…) rows. No Qt, no database.

Coordinates: `Grid.rows[i][j]` is the cell in the clerk's row `grid.first_row_number + i` and in column
`j` counted from column A (column letter `column_letter(j)`), for every format. Leading empty columns are
kept (as "") so that column indices and letters match what Excel shows; leading empty rows are dropped and
accounted for by `first_row_number`.

python-calamine facts this module relies on (checked with python-calamine 0.9.1):
- `CalamineSheet.to_python()` skips the empty area above and left of the data; `sheet.start` is the 0-based
  (row, column) of its top-left cell, or None for an empty sheet.
- `sheet.merged_cell_ranges` is a list of ((r0, c0), (r1, c1)) inclusive 0-based absolute coordinates for
  .xlsx/.xls, None for other formats; older versions lack the attribute.
- .xlsx numbers always come back as float (even integers); .xls may give int. An 18-digit ID stored as a
  number has lost its last digits in either case (a double holds ~15.9 significant digits).
- `CalamineWorkbook.from_filelike` detects the format from the content, `from_path` from the extension.
"""

from __future__ import annotations

import csv
import io
import os
import re
import unicodedata
import zipfile
from collections.abc import Iterable, Iterator, Sequence
from collections.abc import Mapping as _AbcMapping
from dataclasses import dataclass, field, replace
from pathlib import Path

from gkdesk.domain.errors import UserFacingError
from gkdesk.domain.fields import cell_text, drop_invisible, hidden_character
from gkdesk.domain.fields import is_blank as _is_empty
from gkdesk.io import xlsx_inspect

__all__ = [
    "RECIPIENT_FIELDS",
    "FieldSpec",
    "Grid",
    "Header",
    "Mapping",
    "SheetError",
    "SourceRow",
    "cell_text",
    "column_letter",
    "data_rows",
    "drop_invisible",
    "duplicated_columns",
    "find_header",
    "hidden_character",
    "is_note_row",
    "is_total_row",
    "match_columns",
    "normalize_header",
    "read_table",
    "read_workbook",
    "sheet_names",
]


class SheetError(UserFacingError, ValueError):
    """A spreadsheet the user chose cannot be used; the message is one Chinese sentence for the user."""


# ---------------------------------------------------------------------------------------------------------
# Cells


def column_letter(index: int) -> str:
    """0 → "A", 25 → "Z", 26 → "AA"."""
    return xlsx_inspect.column_letters(index + 1)


# ---------------------------------------------------------------------------------------------------------
# Reading


@dataclass
class Grid:
    """The cells of one sheet (or one CSV file).

    `rows[i][j]` is the raw cell value (str, int, float, bool, date/datetime/time, or "" for empty; all str
    for CSV) at the file's own 1-based row `first_row_number + i` and column `column_letter(j)`. All rows have the
    same length; trailing empty rows and columns are stripped. `merged` lists merged ranges as
    (r0, c0, r1, c1), inclusive, in the same indices as `rows` (empty when the format does not report them).
    `sheet_name` is "" for CSV/text files. `faults` maps (row index, column) of cells that read as empty but are
    not (a formula whose result the file does not hold, an Excel error value such as #DIV/0!) to the sentence
    that says so; `hidden` the rows hidden by hand or by a filter, `struck` the cells struck through (.xlsx only).
    """

    path: Path
    sheet_name: str
    rows: list[list[object]]
    first_row_number: int = 1
    merged: list[tuple[int, int, int, int]] = field(default_factory=list)
    faults: dict[tuple[int, int], str] = field(default_factory=dict)
    hidden: dict[int, str] = field(default_factory=dict)       # row index → why the row does not show in Excel
    struck: set[tuple[int, int]] = field(default_factory=set)  # (row index, column) of cells struck through

    @property
    def width(self) -> int:
        return len(self.rows[0]) if self.rows else 0

    def row_number(self, index: int) -> int:
        """The 1-based row number the clerk sees for `rows[index]`."""
        return self.first_row_number + index

    def where(self, row_number: int | None = None, column: int | None = None) -> str:
        """Location text for messages: 文件“名单.xlsx”工作表“Sheet1”第5行C列."""
        text = f"文件“{self.path.name}”"
        if self.sheet_name:
            text += f"工作表“{self.sheet_name}”"
        if row_number is not None:
            text += f"第{row_number}行"
        if column is not None:
            text += f"{column_letter(column)}列"
        return text

    def fault_at(self, row_number: int, column: int) -> str | None:
        """The sentence of `faults` for the cell in the file's row `row_number` and `column`, or None."""
        return self.faults.get((row_number - self.first_row_number, column)) if self.faults else None

    def marks_in(self, row_number: int, columns: _AbcMapping[str, int | None]) -> tuple[str | None, list[str]]:
        """(why the row does not show in Excel — hidden or filtered out —, keys of `columns` whose cell is struck
        through) for the file's row `row_number`: the clerk's usual ways of striking a person off a list."""
        if not self.hidden and not self.struck:
            return None, []
        index = row_number - self.first_row_number
        struck = [key for key, col in columns.items() if col is not None and (index, col) in self.struck]
        return self.hidden.get(index), struck

    def faults_in(self, row_number: int, columns: _AbcMapping[str, int | None]) -> list[tuple[str, str]]:
        """(key, sentence) for each of `columns` (key → column index) whose cell in row `row_number` has a fault."""
        if not self.faults:
            return []
        return [(key, message) for key, col in columns.items()
                if col is not None and (message := self.fault_at(row_number, col))]


_EXCEL_EXTS = {".xlsx", ".xlsm", ".xltx", ".xltm", ".xlsb"}
_TEXT_EXTS = {".csv", ".txt", ".tsv"}
_ZIP_MAGIC = b"PK\x03\x04"
_CFB_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ENCRYPTED_MARK = "EncryptedPackage".encode("utf-16-le")


def _cannot_open(path: Path, kind: str = "") -> SheetError:
    if kind == "text":
        return SheetError(f"文件“{path.name}”实际是文本文件，无法作为Excel表格打开；"
                          "如果它是CSV表格，请把扩展名改为.csv后再导入")
    if kind == "zip" and not zipfile.is_zipfile(path):
        return SheetError(f"文件“{path.name}”已损坏（可能没有下载或复制完整），无法作为Excel表格打开；"
                          "请重新获取该文件，或用Excel或WPS打开修复后另存为.xlsx再导入")
    if kind == "zip":
        return SheetError(f"文件“{path.name}”是压缩包或Word等其他文档，不是Excel表格，请重新选择文件")
    return SheetError(
        f"文件“{path.name}”无法作为Excel表格打开（可能已损坏、加密或并非Excel文件），"
        "请用Excel或WPS另存为.xlsx后重试"
    )


def _password(path: Path) -> SheetError:
    return SheetError(f"文件“{path.name}”设置了打开密码（已加密），请在Excel或WPS中取消密码、"
                      "另存为不加密的.xlsx后再导入")


def _unreadable(path: Path) -> SheetError:
    return SheetError(f"文件“{path.name}”无法读取（可能正被其他程序占用或没有权限），请关闭打开它的程序后重试")


def _file_head(path: Path, size: int = 8192) -> bytes:
    try:
        with open(path, "rb") as fh:
            return fh.read(size)
    except FileNotFoundError:
        raise SheetError(f"找不到文件“{path.name}”，请确认文件仍在原来的位置后重新选择") from None
    except IsADirectoryError:
        raise SheetError(f"“{path.name}”是文件夹而不是表格文件，请重新选择文件") from None
    except OSError:
        raise _unreadable(path) from None


def _kind(path: Path, head: bytes) -> str:
    """'zip', 'cfb', 'text', 'html', 'empty' or 'binary', from the content (the extension is not trusted)."""
    if not head:
        return "empty"
    if head.startswith(_ZIP_MAGIC):
        return "zip"
    if head.startswith(_CFB_MAGIC):
        return "cfb"
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "text"  # UTF-16 with BOM: Excel's "Unicode 文本" export
    if b"\x00" in head:
        return "binary"
    probe = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if probe.startswith((b"<!doctype html", b"<html", b"<?xml", b"<table", b"mime-version")):
        return "html"
    return "text"


def _open_calamine(path: Path):
    """Open with python-calamine, mapping its errors to SheetError."""
    import python_calamine as pc

    head = _file_head(path)
    kind = _kind(path, head)
    ext = path.suffix.lower()
    if kind == "empty":
        raise SheetError(f"文件“{path.name}”是空文件（0字节），请确认选对了文件")
    if kind == "html":
        raise SheetError(
            f"文件“{path.name}”实际是网页格式而不是真正的Excel表格，请用Excel或WPS打开后另存为.xlsx再导入"
        )
    if kind in ("text", "binary"):
        raise _cannot_open(path, kind)
    refusal = xlsx_inspect.package_refusal(path) if kind == "zip" else _file_size_refusal(path)
    if refusal:
        raise SheetError(refusal)
    try:
        if (kind == "zip" and ext in _EXCEL_EXTS | {".ods"}) or (kind == "cfb" and ext == ".xls"):
            return pc.CalamineWorkbook.from_path(os.fspath(path))
        # Misnamed file (e.g. an .xls saved as .xlsx): let calamine detect the format from the content.
        with open(path, "rb") as fh:
            return pc.CalamineWorkbook.from_filelike(fh)
    except pc.PasswordError:
        raise _password(path) from None
    except (pc.CalamineError, OSError, ValueError):
        if kind == "cfb" and (ext in _EXCEL_EXTS or _is_encrypted_ooxml(path)):
            raise _password(path) from None
        raise _cannot_open(path, kind) from None


def _file_size_refusal(path: Path) -> str | None:
    """The sentence refusing a file too big to be a village list, before anything reads it whole."""
    try:
        size = path.stat().st_size
    except OSError:
        return None
    return xlsx_inspect.file_too_big(path.name, size) if size > xlsx_inspect.MAX_FILE_BYTES else None


def _is_encrypted_ooxml(path: Path) -> bool:
    # A password-protected .xlsx is a CFB container holding an "EncryptedPackage" stream; Excel writes no other
    # CFB file under an .xlsx name, so an unreadable one named so is taken as encrypted too.
    try:
        with open(path, "rb") as fh:
            return _ENCRYPTED_MARK in fh.read(1 << 20)
    except OSError:
        return False


def _is_text_file(path: Path) -> tuple[bool, bytes]:
    """Whether to read `path` as delimited text. The content decides over the extension: a workbook named
    .csv is read as a workbook, and tab-separated text named .xls (a common export) is read as text."""
    head = _file_head(path)
    kind = _kind(path, head)
    if kind in ("zip", "cfb"):
        return False, head
    ext = path.suffix.lower()
    return ext in _TEXT_EXTS or (ext == ".xls" and kind == "text"), head


def sheet_names(path: str | os.PathLike) -> list[str]:
    """Sheet names in workbook order; [] for CSV/text files (they have no sheets)."""
    path = Path(path)
    is_text, _ = _is_text_file(path)
    if is_text:
        return []
    wb = _open_calamine(path)
    try:
        return list(wb.sheet_names)
    finally:
        wb.close()


def read_workbook(path: str | os.PathLike, sheet: str | int | None = None) -> Grid:
    """Read one sheet of an .xlsx/.xlsm/.xls/.ods workbook, or a .csv/.txt file, into a Grid.

    `sheet` is a name, a 0-based index, or None for the first visible worksheet; it is ignored for text files.
    Raises SheetError for files that cannot be read, wrong sheet names and empty sheets.
    """
    path = Path(path)
    is_text, head = _is_text_file(path)
    if is_text:
        return _read_text(path, head)
    return _read_excel(path, sheet)


def _read_excel(path: Path, sheet: str | int | None) -> Grid:
    import python_calamine as pc

    wb = _open_calamine(path)
    try:
        names = list(wb.sheet_names)
        if not names:
            raise _cannot_open(path)
        listed = "、".join(f"“{n}”" for n in names)
        if sheet is None:
            index = _first_visible_sheet(wb)
        elif isinstance(sheet, int):
            if not 0 <= sheet < len(names):
                raise SheetError(
                    f"文件“{path.name}”只有{len(names)}个工作表（{listed}），没有第{sheet + 1}个，请重新选择工作表"
                )
            index = sheet
        else:
            if sheet not in names:
                raise SheetError(
                    f"文件“{path.name}”中没有名为“{sheet}”的工作表，现有工作表为{listed}，请从中选择"
                )
            index = names.index(sheet)
        name = names[index]
        refusal = xlsx_inspect.extent_refusal(path, name)
        if refusal:
            raise SheetError(refusal)
        try:
            ws = wb.get_sheet_by_index(index)
            start = ws.start
            data = ws.to_python()
            merged_raw = getattr(ws, "merged_cell_ranges", None)
        except pc.PasswordError:
            raise _password(path) from None
        except (pc.CalamineError, OSError, ValueError):
            raise SheetError(
                f"文件“{path.name}”的工作表“{name}”无法读取（可能已损坏），请用Excel或WPS另存为.xlsx后重试"
            ) from None
    finally:
        wb.close()

    row0, col0 = start if start is not None else (0, 0)
    if col0:
        pad = [""] * col0
        data = [pad + row for row in data]
    rows = _trim(data)
    if not rows:
        raise SheetError(f"文件“{path.name}”的工作表“{name}”是空的，请确认选对了文件和工作表")
    merged: list[tuple[int, int, int, int]] = []
    for (r0, c0), (r1, c1) in merged_raw or ():
        r0, r1 = r0 - row0, r1 - row0
        if r1 < 0 or r0 >= len(rows):
            continue
        merged.append((max(r0, 0), c0, min(r1, len(rows) - 1), c1))
    _check_size(path, f"的工作表“{name}”", rows)
    marks = xlsx_inspect.sheet_marks(path, name, row0 + 1, len(rows), len(rows[0]))
    return Grid(path=path, sheet_name=name, rows=rows, first_row_number=row0 + 1, merged=merged, faults=marks.faults,
                hidden=marks.hidden, struck=marks.struck)


def _check_size(path: Path, where: str, rows: list[list[object]]) -> None:
    """Refuse a grid taller or wider than a village list (every format; .xlsx is checked before parsing too)."""
    if len(rows) > xlsx_inspect.MAX_ROWS:
        raise SheetError(xlsx_inspect.too_many_rows(path.name, where, len(rows)))
    if rows and len(rows) * len(rows[0]) > xlsx_inspect.MAX_CELLS:
        raise SheetError(xlsx_inspect.too_wide(path.name, where, len(rows), len(rows[0])))


def _first_visible_sheet(wb) -> int:
    return next(iter(_visible_indices(wb)), 0)


def _visible_indices(wb) -> list[int]:
    """Indices of the visible worksheets (of every sheet with an older python-calamine without sheet metadata)."""
    import python_calamine as pc

    try:
        return [i for i, meta in enumerate(wb.sheets_metadata)
                if meta.visible == pc.SheetVisibleEnum.Visible and meta.typ == pc.SheetTypeEnum.WorkSheet]
    except AttributeError:
        return list(range(len(wb.sheet_names)))


def _trim(data: list[list[object]]) -> list[list[object]]:
    """Drop trailing empty rows, then trailing empty columns; make all rows the same width."""
    end = len(data)
    while end and all(_is_empty(v) for v in data[end - 1]):
        end -= 1
    rows = data[:end]
    width = 0
    for row in rows:
        j = len(row)
        while j > width and _is_empty(row[j - 1]):
            j -= 1
        width = max(width, j)
    out: list[list[object]] = []
    for row in rows:
        n = len(row)
        if n == width:
            out.append(row)
        elif n > width:
            out.append(row[:width])
        else:
            out.append(row + [""] * (width - n))
    return out


def _decode(path: Path, raw: bytes) -> str:
    if raw.startswith(b"\xef\xbb\xbf"):
        encodings = ["utf-8-sig"]
    elif raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        encodings = ["utf-16"]
    else:
        encodings = ["utf-8", "gb18030"]
    for enc in encodings:
        try:
            text = raw.decode(enc)
        except UnicodeDecodeError:
            continue
        if enc != "gb18030" or not _looks_misdecoded(text):
            return text
    raise SheetError(
        f"文件“{path.name}”的文字编码无法识别（既不是UTF-8也不是GBK），请用Excel或WPS另存为.xlsx后重试"
    )


def _looks_misdecoded(text: str, sample: int = 65536) -> bool:
    """Whether text decoded as GBK is really another encoding (Big5, Shift-JIS …): such bytes decode to
    private-use code points, or mostly to characters outside the common GB2312 set."""
    chars = [c for c in text[:sample] if not c.isascii()]
    if any("\ue000" <= c <= "\uf8ff" for c in chars):
        return True
    rare = sum(1 for c in chars if not _in_gb2312(c))
    return rare * 2 > len(chars)


def _in_gb2312(char: str) -> bool:
    try:
        char.encode("gb2312")
    except UnicodeEncodeError:
        return False
    return True


def _sniff_delimiter(text: str) -> str:
    """Tab, comma or semicolon: the one that splits most sample lines into the most common column count."""
    sample_lines = [line for line in text.splitlines()[:60] if line.strip()]
    sample = "\n".join(sample_lines)
    best, best_key = ",", (0, 0)
    for delim in ("\t", ",", ";"):
        counts: dict[int, int] = {}
        for rec in csv.reader(io.StringIO(sample), delimiter=delim):
            if len(rec) > 1:
                counts[len(rec)] = counts.get(len(rec), 0) + 1
        if not counts:
            continue
        width, lines = max(counts.items(), key=lambda kv: (kv[1], kv[0]))
        key = (lines, width)
        if key > best_key:
            best, best_key = delim, key
    return best


def _read_text(path: Path, head: bytes) -> Grid:
    refusal = _file_size_refusal(path)
    if refusal:
        raise SheetError(refusal)
    try:
        raw = path.read_bytes()
    except OSError:
        raise _unreadable(path) from None
    raw = raw.rstrip(b"\x1a")  # the Ctrl-Z that old DOS programs put at the end of a text file
    if not raw.strip():
        raise SheetError(f"文件“{path.name}”是空的，请确认选对了文件")
    if _kind(path, raw[:8192]) in ("binary", "html"):
        raise SheetError(
            f"文件“{path.name}”不是纯文本表格（CSV），请用Excel或WPS打开后另存为.xlsx或.csv再导入"
        )
    text = _decode(path, raw)
    lines = text.count("\n") + 1
    if lines > xlsx_inspect.MAX_ROWS + _TEXT_MARGIN:
        raise SheetError(xlsx_inspect.too_many_rows(path.name, "", lines))
    if len(text) > csv.field_size_limit():  # one huge cell is the importer's to refuse, with its row and column
        csv.field_size_limit(min(len(text), 2**31 - 1))
    delim = _sniff_delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delim)
    try:
        data: list[list[object]] = list(reader)
    except csv.Error:
        raise SheetError(f"文件“{path.name}”第{reader.line_num}行无法按CSV格式读取，"
                         "请用Excel或WPS打开后另存为.xlsx再导入") from None
    lead = 0
    while lead < len(data) and all(_is_empty(v) for v in data[lead]):
        lead += 1
    rows = _trim(data[lead:])
    if not rows:
        raise SheetError(f"文件“{path.name}”是空的，请确认选对了文件")
    _check_size(path, "", rows)
    return Grid(path=path, sheet_name="", rows=rows, first_row_number=lead + 1)


_TEXT_MARGIN = 1_000  # title, header and note lines, and a line break inside a quoted cell now and then


# ---------------------------------------------------------------------------------------------------------
# Header detection and column mapping


@dataclass(frozen=True)
class FieldSpec:
    """A field an importer wants, with the column names it goes by."""

    key: str
    label: str
    synonyms: tuple[str, ...] = ()
    required: bool = False


RECIPIENT_FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec("seq", "序号", ("序号",)),
    FieldSpec("group", "村民小组", ("村民小组", "组别", "小组", "组")),
    FieldSpec("name", "姓名", ("姓名", "户主姓名", "补贴对象", "户主", "申请人", "救助对象", "姓 名"), True),
    FieldSpec(
        "id_number", "身份证号", ("身份证号", "公民身份号码", "身份证号码", "身份证", "证件号码"), True
    ),
    FieldSpec("household", "家庭人口", ("家庭人口", "保障人口", "人口数", "户籍人口")),
    FieldSpec(
        "quantity",
        "数量",
        ("面积", "计税面积", "补贴面积", "补贴面积(亩)", "数量", "亩数", "承包面积", "人数", "头数"),
    ),
    FieldSpec("standard", "补贴标准", ("补贴标准", "标准", "单价", "补助标准")),
    FieldSpec(
        "amount",
        "金额",
        ("金额", "补贴金额", "补贴金额(元)", "发放金额", "补助金额", "救助金额", "应发金额"),
        True,
    ),
    FieldSpec("pay_method", "发放方式", ("发放方式",)),
    FieldSpec("account", "账号", ("账号", "银行账号", "一卡通账号", "社保卡号", "卡号", "存折账号")),
    FieldSpec("phone", "联系电话", ("联系电话", "电话", "手机号")),
    FieldSpec("pay_date", "发放时间", ("发放时间", "发放日期")),
    FieldSpec("remark", "备注", ("备注",)),
)


_WS_RE = re.compile(r"[\s\u3000\u00a0\u200b\ufeff]+")
_PAREN_RE = re.compile(r"\([^()]*\)|\[[^\[\]]*\]|【[^【】]*】|〔[^〔〕]*〕")


_LONGEST_HEADER = 200  # a longer cell is data or junk, never a column title (and a 5 MB cell stays cheap)


def normalize_header(text: object) -> str:
    """Header text for display: whitespace and newlines removed, full-width forms (（）、ＡＢ、１２) half-width;
    "" for a cell too long to be a column title."""
    text = cell_text(text)
    if len(text) > _LONGEST_HEADER:
        return ""
    return _WS_RE.sub("", unicodedata.normalize("NFKC", text))


def _match_keys(text: str) -> tuple[str, ...]:
    """Keys a header text is matched by: the normalised text, and the same without "(…)" parts."""
    k1 = normalize_header(text).lower().strip("*※:：")
    if not k1:
        return ()
    k2 = _PAREN_RE.sub("", k1).strip("*※:：")
    return (k1, k2) if k2 and k2 != k1 else (k1,)


# Scores: a match on the column's own (lowest header row) text beats a match on the carried upper text;
# an exact match beats containment; then the longer synonym wins.
_EXACT, _CONTAINS = 2000, 1000
_OWN, _UPPER = 4000, 0


@dataclass(frozen=True)
class Header:
    """The header found in a Grid.

    `row_index` is the index (into grid.rows) of the last header row, `first_row_index` of the first (they
    differ for a two-row header), `data_start` the index of the first row after the header. `columns[j]` is the
    display text of column j (lower row's text where present, else the upper's, cleaned by
    `normalize_header`); `match_texts[j]` are the texts column j is matched by, its own text first, then the
    upper text carried over merged cells and the combined "上下" text.
    """

    row_index: int
    columns: list[str]
    data_start: int
    first_row_index: int = -1
    match_texts: tuple[tuple[str, ...], ...] = ()

    def __post_init__(self) -> None:
        if self.first_row_index < 0:
            object.__setattr__(self, "first_row_index", self.row_index)
        if not self.match_texts:
            object.__setattr__(self, "match_texts", tuple((c,) if c else () for c in self.columns))

    def column_label(self, index: int) -> str:
        """“C列（身份证号）” for messages and the mapping dialog."""
        name = self.columns[index] if 0 <= index < len(self.columns) else ""
        return f"{column_letter(index)}列（{name}）" if name else f"{column_letter(index)}列"


@dataclass(frozen=True)
class Mapping:
    """Which column (0-based index) each field comes from; None when the field has no column."""

    fields: tuple[FieldSpec, ...]
    field_to_column: dict[str, int | None]

    def column_of(self, key: str) -> int | None:
        return self.field_to_column.get(key)

    def field_of(self, column: int) -> FieldSpec | None:
        for spec in self.fields:
            if self.field_to_column.get(spec.key) == column:
                return spec
        return None

    def missing_required(self) -> list[FieldSpec]:
        return [f for f in self.fields if f.required and self.field_to_column.get(f.key) is None]

    def with_override(self, key: str, column_index: int | None) -> Mapping:
        """A new Mapping with `key` taken from `column_index` (None: not imported). A field that had that
        column before loses it, so each column still feeds at most one field."""
        if key not in self.field_to_column:
            raise KeyError(key)
        mapping = dict(self.field_to_column)
        if column_index is not None:
            for other, col in mapping.items():
                if col == column_index and other != key:
                    mapping[other] = None
        mapping[key] = column_index
        return replace(self, field_to_column=mapping)


def _field_keys(fields: Sequence[FieldSpec]) -> list[tuple[FieldSpec, list[str]]]:
    out = []
    for spec in fields:
        syns: list[str] = []
        for s in (spec.label, *spec.synonyms):
            for k in _match_keys(s):
                if k not in syns:
                    syns.append(k)
        out.append((spec, syns))
    return out


def _score(texts: tuple[str, ...], syns: list[str]) -> int:
    """Best score of one field against one column's match texts (0: no match)."""
    best = 0
    for rank, text in enumerate(texts):
        keys = _match_keys(text)
        if not keys:
            continue
        base = _OWN if rank == 0 else _UPPER
        for syn in syns:
            if syn in keys:
                s = base + _EXACT + len(syn)
            elif len(syn) >= 2 and any(syn in k for k in keys):
                s = base + _CONTAINS + len(syn)
            else:
                continue
            best = max(best, s)
    return best


def _assign(
    match_texts: Sequence[tuple[str, ...]], fields: Sequence[FieldSpec]
) -> tuple[dict[str, int | None], int]:
    """Greedy one-to-one assignment of fields to columns by descending score. Returns (mapping, total)."""
    keyed = _field_keys(fields)
    candidates = []
    for col, texts in enumerate(match_texts):
        if not texts:
            continue
        for order, (spec, syns) in enumerate(keyed):
            s = _score(texts, syns)
            if s:
                candidates.append((-s, col, order, spec.key))
    candidates.sort()
    mapping: dict[str, int | None] = {spec.key: None for spec in fields}
    used: set[int] = set()
    total = 0
    for neg, col, _order, key in candidates:
        if mapping[key] is None and col not in used:
            mapping[key] = col
            used.add(col)
            total -= neg
    return mapping, total


def _single_row_texts(row: Sequence[object]) -> list[tuple[str, ...]]:
    return [(t,) if (t := normalize_header(v)) else () for v in row]


def _two_row_texts(
    upper: Sequence[object], lower: Sequence[object], merged_upper: dict[int, int]
) -> tuple[list[str], list[tuple[str, ...]]]:
    """Display texts and match texts for a two-row header.

    The upper text is carried rightwards over empty upper cells (a horizontally merged cell holds its text
    only in the top-left). When the grid lists merged ranges in the upper row (`merged_upper`: column →
    first column of its range), text is carried only within them.
    """
    columns: list[str] = []
    texts: list[tuple[str, ...]] = []
    carried = ""
    for j in range(len(upper)):
        up = normalize_header(upper[j])
        if up:
            carried = up
        elif merged_upper:
            src = merged_upper.get(j)
            carried = normalize_header(upper[src]) if src is not None else ""
        up_eff = up or carried
        low = normalize_header(lower[j])
        if low:
            columns.append(low)
            extra = tuple(t for t in (up_eff + low, up_eff) if up_eff and t != low)
            texts.append((low, *extra))
        elif up:
            columns.append(up)  # vertically merged (or one-row) header cell
            texts.append((up,))
        else:
            columns.append("")
            texts.append(())
    return columns, texts


def _merged_sources(grid: Grid, row: int) -> dict[int, int]:
    """For cells of `row` inside a horizontal merged range: column → first column of the range."""
    out: dict[int, int] = {}
    for r0, c0, r1, c1 in grid.merged:
        if r0 == row and c1 > c0:
            for c in range(c0 + 1, c1 + 1):
                out[c] = c0
    return out


def find_header(grid: Grid, fields: Sequence[FieldSpec], max_scan: int = 15) -> Header:
    """Find the header row (or two-row header) among the first `max_scan` rows: the one whose column names
    match the most fields. Title rows and "单位：元" lines above it are skipped by that rule.
    Raises SheetError when no row names at least two fields (or the single field asked for)."""
    best: tuple | None = None
    best_header: Header | None = None
    limit = min(max_scan, len(grid.rows))
    for i in range(limit):
        row = grid.rows[i]
        texts = _single_row_texts(row)
        mapping, total = _assign(texts, fields)
        candidates = [(mapping, total, i, i, [t[0] if t else "" for t in texts], texts)]
        # Two-row header: the upper row must have at least two non-empty cells (a title row has one).
        if i + 1 < len(grid.rows) and sum(1 for t in texts if t) >= 2:
            columns, texts2 = _two_row_texts(row, grid.rows[i + 1], _merged_sources(grid, i))
            mapping2, total2 = _assign(texts2, fields)
            candidates.append((mapping2, total2, i, i + 1, columns, texts2))
        for mapping, total, top, bottom, columns, match_texts in candidates:
            matched = [f for f in fields if mapping[f.key] is not None]
            key = (
                len(matched),
                sum(1 for f in matched if f.required),
                -(bottom - top),  # a two-row header only when it names strictly more fields
                total,
                -top,
            )
            if best is None or key > best:
                best = key
                best_header = Header(
                    row_index=bottom,
                    columns=columns,
                    data_start=bottom + 1,
                    first_row_index=top,
                    match_texts=tuple(match_texts),
                )
    needed = min(2, len(fields))
    if best is None or best_header is None or best[0] < needed:
        names = "”“".join(f.label for f in fields if f.required) or "”“".join(f.label for f in fields[:3])
        raise SheetError(
            f"{grid.where()}前{max_scan}行中找不到表头（应含“{names}”等列名），"
            "请检查是否选错了工作表，或在表头行填写列名后重试"
        )
    return best_header


def match_columns(header: Header, fields: Sequence[FieldSpec]) -> Mapping:
    """Map each field to at most one column and each column to at most one field: exact synonym first, then a
    synonym contained in the header text (longest wins), own text before the carried upper text."""
    mapping, _ = _assign(header.match_texts, fields)
    return Mapping(fields=tuple(fields), field_to_column=mapping)


def read_table(path: str | os.PathLike, fields: Sequence[FieldSpec], sheet: str | int | None = None
               ) -> tuple[Grid, Header]:
    """Read the sheet holding a table of `fields` and find its header: `sheet`, or else the first visible
    worksheet whose header names the fields (a 说明 or 汇总 sheet in front of the list is passed over).
    Raises SheetError when the file cannot be read or no sheet has such a header."""
    path = Path(path)
    if sheet is not None:
        grid = read_workbook(path, sheet)
        return grid, find_header(grid, fields)
    names = _visible_sheets(path) or [None]
    errors: list[SheetError] = []
    for name in names:
        try:
            grid = read_workbook(path, name)
            return grid, find_header(grid, fields)
        except SheetError as exc:
            errors.append(exc)
    if len(names) == 1:
        raise errors[0]
    wanted = "”“".join(f.label for f in fields if f.required)
    listed = "、".join(f"“{n}”" for n in names)
    raise SheetError(f"文件“{path.name}”的{len(names)}个工作表（{listed}）中都找不到表头（应含“{wanted}”等列名），"
                     "请确认选对了文件，或在表头行填写列名后重试")


def _visible_sheets(path: Path) -> list[str]:
    """Names of the visible worksheets in workbook order; [] for text files."""
    if _is_text_file(path)[0]:
        return []
    wb = _open_calamine(path)
    try:
        names = list(wb.sheet_names)
        return [names[i] for i in _visible_indices(wb)]
    finally:
        wb.close()


def duplicated_columns(header: Header, mapping: Mapping, grid: Grid) -> list[Problem]:
    """An error on the header row for each mapped column whose title another column with data also bears (two
    “金额” columns): which one is meant cannot be told."""
    problems = []
    for spec in mapping.fields:
        col = mapping.column_of(spec.key)
        title = header.columns[col] if col is not None and col < len(header.columns) else ""
        if not title:
            continue
        twins = [j for j, t in enumerate(header.columns) if t == title and j != col
                 and any(not _is_empty(row[j]) for row in grid.rows[header.data_start:])]
        if twins:
            letters = "、".join(column_letter(j) for j in sorted([col, *twins]))
            problems.append(Problem(grid.row_number(header.row_index), title, ERROR,
                                    f"表头中有{len(twins) + 1}列都叫“{title}”（{letters}列），无法确定用哪一列，"
                                    "请把不用的列改名或删去后重新导入"))
    return problems


# ---------------------------------------------------------------------------------------------------------
# Data rows


@dataclass(slots=True)
class SourceRow:
    """One row of the source file: `number` is the file's own 1-based row number; `values` maps each mapped
    field's key to the raw cell (fields without a column are absent). `kind` is "data", or "total" for a
    合计/总计/小计 row (yielded only when asked for)."""

    number: int
    values: dict[str, object]
    kind: str = "data"


_NUMBER_RE = re.compile(r"^[-+]?\d[\d,.]*$")
_TOTAL_RE = re.compile(r"^(总合计|合计|总计|小计|累计|本页合计|本页小计|全村合计|全乡合计|全镇合计|全组合计)")
_NOTE_RE = re.compile(
    r"^(注[:：\d]|注$|备注[:：]|说明[:：]"
    r"|(制表|填表|审核|复核|审批|经办|负责|联系|监督|举报|投诉|监督举报)(人|电话|单位|日期|时间)?[:：]"
    r"|(制表|填表|审核|复核|审批|经办)人"
    r"|(制表|填报|填表|公示)(日期|时间)"
    r"|.*[(（]?(盖章|签章|签字)[)）]?)"
)


def _first_texts(cells: Iterable[object]) -> tuple[str | None, str]:
    """(text of the first non-empty cell, or None when that cell is not text; the first non-empty text that is
    not a number, e.g. past a 序号), whitespace removed and full-width forms folded."""
    first: str | None = ""
    for v in cells:
        if v == "" or v is None:
            continue
        if isinstance(v, str):
            t = _WS_RE.sub("", unicodedata.normalize("NFKC", v))
            if not t:
                continue
            if first == "":
                first = t
            if not _NUMBER_RE.match(t):
                return first, t
        elif first == "":
            first = None  # a number or date: never a total or note label
    return first, ""


def is_total_row(values: Iterable[object] | _AbcMapping[str, object]) -> bool:
    """True for a summary row: its first non-empty cell (or first non-empty text cell) is 合计, 总计, 小计,
    "合 计", "合计：", "本页合计" … . Accepts a row's cells or a SourceRow.values dict."""
    cells = values.values() if isinstance(values, _AbcMapping) else values
    return _row_kind(*_first_texts(cells)) == "total"


def is_note_row(values: Iterable[object] | _AbcMapping[str, object]) -> bool:
    """True for a note or signature line below the table: the first non-empty cell starts with 制表人, 审核人,
    注：, 备注：, 联系电话：, 公示时间 … or mentions 盖章/签字."""
    cells = values.values() if isinstance(values, _AbcMapping) else values
    return _row_kind(*_first_texts(cells)) == "note"


def _row_kind(first: str | None, first_str: str) -> str:
    if first_str and _TOTAL_RE.match(first_str):
        return "total"
    if first and _NOTE_RE.match(first):
        return "note"
    return "data"


_UNIT_RE = re.compile(
    r"^[(\[【]?(元|万元|亩|人|户|头|只|株|元/亩|元/人|元/户|元/头|元/月|元/人/月|公斤|千克|吨|平方米|m2|%)[)\]】]?$"
    r"|^\(.*\)$"
)


def _is_header_annex_row(cells: Sequence[object]) -> bool:
    """A row right under the header that only holds column numbers ("1 2 3 …", 栏次) or units ("(元)", "亩")."""
    texts = [normalize_header(v) for v in cells if not _is_empty(v)]
    if not texts:
        return False
    if texts[0] == "栏次" or all(_UNIT_RE.match(t) for t in texts):
        return True
    if len(texts) < 3 or not all(t.isdigit() for t in texts):
        return False
    numbers = [int(t) for t in texts]
    return numbers == list(range(numbers[0], numbers[0] + len(numbers)))


def data_rows(
    grid: Grid,
    header: Header,
    mapping: Mapping,
    *,
    include_totals: bool = False,
    fill_merged: Iterable[str] = (),
) -> Iterator[SourceRow]:
    """The data rows below the header, with the file's own row numbers.

    Skipped: rows whose mapped cells are all empty, 合计/总计/小计 rows (yielded with kind="total" when
    `include_totals`), note/signature lines (制表人：…, 注：…), a 栏次 row "1 2 3 …" or a units row "(元)" right under the
    header, and
    repetitions of the header row. Fields named in `fill_merged` (e.g. "group" when 村民小组 cells are merged
    down over several rows) take the merged range's top-left value in the rows it covers.
    """
    cols = [(key, col) for key, col in mapping.field_to_column.items() if col is not None]
    width = grid.width
    fill_cells = _merged_fill(grid, header, {mapping.field_to_column.get(k) for k in fill_merged} - {None})
    header_texts = {key: header.columns[col] for key, col in cols if col < len(header.columns)}
    first_number = grid.first_row_number
    for index in range(header.data_start, len(grid.rows)):
        row = grid.rows[index]
        values: dict[str, object] = {}
        blank = True
        for key, col in cols:
            v = row[col] if col < width else ""
            if fill_cells and _is_empty(v):
                v = fill_cells.get((index, col), v)
            values[key] = v
            if blank and not _is_empty(v):
                blank = False
        kind = _row_kind(*_first_texts(row))
        if kind == "total":
            if include_totals:
                yield SourceRow(first_number + index, values, "total")
            continue
        if blank or kind == "note":
            continue
        if index - header.data_start < 2 and _is_header_annex_row([row[c] for _, c in cols]):
            continue
        if _repeats_header(values, header_texts):
            continue
        yield SourceRow(first_number + index, values)


def _merged_fill(grid: Grid, header: Header, columns: set) -> dict[tuple[int, int], object]:
    out: dict[tuple[int, int], object] = {}
    if not columns or not grid.merged:
        return out
    for r0, c0, r1, c1 in grid.merged:
        if r1 < header.data_start or r1 == r0:
            continue
        value = grid.rows[r0][c0] if c0 < grid.width else ""
        for c in columns:
            if c0 <= c <= c1:
                for r in range(max(r0, header.data_start), r1 + 1):
                    if (r, c) != (r0, c0):
                        out[(r, c)] = value
    return out


def _repeats_header(values: dict[str, object], header_texts: dict[str, str]) -> bool:
    hits = 0
    for key, v in values.items():
        if _is_empty(v):
            continue
        if not isinstance(v, str) or normalize_header(v) != header_texts.get(key):
            return False
        hits += 1
    return hits >= 2


# --- the problem report every importer gives --------------------------------------------------------------------

ERROR = "错误"  # blocks the import: a file is taken whole or not at all
WARNING = "警告"  # shown, does not block


@dataclass(frozen=True)
class Problem:
    """One finding about a file. `row` is the file's own row number (the header row for a missing column),
    `column` the header text of the column (or the field name when the column is missing; "" for the whole row).
    A warning with `confirm` must be confirmed by the clerk before the file is imported (a zero amount, a row
    hidden or struck through in the file)."""

    row: int
    column: str
    severity: str
    message: str
    confirm: bool = False

    @property
    def is_error(self) -> bool:
        return self.severity == ERROR

    def text(self) -> str:
        """“第12行 身份证号：身份证号校验位错误，应为X，请核对原件” — the form the CLI prints."""
        where = f"第{self.row}行" + (f" {self.column}" if self.column else "")
        return f"{where}：{self.message}"

    def to_json(self) -> dict:
        return {"row": self.row, "column": self.column, "severity": self.severity, "message": self.message,
                "confirm": self.confirm}
