"""python-docx building blocks for the default DOCX templates (used by tools/build_doc_templates.py).

Every template gets the layout of ГОСТ Р 7.0.97: A4, margins 30/10/20/20 mm, Times New Roman
(Liberation Serif on Linux: metric-compatible) 12 pt, page numbers centred at the top from
page 2 (a PAGE field in the header, a different and empty first-page header).
"""

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
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph

FONT = "Times New Roman"
BODY = 12
TABLE = 10
INDENT = Mm(12.5)
CONTENT_WIDTH_MM = 210 - 30 - 10

LEFT = WD_ALIGN_PARAGRAPH.LEFT
CENTER = WD_ALIGN_PARAGRAPH.CENTER
RIGHT = WD_ALIGN_PARAGRAPH.RIGHT
JUSTIFY = WD_ALIGN_PARAGRAPH.JUSTIFY

Container = DocumentObject | _Cell


def new_document(title: str) -> DocumentObject:
    doc = Document()
    props = doc.core_properties
    props.title = title
    props.author = "Mentor Desk"
    props.comments = "Шаблон документа Mentor Desk: поля в двойных фигурных скобках заполняет программа."
    normal = doc.styles["Normal"]
    normal.font.name = FONT
    normal.font.size = Pt(BODY)
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
    fmt.space_before = Pt(0)
    fmt.space_after = Pt(3)
    fmt.line_spacing = 1.0
    section = doc.sections[0]
    section.start_type = WD_SECTION.NEW_PAGE
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.left_margin, section.right_margin = Mm(30), Mm(10)
    section.top_margin, section.bottom_margin = Mm(20), Mm(20)
    section.header_distance, section.footer_distance = Mm(10), Mm(10)
    section.different_first_page_header_footer = True
    number_from_one(section._sectPr)
    header = section.header.paragraphs[0]
    header.alignment = CENTER
    _page_field(header)
    section.first_page_header.paragraphs[0].text = ""
    return doc


def number_from_one(sect_pr: object) -> None:
    """Each document (section) numbers its pages from 1, as the PDF does in a batch."""
    element = sect_pr  # a CT_SectPr
    pg = element.find(qn("w:pgNumType"))  # type: ignore[attr-defined]
    if pg is None:
        pg = OxmlElement("w:pgNumType")
        element.append(pg)  # type: ignore[attr-defined]
    pg.set(qn("w:start"), "1")


def _page_field(paragraph: Paragraph) -> None:
    run = paragraph.add_run()
    run.font.size = Pt(11)
    begin = OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = " PAGE "
    separate = OxmlElement("w:fldChar")
    separate.set(qn("w:fldCharType"), "separate")
    shown = OxmlElement("w:t")
    shown.text = "2"
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    for element in (begin, instr, separate, shown, end):
        run._r.append(element)


def para(
    where: Container,
    text: str = "",
    *,
    bold: bool = False,
    size: float | None = None,
    align: object = JUSTIFY,
    indent: bool = False,
    after: float | None = None,
    before: float | None = None,
    keep_next: bool = False,
    first: bool = False,
) -> Paragraph:
    """A paragraph; `first` reuses the empty paragraph a new table cell already has."""
    p = where.paragraphs[0] if first else where.add_paragraph()
    if text:
        run = p.add_run(text)
        run.bold = bold or None
        if size is not None:
            run.font.size = Pt(size)
    fmt = p.paragraph_format
    p.alignment = align  # type: ignore[assignment]
    if indent:
        fmt.first_line_indent = INDENT
    if after is not None:
        fmt.space_after = Pt(after)
    if before is not None:
        fmt.space_before = Pt(before)
    if keep_next:
        fmt.keep_with_next = True
    return p


def tag(where: Container, text: str, first: bool = False) -> Paragraph:
    """A paragraph holding only a docxtpl block tag ({%p ... %}); docxtpl removes it."""
    return para(where, text, align=LEFT, after=0, first=first)


def spacer(where: Container, mm: float) -> Paragraph:
    p = para(where, align=LEFT, after=0)
    p.paragraph_format.space_before = Mm(max(mm - 4, 0))
    run = p.add_run()
    run.font.size = Pt(2)
    return p


def table(
    doc: DocumentObject,
    widths_mm: Sequence[float],
    rows: int,
    *,
    grid: bool = True,
    header: bool = False,
) -> Table:
    t = doc.add_table(rows=rows, cols=len(widths_mm))
    t.alignment = WD_TABLE_ALIGNMENT.LEFT
    t.autofit = False
    if grid:
        t.style = doc.styles["Table Grid"]
    for row in t.rows:
        for cell, width in zip(row.cells, widths_mm, strict=True):
            cell.width = Mm(width)
    for column, width in zip(t.columns, widths_mm, strict=True):
        column.width = Mm(width)
    layout = OxmlElement("w:tblLayout")
    layout.set(qn("w:type"), "fixed")
    t._tbl.tblPr.append(layout)
    if header:
        mark_header(t.rows[0])
    return t


def mark_header(row: object) -> None:
    """A header row repeated on every page, shaded like the PDF's."""
    tr_pr = row._tr.get_or_add_trPr()  # type: ignore[attr-defined]
    repeat = OxmlElement("w:tblHeader")
    tr_pr.append(repeat)
    for cell in row.cells:  # type: ignore[attr-defined]
        shade(cell, "F2F2F2")


def shade(cell: _Cell, fill: str) -> None:
    tc_pr = cell._tc.get_or_add_tcPr()
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), fill)
    tc_pr.append(shading)


def cell_text(cell: _Cell, text: str, *, bold: bool = False, align: object = LEFT, size: float = TABLE) -> Paragraph:
    return para(cell, text, bold=bold, size=size, align=align, after=0, first=True)


def bottom_border(paragraph: Paragraph) -> None:
    p_pr = paragraph._p.get_or_add_pPr()
    borders = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for key, value in (("w:val", "single"), ("w:sz", "4"), ("w:space", "1"), ("w:color", "000000")):
        bottom.set(qn(key), value)
    borders.append(bottom)
    p_pr.append(borders)


def cant_split(row: object) -> None:
    tr_pr = row._tr.get_or_add_trPr()  # type: ignore[attr-defined]
    tr_pr.append(OxmlElement("w:cantSplit"))


def page_break(doc: DocumentObject) -> None:
    from docx.enum.text import WD_BREAK

    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

