"""Render a :class:`~gkdesk.io.document.Document` as .docx in the GB/T 9704-2012 layout.

Fonts are set on the styles (Normal and the gkdesk styles), with the official name in ``w:eastAsia`` and also
in ``w:ascii``/``w:hAnsi`` so that digits match the text. OOXML has no per-run fallback list; instead each
official font is declared in the font table with a GB2312 charset and a ``w:altName`` that Word substitutes
when the font is not installed. The document language is zh-CN (python-docx's template says ja-JP, which
would pick Japanese glyph forms).

Sizes, column widths and the lines of the title, header block, header titles and cells are the plan's
(:func:`gkdesk.io.layout.plan_page`, the same for the PDF and the .xlsx); on A4 portrait:

=================  ============  ===================  ==========================
part               font          size                 substitute (``w:altName``)
=================  ============  ===================  ==========================
title              方正小标宋简体  22 pt (2号)          宋体
body, 落款          仿宋_GB2312    16 pt (3号)          仿宋
header block       仿宋_GB2312    14 pt (4号)          仿宋
table header row   黑体            the table's size     SimHei
table text         宋体            六号 … 小四; large     SimSun
                                 print 四号 … 三号
page number        宋体            14 pt (4号)          SimSun
=================  ============  ===================  ==========================

A3 is A4 enlarged: every size and margin times √2. Body paragraphs: first-line indent of two characters, fixed
line spacing of 28 pt. Page numbers "— 1 —" are a PAGE field centred in the footer, 7 mm below the text block.
The 落款 follows :func:`signature_layout` (右空四字 with a seal) in a borderless table row that does not break;
the lines after the table keep with it and the last rows of the table keep with them (``w:keepNext``), so the
closing block never stands alone on a page. The table is written as one XML string and parsed once
(python-docx's ``add_row``/``cell.text`` is ~15× slower for a long list): header rows repeat on every page
(``w:tblHeader``), a row is split across pages only when it is taller than
:data:`~gkdesk.io.layout.SPLIT_ROW_LINES` lines (``w:cantSplit`` otherwise), the total row is bold with its
label (合计) merged over the empty cells after it, a heading row (一、涉农补贴) spans the table.
"""
from __future__ import annotations

import os
import re
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
    BODY_PT,
    PAGE_NUMBER_GAP_MM,
    TABLE_PT,
    Document,
    FormTable,
    Heading,
    ReportDocument,
    ensure_public_safe,
    ensure_report_public_safe,
    file_properties,
    replacing_file,
    signature_layout,
)
from gkdesk.io.layout import (
    DIGIT_EM,
    PADDING_MM,
    ROW_PAD_EM,
    SPLIT_ROW_LINES,
    Plan,
    checked_plan,
    keep_rows,
    sizes_for,
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
SECTION_FILL = "F2F2F2"   # the light grey of a heading row across a table
_ALIGN_STYLE = {"left": STYLE_TABLE_TEXT[0], "center": STYLE_TABLE_TEXT_CENTER[0], "right": STYLE_TABLE_TEXT_RIGHT[0]}


def write_docx(doc: Document, path: str | os.PathLike) -> None:
    """Write ``doc`` to ``path`` (.docx). Raises PrivacyError for a public document that shows a full number;
    then nothing is written. The file appears under its name only when complete."""
    d = build_docx(doc)   # runs the privacy guard before anything is written
    with replacing_file(path) as tmp:
        d.save(str(tmp))


def build_docx(doc: Document) -> docx.document.Document:
    """The .docx of ``doc`` as :func:`gkdesk.io.layout.plan_page` sets it. Raises PrivacyError (a public document
    showing a full number) and LayoutError (large print that does not fit the page) before anything is built."""
    ensure_public_safe(doc, metadata=file_properties(doc))
    plan = checked_plan(doc)
    d = docx.Document()
    _setup_fonts_and_styles(d, doc, plan)
    _setup_section(d, doc, plan)
    now = clock.now()
    props = d.core_properties
    props.title = doc.title
    props.author = props.last_modified_by = "gkdesk"
    props.comments = ""
    props.created = props.modified = now
    props.revision = 1

    # python-docx's template starts with no paragraphs; everything below is appended before sectPr.
    sig = signature_layout(doc)
    closing = bool(doc.paragraphs_after or sig)
    last = d.add_paragraph("", style=STYLE_TITLE[1])
    for i, line in enumerate(plan.title_lines):   # the plan's lines, as they are
        run = last.add_run(line)
        if i < len(plan.title_lines) - 1:
            run.add_break()
    for line in plan.subtitle_lines:
        last = d.add_paragraph(line, style=STYLE_HEADER_BLOCK[1])
        if doc.subtitle_align != "left":
            last.alignment = (WD_ALIGN_PARAGRAPH.CENTER if doc.subtitle_align == "center"
                              else WD_ALIGN_PARAGRAPH.RIGHT)
    if doc.addressee:
        # 主送 stands flush left (顶格) in the body font, the line under the title block.
        last = d.add_paragraph(doc.addressee, style=STYLE_BODY[1])
        last.paragraph_format.first_line_indent = Pt(0)
        if doc.subtitle_lines:   # the title keeps a line under it; so does the 编号 under the title
            last.paragraph_format.space_before = Pt(plan.sizes.body_line_pt)
    for text in doc.paragraphs_before:
        last = _body_paragraph(d, text)
    if plan.table is not None:
        if doc.paragraphs_before:
            last.paragraph_format.keep_with_next = True   # the sentence before the table stays with its header
        closing_row = _closing_xml(doc, sig, plan) if closing else ""
        d.element.body._insert_tbl(_table_element(plan, closing_row))
        _end_paragraph(d)
        return d
    for text in doc.paragraphs_after:
        last = _body_paragraph(d, text)
        last.paragraph_format.keep_with_next = True   # the closing block stays together
    if sig:
        # The 落款 never stands on a page of its own: the paragraph before it keeps with it.
        last.paragraph_format.keep_with_next = True
        _add_signature(d, doc, sig, plan)
    return d


_NUMBER_HYPHEN = re.compile(r"(?<=\d)-(?=\d)")


def _body_runs(text: str) -> str:
    """A body paragraph's run: the hyphen inside a number (0311-8123456) is Word's non-breaking hyphen, so that
    Word and LibreOffice never end a line on "0311-" (the PDF keeps such a number whole too)."""
    if "\n" in text or not _NUMBER_HYPHEN.search(text):
        return _runs(text, False)
    parts = [escape(part) for part in _NUMBER_HYPHEN.split(text)]
    body = "<w:noBreakHyphen/>".join(f'<w:t xml:space="preserve">{part}</w:t>' for part in parts)
    return f"<w:r>{body}</w:r>"


def _body_paragraph(d, text: str):
    paragraph = d.add_paragraph(style=STYLE_BODY[1])
    if text:
        paragraph._p.append(parse_xml(_body_runs(text).replace("<w:r>", f"<w:r {nsdecls('w')}>", 1)))
    return paragraph


def _end_paragraph(d) -> None:
    """A document ends with a paragraph (Word adds one after a final table); 1 pt high, it never needs a page."""
    end = d.add_paragraph(style=STYLE_BODY[1])
    end.paragraph_format.first_line_indent = Pt(0)
    end.paragraph_format.line_spacing = Pt(1)
    end.paragraph_format.line_spacing_rule = WD_LINE_SPACING.EXACTLY


def _signature_xml(doc: Document, sig: list[tuple[str, float]], plan: Plan) -> list[str]:
    """The paragraphs of the 落款 (the room for the seal as space before its first line; each line right-aligned
    where :func:`signature_layout` puts it) and of the 附注 under the date."""
    before = round(plan.sizes.signature_gap_pt(doc.seal_space) * 20)
    char = plan.sizes.body_pt * 20
    paragraphs = []
    for i, (text, right_chars) in enumerate(sig):
        keep = "<w:keepNext/>" if i < len(sig) - 1 or doc.notes else ""
        spacing = f'<w:spacing w:before="{before}"/>' if i == 0 else ""
        ind = f'<w:ind w:rightChars="{round(right_chars * 100)}" w:right="{round(right_chars * char)}"/>'
        paragraphs.append(f'<w:p><w:pPr><w:pStyle w:val="{STYLE_SIGNATURE[0]}"/>{keep}{spacing}{ind}</w:pPr>'
                          f"{_runs(text, False)}</w:p>")
    # 附注 (GB/T 9704-2012 7.3.7): the line under the date, 居左空二字, in the same unbreakable row.
    for note in doc.notes:
        paragraphs.append(f'<w:p><w:pPr><w:pStyle w:val="{STYLE_BODY[0]}"/>'
                          f'<w:ind w:firstLineChars="0" w:firstLine="0" w:leftChars="200" w:left="{2 * char}"/>'
                          f'<w:jc w:val="left"/></w:pPr>{_body_runs(note)}</w:p>')
    return paragraphs


_NO_BORDERS = "".join(f'<w:{side} w:val="nil"/>' for side in ("top", "left", "bottom", "right", "insideH", "insideV"))
# The closing row keeps the line above it (under the total row) and draws none of its own.
_OPEN_BELOW = "".join(f'<w:{side} w:val="nil"/>' for side in ("left", "bottom", "right", "insideH", "insideV"))
_NO_MARGINS = "".join(f'<w:{side} w:w="0" w:type="dxa"/>' for side in ("top", "left", "bottom", "right"))


def _closing_xml(doc: Document, sig: list[tuple[str, float]], plan: Plan) -> str:
    """The closing block after a table (half a line of gap, the closing paragraphs, the room for the seal, the
    落款, the 附注) as the table's last row: one borderless cell across the table that cannot break. The table's
    last rows keep with it, so it never stands alone on a page, in Word as in LibreOffice (which keeps table rows
    together but lets a chain of kept paragraphs after a table fall apart)."""
    gap = round(plan.sizes.closing_gap_pt * 20)
    paragraphs = [(f'<w:p><w:pPr><w:pStyle w:val="{STYLE_BODY[0]}"/><w:keepNext/>'
                   f'<w:spacing w:line="{gap}" w:lineRule="exact"/></w:pPr></w:p>')]
    paragraphs += [f'<w:p><w:pPr><w:pStyle w:val="{STYLE_BODY[0]}"/><w:keepNext/></w:pPr>{_body_runs(text)}</w:p>'
                   for text in doc.paragraphs_after]
    paragraphs += _signature_xml(doc, sig, plan)
    widths = _grid_twips(plan)
    return (f'<w:tr><w:trPr><w:cantSplit/></w:trPr><w:tc><w:tcPr><w:tcW w:w="{sum(widths)}" w:type="dxa"/>'
            f'<w:gridSpan w:val="{len(widths)}"/><w:tcBorders>{_OPEN_BELOW}</w:tcBorders>'
            f'<w:tcMar>{_NO_MARGINS}</w:tcMar></w:tcPr>{"".join(paragraphs)}</w:tc></w:tr>')


def _add_signature(d, doc: Document, sig: list[tuple[str, float]], plan: Plan) -> None:
    """The 落款 of a document without a table in a borderless one-row table that cannot break across pages. The
    paragraph before it keeps with it, so the 落款 never stands alone on a page nor is parted from its date. A
    table, because LibreOffice keeps a paragraph with a following table row, but not with a paragraph kept
    together, nor along a chain of kept paragraphs (the date went alone to the next page)."""
    width = round(doc.page.text_width_mm() * _TWIPS_PER_MM)
    paragraphs = _signature_xml(doc, sig, plan)
    xml = (f"<w:tbl {nsdecls('w')}><w:tblPr><w:tblW w:w=\"{width}\" w:type=\"dxa\"/>"
           f'<w:tblInd w:w="0" w:type="dxa"/><w:tblBorders>{_NO_BORDERS}</w:tblBorders><w:tblLayout w:type="fixed"/>'
           f"<w:tblCellMar>{_NO_MARGINS}</w:tblCellMar>"
           '<w:tblLook w:val="0000" w:firstRow="0" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" '
           'w:noHBand="1" w:noVBand="1"/></w:tblPr>'
           f'<w:tblGrid><w:gridCol w:w="{width}"/></w:tblGrid><w:tr><w:trPr><w:cantSplit/></w:trPr>'
           f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/></w:tcPr>{"".join(paragraphs)}</w:tc></w:tr></w:tbl>')
    d.element.body._insert_tbl(parse_xml(xml.encode("utf-8")))
    _end_paragraph(d)


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


def _setup_fonts_and_styles(d, doc: Document, plan: Plan) -> None:
    sizes = plan.sizes
    table_pt = sizes.table_pt
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
    _style_font(normal, FONT_BODY, sizes.body_pt)
    pf = normal.paragraph_format
    pf.space_before = pf.space_after = Pt(0)
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(sizes.body_line_pt)
    pf.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY

    title = _paragraph_style(d, STYLE_TITLE)
    _style_font(title, FONT_TITLE, sizes.title_pt)
    tf = title.paragraph_format
    tf.alignment = WD_ALIGN_PARAGRAPH.CENTER
    tf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    tf.line_spacing = Pt(sizes.title_line_pt)
    tf.space_after = Pt(sizes.body_line_pt)   # one blank line under the title
    tf.keep_with_next = True

    body = _paragraph_style(d, STYLE_BODY)
    _style_font(body, FONT_BODY, sizes.body_pt)
    _set_first_line_indent_chars(body.element, 2, sizes.body_pt)

    head = _paragraph_style(d, STYLE_HEADER_BLOCK)
    _style_font(head, FONT_BODY, sizes.head_pt)
    hf = head.paragraph_format
    hf.alignment = WD_ALIGN_PARAGRAPH.LEFT
    hf.line_spacing = Pt(sizes.head_line_pt)
    hf.keep_with_next = True

    ttext = _paragraph_style(d, STYLE_TABLE_TEXT)
    _style_font(ttext, FONT_SONG, table_pt)
    tp = ttext.paragraph_format
    tp.alignment = WD_ALIGN_PARAGRAPH.LEFT
    # The plan's lines, each of the plan's height: a row is as tall as in the PDF.
    tp.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    tp.line_spacing = Pt(sizes.table_line_pt)
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
    _style_font(sig, FONT_BODY, sizes.body_pt)
    sig.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    # No extra space between 2026 and 年: the date is as wide as signature_layout counts it.
    sig_ppr = sig.element.get_or_add_pPr()
    for tag in ("w:autoSpaceDE", "w:autoSpaceDN"):
        sig_ppr.insert_element_before(parse_xml(f'<{tag} {nsdecls("w")} w:val="0"/>'), *_AFTER_AUTOSPACE)

    pnum = _paragraph_style(d, STYLE_PAGE_NUMBER)
    _style_font(pnum, FONT_SONG, sizes.page_number_pt)
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

def _setup_section(d, doc: Document, plan: Plan) -> None:
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
    number_line_mm = plan.sizes.page_number_pt * 1.3 * 25.4 / 72
    sec.footer_distance = Mm(max(5.0, bottom - PAGE_NUMBER_GAP_MM * plan.sizes.scale - number_line_mm))
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

def table_font_pt(doc: Document) -> float:
    """The size of the table text, as the plan sets it for the page."""
    return checked_plan(doc).sizes.table_pt


def _grid_twips(plan: Plan) -> list[int]:
    total = round(plan.page.text_width_mm() * _TWIPS_PER_MM)
    widths = [int(w * _TWIPS_PER_MM) for w in plan.widths_mm]
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


def _table_xml(plan: Plan, closing_row: str = "") -> str:
    """The table as WordprocessingML: the plan's column widths and lines, header rows repeated on every page, no
    row split across pages, and, with a ``closing_row`` (:func:`_closing_xml`) after it, the last rows kept
    with it (keepNext on their paragraphs: the closing block never stands on a page without the end of the
    table)."""
    closing = bool(closing_row)
    table = plan.table
    sizes = plan.sizes
    widths = _grid_twips(plan)
    n = len(widths)
    row_min = round(sizes.row_height_pt(1) * 20)
    pad = round(ROW_PAD_EM * sizes.table_pt * 10)   # top and bottom, each half the padding
    side = int(PADDING_MM / 2 * _TWIPS_PER_MM)      # left and right, within the plan's padding
    border = '<w:{0} w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
    borders = "".join(border.format(side) for side in ("top", "left", "bottom", "right", "insideH", "insideV"))
    out = [
        f"<w:tbl {nsdecls('w')}><w:tblPr>",
        f'<w:tblW w:w="{sum(widths)}" w:type="dxa"/><w:jc w:val="center"/>',
        f"<w:tblBorders>{borders}</w:tblBorders>",
        '<w:tblLayout w:type="fixed"/>',
        (f'<w:tblCellMar><w:top w:w="{pad}" w:type="dxa"/><w:left w:w="{side}" w:type="dxa"/>'
         f'<w:bottom w:w="{pad}" w:type="dxa"/><w:right w:w="{side}" w:type="dxa"/></w:tblCellMar>'),
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
    kept = [p.replace("</w:pPr>", "<w:keepNext/></w:pPr>") for p in prefixes]
    cell_end = "</w:p></w:tc>"
    append = out.append
    keep_from = len(table.rows) - keep_rows(table) if closing else len(table.rows) + 1
    bold = set(table.bold_rows)
    sections = set(table.section_rows)
    row_pr_tall = f'<w:tr><w:trPr><w:trHeight w:val="{row_min}"/></w:trPr>'   # may break across pages
    for i, (row, lines) in enumerate(zip(table.rows, plan.row_lines)):
        append(row_pr_body if lines <= SPLIT_ROW_LINES else row_pr_tall)
        if i in sections:
            # A heading across the table (一、涉农补贴), shaded, kept with the row under it.
            append(f'<w:tc><w:tcPr><w:tcW w:w="{sum(widths)}" w:type="dxa"/><w:gridSpan w:val="{n}"/>'
                   f'<w:shd w:val="clear" w:color="auto" w:fill="{SECTION_FILL}"/><w:vAlign w:val="center"/></w:tcPr>'
                   f'<w:p><w:pPr><w:pStyle w:val="{STYLE_TABLE_TEXT[0]}"/><w:keepNext/></w:pPr>'
                   f"{_runs(row[0], True)}{cell_end}</w:tr>")
            continue
        heads = kept if i >= keep_from else prefixes
        strong = i in bold
        for prefix, text in zip(heads, row):
            if not text:
                append(prefix + cell_end)
            elif strong or "\n" in text or text != text.strip():
                append(prefix + _runs(text, strong) + cell_end)
            else:
                append(f"{prefix}<w:r><w:t>{escape(text)}</w:t></w:r>{cell_end}")
        append("</w:tr>")
    if table.total_row is not None:
        append(row_pr_body)
        # 合计 spans the empty cells after it (序号 and 村民小组), centred, as a clerk merges them in Word.
        span = table.total_label_span()
        keep = "<w:keepNext/>" if closing else ""
        for j, (prefix, text) in enumerate(zip(prefixes, table.total_row)):
            if j == 0 and span > 1:
                append(f'<w:tc><w:tcPr><w:tcW w:w="{sum(widths[:span])}" w:type="dxa"/>'
                       f'<w:gridSpan w:val="{span}"/><w:vAlign w:val="center"/></w:tcPr><w:p><w:pPr>'
                       f'<w:pStyle w:val="{STYLE_TABLE_TEXT_CENTER[0]}"/>{keep}</w:pPr>{_runs(text, True)}'
                       f"{cell_end}")
            elif span == 1 or j >= span:
                append(prefix.replace("</w:pPr>", f"{keep}</w:pPr>") + _runs(text, True) + cell_end)
        append("</w:tr>")
    out.append(closing_row)
    out.append("</w:tbl>")
    return "".join(out)


def _table_element(plan: Plan, closing_row: str = ""):
    return parse_xml(_table_xml(plan, closing_row).encode("utf-8"))


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
    return min((t.fitting_font_pt(width, TABLE_PT, PADDING_MM, DIGIT_EM) for t in doc.tables()),
               default=TABLE_PT)


def _frame_plan(frame: Document, table_pt: float) -> Plan:
    """The plan of a report's frame (page, 落款, footer): the page's sizes with the report's one table size."""
    return Plan(frame.page, sizes_for(frame.page, table_pt), (frame.title,), (), None)


def build_report_docx(doc: ReportDocument) -> docx.document.Document:
    ensure_report_public_safe(doc)
    d = docx.Document()
    table_pt = report_table_pt(doc)
    frame = doc.frame()
    plan = _frame_plan(frame, table_pt)
    _setup_fonts_and_styles(d, frame, plan)
    _add_report_styles(d)
    _setup_section(d, frame, plan)
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
            last.paragraph_format.line_spacing = Pt(plan.sizes.body_line_pt / 2)
        else:
            last = d.add_paragraph(block, style=STYLE_BODY[1])
    sig = signature_layout(frame)
    if sig:
        last.paragraph_format.keep_with_next = True
        _add_signature(d, frame, sig, plan)
    return d


def _add_report_styles(d) -> None:
    for level, (ids, font) in enumerate(((STYLE_HEADING_1, FONT_HEI), (STYLE_HEADING_2, FONT_KAI)), 1):
        style = _paragraph_style(d, ids)
        _style_font(style, font, BODY_PT)   # the report is A4: 3号
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
    mm = table.column_widths(total_mm, table_pt * 25.4 / 72, PADDING_MM, DIGIT_EM, bold_em=0.25)
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
