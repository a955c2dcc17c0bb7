"""Print, preview and PDF of a :class:`~gkdesk.io.document.Document` with Qt.

:func:`build_text_document` turns the document into one QTextDocument (an HTML string inserted in one call);
:func:`paint_document` lays it out on the pages of a QPdfWriter or QPrinter (page = the text block inside the
margins) and paints it page by page with QPainter (translate + clip per page, as QTextDocument::print does),
adding "— N —" 7 mm below the text block (GB/T 9704). The table's header rows repeat on every page
(QTextTableFormat.headerRowCount, from <thead>); the 落款 is kept on one page. The same routine serves
:func:`print_to_pdf` and the print preview (:func:`make_print_preview`, :func:`show_print_preview`).

Speed (5,000 rows ≈ 150 pages): the text is laid out once (the layout gets its device and page size before the
content goes in) and the table's ruling is drawn as a few lines per page (:class:`_Grid`) instead of Qt's four
borders per cell, which alone cost a third of the painting time.

Fonts are named explicitly with fallbacks (Windows would otherwise pick Japanese glyph forms): the GB/T 9704
names first, then the Windows names, then Noto CJK SC (Debian/UOS/麒麟: fonts-noto-cjk); sizes in points.
Two PDF text defects are handled so that search, copy and pdftotext read what is printed: Noto's 'locl'
feature is switched off (it turns "301X" into glyphs without text) and the ToUnicode maps are corrected where
Qt names a radical or variant (⼒ ⺠ 戶) for a glyph the document uses as 力 民 户 (:func:`fix_pdf_to_unicode`).
"""
from __future__ import annotations

import re
import unicodedata
from functools import cache
from xml.sax.saxutils import escape

from PySide6.QtCore import QLineF, QMarginsF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QFont,
    QFontDatabase,
    QFontMetricsF,
    QPageLayout,
    QPageSize,
    QPainter,
    QPalette,
    QPdfWriter,
    QPen,
    QRawFont,
    QTextBlockFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextTable,
)
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

from gkdesk.io.document import (
    BODY_LINE_PT,
    BODY_PT,
    HEADER_BLOCK_PT,
    PAGE_NUMBER_GAP_MM,
    PAGE_NUMBER_PT,
    SEAL_BLANK_LINES,
    TITLE_PT,
    Document,
    all_texts,
    ensure_public_safe,
    replacing_file,
    signature_layout,
)

# Font families in order of preference; Qt takes the first installed one and falls back along the list for
# characters it lacks.
FAMILIES_TITLE = ["方正小标宋简体", "方正小标宋_GBK", "FZXiaoBiaoSong-B05S"]
FAMILIES_FANGSONG = ["仿宋_GB2312", "FangSong_GB2312", "仿宋", "FangSong", "STFangsong"]
FAMILIES_SONG = ["宋体", "SimSun", "NSimSun", "Songti SC", "STSong"]
FAMILIES_HEI = ["黑体", "SimHei", "Microsoft YaHei", "PingFang SC"]
FALLBACK_SERIF = ["Noto Serif CJK SC", "Source Han Serif SC", "Noto Sans CJK SC", "SimSun", "宋体"]
FALLBACK_SANS = ["Noto Sans CJK SC", "Source Han Sans SC", "SimHei", "黑体"]

TABLE_CELL_PADDING_PX = 2.0     # CSS px (1/96 in); Qt scales them to the device
TABLE_BORDER_PX = 0.6


def _px(pt: float) -> float:
    """Points to the CSS pixels (1/96 inch) that QTextDocument lengths are given in."""
    return pt * 96.0 / 72.0


@cache
def _installed(family: str) -> bool:
    return family in set(QFontDatabase.families())


def _families(preferred: list[str], fallback: list[str]) -> list[str]:
    """Installed preferred families first, then the fallbacks (the list is also kept for other machines)."""
    seen: list[str] = []
    for name in preferred + fallback:
        if name not in seen:
            seen.append(name)
    return sorted(seen, key=lambda name: not _installed(name))


def _css_families(families: list[str]) -> str:
    return ", ".join(f"'{f}'" for f in families)


def title_uses_fallback() -> bool:
    """Whether no 小标宋 is installed (then the title is set in a bold serif instead)."""
    return not any(_installed(f) for f in FAMILIES_TITLE)


def _line_spacing_ratio(families: list[str], pt: float) -> float:
    font = QFont()
    font.setFamilies(families)
    font.setPointSizeF(pt)
    return QFontMetricsF(font).lineSpacing() / (pt * 96.0 / 72.0)


def _stylesheet(doc: Document) -> str:
    table_pt = doc.page.table_pt()
    title_weight = "bold" if title_uses_fallback() else "normal"
    serif = _families(FAMILIES_SONG, FALLBACK_SERIF)
    # Noto CJK has a line spacing of 1.44 em, which makes table rows a third taller than in 宋体; bring it to
    # about 1.2 em.
    ratio = _line_spacing_ratio(serif, table_pt)
    cell_line = f" line-height: {100 * 1.2 / ratio:.0f}%;" if ratio > 1.3 else ""
    return f"""
body {{ font-family: {_css_families(_families(FAMILIES_FANGSONG, FALLBACK_SERIF))}; font-size: {BODY_PT}pt; }}
p.title {{ font-family: {_css_families(_families(FAMILIES_TITLE, FALLBACK_SERIF))}; font-size: {TITLE_PT}pt;
          font-weight: {title_weight}; margin-top: 0; margin-bottom: {_px(BODY_LINE_PT):.2f}px; }}
p.head {{ font-size: {HEADER_BLOCK_PT}pt; margin: 0; line-height: {_px(HEADER_BLOCK_PT * 1.75):.2f}px; }}
p.body {{ margin: 0; line-height: {_px(BODY_LINE_PT):.2f}px; }}
p.sig {{ margin: 0; line-height: {_px(BODY_LINE_PT):.2f}px; }}
td {{ font-family: {_css_families(serif)}; font-size: {table_pt}pt;{cell_line} }}
th {{ font-family: {_css_families(_families(FAMILIES_HEI, FALLBACK_SANS))}; font-size: {table_pt}pt;
      font-weight: normal;{cell_line} }}
"""


def _cell_text(text: str) -> str:
    return escape(text).replace("\n", "<br/>")


def document_html(doc: Document, dpi: float = 96.0, grid: bool = True) -> str:
    """The HTML for :func:`build_text_document` (fonts come from its default style sheet). Horizontal indents
    are in device pixels at ``dpi`` (QTextDocument does not scale those to the paint device, unlike vertical
    lengths); ``grid=False`` leaves the table without borders for :func:`paint_document` to draw."""
    def dev(pt: float) -> str:
        return f"{pt / 72.0 * dpi:.1f}px"

    body_p = f'<p class="body" align="justify" style="text-indent: {dev(2 * BODY_PT)}">'
    out: list[str] = ["<html><body>"]
    out.append(f'<p class="title" align="center">{_cell_text(doc.title)}</p>')
    align = {"left": "", "center": ' align="center"', "right": ' align="right"'}[doc.subtitle_align]
    for line in doc.subtitle_lines:
        out.append(f'<p class="head"{align}>{_cell_text(line)}</p>')
    for text in doc.paragraphs_before:
        out.append(f"{body_p}{_cell_text(text)}</p>")
    t = doc.table
    if t is not None:
        # Digits of Noto CJK / 宋体 are 0.5–0.56 em wide; cell padding is 2 × 2 px.
        widths = t.column_widths_mm(doc.page.text_width_mm(), doc.page.table_pt(), padding_mm=1.6, digit_em=0.57)
        total = sum(widths)
        pct = [100.0 * w / total for w in widths]
        border = (f'border="{TABLE_BORDER_PX:g}" style="border-style: solid; border-color: #000000"' if grid
                  else 'border="0"')
        out.append(f'<table width="100%" {border} cellspacing="0" cellpadding="{TABLE_CELL_PADDING_PX:g}"><thead>')
        nhead = t.header_row_count
        by_row: list[list[str]] = [[] for _ in range(nhead)]
        for hc in t.header_layout():
            attrs = ""
            if hc.colspan > 1:
                attrs += f' colspan="{hc.colspan}"'
            if hc.rowspan > 1:
                attrs += f' rowspan="{hc.rowspan}"'
            if hc.colspan == 1:
                attrs += f' width="{pct[hc.col]:.2f}%"'
            by_row[hc.row].append(f'<th align="center" valign="middle"{attrs}>{_cell_text(hc.text)}</th>')
        for cells in by_row:
            out.append("<tr>" + "".join(cells) + "</tr>")
        out.append("</thead>")
        opens = [
            "<td" + ("" if c.align == "left" else f' align="{c.align}"') + ' valign="middle">' for c in t.columns
        ]
        append = out.append
        for row in t.rows:
            append("<tr>")
            for open_tag, text in zip(opens, row):
                if "\n" in text or "&" in text or "<" in text or ">" in text:
                    text = _cell_text(text)
                append(f"{open_tag}{text}</td>")
            append("</tr>")
        if t.total_row is not None:
            append("<tr>" + "".join(f"{o}<b>{_cell_text(x)}</b></td>" for o, x in zip(opens, t.total_row))
                   + "</tr>")
        out.append("</table>")
        if doc.paragraphs_after or doc.signature_lines or doc.signature_date:
            out.append(f'<p class="sig" style="line-height: {_px(BODY_LINE_PT / 2):.2f}px">&nbsp;</p>')
    for text in doc.paragraphs_after:
        out.append(f"{body_p}{_cell_text(text)}</p>")
    sig = signature_layout(doc)
    if sig:
        for _ in range(SEAL_BLANK_LINES if doc.seal_space else 1):
            out.append('<p class="sig">&nbsp;</p>')
        for text, right_chars in sig:
            out.append(f'<p class="sig" align="right" style="margin-right: {dev(right_chars * BODY_PT)}">'
                       f"{_cell_text(text)}</p>")
    out.append("</body></html>")
    return "".join(out)


def _no_localized_forms(font: QFont) -> None:
    """Switch off the OpenType 'locl' feature. Noto CJK substitutes digits next to a Latin letter ("301X", the
    end of a masked ID) with glyphs outside its character map, and Qt's PDF then has no text for them: a search
    or a copy of the PDF would lose the digits. The SC fonts show simplified-Chinese forms without it."""
    if hasattr(font, "setFeature"):
        font.setFeature(QFont.Tag("locl"), 0)


def _new_text_document(doc: Document) -> QTextDocument:
    td = QTextDocument()
    td.setUndoRedoEnabled(False)
    td.setDocumentMargin(0)
    base = QFont()
    base.setFamilies(_families(FAMILIES_FANGSONG, FALLBACK_SERIF))
    base.setPointSizeF(BODY_PT)
    _no_localized_forms(base)
    td.setDefaultFont(base)
    td.setDefaultStyleSheet(_stylesheet(doc))
    td.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, doc.title)
    return td


def build_text_document(doc: Document, device=None, grid: bool = True) -> QTextDocument:
    """The document as a QTextDocument. With ``device`` (a QPdfWriter or QPrinter with its page layout set),
    it is laid out on that device's pages: page size = the text block, fonts at the device's resolution.
    Without, it is set up for the screen at 96 dpi with the page size of ``doc.page``.

    The layout gets its device and page size before the HTML goes in (QTextCursor.insertHtml parses into a
    fragment and inserts it in one piece), so the text is laid out once; QTextDocument.setHtml into a laid-out
    document, or changing the device afterwards, lays it out two or three times."""
    ensure_public_safe(doc)
    if device is not None:
        dpi = float(device.resolution())
        rect = device.pageLayout().paintRectPixels(device.resolution())
        size = QSizeF(rect.width(), rect.height())
    else:
        dpi = 96.0
        size = QSizeF(doc.page.text_width_mm() / 25.4 * dpi, doc.page.text_height_mm() / 25.4 * dpi)
    td = _new_text_document(doc)
    if device is not None:
        td.documentLayout().setPaintDevice(device)
    td.setPageSize(size)
    QTextCursor(td).insertHtml(document_html(doc, dpi, grid))
    td.setProperty("gkdesk_dpi", dpi)
    td.setProperty("gkdesk_grid", grid)
    if device is not None:
        _keep_signature_together(td, doc)
    if doc.table is not None:
        table = _first_table(td)
        if table is not None and table.format().headerRowCount() != doc.table.header_row_count:
            fmt = table.format()
            fmt.setHeaderRowCount(doc.table.header_row_count)
            table.setFormat(fmt)
    return td


def _keep_signature_together(td: QTextDocument, doc: Document) -> None:
    """The 落款 (unit names and date) must not be split across pages nor stand on a page without text above it:
    then the last paragraph moves to the next page with it (or, after a table, the seal room does)."""
    nsig = len(signature_layout(doc))
    if not nsig:
        return
    blanks = SEAL_BLANK_LINES if doc.seal_space else 1
    last = td.lastBlock()
    first = last
    for _ in range(nsig - 1):
        first = first.previous()
    before = first
    for _ in range(blanks + 1):
        before = before.previous()   # the last paragraph (or the gap under the table)
    layout = td.documentLayout()
    height = td.pageSize().height()

    def page(block, edge: str = "top") -> int:
        # From the lines, not blockBoundingRect: a line that would cross the page's foot is moved to the next
        # page inside its block, and the block's rectangle does not show it.
        rect = layout.blockBoundingRect(block)   # lays the block out
        lines = block.layout()
        if not lines.lineCount():
            return int((rect.top() if edge == "top" else rect.bottom() - 1) // height)
        line = lines.lineAt(0 if edge == "top" else lines.lineCount() - 1)
        y = lines.position().y() + line.y() + (0 if edge == "top" else line.height() - 1)
        return int(y // height)

    if page(first) == page(last, "bottom") == page(before, "bottom"):
        return
    target = before if doc.paragraphs_after else before.next()
    fmt = QTextBlockFormat()
    fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
    QTextCursor(target).mergeBlockFormat(fmt)


def _first_table(td: QTextDocument) -> QTextTable | None:
    for frame in td.rootFrame().childFrames():
        if isinstance(frame, QTextTable):
            return frame
    return None


# --- painting -------------------------------------------------------------------------------------------------

def page_layout(doc: Document) -> QPageLayout:
    page = doc.page
    size = QPageSize(QPageSize.PageSizeId.A3 if page.paper == "A3" else QPageSize.PageSizeId.A4)
    orientation = QPageLayout.Orientation.Landscape if page.landscape else QPageLayout.Orientation.Portrait
    top, bottom, left, right = page.margins_mm()
    return QPageLayout(size, orientation, QMarginsF(left, top, right, bottom), QPageLayout.Unit.Millimeter)


class _Grid:
    """The table's ruling, measured from the laid-out cells and drawn page by page. Qt's own cell borders cost
    a third of the painting time of a long list; ruling lines drawn per page cost next to nothing."""

    def __init__(self, td: QTextDocument, doc: Document, page_height: float):
        self.page_height = page_height
        self.lines_by_page: dict[int, list[QLineF]] = {}
        table = _first_table(td)
        model = doc.table
        if table is None or model is None:
            return
        layout = td.documentLayout()
        scale = float(td.property("gkdesk_dpi") or 96.0) / 96.0   # CSS px -> device px
        pad = TABLE_CELL_PADDING_PX * scale
        ncols = len(model.columns)
        placed = model.header_layout()
        block = table.cellAt(0, 0).firstCursorPosition().block()
        header_rects: list[QRectF] = []
        for _ in placed:
            header_rects.append(layout.blockBoundingRect(block))
            block = block.next()
        nbody = len(model.rows) + (1 if model.total_row is not None else 0)
        # A row is as tall as its tallest cell, and (cells being centred vertically) that cell's text starts
        # highest. Numbers never wrap (their columns are made wide enough), so one of them and the text
        # columns, which may wrap, decide the row's extent.
        measured = [c == 0 or col.kind == "text" for c, col in enumerate(model.columns)]
        rows: list[tuple[float, float]] = []   # top, bottom of each body row
        first_row_rects: list[QRectF] = []
        blockBoundingRect = layout.blockBoundingRect
        for r in range(nbody):
            top = bottom = None
            for c in range(ncols):
                if r == 0:
                    rect = blockBoundingRect(block)
                    first_row_rects.append(rect)
                elif measured[c]:
                    rect = blockBoundingRect(block)
                else:
                    block = block.next()
                    continue
                block = block.next()
                t, b = rect.top(), rect.bottom()
                if top is None or t < top:
                    top = t
                if bottom is None or b > bottom:
                    bottom = b
            rows.append((top - pad, bottom + pad))

        frame = layout.frameBoundingRect(table)
        if first_row_rects:
            xs = [first_row_rects[0].left() - pad] + [r.right() + pad for r in first_row_rects]
        else:
            fr = model.width_fractions()
            xs = [frame.left()]
            for f in fr:
                xs.append(xs[-1] + f * frame.width())

        # Header rows: boundaries from the cells that span one row.
        nhead = model.header_row_count
        head_top = min(r.top() for r in header_rects) - pad
        head_bottom = max(r.bottom() for r in header_rects) + pad
        bounds = [head_top] + [0.0] * nhead
        bounds[nhead] = head_bottom
        for i in range(1, nhead):
            ends = [header_rects[k].bottom() + pad for k, hc in enumerate(placed) if hc.row == i - 1
                    and hc.rowspan == 1]
            bounds[i] = max(ends) if ends else head_top + (head_bottom - head_top) * i / nhead
        header_cells = [QRectF(QPointF(xs[hc.col], bounds[hc.row]),
                               QPointF(xs[hc.col + hc.colspan], bounds[hc.row + hc.rowspan])) for hc in placed]

        H = page_height
        first_page = int(head_top // H)
        head_height = head_bottom - head_top
        edge = TABLE_BORDER_PX * scale / 2.0
        # Qt keeps a row on one page when it can, but breaks a row taller than the space left (long texts in a
        # catalog): its part on the next page starts under the repeated header; each part gets closed lines.
        pieces: dict[int, list[tuple[float, float]]] = {}
        for top, bottom in rows:
            p0, p1 = int((top + 0.5) // H), int((bottom - 0.5) // H)
            for page in range(p0, max(p0, p1) + 1):
                piece_top = top if page == p0 else page * H + head_height
                piece_bottom = bottom if page == p1 or p1 < p0 else (page + 1) * H - edge
                pieces.setdefault(page, []).append((piece_top, piece_bottom))
        for page in sorted(set(pieces) | {first_page}):
            lines: list[QLineF] = []
            offset = 0.0 if page == first_page else page * H - head_top   # Qt repeats the header at the top
            for cell in header_cells:
                cell = cell.translated(0, offset)
                lines += [QLineF(cell.topLeft(), cell.topRight()), QLineF(cell.bottomLeft(), cell.bottomRight()),
                          QLineF(cell.topLeft(), cell.bottomLeft()), QLineF(cell.topRight(), cell.bottomRight())]
            body = pieces.get(page, [])
            if body:
                for top, bottom in body:
                    lines.append(QLineF(xs[0], top, xs[-1], top))
                    lines.append(QLineF(xs[0], bottom, xs[-1], bottom))
                seg_top = min(top for top, _ in body)
                seg_bottom = max(bottom for _, bottom in body)
                for x in xs:
                    lines.append(QLineF(x, seg_top, x, seg_bottom))
            self.lines_by_page[page] = lines

    def draw(self, painter: QPainter, page: int) -> None:
        lines = self.lines_by_page.get(page)
        if lines:
            painter.drawLines(lines)


def paint_document(doc: Document, device, text_document: QTextDocument | None = None) -> int:
    """Lay ``doc`` out on the pages of ``device`` (a QPdfWriter or QPrinter, already set up with its page
    layout) and paint it; return the number of pages. The painter's origin is the top left of the text block;
    the page number goes 7 mm below it."""
    ensure_public_safe(doc)
    res = device.resolution()
    td = text_document
    if td is None or td.property("gkdesk_dpi") != float(res):
        td = build_text_document(doc, device, grid=False)
    rect = device.pageLayout().paintRectPixels(res)
    width, height = float(rect.width()), float(rect.height())
    layout = td.documentLayout()
    if layout.paintDevice() is not device:
        layout.setPaintDevice(device)
    if td.pageSize() != QSizeF(width, height):
        td.setPageSize(QSizeF(width, height))
    pages = td.pageCount()
    grid = None if td.property("gkdesk_grid") else _Grid(td, doc, height)

    footer_font = QFont()
    footer_font.setFamilies(_families(FAMILIES_SONG, FALLBACK_SERIF))
    footer_font.setPointSizeF(PAGE_NUMBER_PT)
    _no_localized_forms(footer_font)
    gap = PAGE_NUMBER_GAP_MM / 25.4 * res
    footer_rect_height = PAGE_NUMBER_PT / 72.0 * res * 2
    pen = QPen(Qt.GlobalColor.black)
    pen.setWidthF(TABLE_BORDER_PX * res / 96.0)
    pen.setCapStyle(Qt.PenCapStyle.SquareCap)

    ctx = QAbstractTextDocumentLayout.PaintContext()
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Text, Qt.GlobalColor.black)
    ctx.palette = palette

    painter = QPainter()
    if not painter.begin(device):
        raise OSError("无法开始打印：打印机或输出文件不可用")
    try:
        painter.setFont(footer_font)
        painter.setPen(pen)
        for i in range(pages):
            if i and not device.newPage():
                raise OSError("无法开始新的一页：打印机或输出文件不可用")
            top = i * height
            view = QRectF(0, top, width, height)
            painter.save()
            painter.translate(0, -top)
            painter.setClipRect(view)
            ctx.clip = view
            layout.draw(painter, ctx)
            if grid is not None:
                grid.draw(painter, i)
            painter.restore()
            if doc.footer_page_numbers:
                painter.drawText(QRectF(0, height + gap, width, footer_rect_height),
                                 int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop),
                                 f"— {i + 1} —")
    finally:
        painter.end()
    return pages


def print_to_pdf(doc: Document, path) -> int:
    """Write ``doc`` as a PDF at ``path``; return the page count. Raises PrivacyError for a public document
    that shows a full number (then nothing is written); the file appears under its name only when complete."""
    ensure_public_safe(doc)
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
    printer = printer or make_printer(doc)
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setWindowTitle(f"打印预览 — {doc.title}")
    dialog.printer_ref = printer   # keep the printer alive as long as the dialog
    cache: dict[tuple, QTextDocument] = {}

    def paint(p: QPrinter) -> None:
        # The dialog repaints on zoom and page setup changes: reuse the laid-out document while the page is
        # the same.
        rect = p.pageLayout().paintRectPixels(p.resolution())
        key = (rect.width(), rect.height(), p.resolution())
        td = cache.get(key)
        if td is None:
            cache.clear()
            td = cache[key] = build_text_document(doc, p, grid=False)
        paint_document(doc, p, td)

    dialog.paintRequested.connect(paint)
    return dialog


def show_print_preview(doc: Document, parent=None) -> int:
    """Show the print preview modally; return the dialog's result."""
    dialog = make_print_preview(doc, parent)
    return dialog.exec()


# --- PDF text -------------------------------------------------------------------------------------------------

_CMAP_SECTION = re.compile(rb"begincmap.*?endcmap", re.DOTALL)
_HEX4 = re.compile(rb"<([0-9A-Fa-f]{4})>")


def _cmap_targets(line: bytes) -> list[re.Match]:
    """The Unicode values of a ToUnicode line. bfrange lines are <lo> <hi> <dst> or <lo> <hi> [<dst> …],
    bfchar lines <cid> <dst>: the first one or two tokens are glyph ids."""
    if b"<" not in line or b"codespacerange" in line:
        return []
    tokens = list(_HEX4.finditer(line))
    skip = 2 if b"[" in line or len(tokens) == 3 else 1
    return tokens[skip:]


def _shared_glyph_map(doc: Document, codes: set[int]) -> dict[int, int]:
    """For code points the PDF claims but the document does not contain, the document's character drawn with
    the same glyph: Qt maps a glyph back to the lowest code point using it, and CJK fonts share glyphs between
    力 and the Kangxi radical ⼒ (U+2F12), 民 and ⺠ (U+2EA0), 户 and 戶 (U+6236) …"""
    used = {ch for text in all_texts(doc) for ch in text} | set("— 0123456789")
    foreign = sorted(chr(c) for c in codes if chr(c) not in used)
    if not foreign:
        return {}
    used_bmp = sorted(ch for ch in used if ord(ch) <= 0xFFFF)
    used_text, foreign_text = "".join(used_bmp), "".join(foreign)
    mapping: dict[int, int] = {}
    families = [_families(FAMILIES_TITLE, FALLBACK_SERIF), _families(FAMILIES_FANGSONG, FALLBACK_SERIF),
                _families(FAMILIES_SONG, FALLBACK_SERIF), _families(FAMILIES_HEI, FALLBACK_SANS)]
    for fams in families:
        for bold in (False, True):
            font = QFont()
            font.setFamilies(fams)
            font.setPointSizeF(12)
            font.setBold(bold)
            raw = QRawFont.fromFont(font)
            if not raw.isValid():
                continue
            glyph_of = dict(zip(raw.glyphIndexesForString(used_text), used_bmp))
            glyph_of.pop(0, None)
            for ch, glyph in zip(foreign, raw.glyphIndexesForString(foreign_text)):
                if glyph and glyph in glyph_of:
                    mapping.setdefault(ord(ch), ord(glyph_of[glyph]))
    for ch in foreign:   # Kangxi radicals have a compatibility decomposition to the ideograph
        norm = unicodedata.normalize("NFKC", ch)
        if ord(ch) not in mapping and norm != ch and len(norm) == 1 and norm in used:
            mapping[ord(ch)] = ord(norm)
    return mapping


def fix_pdf_to_unicode(path, doc: Document) -> bool:
    """Make the PDF's text (search, copy, pdftotext) read as the document does: rewrite the entries of the
    (uncompressed) ToUnicode maps that name a code point the document does not use, with the document's
    character that has the same glyph (see :func:`_shared_glyph_map`). Every value keeps its four hex digits,
    so the byte offsets in the cross-reference table stay valid. Returns whether anything changed."""
    with open(path, "rb") as fh:
        data = fh.read()
    sections = list(_CMAP_SECTION.finditer(data))
    codes = {int(m.group(1), 16) for sec in sections for line in sec.group(0).split(b"\n")
             for m in _cmap_targets(line)}
    mapping = _shared_glyph_map(doc, codes)
    if not mapping:
        return False
    out = bytearray(data)
    for sec in sections:
        offset = sec.start()
        for line in sec.group(0).split(b"\n"):
            for m in _cmap_targets(line):
                fixed = mapping.get(int(m.group(1), 16))
                if fixed is not None:
                    out[offset + m.start(1):offset + m.end(1)] = b"%04X" % fixed
            offset += len(line) + 1
    if out == data:
        return False
    with open(path, "r+b") as fh:
        fh.write(out)
    return True
