"""Print, preview and PDF of a :class:`~gkdesk.io.document.Document` with Qt.

The document is set as :func:`gkdesk.io.layout.plan_page` decides, the same plan the .docx and the .xlsx follow:
type sizes for the paper, the columns' widths, and every line of the title, the header block, the table's cells
and header titles. This module measures the body paragraphs (justified, first line indented two characters, lines
of a fixed height), cuts everything into blocks (a line, a table row, a gap) and lets
:func:`gkdesk.io.layout.paginate` put them on pages:

- the table's header is repeated on every page that starts with a row, and no row is split or stretched: each
  row is as tall as its lines;
- the title keeps with what follows it, a paragraph leaves no single line at a page's foot or top;
- the closing block (the lines after the table, the room for the seal, the 落款 and its date) is kept together,
  with the table's last rows (:func:`gkdesk.io.layout.keep_rows`): it never stands alone on a page.

:func:`lay_out` returns the pages (what stands where, in device pixels) without painting; :func:`paint_document`
paints them on a QPdfWriter or a QPrinter (the print preview uses it too), with "— N —" under the text block
(GB/T 9704). The ruling is drawn once per boundary: each row draws the line under it, each page the column lines
from the header down.

Fonts are named explicitly (Windows would otherwise pick Japanese glyph forms): the installed GB/T 9704 faces
first, then the program's own face, then installed CJK faces for rarer characters (:mod:`gkdesk.gui.fonts`);
sizes in points. A document holding a character that no font can draw is refused before anything is painted
(:func:`ensure_printable`): it would print as a box. PDF text defects are handled so that search, copy and
pdftotext read what is printed: Noto's 'locl' feature is switched off (it turns "301X" into glyphs without text)
and the ToUnicode maps are corrected where Qt names a radical or variant (⼒ ⺠ 戶) for a glyph the document uses
as 力 民 户, and where Qt leaves a character outside the BMP (𬌗) without text (:func:`fix_pdf_to_unicode`).
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from PySide6.QtCore import QLineF, QMarginsF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QRawFont,
    QTextCharFormat,
    QTextLayout,
    QTextOption,
)
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

from gkdesk.gui import fonts
from gkdesk.gui.widgets.preview import label_print_button
from gkdesk.io.document import (
    PAGE_NUMBER_GAP_MM,
    Document,
    all_texts,
    ensure_public_safe,
    file_properties,
    find_character,
    replacing_file,
    signature_layout,
)
from gkdesk.io.layout import (
    ROW_PAD_EM,
    SPLIT_ROW_LINES,
    TABLE_LINE_EM,
    Block,
    Plan,
    checked_plan,
    keep_rows,
    paginate,
)

# Font families in order of preference; the installed ones come first, then the shipped face, then the installed
# FALLBACK_* faces (fonts.family_order). Qt falls back along the list for characters a face lacks.
FAMILIES_TITLE = ["方正小标宋简体", "方正小标宋_GBK", "FZXiaoBiaoSong-B05S"]
FAMILIES_FANGSONG = ["仿宋_GB2312", "FangSong_GB2312", "仿宋", "FangSong", "STFangsong"]
FAMILIES_SONG = ["宋体", "SimSun", "NSimSun", "Songti SC", "STSong"]
FAMILIES_HEI = ["黑体", "SimHei", "Microsoft YaHei", "PingFang SC"]
FALLBACK_SERIF = ["Noto Serif CJK SC", "Source Han Serif SC", "Noto Sans CJK SC", "SimSun", "宋体"]
FALLBACK_SANS = ["Noto Sans CJK SC", "Source Han Sans SC", "SimHei", "黑体"]

TABLE_BORDER_PT = 0.45          # the table's rules (0.16 mm)
SECTION_FILL = QColor(0xF2, 0xF2, 0xF2)   # a heading row across the table
CELL_PADDING_MM = 1.0           # a cell's text keeps this far from its left and right lines


def _installed(family: str) -> bool:
    return fonts.installed(family)


def _families(preferred: list[str], fallback: list[str]) -> list[str]:
    """The installed preferred families, the shipped face, then the installed fallbacks."""
    return fonts.family_order(preferred, fallback)


def _role_families() -> list[list[str]]:
    """The family lists of the title, the body, the table (and page number) and the table's header."""
    return [_families(FAMILIES_TITLE, FALLBACK_SERIF), _families(FAMILIES_FANGSONG, FALLBACK_SERIF),
            _families(FAMILIES_SONG, FALLBACK_SERIF), _families(FAMILIES_HEI, FALLBACK_SANS)]


def ensure_printable(doc: Document) -> None:
    """Raise UserError when a character of the document would print as a box (no font has it, or it is a
    private-use code), naming it and where it stands; nothing is painted then."""
    found = find_character(doc, fonts.unprintable(_role_families()))
    if found is not None:
        from gkdesk.services.errors import UserError

        ch, where = found
        raise UserError(fonts.describe_unprintable(ch, where if where == "标题" else f"{doc.title}{where}"))


def title_uses_fallback() -> bool:
    """Whether no 小标宋 is installed (then the title is set in a bold serif instead)."""
    return not any(_installed(f) for f in FAMILIES_TITLE)



def _no_localized_forms(font: QFont) -> None:
    """Switch off the OpenType 'locl' feature. Noto CJK substitutes digits next to a Latin letter ("301X", the
    end of a masked ID) with glyphs outside its character map, and Qt's PDF then has no text for them: a search
    or a copy of the PDF would lose the digits. The SC fonts show simplified-Chinese forms without it."""
    if hasattr(font, "setFeature"):
        font.setFeature(QFont.Tag("locl"), 0)


def _font(families: list[str], pt: float, bold: bool = False) -> QFont:
    font = QFont()
    font.setFamilies(families)
    font.setPointSizeF(pt)
    font.setBold(bold)
    _no_localized_forms(font)
    return font


@dataclass
class _Fonts:
    title: QFont
    head: QFont
    body: QFont
    cell: QFont
    cell_bold: QFont
    header: QFont
    page_number: QFont


def _fonts(plan: Plan) -> _Fonts:
    s = plan.sizes
    serif = _families(FAMILIES_SONG, FALLBACK_SERIF)
    fangsong = _families(FAMILIES_FANGSONG, FALLBACK_SERIF)
    return _Fonts(
        title=_font(_families(FAMILIES_TITLE, FALLBACK_SERIF), s.title_pt, bold=title_uses_fallback()),
        head=_font(fangsong, s.head_pt),
        body=_font(fangsong, s.body_pt),
        cell=_font(serif, s.table_pt),
        cell_bold=_font(serif, s.table_pt, bold=True),
        header=_font(_families(FAMILIES_HEI, FALLBACK_SANS), s.table_pt),
        page_number=_font(serif, s.page_number_pt),
    )


def table_font_pt(doc: Document) -> float:
    """The size of the table text, as the plan sets it for the page."""
    return checked_plan(doc).sizes.table_pt


# --- what is placed on the pages ------------------------------------------------------------------------------

class _Metrics:
    """Device pixels per point and per millimetre, and font metrics on the device."""

    def __init__(self, dpi: float, device) -> None:
        self.dpi, self.device = dpi, device
        self.pt, self.mm = dpi / 72.0, dpi / 25.4
        self._fonts: dict[str, QFontMetricsF] = {}

    def of(self, font: QFont) -> QFontMetricsF:
        key = font.key()
        fm = self._fonts.get(key)
        if fm is None:
            fm = self._fonts[key] = QFontMetricsF(font, self.device)
        return fm


def _baseline(metrics: QFontMetricsF, height: float) -> float:
    """The baseline of a line of ``height``: the text centred in it."""
    return (height - metrics.ascent() - metrics.descent()) / 2 + metrics.ascent()


@dataclass
class TextLine:
    """A line of the title, the header block or the 落款: ``right`` is the right indent (device px)."""

    kind: str
    text: str
    font: QFont
    align: str
    height: float
    right: float = 0.0
    left: float = 0.0

    def paint(self, painter: QPainter, top: float, width: float, m: _Metrics) -> None:
        fm = m.of(self.font)
        painter.setFont(self.font)
        advance = fm.horizontalAdvance(self.text)
        x = {"left": self.left, "center": (width - advance) / 2, "right": width - self.right - advance}[self.align]
        painter.drawText(QPointF(x, top + _baseline(fm, self.height)), self.text)


@dataclass
class ParagraphLine:
    """One line of a body paragraph: its text, where it starts, and the space added at each place where a CJK
    character meets its neighbour, so that the line is justified (两端对齐) without spreading a number or a
    word apart (Qt's own justification spaces the digits of 14460.00 as widely as the characters)."""

    kind: str
    text: str
    x: float
    height: float
    font: QFont
    spacing: float = 0.0       # added after each character that ends a justification gap

    def paint(self, painter: QPainter, top: float, width: float, m: _Metrics) -> None:
        fm = m.of(self.font)
        layout = QTextLayout(self.text, self.font, m.device)
        if self.spacing:
            formats = []
            for i in _gaps(self.text):
                fmt = QTextCharFormat()
                fmt.setFontLetterSpacingType(QFont.SpacingType.AbsoluteSpacing)
                fmt.setFontLetterSpacing(self.spacing * 96.0 / m.dpi)   # Qt counts it in pixels at 96 dpi
                fr = QTextLayout.FormatRange()
                fr.start, fr.length, fr.format = i, 1, fmt
                formats.append(fr)
            layout.setFormats(formats)
        layout.beginLayout()
        line = layout.createLine()
        line.setNumColumns(len(self.text))
        line.setPosition(QPointF(0, 0))
        layout.endLayout()
        line.draw(painter, QPointF(self.x, top + _baseline(fm, self.height) - line.ascent()))


def _latin(ch: str) -> bool:
    return ch.isascii() and not ch.isspace()


def _gaps(text: str) -> list[int]:
    """The characters after which a justified line may take extra space: between two characters of which one is
    CJK (or punctuation); never inside a run of digits or letters (14460.00, 0311-8123456)."""
    stripped = text.rstrip()
    return [i for i in range(len(stripped) - 1) if not (_latin(stripped[i]) and _latin(stripped[i + 1]))]


@dataclass
class Gap:
    kind: str
    height: float
    text: str = ""

    def paint(self, painter: QPainter, top: float, width: float, m: _Metrics) -> None:
        pass


@dataclass
class _TableGeometry:
    xs: list[float]                      # the column edges, left to right
    header_rows: list[float]             # the height of each header row
    merged: int                          # how many columns the total row's label spans
    rule: float

    @property
    def header_height(self) -> float:
        return sum(self.header_rows)


@dataclass
class TableRow:
    """A body row (or the total row) of the table: its cells' lines, drawn in the column boxes, and the line
    under it."""

    kind: str                            # "row" | "total"
    index: int
    cells: list[str]
    aligns: list[str]
    font: QFont
    height: float
    geometry: _TableGeometry
    line_height: float
    top_aligned: bool = False            # a part of a row broken across pages

    def paint(self, painter: QPainter, top: float, width: float, m: _Metrics) -> None:
        g = self.geometry
        fm = m.of(self.font)
        painter.setFont(self.font)
        line_h = self.line_height
        pad = CELL_PADDING_MM * m.mm
        boxes = list(zip(g.xs, g.xs[1:]))
        if self.kind == "section":
            painter.fillRect(QRectF(g.xs[0], top, g.xs[-1] - g.xs[0], self.height), SECTION_FILL)
            boxes, cells, aligns = [(g.xs[0], g.xs[-1])], self.cells[:1], ["left"]
        elif self.kind == "total" and g.merged > 1:
            boxes = [(g.xs[0], g.xs[g.merged])] + boxes[g.merged:]
            cells = [self.cells[0]] + self.cells[g.merged:]
            aligns = ["center"] + self.aligns[g.merged:]
        else:
            cells, aligns = self.cells, self.aligns
        advance = fm.horizontalAdvance
        for (x0, x1), text, align in zip(boxes, cells, aligns):
            if not text:
                continue
            lines = text.split("\n")
            pad = (self.height - len(lines) * line_h) / 2
            y = top + (min(pad, self.pad) if self.top_aligned else pad)
            for line in lines:
                if align == "left":
                    x = x0 + pad
                elif align == "right":
                    x = x1 - pad - advance(line)
                else:
                    x = (x0 + x1 - advance(line)) / 2
                painter.drawText(QPointF(x, y + _baseline(fm, line_h)), line)
                y += line_h
        painter.drawLine(QLineF(g.xs[0], top + self.height, g.xs[-1], top + self.height))

    @property
    def text(self) -> str:
        return "".join(self.cells)

    @property
    def pad(self) -> float:
        return self.font.pointSizeF() * ROW_PAD_EM / 2 * self.line_height / (self.font.pointSizeF() * TABLE_LINE_EM)


@dataclass
class TableHeader:
    """The table's header rows (with their spans), drawn where the table starts and at the top of every page that
    continues it."""

    kind: str
    cells: list[tuple[int, int, int, int, str]]   # row, col, rowspan, colspan, text
    font: QFont
    line_height: float
    geometry: _TableGeometry
    text: str = ""

    @property
    def height(self) -> float:
        return self.geometry.header_height

    def paint(self, painter: QPainter, top: float, width: float, m: _Metrics) -> None:
        g = self.geometry
        fm = m.of(self.font)
        painter.setFont(self.font)
        bounds = [top]
        for h in g.header_rows:
            bounds.append(bounds[-1] + h)
        lines: list[QLineF] = [QLineF(g.xs[0], top, g.xs[-1], top)]
        for row, col, rowspan, colspan, text in self.cells:
            x0, x1 = g.xs[col], g.xs[col + colspan]
            y0, y1 = bounds[row], bounds[row + rowspan]
            parts = text.split("\n")
            y = y0 + (y1 - y0 - len(parts) * self.line_height) / 2
            for part in parts:
                x = (x0 + x1 - fm.horizontalAdvance(part)) / 2
                painter.drawText(QPointF(x, y + _baseline(fm, self.line_height)), part)
                y += self.line_height
            lines.append(QLineF(x0, y1, x1, y1))
            if col:
                lines.append(QLineF(x0, y0, x0, y1))
        painter.drawLines(lines)


@dataclass
class Pages:
    """The document laid out on the device's pages: each page's blocks as (top, block), tops in device pixels
    from the top of the text block. The blocks are TextLine, ParagraphLine, TableHeader, TableRow and Gap; each
    has a ``kind`` (title, head, addressee, body, header, row, section, total, gap, after, seal, sig, note) and
    a ``height``."""

    plan: Plan
    width: float
    height: float
    pages: list[list[tuple[float, object]]]
    geometry: _TableGeometry | None
    metrics: _Metrics

    @property
    def count(self) -> int:
        return len(self.pages)

    def kinds(self, page: int) -> list[str]:
        return [block.kind for _top, block in self.pages[page]]


def _paragraph_lines(text: str, kind: str, font: QFont, width: float, indent: float, height: float,
                     m: _Metrics) -> list[ParagraphLine]:
    """A body paragraph broken into lines of ``width`` (the first indented by ``indent``), each but the last
    justified at the gaps :func:`_gaps` allows."""
    layout = QTextLayout(text, font, m.device)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    layout.beginLayout()
    first = True
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width - (indent if first else 0.0))
        first = False
    layout.endLayout()
    out = []
    count = layout.lineCount()
    for i in range(count):
        line = layout.lineAt(i)
        part = text[line.textStart():line.textStart() + line.textLength()]
        x = indent if i == 0 else 0.0
        spacing = 0.0
        gaps = len(_gaps(part))
        if i < count - 1 and gaps:
            spacing = max(0.0, (width - x - line.naturalTextWidth()) / gaps)
        out.append(ParagraphLine(kind, part.rstrip(), x, height, font, spacing))
    return out


def _paragraph_blocks(lines: list, keep_last: bool) -> list[Block]:
    """Blocks of a paragraph's lines: no single line at a page's foot (the first keeps with the second) or top
    (the one before the last keeps with it); ``keep_last``: the last line keeps with what follows."""
    n = len(lines)
    blocks = []
    for i, line in enumerate(lines):
        keep = (i == 0 and n > 1) or (i == n - 2) or (i == n - 1 and keep_last)
        blocks.append(Block(line.height, keep_with_next=keep, payload=line))
    return blocks


def lay_out(doc: Document, device) -> Pages:
    """``doc`` laid out on the pages of ``device`` (a QPdfWriter or QPrinter with its page layout set), not yet
    painted. Raises PrivacyError for a public document showing a full number and LayoutError for large print
    that does not fit the page."""
    ensure_public_safe(doc)
    plan = checked_plan(doc)
    s = plan.sizes
    res = float(device.resolution())
    m = _Metrics(res, device)
    rect = device.pageLayout().paintRectPixels(device.resolution())
    width, height = float(rect.width()), float(rect.height())
    fonts = _fonts(plan)
    pt = m.pt
    blocks: list[Block] = []

    def text_line(kind: str, text: str, font: QFont, align: str, line_pt: float, keep: bool,
                  right: float = 0.0, left: float = 0.0) -> None:
        blocks.append(Block(line_pt * pt, keep_with_next=keep, payload=TextLine(kind, text, font, align,
                                                                                 line_pt * pt, right, left)))

    for line in plan.title_lines:
        text_line("title", line, fonts.title, "center", s.title_line_pt, True)
    blocks.append(Block(s.body_line_pt * pt, keep_with_next=True, skip_at_top=True,
                        payload=Gap("gap", s.body_line_pt * pt)))
    align = doc.subtitle_align
    for line in plan.subtitle_lines:
        text_line("head", line, fonts.head, align, s.head_line_pt, True)
    indent = 2 * s.body_pt * pt
    if doc.addressee:   # 主送, flush left, a blank line under a header block
        if plan.subtitle_lines:
            blocks.append(Block(s.body_line_pt * pt, keep_with_next=True, skip_at_top=True,
                                payload=Gap("gap", s.body_line_pt * pt)))
        lines = _paragraph_lines(doc.addressee, "addressee", fonts.body, width, 0.0, s.body_line_pt * pt, m)
        blocks += [Block(line.height, keep_with_next=True, payload=line) for line in lines]
    for i, text in enumerate(doc.paragraphs_before):
        lines = _paragraph_lines(text, "body", fonts.body, width, indent, s.body_line_pt * pt, m)
        blocks += _paragraph_blocks(lines, keep_last=i == len(doc.paragraphs_before) - 1 and plan.table is not None)

    sig = signature_layout(doc)
    closing = bool(doc.paragraphs_after or sig)
    geometry = None
    if plan.table is not None:
        geometry = _table_blocks(plan, fonts, m, width, closing, blocks)
        if closing:
            gap = s.closing_gap_pt * pt
            blocks.append(Block(gap, keep_with_next=True, skip_at_top=True, payload=Gap("gap", gap)))
    for text in doc.paragraphs_after:
        lines = _paragraph_lines(text, "after", fonts.body, width, indent, s.body_line_pt * pt, m)
        blocks += [Block(line.height, keep_with_next=True, payload=line) for line in lines]
    if sig:
        room = s.signature_gap_pt(doc.seal_space) * pt
        blocks.append(Block(room, keep_with_next=True, payload=Gap("seal", room)))
        for k, (text, right_chars) in enumerate(sig):
            text_line("sig", text, fonts.body, "right", s.body_line_pt, k < len(sig) - 1 or bool(doc.notes),
                      right=right_chars * s.body_pt * pt)
    for k, note in enumerate(doc.notes):   # 附注 under the date, 居左空二字, on the page of the 落款
        text_line("note", note, fonts.body, "left", s.body_line_pt, k < len(doc.notes) - 1, left=indent)
    if blocks and not closing and plan.table is None:
        blocks[-1].keep_with_next = False

    header_height = geometry.header_height if geometry is not None else 0.0
    placed = paginate(blocks, height, header_height)
    pages: list[list[tuple[float, object]]] = [[] for _ in range(max((p for p, _t, _b in placed), default=0) + 1)]
    for page, top, block in placed:
        pages[page].append((top, block.payload))
    if geometry is not None:
        _repeat_headers(pages, blocks)
    return Pages(plan, width, height, pages, geometry, m)


def _table_blocks(plan: Plan, fonts: _Fonts, m: _Metrics, width: float, closing: bool,
                  blocks: list[Block]) -> _TableGeometry:
    """The table's header and rows as blocks; the last rows keep with the closing block."""
    t = plan.table
    s = plan.sizes
    pt = m.pt
    total_mm = sum(plan.widths_mm)
    xs = [0.0]
    for w in plan.widths_mm:
        xs.append(xs[-1] + w / total_mm * width)
    line_h = s.table_line_pt * pt
    head_rows = [s.row_height_pt(n) * pt for n in plan.header_lines]
    merged = t.total_label_span() if t.total_row is not None else 1
    geometry = _TableGeometry(xs, head_rows, merged, TABLE_BORDER_PT * pt)
    cells = [(c.row, c.col, c.rowspan, c.colspan, c.text) for c in t.header_layout()]
    blocks.append(Block(geometry.header_height, keep_with_next=True,
                        payload=TableHeader("header", cells, fonts.header, line_h, geometry)))
    aligns = [c.align for c in t.columns]
    bold = set(t.bold_rows)
    sections = set(t.section_rows)
    n = len(t.rows)
    keep_from = n - keep_rows(t) if closing else n + 1
    for i, (row, lines) in enumerate(zip(t.rows, plan.row_lines)):
        h = s.row_height_pt(lines) * pt
        kind = "section" if i in sections else "row"
        font = fonts.cell_bold if i in bold or i in sections else fonts.cell
        payload = TableRow(kind, i, row, aligns, font, h, geometry, line_h)
        block = Block(h, keep_with_next=i >= keep_from or i in sections, table_row=True, payload=payload)
        if lines > SPLIT_ROW_LINES:
            block.split = _row_splitter(block, s.table_pt * ROW_PAD_EM * pt)
        blocks.append(block)
    if t.total_row is not None:
        h = s.row_height_pt(plan.row_lines[-1]) * pt
        blocks.append(Block(h, keep_with_next=closing, table_row=True,
                            payload=TableRow("total", n, t.total_row, aligns, fonts.cell_bold, h, geometry,
                                             line_h)))
    return geometry


def _row_splitter(block: Block, pad: float):
    """How a tall row breaks across pages: the lines that fit (two at least) stay, the rest (two at least) go on
    under the repeated header; both parts set their lines from the top."""
    def split(room: float) -> tuple[Block, Block] | None:
        row: TableRow = block.payload
        cells = [c.split("\n") for c in row.cells]
        total = max(len(c) for c in cells)
        fit = int((room - pad) // row.line_height)
        if fit < 2 or total - fit < 2:
            return None
        parts = []
        for chosen in ([c[:fit] for c in cells], [c[fit:] for c in cells]):
            count = max(len(c) for c in chosen)
            h = count * row.line_height + pad
            payload = TableRow(row.kind, row.index, ["\n".join(c) for c in chosen], row.aligns, row.font, h,
                               row.geometry, row.line_height, top_aligned=True)
            parts.append(Block(h, keep_with_next=block.keep_with_next, table_row=True, payload=payload))
        rest = parts[1]
        if count > SPLIT_ROW_LINES:
            rest.split = _row_splitter(rest, pad)
        return parts[0], rest

    return split


def _repeat_headers(pages: list[list[tuple[float, object]]], blocks: list[Block]) -> None:
    """A page that starts with a table row gets the header above it."""
    header = next(b.payload for b in blocks if isinstance(b.payload, TableHeader))
    for page in pages[1:]:
        if page and isinstance(page[0][1], TableRow):
            page.insert(0, (0.0, header))


def _column_rules(page: list[tuple[float, object]], geometry: _TableGeometry) -> list[QLineF]:
    """The table's column lines on one page: from the top of its header (or first row) to the bottom of its last
    row, the lines inside the merged total label stopping above the total row."""
    parts = [(top, block) for top, block in page if isinstance(block, (TableHeader, TableRow))]
    if not parts:
        return []
    top = parts[0][0]
    if isinstance(parts[0][1], TableHeader):
        top += parts[0][1].height   # the header draws its own lines
        body = parts[1:]
    else:
        body = parts
    if not body:
        return []
    start = body[0][0]
    bottom = body[-1][0] + body[-1][1].height
    lines = []
    xs = geometry.xs
    lines.append(QLineF(xs[0], start, xs[0], bottom))
    lines.append(QLineF(xs[-1], start, xs[-1], bottom))
    # Inner lines run down the rows, stopping at a heading across the table and, inside the merged label, at the
    # total row.
    runs: list[tuple[float, float, int]] = []   # top, bottom, columns spanned by the first cell
    for t, b in body:
        spanned = len(xs) - 1 if b.kind == "section" else geometry.merged if b.kind == "total" else 1
        runs.append((t, t + b.height, spanned))
    for j, x in enumerate(xs[1:-1], 1):
        seg_start = None
        for t, b, spanned in runs:
            if j < spanned:
                if seg_start is not None and t > seg_start:
                    lines.append(QLineF(x, seg_start, x, t))
                seg_start = None
            elif seg_start is None:
                seg_start = t
        if seg_start is not None and bottom > seg_start:
            lines.append(QLineF(x, seg_start, x, bottom))
    header = parts[0][1] if isinstance(parts[0][1], TableHeader) else None
    if header is not None:
        lines.append(QLineF(xs[0], parts[0][0], xs[0], start))
        lines.append(QLineF(xs[-1], parts[0][0], xs[-1], start))
    return lines


# --- painting -------------------------------------------------------------------------------------------------

def page_layout(doc: Document) -> QPageLayout:
    page = doc.page
    size = QPageSize(QPageSize.PageSizeId.A3 if page.paper == "A3" else QPageSize.PageSizeId.A4)
    orientation = QPageLayout.Orientation.Landscape if page.landscape else QPageLayout.Orientation.Portrait
    top, bottom, left, right = page.margins_mm()
    return QPageLayout(size, orientation, QMarginsF(left, top, right, bottom), QPageLayout.Unit.Millimeter)


def paint_document(doc: Document, device, pages: Pages | None = None) -> int:
    """Lay ``doc`` out on the pages of ``device`` (a QPdfWriter or QPrinter, already set up with its page
    layout) and paint it; return the number of pages. The painter's origin is the top left of the text block;
    the page number goes 7 mm (A3: × √2) below it."""
    ensure_public_safe(doc)
    if pages is None or pages.metrics.dpi != float(device.resolution()):
        pages = lay_out(doc, device)
    m = pages.metrics
    m.device = device
    width, height = pages.width, pages.height
    s = pages.plan.sizes
    gap = PAGE_NUMBER_GAP_MM * s.scale * m.mm
    footer_height = s.page_number_pt * m.pt * 2
    pen = QPen(Qt.GlobalColor.black)
    pen.setWidthF(TABLE_BORDER_PT * m.pt)
    pen.setCapStyle(Qt.PenCapStyle.SquareCap)
    painter = QPainter()
    if not painter.begin(device):
        raise OSError("无法开始打印：打印机或输出文件不可用")
    try:
        painter.setPen(pen)
        for i, page in enumerate(pages.pages):
            if i and not device.newPage():
                raise OSError("无法开始新的一页：打印机或输出文件不可用")
            for top, block in page:
                block.paint(painter, top, width, m)
            if pages.geometry is not None:
                rules = _column_rules(page, pages.geometry)
                if rules:
                    painter.drawLines(rules)
            if doc.footer_page_numbers:
                painter.setFont(_font(_families(FAMILIES_SONG, FALLBACK_SERIF), s.page_number_pt))
                painter.drawText(QRectF(0, height + gap, width, footer_height),
                                 int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop), f"— {i + 1} —")
    finally:
        painter.end()
    return pages.count


def print_to_pdf(doc: Document, path) -> int:
    """Write ``doc`` as a PDF at ``path``; return the page count. Raises PrivacyError for a public document
    that shows a full number, UserError for a character no font can draw and LayoutError for large print that
    does not fit (then nothing is written); the file appears under its name only when complete."""
    ensure_public_safe(doc, metadata=file_properties(doc))
    ensure_printable(doc)
    checked_plan(doc)
    with replacing_file(path) as tmp:
        writer = QPdfWriter(str(tmp))
        writer.setResolution(600)
        writer.setTitle(doc.title)
        writer.setCreator("gkdesk")
        writer.setPageLayout(page_layout(doc))
        try:
            pages = paint_document(doc, writer)
        finally:
            del writer   # closes the file before it is moved (or removed)
        fix_pdf_to_unicode(tmp, doc)
    return pages


def make_printer(doc: Document) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(doc.title)
    printer.setPageLayout(page_layout(doc))
    return printer


def make_print_preview(doc: Document, parent=None, printer: QPrinter | None = None) -> QPrintPreviewDialog:
    """A print preview dialog whose pages (and whose 打印 button) use :func:`paint_document`."""
    ensure_public_safe(doc)
    ensure_printable(doc)
    checked_plan(doc)
    printer = printer or make_printer(doc)
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setWindowTitle(f"打印预览 — {doc.title}")
    dialog.printer_ref = printer   # keep the printer alive as long as the dialog
    cache: dict[tuple, Pages] = {}

    def paint(p: QPrinter) -> None:
        # The dialog repaints on zoom and page setup changes: reuse the pages while the page is the same.
        rect = p.pageLayout().paintRectPixels(p.resolution())
        key = (rect.width(), rect.height(), p.resolution())
        pages = cache.get(key)
        if pages is None:
            cache.clear()
            pages = cache[key] = lay_out(doc, p)
        paint_document(doc, p, pages)

    dialog.paintRequested.connect(paint)
    label_print_button(dialog)
    return dialog


def show_print_preview(doc: Document, parent=None) -> int:
    """Show the print preview modally; return the dialog's result."""
    dialog = make_print_preview(doc, parent)
    return dialog.exec()


# --- PDF text -------------------------------------------------------------------------------------------------

_CMAP_SECTION = re.compile(rb"begincmap.*?endcmap", re.DOTALL)
_CMAP_BLOCK = re.compile(rb"beginbf(range|char)(.*?)endbf(?:range|char)", re.DOTALL)
_HEX = re.compile(rb"<([0-9A-Fa-f]+)>")
_BFCHAR_PER_BLOCK = 100   # the most a ToUnicode block may hold


def _utf16_text(hex_digits: bytes) -> str:
    """The text of a ToUnicode value: UTF-16BE, four hex digits a unit (a surrogate pair takes eight)."""
    return bytes.fromhex(hex_digits.decode()).decode("utf-16-be", errors="replace")


def _read_to_unicode(section: bytes) -> dict[int, str]:
    """glyph id → text of a ToUnicode map: bfrange lines (<lo> <hi> <first> or <lo> <hi> [<v> …]) and bfchar
    lines (<id> <v>), as Qt and this module write them."""
    mapping: dict[int, str] = {}
    for block in _CMAP_BLOCK.finditer(section):
        for line in block.group(2).split(b"\n"):
            values = [m.group(1) for m in _HEX.finditer(line)]
            if block.group(1) == b"char" and len(values) == 2:
                mapping[int(values[0], 16)] = _utf16_text(values[1])
            elif block.group(1) == b"range" and len(values) >= 3:
                lo, hi = int(values[0], 16), int(values[1], 16)
                if b"[" in line:
                    mapping.update((lo + k, _utf16_text(v)) for k, v in enumerate(values[2:hi - lo + 3]))
                else:   # consecutive: the last unit counts up
                    first = _utf16_text(values[2])
                    mapping.update((lo + k, first[:-1] + chr(ord(first[-1]) + k)) for k in range(hi - lo + 1))
    return mapping


def _write_to_unicode(section: bytes, mapping: dict[int, str]) -> bytes:
    """The CMap section with its mappings written again as bfchar blocks (UTF-16, so that characters outside the
    BMP have their surrogate pairs)."""
    head = section[:section.index(b"endcodespacerange") + len(b"endcodespacerange\n")]
    entries = [f"<{gid:04X}> <{text.encode('utf-16-be').hex().upper()}>\n".encode()
               for gid, text in sorted(mapping.items()) if text and text != "\0"]
    body = b""
    for start in range(0, len(entries), _BFCHAR_PER_BLOCK):
        chunk = entries[start:start + _BFCHAR_PER_BLOCK]
        body += b"%d beginbfchar\n" % len(chunk) + b"".join(chunk) + b"endbfchar\n"
    return head + body + b"endcmap"


def _document_characters(doc: Document) -> list[str]:
    return sorted({ch for text in all_texts(doc) for ch in text} | set("— 0123456789"))


def _role_raw_fonts() -> list[QRawFont]:
    """The first font of each role's families, regular and bold (Qt may embolden)."""
    raws = []
    for fams in _role_families():
        for bold in (False, True):
            font = QFont()
            font.setFamilies(fams)
            font.setPointSizeF(12)
            font.setBold(bold)
            raw = QRawFont.fromFont(font)
            if raw.isValid():
                raws.append(raw)
    return raws


def _glyphs(raw: QRawFont, chars: list[str]) -> list[int]:
    glyphs = list(raw.glyphIndexesForString("".join(chars)))
    if len(glyphs) != len(chars):   # one glyph per code point, surrogate pairs included; else one by one
        glyphs = [(list(raw.glyphIndexesForString(ch)) or [0])[0] for ch in chars]
    return glyphs


def _shared_glyph_map(used: list[str], codes: set[int], raws: list[QRawFont]) -> dict[int, int]:
    """For code points the PDF claims but the document does not contain, the document's character drawn with
    the same glyph: Qt maps a glyph back to the lowest BMP code point using it, and CJK fonts share glyphs between
    力 and the Kangxi radical ⼒ (U+2F12), 民 and ⺠ (U+2EA0), 户 and 戶 (U+6236) …; in the shipped face a
    character outside the BMP (𬌗) is reached from a private-use code (packaging/make_font.py)."""
    used_set = set(used)
    foreign = sorted(chr(c) for c in codes if chr(c) not in used_set)
    if not foreign:
        return {}
    mapping: dict[int, int] = {}
    for raw in raws:
        glyph_of = dict(zip(_glyphs(raw, used), used))
        glyph_of.pop(0, None)
        for ch, glyph in zip(foreign, _glyphs(raw, foreign)):
            if glyph and glyph in glyph_of:
                mapping.setdefault(ord(ch), ord(glyph_of[glyph]))
    for ch in foreign:   # Kangxi radicals have a compatibility decomposition to the ideograph
        norm = unicodedata.normalize("NFKC", ch)
        if ord(ch) not in mapping and norm != ch and len(norm) == 1 and norm in used_set:
            mapping[ord(ch)] = ord(norm)
    return mapping


def _base_font_of(data: bytes, section_start: int) -> bytes:
    """The /BaseFont of the font whose ToUnicode stream holds the CMap starting at ``section_start``."""
    obj = re.compile(rb"(\d+) 0 obj")
    starts = [m for m in obj.finditer(data, max(0, section_start - 4096), section_start)]
    if not starts:
        return b""
    ref = data.find(b"/ToUnicode " + starts[-1].group(1) + b" 0 R")
    name = re.search(rb"/BaseFont /([^\s/>]+)", data[data.rfind(b" 0 obj", 0, ref):ref]) if ref >= 0 else None
    return name.group(1) if name else b""


def _stream_length_span(data: bytes, section_start: int) -> tuple[int, int] | None:
    """Where the direct /Length value of the stream that holds ``section_start`` stands."""
    at = data.rfind(b"/Length ", 0, section_start)
    stream = data.rfind(b"stream", 0, section_start)
    if at < 0 or stream < at or data.rfind(b"endstream", at, section_start) >= 0:
        return None
    digits = re.match(rb"\d+", data[at + len(b"/Length "):])
    return (at + len(b"/Length "), at + len(b"/Length ") + digits.end()) if digits else None


def _apply_edits(data: bytes, edits: list[tuple[int, int, bytes]]) -> bytes:
    """Replace ``data[start:end]`` by each new text, then move the offsets of the cross-reference table and of
    startxref by what the edits before them added or took away (Qt writes one classic xref table)."""
    edits = sorted(edits)
    out = bytearray()
    last = 0
    for start, end, new in edits:
        out += data[last:start] + new
        last = end
    out += data[last:]

    def moved(offset: int) -> int:
        return offset + sum(len(new) - (end - start) for start, end, new in edits if end <= offset)

    tail = re.search(rb"startxref\s+(\d+)\s+%%EOF\s*$", out)
    if tail is None:
        raise ValueError("PDF without startxref")
    xref = moved(int(tail.group(1)))
    if out[xref:xref + 4] != b"xref":
        raise ValueError("PDF without a classic xref table")
    pos = xref + 4
    while True:
        section = re.match(rb"\s*(\d+) (\d+)[ \t]*\r?\n", out[pos:pos + 64])
        if section is None:
            break
        pos += section.end()
        for _ in range(int(section.group(2))):
            entry = out[pos:pos + 20]
            if entry[17:18] == b"n":
                out[pos:pos + 10] = b"%010d" % moved(int(entry[:10]))
            pos += 20
    out[tail.start(1):tail.end(1)] = b"%d" % xref
    return bytes(out)


def pdf_text_characters(data: bytes) -> set[str]:
    """The characters a PDF written here gives back when copied: those of its ToUnicode maps."""
    return {text for sec in _CMAP_SECTION.finditer(data) for text in _read_to_unicode(sec.group(0)).values()}


def fix_pdf_to_unicode(path, doc: Document) -> bool:
    """Make the PDF's text (search, copy, pdftotext) read as the document does. In each ToUnicode map, a code
    point the document does not use is replaced by the document's character with the same glyph (see
    :func:`_shared_glyph_map`); in the shipped face's map that also brings back the characters outside the BMP,
    written as UTF-16 surrogate pairs. The maps that change are written again as bfchar blocks, with their
    stream lengths and the cross-reference offsets moved to match. Returns whether anything changed."""
    with open(path, "rb") as fh:
        data = fh.read()
    used = _document_characters(doc)
    shipped: list[QRawFont] | None = None
    roles: list[QRawFont] | None = None
    edits: list[tuple[int, int, bytes]] = []
    for sec in _CMAP_SECTION.finditer(data):
        current = _read_to_unicode(sec.group(0))
        if fonts.SHIPPED_POSTSCRIPT_NAME.encode() in _base_font_of(data, sec.start()):
            if shipped is None:
                shipped = [QRawFont.fromFont(QFont(fonts.SHIPPED_FAMILY))]
            raws = shipped
        else:
            if roles is None:
                roles = _role_raw_fonts()
            raws = roles
        codes = {ord(text) for text in current.values() if len(text) == 1}
        mapping = _shared_glyph_map(used, codes, raws)
        fixed = {gid: chr(mapping[ord(text)]) if len(text) == 1 and ord(text) in mapping else text
                 for gid, text in current.items()}
        if fixed == current:
            continue
        length = _stream_length_span(data, sec.start())
        if length is None:
            continue
        new = _write_to_unicode(sec.group(0), fixed)
        edits.append((sec.start(), sec.end(), new))
        old_length = int(data[length[0]:length[1]])
        edits.append((length[0], length[1], b"%d" % (old_length + len(new) - len(sec.group(0)))))
    if not edits:
        return False
    out = _apply_edits(data, edits)
    with open(path, "wb") as fh:
        fh.write(out)
    return True
