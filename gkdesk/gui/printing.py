"""Print, preview and PDF of a :class:`~gkdesk.io.document.Document` with Qt.

:func:`build_text_document` turns the document into one QTextDocument (an HTML string inserted in one call);
:func:`paint_document` lays it out on the pages of a QPdfWriter or QPrinter (page = the text block inside the
margins) and paints it page by page with QPainter (translate + clip per page, as QTextDocument::print does),
adding "— N —" 7 mm below the text block (GB/T 9704). The table's header rows repeat on every page
(QTextTableFormat.headerRowCount, from <thead>); the 落款 is kept on one page. The same routine serves
:func:`print_to_pdf` and the print preview (:func:`make_print_preview`, :func:`show_print_preview`).

The table is set as in the .docx, from the same model helpers: its text made smaller where ten columns would not
hold names and numbers on one line (:func:`table_font_pt`), the widths of :meth:`Table.column_widths_mm`, and the
total row's 合计 merged over the empty cells after it (:meth:`Table.total_label_span`). Vertical spacing follows
the .docx too: title lines of exactly 35 pt, body lines of 28 pt, half a line (14 pt) under the table.

Speed (5,000 rows ≈ 135 pages): the text is laid out once (the layout gets its device and page size before the
content goes in) and the table's ruling is drawn as a few lines per page (:class:`_Grid`, each boundary once)
instead of Qt's four borders per cell, which alone cost a third of the painting time.

Fonts are named explicitly (Windows would otherwise pick Japanese glyph forms): the installed GB/T 9704 faces
first, then the program's own face, then installed CJK faces for rarer characters (:mod:`gkdesk.gui.fonts`);
sizes in points. A document holding a character that no font can draw is refused before anything is painted
(:func:`ensure_printable`): it would print as a box. PDF text defects are handled so that search, copy and
pdftotext read what is printed: Noto's 'locl' feature is switched off (it turns "301X" into glyphs without text)
and the ToUnicode maps are corrected where Qt names a radical or variant (⼒ ⺠ 戶) for a glyph the document uses
as 力 民 户, and where Qt leaves a character outside the BMP (𬌗) without text (:func:`fix_pdf_to_unicode`).
"""
from __future__ import annotations

import math
import re
import unicodedata
from xml.sax.saxutils import escape

from PySide6.QtCore import QLineF, QMarginsF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QFont,
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

from gkdesk.gui import fonts
from gkdesk.gui.widgets.preview import label_print_button
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
    file_properties,
    find_character,
    replacing_file,
    signature_layout,
)

# Font families in order of preference; the installed ones come first, then the shipped face, then the installed
# FALLBACK_* faces (fonts.family_order). Qt falls back along the list for characters a face lacks.
FAMILIES_TITLE = ["方正小标宋简体", "方正小标宋_GBK", "FZXiaoBiaoSong-B05S"]
FAMILIES_FANGSONG = ["仿宋_GB2312", "FangSong_GB2312", "仿宋", "FangSong", "STFangsong"]
FAMILIES_SONG = ["宋体", "SimSun", "NSimSun", "Songti SC", "STSong"]
FAMILIES_HEI = ["黑体", "SimHei", "Microsoft YaHei", "PingFang SC"]
FALLBACK_SERIF = ["Noto Serif CJK SC", "Source Han Serif SC", "Noto Sans CJK SC", "SimSun", "宋体"]
FALLBACK_SANS = ["Noto Sans CJK SC", "Source Han Sans SC", "SimHei", "黑体"]

TABLE_CELL_PADDING_PX = 2.0     # CSS px (1/96 in); Qt scales them to the device
TABLE_BORDER_PX = 0.6
# How the column widths and the table's text size are measured for Qt (see Table.column_widths_mm): the cell
# padding (2 × 2 CSS px = 1.06 mm, with half a millimetre to spare) and the width of a digit in ems (Noto Serif CJK
# 0.55, bold 0.58; 宋体 0.5).
TABLE_PADDING_MM = 1.6
TABLE_DIGIT_EM = 0.57
TITLE_LINE_PT = 35.0            # the title's fixed line spacing, as in the .docx
TABLE_GAP_PT = BODY_LINE_PT / 2  # the blank line under the table, as in the .docx


def _px(pt: float) -> float:
    """Points to the CSS pixels (1/96 inch) that QTextDocument lengths are given in."""
    return pt * 96.0 / 72.0


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


def table_font_pt(doc: Document) -> float:
    """The size of the table text: the page's table size, made smaller in half points (not below 六号) when the
    columns' numbers and names would not otherwise stand on one line each (ten columns on A4 portrait), as in
    the .docx (:meth:`Table.fitting_font_pt`, measured for Qt's fonts and cell padding)."""
    if doc.table is None:
        return doc.page.table_pt()
    return doc.table.fitting_font_pt(doc.page.text_width_mm(), doc.page.table_pt(), padding_mm=TABLE_PADDING_MM,
                                     digit_em=TABLE_DIGIT_EM, merged_total=True)


def _stylesheet(doc: Document, table_pt: float) -> str:
    title_weight = "bold" if title_uses_fallback() else "normal"
    serif = _families(FAMILIES_SONG, FALLBACK_SERIF)
    # Noto CJK has a line spacing of 1.44 em, which makes table rows a third taller than in 宋体: fix the lines
    # at 1.2 em. A fixed line (not a percentage) also centres the text in the row: Qt puts the baseline at four
    # fifths of it, where a percentage cuts the line short below the text.
    ratio = _line_spacing_ratio(serif, table_pt)
    cell_line = f" line-height: {_px(table_pt * 1.2):.2f}px; -qt-line-height-type: fixed;" if ratio > 1.3 else ""
    return f"""
body {{ font-family: {_css_families(_families(FAMILIES_FANGSONG, FALLBACK_SERIF))}; font-size: {BODY_PT}pt; }}
p.title {{ font-family: {_css_families(_families(FAMILIES_TITLE, FALLBACK_SERIF))}; font-size: {TITLE_PT}pt;
          font-weight: {title_weight}; margin-top: 0; margin-bottom: {_px(BODY_LINE_PT):.2f}px;
          line-height: {_px(TITLE_LINE_PT):.2f}px; -qt-line-height-type: fixed; }}
p.head {{ font-size: {HEADER_BLOCK_PT}pt; margin: 0; line-height: {_px(HEADER_BLOCK_PT * 1.75):.2f}px; }}
p.body {{ margin: 0; line-height: {_px(BODY_LINE_PT):.2f}px; }}
p.sig {{ margin: 0; line-height: {_px(BODY_LINE_PT):.2f}px; }}
td {{ font-family: {_css_families(serif)}; font-size: {table_pt}pt;{cell_line} }}
th {{ font-family: {_css_families(_families(FAMILIES_HEI, FALLBACK_SANS))}; font-size: {table_pt}pt;
      font-weight: normal;{cell_line} }}
"""


def _cell_text(text: str) -> str:
    return escape(text).replace("\n", "<br/>")


def document_html(doc: Document, dpi: float = 96.0, grid: bool = True, table_pt: float | None = None) -> str:
    """The HTML for :func:`build_text_document` (fonts come from its default style sheet). Horizontal indents
    are in device pixels at ``dpi`` (QTextDocument does not scale those to the paint device, unlike vertical
    lengths); ``grid=False`` leaves the table without borders for :func:`paint_document` to draw. ``table_pt``:
    the table's text size (:func:`table_font_pt` when not given), which the column widths are made for.

    The columns get the widths of :meth:`Table.column_widths_mm` and the total row's label (合计) spans the empty
    cells after it (:meth:`Table.total_label_span`), as in the .docx."""
    def dev(pt: float) -> str:
        return f"{pt / 72.0 * dpi:.1f}px"

    body_p = f'<p class="body" align="justify" style="text-indent: {dev(2 * BODY_PT)}">'
    out: list[str] = ["<html><body>"]
    out.append(f'<p class="title" align="center">{_cell_text(doc.title)}</p>')
    align = {"left": "", "center": ' align="center"', "right": ' align="right"'}[doc.subtitle_align]
    for line in doc.subtitle_lines:
        out.append(f'<p class="head"{align}>{_cell_text(line)}</p>')
    if doc.addressee:
        gap = f' style="margin-top: {_px(BODY_LINE_PT):.2f}px"' if doc.subtitle_lines else ""
        out.append(f'<p class="body" align="left"{gap}>{_cell_text(doc.addressee)}</p>')
    for text in doc.paragraphs_before:
        out.append(f"{body_p}{_cell_text(text)}</p>")
    t = doc.table
    if t is not None:
        if table_pt is None:
            table_pt = table_font_pt(doc)
        widths = t.column_widths_mm(doc.page.text_width_mm(), table_pt, padding_mm=TABLE_PADDING_MM,
                                    digit_em=TABLE_DIGIT_EM, merged_total=True)
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
            # 合计 spans the empty cells after it (序号 and 村民小组), centred, as in the .docx.
            span = t.total_label_span()
            cells = [f"{o}<b>{_cell_text(x)}</b></td>" for o, x in zip(opens, t.total_row)]
            if span > 1:
                label = f'<td colspan="{span}" align="center" valign="middle"><b>{_cell_text(t.total_row[0])}</b></td>'
                cells[:span] = [label]
            append("<tr>" + "".join(cells) + "</tr>")
        out.append("</table>")
        if doc.paragraphs_after or doc.signature_lines or doc.signature_date:
            # Half a line, exactly (a line of 3号 would make it 23 pt): a small font under a fixed line height.
            out.append(f'<p class="sig" style="font-size: {TABLE_GAP_PT / 2:g}pt; line-height: '
                       f'{_px(TABLE_GAP_PT):.2f}px; -qt-line-height-type: fixed">&nbsp;</p>')
    for text in doc.paragraphs_after:
        out.append(f"{body_p}{_cell_text(text)}</p>")
    sig = signature_layout(doc)
    if sig:
        for _ in range(SEAL_BLANK_LINES if doc.seal_space else 1):
            out.append('<p class="sig">&nbsp;</p>')
        for text, right_chars in sig:
            out.append(f'<p class="sig" align="right" style="margin-right: {dev(right_chars * BODY_PT)}">'
                       f"{_cell_text(text)}</p>")
    for note in doc.notes:   # 附注, 居左空二字 under the date
        out.append(f'<p class="body" align="left" style="margin-left: {dev(2 * BODY_PT)}">{_cell_text(note)}</p>')
    out.append("</body></html>")
    return "".join(out)


def _no_localized_forms(font: QFont) -> None:
    """Switch off the OpenType 'locl' feature. Noto CJK substitutes digits next to a Latin letter ("301X", the
    end of a masked ID) with glyphs outside its character map, and Qt's PDF then has no text for them: a search
    or a copy of the PDF would lose the digits. The SC fonts show simplified-Chinese forms without it."""
    if hasattr(font, "setFeature"):
        font.setFeature(QFont.Tag("locl"), 0)


def _new_text_document(doc: Document, table_pt: float) -> QTextDocument:
    td = QTextDocument()
    td.setUndoRedoEnabled(False)
    td.setDocumentMargin(0)
    base = QFont()
    base.setFamilies(_families(FAMILIES_FANGSONG, FALLBACK_SERIF))
    base.setPointSizeF(BODY_PT)
    _no_localized_forms(base)
    td.setDefaultFont(base)
    td.setDefaultStyleSheet(_stylesheet(doc, table_pt))
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
    table_pt = table_font_pt(doc)
    td = _new_text_document(doc, table_pt)
    if device is not None:
        td.documentLayout().setPaintDevice(device)
    td.setPageSize(size)
    QTextCursor(td).insertHtml(document_html(doc, dpi, grid, table_pt))
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
    for _ in doc.notes:   # the 附注 lines stand under the date
        last = last.previous()
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

    if page(first) == page(td.lastBlock(), "bottom") == page(before, "bottom"):
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


def _content_bottom(layout: QAbstractTextDocumentLayout, block, scale: float) -> float:
    """Where a cell's text ends. blockBoundingRect ends at the natural height of the last line, but the table's
    lines have a fixed height (1.2 em, less than Noto's natural 1.44 em): the cell ends where the last line's
    share ends. Taking the natural height drew each row's bottom line 0.85 mm below the next row's top line.
    ``scale``: device pixels per CSS pixel."""
    rect = layout.blockBoundingRect(block)
    lines = block.layout()
    n = lines.lineCount()
    if not n:
        return rect.bottom()
    fmt = block.blockFormat()
    kind = fmt.lineHeightType()
    last = lines.lineAt(n - 1)
    if kind == QTextBlockFormat.LineHeightTypes.FixedHeight.value:
        advance = fmt.lineHeight() * scale
    elif kind == QTextBlockFormat.LineHeightTypes.ProportionalHeight.value:
        # as Qt's layout does: a whole pixel of ascent + descent + leading, times the percentage
        advance = math.ceil(last.ascent() + last.descent() + last.leading()) * fmt.lineHeight() / 100.0
    else:
        return rect.bottom()
    return rect.top() + last.y() - lines.lineAt(0).y() + advance


def _merge_segments(segments: list[tuple[float, float, float]], tolerance: float) -> list[tuple[float, float, float]]:
    """Collinear segments (position, start, end) merged: positions closer than ``tolerance`` are one line (at the
    first of them), and overlapping or touching spans on it are one span. A boundary is drawn once."""
    out: list[tuple[float, float, float]] = []
    segments.sort()
    i, n = 0, len(segments)
    while i < n:
        pos = segments[i][0]
        spans = []
        while i < n and segments[i][0] - pos <= tolerance:
            spans.append(segments[i][1:])
            i += 1
        spans.sort()
        a, b = spans[0]
        for s, e in spans[1:]:
            if s <= b + tolerance:
                b = max(b, e)
            else:
                out.append((pos, a, b))
                a, b = s, e
        out.append((pos, a, b))
    return out


class _Grid:
    """The table's ruling, measured from the laid-out cells and drawn page by page. Qt's own cell borders cost
    a third of the painting time of a long list; ruling lines drawn per page cost next to nothing.

    Each boundary is one line: a row ends where the next one starts (the next row's top, when it follows on the
    same page), and lines that meet (the header's bottom and the first row's top, the edges of neighbouring
    cells) are merged before they are drawn. The total row's label (合计) spans the empty cells after it: no
    vertical line crosses it."""

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
        tolerance = scale   # one CSS px: boundaries closer than that are the same boundary
        ncols = len(model.columns)
        placed = model.header_layout()
        block = table.cellAt(0, 0).firstCursorPosition().block()
        header_blocks = []
        for _ in placed:
            header_blocks.append(block)
            block = block.next()
        blockBoundingRect = layout.blockBoundingRect
        header_rects = [blockBoundingRect(b) for b in header_blocks]
        span = model.total_label_span() if model.total_row is not None else 1
        counts = [ncols] * len(model.rows)
        if model.total_row is not None:
            counts.append(ncols - span + 1)
        # A row is as tall as its tallest cell, and (cells being centred vertically) that cell's text starts
        # highest. Numbers never wrap (their columns are made wide enough), so one of them and the text
        # columns, which may wrap, decide the row's extent.
        measured = [c == 0 or col.kind == "text" for c, col in enumerate(model.columns)]
        tops: list[float] = []
        tallest: list = []        # per row, the block of its tallest cell
        first_row_rects: list[QRectF] = []
        for r, count in enumerate(counts):
            top = None
            high = block
            full = count == ncols
            for c in range(count):
                if (r == 0 and full) or not full or measured[c]:
                    rect = blockBoundingRect(block)
                    if r == 0 and full:
                        first_row_rects.append(rect)
                    t = rect.top()
                    if top is None or t < top:
                        top, high = t, block
                block = block.next()
            tops.append(top - pad)
            tallest.append(high)
        H = page_height
        nhead = model.header_row_count
        head_top = min(r.top() for r in header_rects) - pad
        head_end = max(_content_bottom(layout, b, scale) for b in header_blocks) + pad
        rows = self._row_extents(layout, tops, tallest, head_top, head_end, pad, scale)
        # The header's bottom is the first row's top (when the two stand on one page).
        head_bottom = rows[0][0] if rows and abs(rows[0][0] - head_end) <= tolerance else head_end

        xs = self._column_edges(layout, table, model, placed, header_rects, first_row_rects, pad)

        # Header rows: boundaries from the cells that span one row.
        bounds = [head_top] + [0.0] * nhead
        bounds[nhead] = head_bottom
        for i in range(1, nhead):
            ends = [_content_bottom(layout, header_blocks[k], scale) + pad for k, hc in enumerate(placed)
                    if hc.row == i - 1 and hc.rowspan == 1]
            bounds[i] = max(ends) if ends else head_top + (head_bottom - head_top) * i / nhead
        header_cells = [QRectF(QPointF(xs[hc.col], bounds[hc.row]),
                               QPointF(xs[hc.col + hc.colspan], bounds[hc.row + hc.rowspan])) for hc in placed]

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
        total_piece = None
        if span > 1 and rows:
            top, _bottom = rows[-1]
            total_piece = (int((top + 0.5) // H), top)   # the page of the total row, and its top
        inner = set(range(1, span))   # the edges inside the merged label
        for page in sorted(set(pieces) | {first_page}):
            across: list[tuple[float, float, float]] = []   # y, x0, x1
            down: list[tuple[float, float, float]] = []     # x, y0, y1
            offset = 0.0 if page == first_page else page * H - head_top   # Qt repeats the header at the top
            for cell in header_cells:
                cell = cell.translated(0, offset)
                across += [(cell.top(), cell.left(), cell.right()), (cell.bottom(), cell.left(), cell.right())]
                down += [(cell.left(), cell.top(), cell.bottom()), (cell.right(), cell.top(), cell.bottom())]
            body = pieces.get(page, [])
            if body:
                for top, bottom in body:
                    across.append((top, xs[0], xs[-1]))
                    across.append((bottom, xs[0], xs[-1]))
                seg_top = min(top for top, _ in body)
                seg_bottom = max(bottom for _, bottom in body)
                stop = total_piece[1] if total_piece is not None and total_piece[0] == page else seg_bottom
                for j, x in enumerate(xs):
                    down.append((x, seg_top, stop if j in inner else seg_bottom))
            lines = [QLineF(x0, y, x1, y) for y, x0, x1 in _merge_segments(across, tolerance)]
            lines += [QLineF(x, y0, x, y1) for x, y0, y1 in _merge_segments(down, tolerance) if y1 - y0 > tolerance]
            self.lines_by_page[page] = lines

    def _row_extents(self, layout, tops: list[float], tallest: list, head_top: float, head_end: float, pad: float,
                     scale: float) -> list[tuple[float, float]]:
        """(top, bottom) of each body row, from the top of each row's highest text (``tops``, padding included)
        and the block of its tallest cell. Rows stack: a row starts where the one above it ends. A row's text
        starts at its top, except in the last row on a page when Qt moved the next row to the next page: then
        that row reaches down to the page's foot, its text centred in it (QTextDocumentLayout gives it the rest
        of the page). Its bottom is then as far below its text as its top is above it."""
        H = self.page_height
        n = len(tops)
        page = [int(t // H) for t in tops]
        rows: list[tuple[float, float]] = []
        prev_bottom = head_end
        for r in range(n):
            last_on_page = r + 1 < n and page[r + 1] != page[r]
            if r and page[r - 1] == page[r]:
                top = prev_bottom
            elif not last_on_page:
                top = tops[r]
            elif r == 0 and int(head_end // H) == page[r]:
                top = head_end
            else:   # alone on its page, under the repeated header
                top = min(tops[r], page[r] * H + head_end - head_top)
            if last_on_page:
                bottom = _content_bottom(layout, tallest[r], scale) + pad + (tops[r] - top)
            elif r + 1 < n and not (r + 2 < n and page[r + 2] != page[r + 1]):
                bottom = tops[r + 1]   # the next row's text starts at its top
            else:
                bottom = _content_bottom(layout, tallest[r], scale) + pad
            rows.append((top, bottom))
            prev_bottom = bottom
        return rows

    @staticmethod
    def _column_edges(layout, table: QTextTable, model, placed, header_rects: list[QRectF],
                      first_row_rects: list[QRectF], pad: float) -> list[float]:
        """The x of each column's left edge and of the table's right edge: from the first body row, else from the
        header cells that span one column, else from the column weights."""
        ncols = len(model.columns)
        if len(first_row_rects) == ncols:
            return [first_row_rects[0].left() - pad] + [r.right() + pad for r in first_row_rects]
        lefts: dict[int, float] = {}
        rights: dict[int, float] = {}
        for hc, rect in zip(placed, header_rects):
            if hc.colspan == 1:
                lefts[hc.col] = rect.left() - pad
                rights[hc.col] = rect.right() + pad
        if len(lefts) == ncols:
            return [lefts[0]] + [rights[j] for j in range(ncols)]
        frame = layout.frameBoundingRect(table)
        xs = [frame.left()]
        for f in model.width_fractions():
            xs.append(xs[-1] + f * frame.width())
        return xs

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
    rule = TABLE_BORDER_PX * res / 96.0
    pen.setWidthF(rule)
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
                # The table's outer lines lie on the text block's edges (and a repeated header's top line on
                # the page's top): let them have their full width, not half of it.
                painter.setClipRect(view.adjusted(-rule, -rule, rule, rule))
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
    that shows a full number and UserError for a character no font can draw (then nothing is written); the file
    appears under its name only when complete."""
    ensure_public_safe(doc, metadata=file_properties(doc))
    ensure_printable(doc)
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
