"""Render a :class:`~gkdesk.io.document.Document` as .docx in the GB/T 9704-2012 layout.

Fonts are set on the styles (Normal and the gkdesk styles), with the official name in ``w:eastAsia`` and also
in ``w:ascii``/``w:hAnsi`` so that digits match the text. OOXML has no per-run fallback list; instead each
official font is declared in the font table with a GB2312 charset and a ``w:altName`` that Word substitutes
when the font is not installed. The document language is zh-CN (python-docx's template says ja-JP, which
would pick Japanese glyph forms).

=================  ============  ===========  ==========================
part               font          size         substitute (``w:altName``)
=================  ============  ===========  ==========================
title              方正小标宋简体  22 pt (2号)  宋体
body, 落款          仿宋_GB2312    16 pt (3号)  仿宋
header block       仿宋_GB2312    14 pt (4号)  仿宋
table header row   黑体            10.5 / 14    SimHei
table text         宋体            10.5 / 14    SimSun   (14 pt: large print; 9 pt: dense forms)
page number        宋体            14 pt (4号)  SimSun
=================  ============  ===========  ==========================

Body paragraphs: first-line indent of two characters, fixed line spacing of 28 pt. Page numbers "— 1 —" are a
PAGE field centred in the footer, 7 mm below the text block. The 落款 follows :func:`signature_layout`
(右空四字 with a seal) in a borderless table row that does not break, and the paragraph before it keeps with
it, so it never stands alone on a page. The table is written as one XML string and parsed once (python-docx's
``add_row``/``cell.text`` is ~15× slower for a long list): header rows repeat on every page (``w:tblHeader``),
no row is split across pages (``w:cantSplit``), the total row is bold with its label (合计) merged over the
empty cells after it, columns have fixed widths from the weights, widened where numbers and names would wrap
(:meth:`Table.column_widths_mm`); when those cannot all stand on one line at the page's table size (ten columns
on A4 portrait), the table text is made smaller until they do (:func:`table_font_pt`).
"""
from __future__ import annotations

import os
from xml.sax.saxutils import escape

import docx
from docx.enum.section import WD_ORIENT
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Mm, Pt

from gkdesk import clock
from gkdesk.io.document import (
    BODY_LINE_PT,
    BODY_PT,
    HEADER_BLOCK_PT,
    PAGE_NUMBER_GAP_MM,
    PAGE_NUMBER_PT,
    SEAL_BLANK_LINES,
    TABLE_PT,
    TITLE_PT,
    Document,
    FormTable,
    Heading,
    ReportDocument,
    Table,
    ensure_public_safe,
    ensure_report_public_safe,
    file_properties,
    replacing_file,
    signature_layout,
)

FONT_TITLE = "方正小标宋简体"
FONT_BODY = "仿宋_GB2312"
FONT_SONG = "宋体"
FONT_HEI = "黑体"

# Font table entries: name -> (altName, panose, family). charset 86 = GB2312.
_FONT_TABLE = {
    FONT_TITLE: ("宋体", "02010600010101010101", "auto"),
    FONT_BODY: ("仿宋", "02010609030101010101", "modern"),
    FONT_SONG: ("SimSun", "02010600030101010101", "auto"),
    FONT_HEI: ("SimHei", "02010609060101010101", "modern"),
    "仿宋": ("FangSong", "02010609060101010101", "modern"),
}

# Style ids are ASCII (some tools dislike others); the names the user sees in Word are Chinese.
STYLE_TITLE = ("GkTitle", "公文标题")
STYLE_BODY = ("GkBody", "公文正文")
STYLE_HEADER_BLOCK = ("GkHeaderBlock", "表头信息")
STYLE_TABLE_TEXT = ("GkTableText", "表格文字")
STYLE_TABLE_TEXT_CENTER = ("GkTableTextCenter", "表格文字居中")
STYLE_TABLE_TEXT_RIGHT = ("GkTableTextRight", "表格文字靠右")
STYLE_TABLE_HEADER = ("GkTableHeader", "表格标题行")
STYLE_SIGNATURE = ("GkSignature", "落款")
STYLE_PAGE_NUMBER = ("GkPageNumber", "页码")

_TWIPS_PER_MM = 1440 / 25.4
_ALIGN_STYLE = {"left": STYLE_TABLE_TEXT[0], "center": STYLE_TABLE_TEXT_CENTER[0], "right": STYLE_TABLE_TEXT_RIGHT[0]}


def write_docx(doc: Document, path: str | os.PathLike) -> None:
    """Write ``doc`` to ``path`` (.docx). Raises PrivacyError for a public document that shows a full number;
    then nothing is written. The file appears under its name only when complete."""
    d = build_docx(doc)   # runs the privacy guard before anything is written
    with replacing_file(path) as tmp:
        d.save(str(tmp))


def build_docx(doc: Document) -> docx.document.Document:
    ensure_public_safe(doc, metadata=file_properties(doc))
    d = docx.Document()
    table_pt = table_font_pt(doc)
    _setup_fonts_and_styles(d, doc, table_pt)
    _setup_section(d, doc)
    now = clock.now()
    props = d.core_properties
    props.title = doc.title
    props.author = props.last_modified_by = "gkdesk"
    props.comments = ""
    props.created = props.modified = now
    props.revision = 1

    # python-docx's template starts with no paragraphs; everything below is appended before sectPr.
    sig = signature_layout(doc)
    last = d.add_paragraph(doc.title, style=STYLE_TITLE[1])
    for line in doc.subtitle_lines:
        last = d.add_paragraph(line, style=STYLE_HEADER_BLOCK[1])
        if doc.subtitle_align != "left":
            last.alignment = (WD_ALIGN_PARAGRAPH.CENTER if doc.subtitle_align == "center"
                              else WD_ALIGN_PARAGRAPH.RIGHT)
    if doc.addressee:
        # 主送 stands flush left (顶格) in the body font, the line under the title block.
        last = d.add_paragraph(doc.addressee, style=STYLE_BODY[1])
        last.paragraph_format.first_line_indent = Pt(0)
        if doc.subtitle_lines:   # the title keeps a line under it; so does the 编号 under the title
            last.paragraph_format.space_before = Pt(BODY_LINE_PT)
    for text in doc.paragraphs_before:
        last = d.add_paragraph(text, style=STYLE_BODY[1])
    if doc.table is not None:
        # Without a paragraph after the table, its last row stays with the 落款.
        keep_last_row = bool(sig) and not doc.paragraphs_after
        d.element.body._insert_tbl(_table_element(doc.table, doc, table_pt, keep_last_row))
        if doc.paragraphs_after or sig:
            # A short gap after the table (a paragraph right after a table also keeps Word from merging them).
            last = d.add_paragraph("", style=STYLE_BODY[1])
            last.paragraph_format.line_spacing = Pt(BODY_LINE_PT / 2)
    for text in doc.paragraphs_after:
        last = d.add_paragraph(text, style=STYLE_BODY[1])
    if sig:
        # The 落款 never stands on a page of its own: the paragraph before it keeps with it.
        last.paragraph_format.keep_with_next = True
        _add_signature(d, doc, sig)
    return d


def _add_signature(d, doc: Document, sig: list[tuple[str, float]]) -> None:
    """The 落款 in a borderless one-row table that cannot break across pages: the room for the seal (space
    before the first line), then the unit names and the date, each right-aligned where :func:`signature_layout`
    puts it. The paragraph before it keeps with it, so the 落款 never stands alone on a page nor is parted from
    its date. A table, because LibreOffice keeps a paragraph with a following table row, but not with a
    paragraph kept together, nor along a chain of kept paragraphs (the date went alone to the next page)."""
    width = round(doc.page.text_width_mm() * _TWIPS_PER_MM)
    before = round(BODY_LINE_PT * (SEAL_BLANK_LINES if doc.seal_space else 1) * 20)
    char = BODY_PT * 20
    paragraphs = []
    for i, (text, right_chars) in enumerate(sig):
        keep = "<w:keepNext/>" if i < len(sig) - 1 else ""
        spacing = f'<w:spacing w:before="{before}"/>' if i == 0 else ""
        ind = f'<w:ind w:rightChars="{round(right_chars * 100)}" w:right="{round(right_chars * char)}"/>'
        paragraphs.append(f'<w:p><w:pPr><w:pStyle w:val="{STYLE_SIGNATURE[0]}"/>{keep}{spacing}{ind}</w:pPr>'
                          f"{_runs(text, False)}</w:p>")
    # 附注 (GB/T 9704-2012 7.3.7): the line under the date, 居左空二字, in the same unbreakable row.
    for note in doc.notes:
        paragraphs.append(f'<w:p><w:pPr><w:pStyle w:val="{STYLE_BODY[0]}"/>'
                          f'<w:ind w:firstLineChars="0" w:firstLine="0" w:leftChars="200" w:left="{2 * char}"/>'
                          f'<w:jc w:val="left"/></w:pPr>{_runs(note, False)}</w:p>')
    none = '<w:{0} w:val="nil"/>'
    borders = "".join(none.format(side) for side in ("top", "left", "bottom", "right", "insideH", "insideV"))
    zero = "".join(f'<w:{side} w:w="0" w:type="dxa"/>' for side in ("top", "left", "bottom", "right"))
    xml = (f"<w:tbl {nsdecls('w')}><w:tblPr><w:tblW w:w=\"{width}\" w:type=\"dxa\"/>"
           f'<w:tblInd w:w="0" w:type="dxa"/><w:tblBorders>{borders}</w:tblBorders><w:tblLayout w:type="fixed"/>'
           f"<w:tblCellMar>{zero}</w:tblCellMar>"
           '<w:tblLook w:val="0000" w:firstRow="0" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" '
           'w:noHBand="1" w:noVBand="1"/></w:tblPr>'
           f'<w:tblGrid><w:gridCol w:w="{width}"/></w:tblGrid><w:tr><w:trPr><w:cantSplit/></w:trPr>'
           f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/></w:tcPr>{"".join(paragraphs)}</w:tc></w:tr></w:tbl>')
    d.element.body._insert_tbl(parse_xml(xml.encode("utf-8")))
    # A document ends with a paragraph (Word adds one after a final table); 1 pt high, it never needs a page.
    end = d.add_paragraph(style=STYLE_BODY[1])
    end.paragraph_format.first_line_indent = Pt(0)
    end.paragraph_format.line_spacing = Pt(1)
    end.paragraph_format.line_spacing_rule = WD_LINE_SPACING.EXACTLY


# --- styles -----------------------------------------------------------------------------------------------

def _set_fonts(rpr_parent, name: str) -> None:
    """Set ascii/hAnsi/eastAsia/cs to ``name`` on an element that has (or gets) an rPr."""
    rpr = rpr_parent.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.insert(0, rfonts)
    for attr in list(rfonts.attrib):
        del rfonts.attrib[attr]
    for attr in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(attr), name)
    rfonts.set(qn("w:hint"), "eastAsia")


def _paragraph_style(d, ids: tuple[str, str], base: str = "Normal"):
    style_id, name = ids
    style = d.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
    style.element.set(qn("w:styleId"), style_id)
    style.base_style = d.styles[base]
    style.quick_style = True
    return style


def _style_font(style, font: str, size_pt: float, bold: bool = False) -> None:
    _set_fonts(style.element, font)
    style.font.size = Pt(size_pt)
    style.font.bold = bold


def _setup_fonts_and_styles(d, doc: Document, table_pt: float) -> None:
    styles = d.styles
    # Document defaults: Chinese language and explicit fonts instead of the template's theme fonts (whose
    # eastAsia language is ja-JP, which would pick Japanese glyph forms).
    defaults = styles.element.find(qn("w:docDefaults"))
    rpr_default = defaults.find(qn("w:rPrDefault")).find(qn("w:rPr"))
    rfonts = rpr_default.find(qn("w:rFonts"))
    for attr in list(rfonts.attrib):
        del rfonts.attrib[attr]
    for attr in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(attr), FONT_BODY)
    lang = rpr_default.find(qn("w:lang"))
    lang.set(qn("w:val"), "en-US")
    lang.set(qn("w:eastAsia"), "zh-CN")
    spacing = defaults.find(qn("w:pPrDefault")).find(qn("w:pPr")).find(qn("w:spacing"))
    spacing.set(qn("w:after"), "0")
    spacing.set(qn("w:line"), "240")
    theme_lang = d.settings.element.find(qn("w:themeFontLang"))
    if theme_lang is not None:
        theme_lang.set(qn("w:eastAsia"), "zh-CN")
    _add_font_table_entries(d)

    normal = styles["Normal"]
    _style_font(normal, FONT_BODY, BODY_PT)
    pf = normal.paragraph_format
    pf.space_before = pf.space_after = Pt(0)
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(BODY_LINE_PT)
    pf.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY

    title = _paragraph_style(d, STYLE_TITLE)
    _style_font(title, FONT_TITLE, TITLE_PT)
    tf = title.paragraph_format
    tf.alignment = WD_ALIGN_PARAGRAPH.CENTER
    tf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    tf.line_spacing = Pt(35)
    tf.space_after = Pt(BODY_LINE_PT)   # one blank line under the title
    tf.keep_with_next = True

    body = _paragraph_style(d, STYLE_BODY)
    _style_font(body, FONT_BODY, BODY_PT)
    _set_first_line_indent_chars(body.element, 2, BODY_PT)

    head = _paragraph_style(d, STYLE_HEADER_BLOCK)
    _style_font(head, FONT_BODY, HEADER_BLOCK_PT)
    hf = head.paragraph_format
    hf.alignment = WD_ALIGN_PARAGRAPH.LEFT
    hf.line_spacing = Pt(HEADER_BLOCK_PT * 1.75)
    hf.keep_with_next = True

    ttext = _paragraph_style(d, STYLE_TABLE_TEXT)
    _style_font(ttext, FONT_SONG, table_pt)
    tp = ttext.paragraph_format
    tp.alignment = WD_ALIGN_PARAGRAPH.LEFT
    tp.line_spacing_rule = WD_LINE_SPACING.SINGLE
    tp.widow_control = False
    # One style per alignment keeps every body cell's XML short (no w:jc per cell).
    _paragraph_style(d, STYLE_TABLE_TEXT_CENTER, base=STYLE_TABLE_TEXT[1]).paragraph_format.alignment = (
        WD_ALIGN_PARAGRAPH.CENTER)
    _paragraph_style(d, STYLE_TABLE_TEXT_RIGHT, base=STYLE_TABLE_TEXT[1]).paragraph_format.alignment = (
        WD_ALIGN_PARAGRAPH.RIGHT)
    theader = _paragraph_style(d, STYLE_TABLE_HEADER, base=STYLE_TABLE_TEXT[1])
    _style_font(theader, FONT_HEI, table_pt)
    theader.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER

    sig = _paragraph_style(d, STYLE_SIGNATURE)
    _style_font(sig, FONT_BODY, BODY_PT)
    sig.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    # No extra space between 2026 and 年: the date is as wide as signature_layout counts it.
    sig_ppr = sig.element.get_or_add_pPr()
    for tag in ("w:autoSpaceDE", "w:autoSpaceDN"):
        sig_ppr.insert_element_before(parse_xml(f'<{tag} {nsdecls("w")} w:val="0"/>'), *_AFTER_AUTOSPACE)

    pnum = _paragraph_style(d, STYLE_PAGE_NUMBER)
    _style_font(pnum, FONT_SONG, PAGE_NUMBER_PT)
    pn = pnum.paragraph_format
    pn.alignment = WD_ALIGN_PARAGRAPH.CENTER
    pn.line_spacing_rule = WD_LINE_SPACING.SINGLE


# What follows w:autoSpaceDN in a w:pPr (ECMA-376 order; Word refuses a file with its elements out of order).
_AFTER_AUTOSPACE = ("w:bidi", "w:adjustRightInd", "w:snapToGrid", "w:spacing", "w:ind", "w:contextualSpacing",
                    "w:mirrorIndents", "w:suppressOverlap", "w:jc", "w:textDirection", "w:textAlignment",
                    "w:textboxTightWrap", "w:outlineLvl", "w:divId", "w:cnfStyle", "w:rPr", "w:sectPr",
                    "w:pPrChange")


def _add_font_table_entries(d) -> None:
    """Declare the official fonts with a GB2312 charset and an altName that Word substitutes when missing."""
    for part in d.part.package.iter_parts():
        if part.partname == "/word/fontTable.xml":
            break
    else:  # pragma: no cover - the python-docx template has a font table
        return
    fonts = parse_xml(part.blob)
    present = {f.get(qn("w:name")) for f in fonts.findall(qn("w:font"))}
    for name, (alt, panose, family) in _FONT_TABLE.items():
        if name in present:
            continue
        fonts.append(parse_xml(
            f'<w:font {nsdecls("w")} w:name="{escape(name)}"><w:altName w:val="{escape(alt)}"/>'
            f'<w:panose1 w:val="{panose}"/><w:charset w:val="86"/><w:family w:val="{family}"/>'
            f'<w:pitch w:val="variable"/></w:font>'))
    from lxml import etree

    part._blob = etree.tostring(fonts, xml_declaration=True, encoding="UTF-8", standalone=True)


def _set_first_line_indent_chars(style_el, chars: float, font_pt: float) -> None:
    ppr = style_el.get_or_add_pPr()
    ind = ppr.get_or_add_ind()
    ind.set(qn("w:firstLineChars"), str(round(chars * 100)))
    ind.set(qn("w:firstLine"), str(round(chars * font_pt * 20)))


# --- page ---------------------------------------------------------------------------------------------------

def _setup_section(d, doc: Document) -> None:
    page = doc.page
    sec = d.sections[0]
    w_mm, h_mm = page.page_size_mm()
    sec.orientation = WD_ORIENT.LANDSCAPE if page.landscape else WD_ORIENT.PORTRAIT
    sec.page_width, sec.page_height = Mm(w_mm), Mm(h_mm)
    top, bottom, left, right = page.margins_mm()
    sec.top_margin, sec.bottom_margin = Mm(top), Mm(bottom)
    sec.left_margin, sec.right_margin = Mm(left), Mm(right)
    sec.header_distance = Mm(min(15.0, top / 2))
    # The footer distance is measured to the bottom of the footer line; put the page number's top 7 mm below
    # the text block.
    number_line_mm = PAGE_NUMBER_PT * 1.3 * 25.4 / 72
    sec.footer_distance = Mm(max(5.0, bottom - PAGE_NUMBER_GAP_MM - number_line_mm))
    if doc.footer_page_numbers:
        footer = sec.footer
        footer.is_linked_to_previous = False
        p = footer.paragraphs[0]
        p.style = d.styles[STYLE_PAGE_NUMBER[1]]
        p.add_run("— ")
        _add_page_field(p)
        p.add_run(" —")


def _add_page_field(paragraph) -> None:
    for xml in (
        f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="begin"/></w:r>',
        f'<w:r {nsdecls("w")}><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>',
        f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="separate"/></w:r>',
        f'<w:r {nsdecls("w")}><w:t>1</w:t></w:r>',
        f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="end"/></w:r>',
    ):
        paragraph._p.append(parse_xml(xml))


# --- table ----------------------------------------------------------------------------------------------------

# Cell margins are 1 mm a side (0.2 mm to spare); 0.64 em a digit fits 宋体 (0.5 em) and the fallback fonts of
# LibreOffice/WPS (DejaVu Sans 0.64 em).
_CELL_PADDING_MM = 2.2
_DIGIT_EM = 0.64


def table_font_pt(doc: Document) -> float:
    """The size of the table text: the page's table size (五号, 四号 for large print, 小五 for dense forms), made
    smaller in half points when the columns' numbers and names would not otherwise fit side by side on one line
    each (ten columns on A4 portrait: 小五), down to 六号."""
    if doc.table is None:
        return doc.page.table_pt()
    return doc.table.fitting_font_pt(doc.page.text_width_mm(), doc.page.table_pt(), padding_mm=_CELL_PADDING_MM,
                                     digit_em=_DIGIT_EM, merged_total=True)


def _grid_twips(table: Table, doc: Document, table_pt: float) -> list[int]:
    total = round(doc.page.text_width_mm() * _TWIPS_PER_MM)
    mm = table.column_widths_mm(doc.page.text_width_mm(), table_pt, padding_mm=_CELL_PADDING_MM,
                                digit_em=_DIGIT_EM, merged_total=True)
    widths = [int(w * _TWIPS_PER_MM) for w in mm]
    widths[-1] += total - sum(widths)
    return widths


def _cell_xml(text: str, width: int, style_id: str, jc: str, bold: bool,
              span: int = 1, vmerge: str | None = None) -> str:
    tcpr = f'<w:tcW w:w="{width}" w:type="dxa"/>'
    if span > 1:
        tcpr += f'<w:gridSpan w:val="{span}"/>'
    if vmerge is not None:
        tcpr += '<w:vMerge w:val="restart"/>' if vmerge == "restart" else "<w:vMerge/>"
    tcpr += '<w:vAlign w:val="center"/>'
    return (f"<w:tc><w:tcPr>{tcpr}</w:tcPr><w:p><w:pPr><w:pStyle w:val=\"{style_id}\"/><w:jc w:val=\"{jc}\"/>"
            f"</w:pPr>{_runs(text, bold)}</w:p></w:tc>")


def _runs(text: str, bold: bool) -> str:
    if not text:
        return ""
    rpr = "<w:rPr><w:b/><w:bCs/></w:rPr>" if bold else ""
    parts = []
    for i, line in enumerate(text.split("\n")):
        if i:
            parts.append("<w:br/>")
        if line:
            space = ' xml:space="preserve"' if line != line.strip() else ""
            parts.append(f"<w:t{space}>{escape(line)}</w:t>")
    return f"<w:r>{rpr}{''.join(parts)}</w:r>"


def _table_xml(table: Table, doc: Document, table_pt: float, keep_last_row: bool = False) -> str:
    widths = _grid_twips(table, doc, table_pt)
    n = len(widths)
    # At least 1.6 times the text size (16.8 pt, 0.6 cm, at 五号): a little more than a Word table's default
    # single-line row, so that a short list and its 落款 fit on one page.
    row_min = round(table_pt * 1.6 * 20)
    border = '<w:{0} w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
    borders = "".join(border.format(side) for side in ("top", "left", "bottom", "right", "insideH", "insideV"))
    out = [
        f"<w:tbl {nsdecls('w')}><w:tblPr>",
        f'<w:tblW w:w="{sum(widths)}" w:type="dxa"/><w:jc w:val="center"/>',
        f"<w:tblBorders>{borders}</w:tblBorders>",
        '<w:tblLayout w:type="fixed"/>',
        ('<w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="57" w:type="dxa"/>'
        '<w:bottom w:w="0" w:type="dxa"/><w:right w:w="57" w:type="dxa"/></w:tblCellMar>'),
        ('<w:tblLook w:val="0020" w:firstRow="1" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" '
        'w:noHBand="1" w:noVBand="1"/>'),
        "</w:tblPr><w:tblGrid>",
        "".join(f'<w:gridCol w:w="{w}"/>' for w in widths),
        "</w:tblGrid>",
    ]
    row_pr_header = f'<w:tr><w:trPr><w:cantSplit/><w:trHeight w:val="{row_min}"/><w:tblHeader/></w:trPr>'
    row_pr_body = f'<w:tr><w:trPr><w:cantSplit/><w:trHeight w:val="{row_min}"/></w:trPr>'

    # Header: a grid with vertical merges for rowspans (Word wants a continuation cell in each lower row).
    nhead = table.header_row_count
    grid: list[list[str | None]] = [[None] * n for _ in range(nhead)]
    header_id = STYLE_TABLE_HEADER[0]
    for cell in table.header_layout():
        width = sum(widths[cell.col:cell.col + cell.colspan])
        vm = "restart" if cell.rowspan > 1 else None
        grid[cell.row][cell.col] = _cell_xml(cell.text, width, header_id, "center", False, cell.colspan, vm)
        for r in range(cell.row + 1, cell.row + cell.rowspan):
            grid[r][cell.col] = _cell_xml("", width, header_id, "center", False, cell.colspan, "continue")
    for r in range(nhead):
        out.append(row_pr_header)
        out.extend(c for c in grid[r] if c is not None)
        out.append("</w:tr>")

    # Body: one prefix/suffix per column, only the escaped text varies. Widths come from the fixed grid and
    # the alignment from the paragraph style, so a cell is ~100 bytes.
    prefixes = [
        f'<w:tc><w:tcPr><w:vAlign w:val="center"/></w:tcPr><w:p><w:pPr><w:pStyle w:val="{_ALIGN_STYLE[c.align]}"/>'
        f"</w:pPr>"
        for c in table.columns
    ]
    cell_end = "</w:p></w:tc>"
    append = out.append
    last_body = len(table.rows) - 1 if keep_last_row and table.total_row is None else -1
    for i, row in enumerate(table.rows):
        append(row_pr_body)
        for prefix, text in zip(prefixes, row):
            if i == last_body:
                prefix = prefix.replace("</w:pPr>", "<w:keepNext/></w:pPr>")
            if not text:
                append(prefix + cell_end)
            elif "\n" in text or text != text.strip():
                append(prefix + _runs(text, False) + cell_end)
            else:
                append(f"{prefix}<w:r><w:t>{escape(text)}</w:t></w:r>{cell_end}")
        append("</w:tr>")
    if table.total_row is not None:
        append(row_pr_body)
        # 合计 spans the empty cells after it (序号 and 村民小组), centred, as a clerk merges them in Word.
        span = table.total_label_span()
        keep = "<w:keepNext/>" if keep_last_row else ""
        for j, (prefix, text) in enumerate(zip(prefixes, table.total_row)):
            if j == 0 and span > 1:
                append(f'<w:tc><w:tcPr><w:tcW w:w="{sum(widths[:span])}" w:type="dxa"/>'
                       f'<w:gridSpan w:val="{span}"/><w:vAlign w:val="center"/></w:tcPr><w:p><w:pPr>'
                       f'<w:pStyle w:val="{STYLE_TABLE_TEXT_CENTER[0]}"/>{keep}</w:pPr>{_runs(text, True)}'
                       f"{cell_end}")
            elif span == 1 or j >= span:
                append(prefix.replace("</w:pPr>", f"{keep}</w:pPr>") + _runs(text, True) + cell_end)
        append("</w:tr>")
    out.append("</w:tbl>")
    return "".join(out)


def _table_element(table: Table, doc: Document, table_pt: float, keep_last_row: bool = False):
    return parse_xml(_table_xml(table, doc, table_pt, keep_last_row).encode("utf-8"))


# --- reports: headings, paragraphs and form tables (the 政府信息公开工作年度报告, issue 15) --------------------------------

FONT_KAI = "楷体_GB2312"
STYLE_HEADING_1 = ("GkHeading1", "一级标题")   # 一、 黑体 3号
STYLE_HEADING_2 = ("GkHeading2", "二级标题")   # （一） 楷体 3号
_REPORT_FONTS = {FONT_KAI: ("楷体", "02010609030101010101", "modern"), "楷体": ("KaiTi", "02010609060101010101",
                                                                               "modern")}


def write_report_docx(doc: ReportDocument, path: str | os.PathLike) -> None:
    """Write a report of several sections to ``path`` (.docx); nothing is written when the privacy guard refuses.
    The file appears under its name only when complete."""
    d = build_report_docx(doc)
    with replacing_file(path) as tmp:
        d.save(str(tmp))


def report_table_pt(doc: ReportDocument) -> float:
    """One table size for the whole report: 五号, smaller in half points until every table's unbroken lines fit."""
    width = doc.page.text_width_mm()
    return min((t.fitting_font_pt(width, TABLE_PT, _CELL_PADDING_MM, _DIGIT_EM) for t in doc.tables()),
               default=TABLE_PT)


def build_report_docx(doc: ReportDocument) -> docx.document.Document:
    ensure_report_public_safe(doc)
    d = docx.Document()
    table_pt = report_table_pt(doc)
    frame = doc.frame()
    _setup_fonts_and_styles(d, frame, table_pt)
    _add_report_styles(d)
    _setup_section(d, frame)
    props = d.core_properties
    props.title = doc.title.replace("\n", "")
    props.author = props.last_modified_by = "gkdesk"
    props.created = props.modified = clock.now()
    props.revision = 1

    last = d.add_paragraph(doc.title, style=STYLE_TITLE[1])
    for block in doc.blocks:
        if isinstance(block, Heading):
            last = d.add_paragraph(block.text, style=(STYLE_HEADING_1 if block.level == 1 else STYLE_HEADING_2)[1])
        elif isinstance(block, FormTable):
            d.element.body._insert_tbl(parse_xml(_form_table_xml(block, doc, table_pt).encode("utf-8")))
            last = d.add_paragraph("", style=STYLE_BODY[1])   # a short gap, and Word never merges two tables
            last.paragraph_format.line_spacing = Pt(BODY_LINE_PT / 2)
        else:
            last = d.add_paragraph(block, style=STYLE_BODY[1])
    sig = signature_layout(frame)
    if sig:
        last.paragraph_format.keep_with_next = True
        _add_signature(d, frame, sig)
    return d


def _add_report_styles(d) -> None:
    for level, (ids, font) in enumerate(((STYLE_HEADING_1, FONT_HEI), (STYLE_HEADING_2, FONT_KAI)), 1):
        style = _paragraph_style(d, ids)
        _style_font(style, font, BODY_PT)
        _set_first_line_indent_chars(style.element, 2, BODY_PT)
        style.paragraph_format.keep_with_next = True
        style.element.get_or_add_pPr().append(parse_xml(f'<w:outlineLvl {nsdecls("w")} w:val="{level - 1}"/>'))
    for part in d.part.package.iter_parts():
        if part.partname == "/word/fontTable.xml":
            fonts = parse_xml(part.blob)
            present = {f.get(qn("w:name")) for f in fonts.findall(qn("w:font"))}
            for name, (alt, panose, family) in _REPORT_FONTS.items():
                if name not in present:
                    fonts.append(parse_xml(
                        f'<w:font {nsdecls("w")} w:name="{escape(name)}"><w:altName w:val="{escape(alt)}"/>'
                        f'<w:panose1 w:val="{panose}"/><w:charset w:val="86"/><w:family w:val="{family}"/>'
                        f'<w:pitch w:val="variable"/></w:font>'))
            from lxml import etree

            part._blob = etree.tostring(fonts, xml_declaration=True, encoding="UTF-8", standalone=True)


def _form_widths(table: FormTable, doc: ReportDocument, table_pt: float) -> list[int]:
    total_mm = doc.page.text_width_mm()
    mm = table.column_widths(total_mm, table_pt * 25.4 / 72, _CELL_PADDING_MM, _DIGIT_EM, bold_em=0.25)
    scale = min(1.0, total_mm / sum(mm))
    widths = [int(w * scale * _TWIPS_PER_MM) for w in mm]
    widths[-1] += round(total_mm * _TWIPS_PER_MM) - sum(widths)
    return widths


def _form_table_xml(table: FormTable, doc: ReportDocument, table_pt: float) -> str:
    """The form as one w:tbl: fixed column grid, cells merged with gridSpan and vMerge, header rows repeated on
    every page, no row split across pages, and each group's rows kept with the next (keepNext) so a group never
    breaks."""
    widths = _form_widths(table, doc, table_pt)
    n = table.ncols
    border = '<w:{0} w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
    borders = "".join(border.format(side) for side in ("top", "left", "bottom", "right", "insideH", "insideV"))
    out = [f"<w:tbl {nsdecls('w')}><w:tblPr>",
           f'<w:tblW w:w="{sum(widths)}" w:type="dxa"/><w:jc w:val="center"/>',
           f"<w:tblBorders>{borders}</w:tblBorders>", '<w:tblLayout w:type="fixed"/>',
           ('<w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="57" w:type="dxa"/>'
            '<w:bottom w:w="0" w:type="dxa"/><w:right w:w="57" w:type="dxa"/></w:tblCellMar>'),
           ('<w:tblLook w:val="0020" w:firstRow="1" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" '
            'w:noHBand="1" w:noVBand="1"/>'),
           "</w:tblPr><w:tblGrid>", "".join(f'<w:gridCol w:w="{w}"/>' for w in widths), "</w:tblGrid>"]
    starts = {(p.row, p.col): p.cell for p in table.placed()}
    covered: dict[tuple[int, int], int] = {}   # (row, col) of a lower row under a vertical merge → its colspan
    for p in table.placed():
        for r in range(p.row + 1, p.row + p.cell.rowspan):
            covered[(r, p.col)] = p.cell.colspan
    keep = {r for first, last in table.groups for r in range(first, last)} | set(range(table.header_rows))
    row_min = round(table_pt * 1.6 * 20)
    for r in range(len(table.rows)):
        header = "<w:tblHeader/>" if r < table.header_rows else ""
        out.append(f'<w:tr><w:trPr><w:cantSplit/><w:trHeight w:val="{row_min}"/>{header}</w:trPr>')
        keep_next = "<w:keepNext/>" if r in keep else ""
        for c in range(n):
            cell = starts.get((r, c))
            if cell is not None:
                width = sum(widths[c:c + cell.colspan])
                style = STYLE_TABLE_HEADER[0] if cell.head else _ALIGN_STYLE[cell.align]
                out.append(_form_cell_xml(cell.text, width, style, "center" if cell.head else cell.align,
                                          cell.colspan, "restart" if cell.rowspan > 1 else None, keep_next))
            elif (r, c) in covered:
                span = covered[(r, c)]
                out.append(_form_cell_xml("", sum(widths[c:c + span]), STYLE_TABLE_TEXT[0], "left", span,
                                          "continue", keep_next))
        out.append("</w:tr>")
    out.append("</w:tbl>")
    return "".join(out)


def _form_cell_xml(text: str, width: int, style_id: str, jc: str, span: int, vmerge: str | None,
                   keep_next: str) -> str:
    cell = _cell_xml(text, width, style_id, jc, False, span, vmerge)
    return cell.replace("</w:pPr>", f"{keep_next}</w:pPr>", 1) if keep_next else cell
