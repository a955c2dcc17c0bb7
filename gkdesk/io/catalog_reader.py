"""Reading a county's 基层政务公开事项标准目录 from .xlsx/.xls as counties publish it. No Qt, no database.

The published layout (domain.md § 1): a title row, then a two-row header —
序号 | 公开事项: 一级事项, 二级事项 | 公开内容(要素) | 公开依据 | 公开时限 | 公开主体 | 公开渠道和载体 |
公开对象: 全社会, 特定群体 | 公开方式: 主动, 依申请 | 公开层级: 县级, 乡级 — with local variants (乡、村级; 镇级, 村级;
三级事项, 咨询电话, 五公开 …). Areas are either a column of cells merged down the left side, or section rows
("一、涉农补贴领域") spanning the table, or one area per sheet (named by the title or the sheet). Option columns hold
"√"; the channel cell holds "■政府网站 □政府公报 …" or free text ("政府网站、村务公开栏"). Columns the reader does not
know are kept per row as notes under their header text ("五公开·决策" for a column under a group header).

`read_catalog` returns every row as understood plus the problems by sheet and row; it never raises for a row, only
(SheetError) for a file or sheet it cannot use at all.
"""
from __future__ import annotations

import os
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from gkdesk.domain.fields import clean_multiline
from gkdesk.domain.vocab import AREAS_26, AUDIENCES, CHANNELS_13, DISCLOSURE_MODES
from gkdesk.io.sheets import (
    FieldSpec,
    Grid,
    SheetError,
    column_letter,
    find_header,
    is_note_row,
    is_total_row,
    match_columns,
    normalize_header,
    read_workbook,
    sheet_names,
)

GROUP_SEP = "·"  # note key of a column under a group header: 五公开·决策
OTHER = "其他"
BOARD = "社区/企事业单位/村公示栏(电子屏)"

BASIC_FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec("seq", "序号", ("序号", "编号")),
    FieldSpec("area", "领域", ("领域", "公开领域", "所属领域", "事项领域", "试点领域", "领域名称", "事项类别", "目录类别")),
    FieldSpec("level1", "一级事项", ("一级事项", "一级", "事项名称", "公开事项"), True),
    FieldSpec("level2", "二级事项", ("二级事项", "二级", "子事项")),
    FieldSpec("level3", "三级事项", ("三级事项", "三级")),
    FieldSpec("content", "公开内容(要素)", ("公开内容(要素)", "公开内容", "公开要素", "内容要素")),
    FieldSpec("basis", "公开依据", ("公开依据", "依据", "政策依据")),
    FieldSpec("time_limit", "公开时限", ("公开时限", "时限", "公开时间")),
    FieldSpec("subject", "公开主体", ("公开主体", "责任主体", "公开责任主体", "主体", "公开单位", "责任单位")),
    FieldSpec("channels", "公开渠道和载体", ("公开渠道和载体", "公开渠道及载体", "公开渠道", "公开载体", "渠道和载体")),
)
# Option labels seen under the group headers, for finding the header when the group row is missing.
_AUDIENCE_LABELS = (*AUDIENCES, "特定对象", "社会公众")
_MODE_LABELS = (*DISCLOSURE_MODES, "主动公开", "依申请公开")
_LEVEL_RE = re.compile(r"[\u4e00-\u9fff、/()（）]{1,6}级")
OPTION_FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec("opt_all", "全社会", ("全社会", "社会公众")),
    FieldSpec("opt_group", "特定群体", ("特定群体", "特定对象")),
    FieldSpec("opt_active", "主动", ("主动", "主动公开")),
    FieldSpec("opt_request", "依申请", ("依申请", "依申请公开")),
    FieldSpec("opt_county", "县级", ("县级",)),
    FieldSpec("opt_town", "乡级", ("乡级", "乡镇级", "镇级", "乡、村级", "乡(镇)级", "街道级")),
)
GROUPS = {"audience": "公开对象", "modes": "公开方式", "levels": "公开层级"}

_CHECKED = {"√", "✓", "✔", "☑", "■", "●", "▲", "★", "是", "有", "Y", "V", "1", "√√"}
_UNCHECKED = {"", "×", "✗", "✘", "否", "无", "/", "-", "—", "－", "□", "☐", "○", "0", "N"}
_MARK_ON = "■☑√✓✔▣●"
_MARK_OFF = "□☐○"
_MARKED = re.compile(rf"([{_MARK_ON}{_MARK_OFF}])\s*([^{_MARK_ON}{_MARK_OFF}]*)")

_CHANNEL_ALIASES: tuple[tuple[str, str], ...] = (
    ("政府门户网站", "政府网站"), ("门户网站", "政府网站"), ("政务网站", "政府网站"), ("网站", "政府网站"),
    ("公报", "政府公报"),
    ("微信公众号", "两微一端"), ("政务新媒体", "两微一端"), ("政务微信", "两微一端"), ("政务微博", "两微一端"),
    ("微信", "两微一端"), ("微博", "两微一端"), ("客户端", "两微一端"),
    ("新闻发布会", "发布会/听证会"), ("发布会", "发布会/听证会"), ("听证会", "发布会/听证会"),
    ("广播", "广播电视"), ("电视", "广播电视"),
    ("报纸", "纸质媒体"), ("报刊", "纸质媒体"), ("纸媒", "纸质媒体"),
    ("查阅点", "公开查阅点"), ("查阅室", "公开查阅点"),
    ("政务服务大厅", "政务服务中心"), ("政务大厅", "政务服务中心"),
    ("入户", "入户/现场"), ("现场", "入户/现场"),
    ("村务公开栏", BOARD), ("公示栏", BOARD), ("公开栏", BOARD), ("公告栏", BOARD), ("宣传栏", BOARD),
    ("电子屏", BOARD), ("电子显示屏", BOARD),
)
_CHANNEL_KEYS = {unicodedata.normalize("NFKC", c): c for c in CHANNELS_13}

_SECTION_PREFIX = re.compile(
    r"^(?:第[一二三四五六七八九十百\d]+(?:部分|类|项)[、.．:：]?|[一二三四五六七八九十百]+[、.．:：]|\d+[、．:：]"
    r"|[（(][一二三四五六七八九十百\d]+[)）][、.．]?)")
_SECTION_SUFFIX = re.compile(
    r"(?:基层政务公开(?:事项)?标准(?:化规范化)?目录|政务公开(?:事项)?(?:标准)?目录|标准目录|目录)?"
    r"(?:[（(](?:共)?\d+(?:个)?(?:项|条)[)）])?$")
_DEFAULT_SHEET = re.compile(r"^(?:sheet|工作表|表)\s*\d*$", re.IGNORECASE)


@dataclass
class CatalogRow:
    """One catalog item as read from the file."""

    sheet: str
    row: int  # the file's own 1-based row number
    area: str
    level1: str
    level2: str = ""
    content: str = ""
    basis: str = ""
    time_limit: str = ""
    subject: str = ""
    channels: list[str] = field(default_factory=list)
    channel_other: str = ""
    audience: list[str] = field(default_factory=list)
    modes: list[str] = field(default_factory=list)
    levels: list[str] = field(default_factory=list)
    notes: dict[str, str] = field(default_factory=dict)

    @property
    def where(self) -> str:
        return f"工作表“{self.sheet}”第{self.row}行" if self.sheet else f"第{self.row}行"


@dataclass(frozen=True)
class ReadProblem:
    sheet: str
    row: int | None  # None: the whole sheet
    message: str

    @property
    def where(self) -> str:
        text = f"工作表“{self.sheet}”" if self.sheet else ""
        return text + (f"第{self.row}行" if self.row else "")


@dataclass
class CatalogFile:
    path: Path
    title: str = ""
    rows: list[CatalogRow] = field(default_factory=list)
    problems: list[ReadProblem] = field(default_factory=list)
    sheets: list[str] = field(default_factory=list)  # sheets that held a catalog
    extra_columns: list[str] = field(default_factory=list)  # note keys, in order of appearance
    option_labels: dict[str, list[str]] = field(default_factory=lambda: {g: [] for g in GROUPS})


# ---- cells -----------------------------------------------------------------------------------------------

_text = clean_multiline  # a catalog cell keeps its line breaks


def _fold(text: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


def is_checked(value: str, label: str = "") -> tuple[bool, bool]:
    """(checked, understood) for an option cell: √ ✓ ■ 是 … → checked; empty, ×, 否, □ … → not checked; other text
    → checked but not understood (unless it is the option's own label)."""
    folded = _fold(value).upper()
    if folded in _UNCHECKED:
        return False, True
    if folded in _CHECKED or (label and folded == _fold(label).upper()):
        return True, True
    return True, False


def _match_channel(label: str) -> tuple[str | None, str]:
    """(channel of the 13, leftover text for 其他) for one label."""
    folded = _fold(label).strip("、，,；;:：。")
    if not folded:
        return None, ""
    if folded in _CHANNEL_KEYS:
        return _CHANNEL_KEYS[folded], ""
    if folded.startswith(OTHER):
        rest = folded[len(OTHER):].strip("(（)）:：、， ")
        return OTHER, rest
    for alias, channel in _CHANNEL_ALIASES:
        if alias in folded:
            return channel, ""
    return OTHER, label.strip().strip("、，,；;:：。")


def normalize_channel(text: str) -> str:
    """One channel as a clerk typed it: the official name when it is one of the 13 (or a common other name for
    one, e.g. 村务公开栏), else the text itself."""
    channel, rest = _match_channel(text)
    if channel is None:
        return ""
    return channel if channel != OTHER or not rest else rest


def parse_channels(text: str) -> tuple[list[str], str]:
    """(channels in the official order, text for 其他) from "■政府网站 □政府公报 …" or free text such as
    "政府网站、村务公开栏、12345政务服务热线". Unknown channels become 其他 with their text kept."""
    text = (text or "").strip()
    if not text:
        return [], ""
    found: set[str] = set()
    others: list[str] = []
    if any(ch in text for ch in _MARK_ON + _MARK_OFF):
        for mark, label in _MARKED.findall(text):
            if mark in _MARK_OFF:
                continue
            channel, rest = _match_channel(label)
            if channel:
                found.add(channel)
                if rest:
                    others.append(rest)
    else:
        for token in re.split(r"[、，,；;\n\t ]+|\s{2,}", unicodedata.normalize("NFKC", text)):
            channel, rest = _match_channel(token)
            if channel:
                found.add(channel)
                if rest:
                    others.append(rest)
    if others:
        found.add(OTHER)
    ordered = [c for c in CHANNELS_13 if c in found]
    return ordered, "、".join(dict.fromkeys(others))


def clean_area(text: str) -> str:
    """"一、涉农补贴领域（12项）" → 涉农补贴; "（三）社会救助" → 社会救助."""
    t = _fold(text)
    t = _SECTION_PREFIX.sub("", t)
    t = _SECTION_SUFFIX.sub("", t)
    if t.endswith("领域") and len(t) > 2:
        t = t[:-2]
    return t.strip("、.．:：")


def _known_area(text: str, known: Sequence[str]) -> str:
    """The known area named in a title or sheet name (the longest one it contains), or ""."""
    folded = _fold(text)
    hits = [a for a in known if a and a in folded]
    return max(hits, key=len) if hits else ""


# ---- header ----------------------------------------------------------------------------------------------

@dataclass
class _Columns:
    basic: dict[str, int]  # field key → column
    options: dict[int, tuple[str, str]]  # column → (group, label)
    notes: dict[int, str]  # column → note key


def _own_matches(spec: FieldSpec, own: str) -> bool:
    own = normalize_header(own).lower()
    if not own:
        return False
    bare = re.sub(r"\([^()]*\)", "", own)
    for syn in (spec.label, *spec.synonyms):
        s = normalize_header(syn).lower()
        if s in (own, bare) or (len(s) >= 2 and (s in own)):
            return True
    return False


def _classify(header, grid: Grid) -> _Columns:
    mapping = match_columns(header, BASIC_FIELDS)
    basic: dict[str, int] = {}
    specs = {f.key: f for f in BASIC_FIELDS}
    for key, col in mapping.field_to_column.items():
        if col is None:
            continue
        texts = header.match_texts[col]
        if texts and _own_matches(specs[key], texts[0]):
            basic[key] = col
    options: dict[int, tuple[str, str]] = {}
    notes: dict[int, str] = {}
    used = set(basic.values())
    for j in range(grid.width):
        if j in used:
            continue
        texts = header.match_texts[j] if j < len(header.match_texts) else ()
        own = texts[0] if texts else ""
        upper = texts[-1] if len(texts) >= 2 and texts[-1] != own else ""
        group = None
        if "对象" in upper or (not upper and own in _AUDIENCE_LABELS):
            group = "audience"
        elif ("方式" in upper and "渠道" not in upper) or (not upper and own in _MODE_LABELS):
            group = "modes"
        elif "层级" in upper or "级别" in upper or (not upper and _LEVEL_RE.fullmatch(own) and "事项" not in own):
            group = "levels"
        elif ("渠道" in upper or "载体" in upper) and "channels" not in basic:
            group = "channel_options"
        if group and own:
            options[j] = (group, own)
            continue
        if not own and not upper:
            if any(_text(row[j]) for row in grid.rows[header.data_start:]):
                notes[j] = f"{column_letter(j)}列"
            continue
        notes[j] = f"{upper}{GROUP_SEP}{own}" if upper and own else (own or upper)
    return _Columns(basic, options, notes)


# ---- rows ------------------------------------------------------------------------------------------------

def _filled_rows(grid: Grid, start: int) -> list[list[object]]:
    """The rows with every cell of a vertically merged range (below the header) holding its top-left value."""
    rows = [list(r) for r in grid.rows]
    for r0, c0, r1, c1 in grid.merged:
        if r1 == r0 or r1 < start:
            continue
        value = grid.rows[r0][c0] if c0 < grid.width else ""
        for r in range(max(r0, start), r1 + 1):
            for c in range(c0, min(c1, grid.width - 1) + 1):
                if (r, c) != (r0, c0):
                    rows[r][c] = value
    return rows


def _wide_merges(grid: Grid) -> dict[int, int]:
    """Row index → widest horizontal merge (in columns) that starts in that row."""
    out: dict[int, int] = {}
    for r0, c0, r1, c1 in grid.merged:
        if r1 == r0:
            out[r0] = max(out.get(r0, 0), c1 - c0 + 1)
    return out


def _is_annex(texts: list[str]) -> bool:
    """A 栏次 row "1 2 3 …" under the header."""
    if len(texts) < 3 or not all(t.isdigit() for t in texts):
        return False
    nums = [int(t) for t in texts]
    return nums == list(range(nums[0], nums[0] + len(nums)))


def _section_text(cells: list[str], cols: _Columns, wide: int) -> str | None:
    """The area a section row names ("一、涉农补贴领域" across the table), or None for an ordinary row."""
    filled = [(j, t) for j, t in enumerate(cells) if t]
    distinct = {t for _, t in filled}
    if len(distinct) != 1:
        return None
    text = next(iter(distinct))
    if _fold(text).isdigit():
        return None
    data_cols = {cols.basic.get(k) for k in ("level2", "content", "basis", "time_limit", "subject")} - {None}
    if wide >= 3 or _SECTION_PREFIX.match(_fold(text)) or _fold(text).endswith("领域"):
        return text
    if all(j not in data_cols and j != cols.basic.get("level1") for j, _ in filled):
        return text
    return None


def _first_fault(grid: Grid, header, number: int, cols: _Columns) -> str:
    """“C列（二级事项）是公式，但…” for the first column read whose cell in the row reads as empty but is not."""
    for j in sorted({*cols.basic.values(), *cols.options, *cols.notes}):
        message = grid.fault_at(number, j)
        if message:
            return f"{header.column_label(j)}{message}（本行未导入）"
    return ""


def read_sheet(grid: Grid, known_areas: Sequence[str], out: CatalogFile) -> bool:
    """Read one sheet into `out`; False when the sheet holds no catalog header (e.g. a 说明 sheet)."""
    try:
        header = find_header(grid, (*BASIC_FIELDS, *OPTION_FIELDS), max_scan=20)
    except SheetError:
        return False
    cols = _classify(header, grid)
    if "level1" not in cols.basic:
        return False
    sheet = grid.sheet_name
    out.sheets.append(sheet)
    title = ""
    for r in range(header.first_row_index):
        texts = [_text(v) for v in grid.rows[r] if _text(v)]
        if texts:
            title = texts[0]
            break
    if title and not out.title:
        out.title = title
    for j, (group, label) in cols.options.items():
        if group in out.option_labels and label not in out.option_labels[group]:
            out.option_labels[group].append(label)
    for j in sorted(cols.notes):
        if cols.notes[j] not in out.extra_columns:
            out.extra_columns.append(cols.notes[j])

    default_area = _known_area(title, known_areas) or _known_area(sheet, known_areas)
    if not default_area and sheet and not _DEFAULT_SHEET.match(sheet.strip()):
        default_area = clean_area(sheet)
    area_col = cols.basic.get("area")
    current_area = default_area
    last_area_cell = ""
    last_level1 = ""
    rows = _filled_rows(grid, header.data_start)
    wide = _wide_merges(grid)
    header_level1 = header.columns[cols.basic["level1"]]
    for index in range(header.data_start, len(rows)):
        raw = rows[index]
        number = grid.row_number(index)
        cells = [_text(v) for v in raw]
        if not any(cells) or is_total_row(raw) or is_note_row(raw):
            continue
        if index - header.data_start < 2 and _is_annex([c for c in cells if c]):
            continue
        fault = _first_fault(grid, header, number, cols)
        if fault:
            out.problems.append(ReadProblem(sheet, number, fault))
            continue
        section = _section_text(cells, cols, wide.get(index, 0))
        if section is not None:
            current_area = clean_area(section) or current_area
            last_area_cell = last_level1 = ""
            continue
        values = {f.key: "" for f in BASIC_FIELDS} | {key: cells[col] for key, col in cols.basic.items()}
        get = values.__getitem__
        if get("level1") and normalize_header(get("level1")) == normalize_header(header_level1):
            continue  # the header repeated (printed page by page)
        area = current_area
        if area_col is not None:
            cell = clean_area(cells[area_col]) if cells[area_col] else last_area_cell
            if cell and cell != last_area_cell:
                last_level1 = ""
            if cell:
                area = last_area_cell = cell
        level1, level2 = get("level1"), get("level2")
        if not level1 and level2 and last_level1:
            level1 = last_level1
        if not level1:
            out.problems.append(ReadProblem(sheet, number, "没有一级事项，未导入；请填写一级事项"))
            continue
        last_level1 = level1
        if not area:
            out.problems.append(ReadProblem(
                sheet, number, f"“{level1}”找不到所属领域（表中没有“领域”列，也没有“一、涉农补贴”这样的分段行），未导入"))
            continue
        item = CatalogRow(sheet, number, area, level1, level2, get("content"), get("basis"), get("time_limit"),
                          get("subject"))
        if get("level3"):
            item.notes["三级事项"] = get("level3")
        if "channels" in cols.basic:
            item.channels, item.channel_other = parse_channels(get("channels"))
        channel_marks: list[str] = []
        for j, (group, label) in cols.options.items():
            checked, understood = is_checked(cells[j], label)
            if not understood:
                out.problems.append(ReadProblem(
                    sheet, number, f"{column_letter(j)}列（{label}）的“{cells[j]}”不是“√”，已按勾选处理，请核对"))
            if not checked:
                continue
            if group == "channel_options":
                channel_marks.append(label)
            else:
                getattr(item, group).append(label)
        if channel_marks:
            marked, other = parse_channels("、".join(channel_marks))
            item.channels = [c for c in CHANNELS_13 if c in set(item.channels) | set(marked)]
            item.channel_other = "、".join(t for t in (item.channel_other, other) if t)
        for j, key in cols.notes.items():
            if cells[j]:
                item.notes[key] = cells[j]
        out.rows.append(item)
    return True


def read_catalog(path: str | os.PathLike, sheet: str | int | None = None,
                 known_areas: Iterable[str] = ()) -> CatalogFile:
    """Read a county catalog: the given sheet, or every sheet that holds a catalog header."""
    path = Path(path)
    known = list(dict.fromkeys([*known_areas, *AREAS_26]))
    out = CatalogFile(path)
    if sheet is not None:
        grid = read_workbook(path, sheet)
        if not read_sheet(grid, known, out):
            raise SheetError(f"{grid.where()}中找不到标准目录的表头（应含“一级事项”“二级事项”“公开内容”等列名），"
                             "请确认选对了文件和工作表")
        return out
    names = sheet_names(path) or [None]
    for name in names:
        try:
            grid = read_workbook(path, name)
        except SheetError:
            if len(names) == 1:
                raise
            continue  # an empty sheet beside the catalog
        read_sheet(grid, known, out)
    if not out.sheets:
        raise SheetError(f"文件“{path.name}”中找不到标准目录的表头（应含“一级事项”“二级事项”“公开内容”等列名），"
                         "请确认选对了文件")
    return out
