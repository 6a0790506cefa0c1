"""A document rendered from a DOCX template, laid out as PDF with the same words (reportlab).

Used for the documents that exist only as templates (Положение, дорожная карта внедрения,
programmes, the site's copies of orders), so the PDF follows the school's wording. Understood:
paragraphs (alignment, indents, spacing, bold/italic runs, sizes, line and page breaks), tables
(column widths, borders or none, merged cells, shading, a repeated header row). Anything else
in a school's template prints as plain text.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any, BinaryIO

from docx.document import Document as DocumentObject
from docx.oxml.ns import qn
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, PageBreak, Paragraph, Spacer

from mentor_desk.exports.atomic import write_atomically
from mentor_desk.exports.pdf.blocks import GridTable
from mentor_desk.exports.pdf.fonts import BOLD, BOLD_ITALIC, ITALIC, REGULAR, register_fonts
from mentor_desk.exports.pdf.layout import CONTENT_WIDTH, DocumentsTemplate
from mentor_desk.exports.pdf.text import esc

_ALIGN = {"center": TA_CENTER, "right": TA_RIGHT, "end": TA_RIGHT, "both": TA_JUSTIFY, "distribute": TA_JUSTIFY}
_TWIP = 1 / 20  # points


def _val(element: Any, path: str, attr: str = "w:val") -> str | None:
    found = element.find(path) if element is not None else None
    return found.get(qn(attr)) if found is not None else None


def _on(element: Any, tag: str) -> bool:
    found = element.find(qn(tag)) if element is not None else None
    return found is not None and found.get(qn("w:val")) not in ("0", "false")


class _Converter:
    def __init__(self, document: DocumentObject) -> None:
        register_fonts()
        self._doc = document
        normal = document.styles["Normal"].font
        self._base_size = normal.size.pt if normal.size is not None else 12.0

    # ---- paragraphs ----------------------------------------------------------------

    def _runs_markup(self, p: Any) -> tuple[str, float, bool]:
        """(markup, the largest font size, whether the paragraph holds a page break)."""
        parts: list[str] = []
        size = 0.0
        page_break = False
        for run in p.iter(qn("w:r")):
            r_pr = run.find(qn("w:rPr"))
            bold, italic = _on(r_pr, "w:b"), _on(r_pr, "w:i")
            half_points = _val(r_pr, qn("w:sz"))
            run_size = int(half_points) / 2 if half_points else self._base_size
            text: list[str] = []
            for node in run:
                if node.tag == qn("w:t"):
                    text.append(esc(node.text or ""))
                elif node.tag == qn("w:tab"):
                    text.append("&nbsp;&nbsp;&nbsp;&nbsp;")
                elif node.tag == qn("w:br"):
                    if node.get(qn("w:type")) == "page":
                        page_break = True
                    else:
                        text.append("<br/>")
            chunk = "".join(text)
            if not chunk:
                continue
            size = max(size, run_size)
            if run_size != self._base_size:
                chunk = f'<font size="{run_size:g}">{chunk}</font>'
            if bold and italic:
                chunk = f'<font name="{BOLD_ITALIC}">{chunk}</font>'
            elif bold:
                chunk = f'<font name="{BOLD}">{chunk}</font>'
            elif italic:
                chunk = f'<font name="{ITALIC}">{chunk}</font>'
            parts.append(chunk)
        return "".join(parts), size or self._base_size, page_break

    def paragraph(self, p: Any, in_cell: bool = False) -> list[Flowable]:
        markup, size, page_break = self._runs_markup(p)
        p_pr = p.find(qn("w:pPr"))
        align = _ALIGN.get(_val(p_pr, qn("w:jc")) or "", TA_LEFT)
        ind = p_pr.find(qn("w:ind")) if p_pr is not None else None
        first = int(ind.get(qn("w:firstLine")) or 0) * _TWIP if ind is not None else 0
        left = int(ind.get(qn("w:left")) or ind.get(qn("w:start")) or 0) * _TWIP if ind is not None else 0
        spacing = p_pr.find(qn("w:spacing")) if p_pr is not None else None
        before = int(spacing.get(qn("w:before")) or 0) * _TWIP if spacing is not None else 0
        after = int(spacing.get(qn("w:after")) or 0) * _TWIP if spacing is not None else (0 if in_cell else 3)
        borders = p_pr.find(qn("w:pBdr")) if p_pr is not None else None
        style = ParagraphStyle(
            "docx",
            fontName=REGULAR,
            fontSize=size,
            leading=size * 1.2,
            alignment=align,
            firstLineIndent=first,
            leftIndent=left,
            spaceBefore=before,
            spaceAfter=after,
            embeddedHyphenation=1,
            borderWidth=0,
        )
        out: list[Flowable] = []
        if page_break and not in_cell:
            out.append(PageBreak())
        if markup:
            out.append(Paragraph(markup, style))
        elif borders is not None and borders.find(qn("w:bottom")) is not None:
            out.append(_Rule(before))
        elif not page_break:
            out.append(Spacer(1, max(size * 0.3, before)) if size < 6 else Spacer(1, size * 1.2 + before))
        return out

    # ---- tables --------------------------------------------------------------------

    def table(self, tbl: Any) -> Flowable:
        widths = [int(c.get(qn("w:w")) or 0) * _TWIP for c in tbl.iter(qn("w:gridCol"))]
        total = sum(widths) or 1
        if total > CONTENT_WIDTH or not all(widths):
            widths = [CONTENT_WIDTH / max(len(widths), 1)] * len(widths) if not all(widths) else [
                w * CONTENT_WIDTH / total for w in widths
            ]
        t_pr = tbl.find(qn("w:tblPr"))
        style_id = _val(t_pr, qn("w:tblStyle")) or ""
        grid = "Grid" in style_id or (t_pr is not None and t_pr.find(qn("w:tblBorders")) is not None)
        data: list[list[Any]] = []
        commands: list[tuple[Any, ...]] = [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 3 if grid else 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 3 if grid else 0),
            ("TOPPADDING", (0, 0), (-1, -1), 2 if grid else 1),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3 if grid else 1),
            ("FONTNAME", (0, 0), (-1, -1), REGULAR),
        ]
        if grid:
            commands.append(("GRID", (0, 0), (-1, -1), 0.5, colors.black))
        header_rows = 0
        for row_index, tr in enumerate(tbl.iter(qn("w:tr"))):
            tr_pr = tr.find(qn("w:trPr"))
            if tr_pr is not None and tr_pr.find(qn("w:tblHeader")) is not None and header_rows == row_index:
                header_rows += 1
            row: list[Any] = []
            column = 0
            for tc in tr.iter(qn("w:tc")):
                tc_pr = tc.find(qn("w:tcPr"))
                span = int(_val(tc_pr, qn("w:gridSpan")) or 1)
                cell: list[Flowable] = []
                for child in tc:
                    if child.tag == qn("w:p"):
                        cell.extend(self.paragraph(child, in_cell=True))
                    elif child.tag == qn("w:tbl"):
                        cell.append(self.table(child))
                row.append(cell)
                row.extend("" for _ in range(span - 1))
                if span > 1:
                    commands.append(("SPAN", (column, row_index), (column + span - 1, row_index)))
                fill = tc_pr.find(qn("w:shd")) if tc_pr is not None else None
                if fill is not None and (fill.get(qn("w:fill")) or "auto") not in ("auto", "FFFFFF"):
                    commands.append(
                        ("BACKGROUND", (column, row_index), (column + span - 1, row_index),
                         colors.HexColor(f"#{fill.get(qn('w:fill'))}"))
                    )
                column += span
            row.extend("" for _ in range(len(widths) - len(row)))
            data.append(row[: len(widths)])
        if not data:
            return Spacer(1, 0)
        return GridTable(data, colWidths=widths, repeatRows=header_rows, splitInRow=1, style=commands)

    def story(self) -> list[Flowable]:
        out: list[Flowable] = []
        for child in self._doc.element.body:
            if child.tag == qn("w:p"):
                out.extend(self.paragraph(child))
                if child.find(f"{qn('w:pPr')}/{qn('w:sectPr')}") is not None:
                    out.append(_NEXT_DOCUMENT)
            elif child.tag == qn("w:tbl"):
                out.append(self.table(child))
        return out


class _Rule(Flowable):
    """An empty paragraph with a bottom border: a line to write on."""

    def __init__(self, before: float) -> None:
        super().__init__()
        self._before = before

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        return availWidth, self._before + 14

    def draw(self) -> None:
        self.canv.setLineWidth(0.5)
        self.canv.line(0, 0, self.width, 0)


_NEXT_DOCUMENT = Spacer(0, 0)


def _documents(story: Sequence[Flowable]) -> Iterator[list[Flowable]]:
    """Split the story where a section ended: each section is a document numbered from page 1."""
    current: list[Flowable] = []
    for flowable in story:
        if flowable is _NEXT_DOCUMENT:
            yield current
            current = []
        else:
            current.append(flowable)
    if current:
        yield current


def write_pdf(document: DocumentObject, target: Path, title: str, author: str) -> int:
    """The rendered `document` as a PDF at `target` (atomically); returns the number of pages."""
    documents = list(_documents(_Converter(document).story()))
    pages = 0

    def build(stream: BinaryIO) -> None:
        nonlocal pages
        doc = DocumentsTemplate(stream, title=title, author=author, total_documents=len(documents))
        doc.build_documents(documents)
        pages = doc.page

    write_atomically(Path(target), build)
    return pages
