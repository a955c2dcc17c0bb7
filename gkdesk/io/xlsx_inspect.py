"""What the spreadsheet reader learns from a workbook's XML itself, because python-calamine does not tell it.

Before parsing (issue 12, finding 9): a workbook is a zip whose parts python-calamine inflates whole, so a 1 MB file
holding one 1 GB cell takes gigabytes, and a 3 MB one aborts the process. `package_refusal` reads the zip's
directory (the declared sizes) and inflates every XML part through Python's zipfile, which stops at the declared
size and checks the CRC — a part that would inflate beyond what it declares is a damaged file — counting each
worksheet's rows and columns on the way without holding the part in memory. `extent_refusal` then refuses a sheet
whose extent no village list has (python-calamine builds a dense grid up to the last used cell).

After reading (finding 12): `sheet_marks` finds what the cells do not show — rows hidden by hand or by a filter
(python-calamine has no row visibility: tafia/calamine#237), cells struck through (a cell style whose font has
<strike/>, or a shared string whose every run is struck), formulas without a saved result and Excel error values.
A clerk hides or strikes the line of a person who was struck off; such rows must not be imported without a word.

No Qt, no database; the functions return a refusal sentence (or the marks) and leave the exception to the reader.
"""
from __future__ import annotations

import os
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from xml.etree import ElementTree

MAX_ROWS = 100_000          # a village list never has more rows (a county's population would not need them)
MAX_CELLS = 5_000_000       # rows × columns of the grid: 100,000 rows of 50 columns; a stray cell far right of a
                            # long list makes the grid that wide (python-calamine fills every cell in between)
MAX_UNPACKED_BYTES = 200 * 1024 * 1024   # XML of a workbook, inflated
MAX_FILE_BYTES = 200 * 1024 * 1024       # a .csv or .xls on disk
_CHUNK = 1 << 20
_MB = 1024 * 1024
_MEDIA = (".png", ".jpg", ".jpeg", ".gif", ".bmp", ".emf", ".wmf", ".tif", ".tiff", ".bin", ".vml")


def _mb(size: int) -> str:
    return f"{size / _MB:.0f}MB" if size >= 10 * _MB else f"{size / _MB:.1f}MB"


def too_many_rows(name: str, where: str, rows: int) -> str:
    return (f"文件“{name}”{where}有{rows}行，一个村的名单不会超过{MAX_ROWS}行，请确认选对了文件和工作表，"
            "或删去名单下方多余的行、把全乡的名单按村分开后再导入")


def too_wide(name: str, where: str, rows: int, columns: int) -> str:
    return (f"文件“{name}”{where}的内容一直延伸到第{column_letters(columns)}列（{rows}行×{columns}列），"
            "超过程序能读的范围，可能在表格右侧远处误填了内容；请删去名单右侧多余的列后再导入")


def file_too_big(name: str, size: int) -> str:
    return (f"文件“{name}”有{_mb(size)}，超过程序能读的{_mb(MAX_FILE_BYTES)}（一个村的名单通常不到10MB），"
            "请确认选对了文件，或只保留名单另存后再导入")


# ---- the package, before parsing -----------------------------------------------------------------------------

@dataclass(frozen=True)
class Extent:
    rows: int = 0       # the last row number used (or the number of rows, when rows carry no number)
    columns: int = 0    # the last column used, 1-based


_ROW_NUMBER = re.compile(rb"<(?:\w+:)?row\b[^>]*?\br=\"(\d+)\"")
_WIDE_CELL = re.compile(rb"\br=\"([A-Z]{2,3})\d+\"")   # a cell beyond column Z (single letters are never too wide)
_TWO_LETTERS = re.compile(rb"r=\"[A-Z][A-Z]")           # the cheap test for one (a literal prefix: fast)
_ODS_ROW = re.compile(rb"<table:table-row\b([^>]*)>(.*?)</table:table-row>", re.DOTALL)
_ODS_REPEAT = re.compile(rb"table:number-rows-repeated=\"(\d+)\"")
_ODS_VALUE = re.compile(rb"office:value-type|<text:p")

_cache: dict[tuple[str, int, int], tuple[str | None, dict[str, Extent]]] = {}


def package_refusal(path: Path) -> str | None:
    """The sentence refusing a zip workbook (.xlsx, .xlsm, .ods) that is too big or damaged, or None. Also
    measures each worksheet (see `extent_refusal`). The answer is kept for the file as it is on disk."""
    key = _key(path)
    if key not in _cache:
        if len(_cache) > 16:
            _cache.clear()
        _cache[key] = _inspect(path)
    return _cache[key][0]


def _key(path: Path) -> tuple[str, int, int]:
    try:
        st = path.stat()
    except OSError:
        return (os.fspath(path), -1, -1)
    return (os.fspath(path.resolve()), st.st_size, st.st_mtime_ns)


# The worksheets just inflated, kept for `sheet_marks` so that a sheet is inflated once, not twice (the newest
# file only, and only sheets of a size a list has).
_inflated: dict[tuple[tuple[str, int, int], str], bytes] = {}
_KEEP_INFLATED = 64 * _MB


def _inspect(path: Path) -> tuple[str | None, dict[str, Extent]]:
    extents: dict[str, Extent] = {}
    try:
        with zipfile.ZipFile(path) as zf:
            parts = [info for info in zf.infolist() if not info.is_dir()
                     and not info.filename.lower().endswith(_MEDIA) and "/media/" not in info.filename]
            declared = sum(info.file_size for info in parts)
            if declared > MAX_UNPACKED_BYTES:
                return (f"文件“{path.name}”解压后有{_mb(declared)}，超过程序能读的{_mb(MAX_UNPACKED_BYTES)}"
                        "（一个村的名单通常不到10MB），可能不是名单或已损坏，请确认选对了文件，"
                        "或在Excel中只保留名单另存后再导入"), extents
            _inflated.clear()
            key = _key(path)
            for info in parts:
                extents[info.filename] = _measure(zf, info, key)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, NotImplementedError, OSError, RuntimeError,
            ValueError):
        # A part that inflates beyond its declared size fails its CRC check here; so does a truncated file.
        # Encrypted or otherwise unreadable parts are left to the reader, which says what they are.
        return (f"文件“{path.name}”已损坏（可能没有下载或复制完整），无法作为Excel表格打开；"
                "请重新获取该文件，或用Excel或WPS打开修复后另存为.xlsx再导入"), extents
    return None, extents


def _measure(zf: zipfile.ZipFile, info: zipfile.ZipInfo, key: tuple[str, int, int]) -> Extent:
    """Inflate one part in chunks (verifying its size and CRC); count rows and columns of a worksheet."""
    name = info.filename
    worksheet = name.startswith("xl/worksheets/") and name.endswith(".xml")
    ods = name == "content.xml"
    rows = columns = tags = 0
    tail = b""
    kept: list[bytes] | None = [] if worksheet and info.file_size <= _KEEP_INFLATED else None
    with zf.open(info) as fh:
        if ods:
            return _measure_ods(fh.read())
        while chunk := fh.read(_CHUNK):
            if not worksheet:
                continue
            if kept is not None:
                kept.append(chunk)
            data = tail + chunk
            last = data.rfind(b"<row")  # rows come in order: the chunk's last one has its highest number
            number = _ROW_NUMBER.match(data, last) if last >= 0 else None
            if number:
                rows = max(rows, int(number.group(1)))
            tags += chunk.count(b"<row")
            if _TWO_LETTERS.search(data):  # rare: most lists stop before column AA
                for letters in set(_WIDE_CELL.findall(data)):
                    columns = max(columns, column_number(letters.decode()))
            tail = data[-64:]
    if kept is not None:
        _inflated[(key, name)] = b"".join(kept)
    return Extent(max(rows, tags), columns)


def _measure_ods(xml: bytes) -> Extent:
    """Rows of an OpenDocument spreadsheet that hold values, with their repetitions (a row repeated a million
    times is how a file asks for a million rows; empty repeated rows at the end are normal and not counted)."""
    rows = 0
    for match in _ODS_ROW.finditer(xml):
        repeat = _ODS_REPEAT.search(match.group(1))
        count = int(repeat.group(1)) if repeat else 1
        if _ODS_VALUE.search(match.group(2)):
            rows += count
        elif count < 1000:
            rows += count  # blank rows between data rows still make the grid taller
    return Extent(rows, 0)


def extent_refusal(path: Path, sheet_name: str) -> str | None:
    """The sentence refusing a worksheet too tall or too wide for a village list, or None (call after
    package_refusal; unknown sheets pass)."""
    key = _key(path)
    extents = _cache.get(key, (None, {}))[1]
    if not extents:
        return None
    if "content.xml" in extents:  # .ods: all sheets in one part
        extent = extents["content.xml"]
    else:
        try:
            with zipfile.ZipFile(path) as zf:
                part = sheet_part(zf, sheet_name)
        except (zipfile.BadZipFile, KeyError, OSError, ElementTree.ParseError):
            return None
        extent = extents.get(part or "", Extent())
    where = f"的工作表“{sheet_name}”"
    if extent.rows > MAX_ROWS:
        return too_many_rows(path.name, where, extent.rows)
    if extent.rows * extent.columns > MAX_CELLS:
        return too_wide(path.name, where, extent.rows, extent.columns)
    return None


def sheet_part(zf: zipfile.ZipFile, sheet_name: str) -> str | None:
    """The zip member holding the worksheet named `sheet_name` (namespaces ignored: strict OOXML differs)."""
    book = ElementTree.fromstring(zf.read("xl/workbook.xml"))
    rel_id = next((_attr(e, "id") for e in book.iter() if e.tag.endswith("}sheet") and e.get("name") == sheet_name),
                  None)
    for rel in ElementTree.fromstring(zf.read("xl/_rels/workbook.xml.rels")):
        if rel_id and rel.get("Id") == rel_id:
            target = rel.get("Target", "")
            return target[1:] if target.startswith("/") else "xl/" + target
    return None


def _attr(element, local: str) -> str | None:
    return next((v for k, v in element.attrib.items() if k.endswith("}" + local)), None)


def column_letters(number: int) -> str:
    """1 → "A", 27 → "AA"."""
    letters = ""
    while number > 0:
        number, rem = divmod(number - 1, 26)
        letters = chr(65 + rem) + letters
    return letters


def column_number(letters: str) -> int:
    """"A" → 1, "AA" → 27."""
    number = 0
    for ch in letters:
        number = number * 26 + ord(ch) - 64
    return number


# ---- the marks, after reading --------------------------------------------------------------------------------

HIDDEN = "在原表中被隐藏"
FILTERED = "在原表中被筛选隐藏"


@dataclass
class SheetMarks:
    """What a sheet's XML says about its cells beyond their values, in the Grid's indices (row index, column)."""

    faults: dict[tuple[int, int], str] = field(default_factory=dict)
    hidden: dict[int, str] = field(default_factory=dict)      # row index → HIDDEN or FILTERED
    struck: set[tuple[int, int]] = field(default_factory=set)


# Formulas without a saved result (files written by programs, never by Excel or WPS) and error values read as
# empty cells. A formula whose result is the empty text is t="str" with an empty value: not a fault.
_UNCACHED = re.compile(rb"(?:</f>|<f\b[^>]*/>)(?:<v\s*/>|<v></v>)?</c>")
_ERROR_TYPE = re.compile(rb' t="e"')
_CELL_START = re.compile(rb'<c\s[^>]*?r="([A-Z]{1,3})(\d+)"[^>]*>')
_XML_VALUE = re.compile(rb"<v>([^<]*)</v>")
_NO_RESULT = ("是公式，但文件里没有保存计算结果（表格可能由其他软件生成），"
              "请用Excel或WPS打开该文件、保存一次后重新导入")
_HIDDEN_ROW = re.compile(rb"<(?:\w+:)?row\b[^>]*?\bhidden=\"(?:1|true)\"[^>]*>")
_R_ATTR = re.compile(rb"\br=\"(\d+)\"")
_CELL = re.compile(rb"<c\b([^>]*?)(?:/>|>(.*?)</c>)", re.DOTALL)
_CELL_REF = re.compile(rb"\br=\"([A-Z]{1,3})(\d+)\"")
_CELL_STYLE = re.compile(rb"\bs=\"(\d+)\"")
_SHARED = re.compile(rb"\bt=\"s\"")


def sheet_marks(path: Path, sheet_name: str, first_row_number: int, height: int, width: int) -> SheetMarks:
    """The marks of a .xlsx worksheet that python-calamine has read (height × width cells from row
    first_row_number); empty marks for a file that is not such a workbook."""
    try:
        with zipfile.ZipFile(path) as zf:
            part = sheet_part(zf, sheet_name)
            if not part:
                return SheetMarks()
            xml = _inflated.pop((_key(path), part), None) or zf.read(part)
            struck_styles = _struck_styles(zf)
            struck_strings = _struck_strings(zf)
    except (zipfile.BadZipFile, KeyError, OSError, ElementTree.ParseError):
        return SheetMarks()

    def index(row_number: int) -> int | None:
        i = row_number - first_row_number
        return i if 0 <= i < height else None

    marks = SheetMarks(faults=_faults(xml, index, width))
    filtered = b"<autoFilter" in xml
    for match in _HIDDEN_ROW.finditer(xml) if b"hidden=" in xml else ():
        number = _R_ATTR.search(match.group())
        i = index(int(number.group(1))) if number else None
        if i is not None:
            marks.hidden[i] = FILTERED if filtered else HIDDEN
    inline_rich = b"<strike" in xml  # rich text written into the cell itself (t="inlineStr")
    if struck_styles or struck_strings or inline_rich:
        for cell in _CELL.finditer(xml):
            attrs, inner = cell.group(1), cell.group(2) or b""
            style = _CELL_STYLE.search(attrs)
            struck = style is not None and int(style.group(1)) in struck_styles
            if not struck and struck_strings and _SHARED.search(attrs):
                value = _XML_VALUE.search(inner)
                struck = value is not None and value.group(1).isdigit() and int(value.group(1)) in struck_strings
            if not struck and inline_rich and b"strike" in inner:
                struck = _all_runs_struck(inner)
            if struck and (ref := _CELL_REF.search(attrs)):
                i, j = index(int(ref.group(2))), column_number(ref.group(1).decode()) - 1
                if i is not None and j < width:
                    marks.struck.add((i, j))
    return marks


def _faults(xml: bytes, index, width: int) -> dict[tuple[int, int], str]:
    found: list[tuple[int, str]] = []  # (offset in the XML, sentence)
    for match in _UNCACHED.finditer(xml):
        found.append((match.start(), _NO_RESULT))
    for match in _ERROR_TYPE.finditer(xml):
        value = _XML_VALUE.search(xml, match.end(), xml.find(b"</c>", match.end()))
        if value:
            found.append((match.start(), f"是Excel错误值“{value.group(1).decode()}”，请在原表中改正后重新导入"))
    faults: dict[tuple[int, int], str] = {}
    for offset, message in found:
        start = xml.rfind(b"<c ", 0, offset + 1)
        cell = _CELL_START.match(xml, start) if start >= 0 else None
        if cell is None or (message == _NO_RESULT and b't="str"' in cell.group()):
            continue
        i, column = index(int(cell.group(2))), column_number(cell.group(1).decode()) - 1
        if i is not None and column < width:
            faults[(i, column)] = message
    return faults


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _is_struck(element) -> bool:
    """Whether a <font> or <rPr> element turns strike-through on (<strike/>, not <strike val="0"/>)."""
    for child in element:
        if _local(child.tag) == "strike":
            return (_attr(child, "val") or child.get("val") or "1").lower() not in ("0", "false")
    return False


def _struck_styles(zf: zipfile.ZipFile) -> set[int]:
    """Indices of the cell formats (cellXfs) whose font is struck through."""
    try:
        styles = ElementTree.fromstring(zf.read("xl/styles.xml"))
    except KeyError:
        return set()
    fonts = next((e for e in styles if _local(e.tag) == "fonts"), None)
    xfs = next((e for e in styles if _local(e.tag) == "cellXfs"), None)
    if fonts is None or xfs is None:
        return set()
    struck_fonts = {i for i, font in enumerate(fonts) if _is_struck(font)}
    if not struck_fonts:
        return set()
    return {i for i, xf in enumerate(xfs) if int(xf.get("fontId", "0")) in struck_fonts}


_SHARED_ITEM = re.compile(rb"<(?:\w+:)?si\b[^>]*>(.*?)</(?:\w+:)?si>|<(?:\w+:)?si\b[^>]*/>", re.DOTALL)
_RUN = re.compile(rb"<(?:\w+:)?r>(.*?)</(?:\w+:)?r>", re.DOTALL)
_RUN_TEXT = re.compile(rb"<(?:\w+:)?t\b[^>]*>([^<]*)</(?:\w+:)?t>")
_STRIKE = re.compile(rb"<(?:\w+:)?strike(?:\s+val=\"([^\"]*)\")?\s*/>")


def _all_runs_struck(rich: bytes) -> bool:
    """Whether rich text (the inside of <si> or <is>) has runs with text and every one of them is struck."""
    runs = [run for run in _RUN.findall(rich) if any(t.strip() for t in _RUN_TEXT.findall(run))]
    return bool(runs) and all(
        (m := _STRIKE.search(run)) is not None and (m.group(1) or b"1").lower() not in (b"0", b"false")
        for run in runs)


def _struck_strings(zf: zipfile.ZipFile) -> set[int]:
    """Indices of shared strings written as rich text whose every run with text is struck through."""
    try:
        xml = zf.read("xl/sharedStrings.xml")
    except KeyError:
        return set()
    if b"strike" not in xml:
        return set()
    return {i for i, item in enumerate(_SHARED_ITEM.finditer(xml)) if item.group(1) and _all_runs_struck(item.group(1))}
