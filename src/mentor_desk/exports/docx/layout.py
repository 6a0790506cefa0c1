"""A blank DOCX with the layout the default templates have (tools/docx_kit.py): ГОСТ Р 7.0.97 margins
30/10/20/20 mm, Times New Roman, page numbers centred at the top from page 2; and a few building
blocks for documents written directly from data (the annual report, questionnaire blanks)."""

from __future__ import annotations

from collections.abc import Sequence

from docx import Document
from docx.document import Document as DocumentObject
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt
from docx.table import Table
from docx.text.paragraph import Paragraph

from mentor_desk.exports.docx.render import clean

FONT = "Times New Roman"
BODY_PT = 13
TABLE_PT = 11
CONTENT_WIDTH_MM = 210 - 30 - 10
INDENT = Mm(12.5)

CENTER = WD_ALIGN_PARAGRAPH.CENTER
LEFT = WD_ALIGN_PARAGRAPH.LEFT
JUSTIFY = WD_ALIGN_PARAGRAPH.JUSTIFY


def gost_document(title: str, author: str) -> DocumentObject:
    doc = Document()
    doc.core_properties.title = clean(title)
    doc.core_properties.author = clean(author) or "Mentor Desk"
    normal = doc.styles["Normal"]
    normal.font.name = FONT
    normal.font.size = Pt(BODY_PT)
    rpr = normal.element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.append(fonts)
    for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(attr), FONT)
    lang = OxmlElement("w:lang")
    lang.set(qn("w:val"), "ru-RU")
    rpr.append(lang)
    fmt = normal.paragraph_format
    fmt.space_before, fmt.space_after, fmt.line_spacing = Pt(0), Pt(3), 1.0
    section = doc.sections[0]
    section.start_type = WD_SECTION.NEW_PAGE
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.left_margin, section.right_margin = Mm(30), Mm(10)
    section.top_margin, section.bottom_margin = Mm(20), Mm(20)
    section.header_distance, section.footer_distance = Mm(10), Mm(10)
    section.different_first_page_header_footer = True
    pg = OxmlElement("w:pgNumType")
    pg.set(qn("w:start"), "1")
    section._sectPr.append(pg)
    header = section.header.paragraphs[0]
    header.alignment = CENTER
    _page_field(header)
    section.first_page_header.paragraphs[0].text = ""
    return doc


def _page_field(paragraph: Paragraph) -> None:
    run = paragraph.add_run()
    run.font.size = Pt(11)
    parts: list[tuple[str, str | None]] = [("begin", None), ("instr", " PAGE "), ("separate", None),
                                           ("text", "2"), ("end", None)]
    for kind, text in parts:
        if kind == "instr":
            node = OxmlElement("w:instrText")
            node.set(qn("xml:space"), "preserve")
            node.text = text
        elif kind == "text":
            node = OxmlElement("w:t")
            node.text = text
        else:
            node = OxmlElement("w:fldChar")
            node.set(qn("w:fldCharType"), kind)
        run._r.append(node)


def para(doc: DocumentObject, text: str = "", *, bold: bool = False, size: float | None = None,
         align: object = JUSTIFY, indent: bool = False, before: float = 0, after: float = 3,
         keep_next: bool = False) -> Paragraph:
    p = doc.add_paragraph()
    if text:
        run = p.add_run(clean(text))
        run.bold = bold or None
        if size is not None:
            run.font.size = Pt(size)
    p.alignment = align  # type: ignore[assignment]
    fmt = p.paragraph_format
    fmt.space_before, fmt.space_after = Pt(before), Pt(after)
    if indent:
        fmt.first_line_indent = INDENT
    if keep_next:
        fmt.keep_with_next = True
    return p


def grid(doc: DocumentObject, headers: Sequence[str] | None, rows: Sequence[Sequence[str]],
         weights: Sequence[float] = (), size: float = TABLE_PT) -> Table:
    """A bordered table filling the text width; the header row (bold) repeats on each page."""
    columns = len(headers) if headers else max((len(r) for r in rows), default=1)
    weights = tuple(weights) or tuple(1.0 for _ in range(columns))
    widths = [Mm(CONTENT_WIDTH_MM * w / sum(weights)) for w in weights]
    table = doc.add_table(rows=0, cols=columns)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    all_rows = ([list(headers)] if headers else []) + [list(r) for r in rows]
    for index, values in enumerate(all_rows):
        cells = table.add_row().cells
        head = headers is not None and index == 0
        for col, (cell, value) in enumerate(zip(cells, values, strict=False)):
            cell.width = widths[col]
            p = cell.paragraphs[0]
            p.alignment = CENTER if head or col > 0 else LEFT
            p.paragraph_format.space_after = Pt(0)
            lines = clean(value).split("\n")
            for n, line in enumerate(lines):
                run = p.add_run(line)
                run.font.size = Pt(size)
                run.bold = head or None
                if n < len(lines) - 1:
                    run.add_break()
        if head:
            tr_pr = table.rows[0]._tr.get_or_add_trPr()
            repeat = OxmlElement("w:tblHeader")
            repeat.set(qn("w:val"), "true")
            tr_pr.append(repeat)
    for col, width in enumerate(widths):
        table.columns[col].width = width
    return table
