"""A ReportDocument (domain/report_doc.py) laid out as an A4 PDF: headings, text, tables, charts."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table
from reportlab.platypus import Paragraph as P

from mentor_desk.domain.report_doc import ChartBlock, Heading, Paragraph, ReportDocument, TableBlock
from mentor_desk.exports.atomic import write_atomically
from mentor_desk.exports.charts import chart_drawing
from mentor_desk.exports.pdf.layout import CONTENT_WIDTH, DocumentsTemplate
from mentor_desk.exports.pdf.styles import plain_style, styles
from mentor_desk.exports.pdf.text import esc


def report_story(doc: ReportDocument) -> list[Flowable]:
    st = styles()
    out: list[Flowable] = [P(esc(doc.school), st.school), Spacer(1, 6 * mm), P(esc(doc.title), st.title),
                           P(esc(doc.subtitle), st.subtitle), Spacer(1, 4 * mm)]
    for block in doc.blocks:
        if isinstance(block, Heading):
            out.append(P(esc(block.text), st.heading))
        elif isinstance(block, Paragraph):
            out.append(P(esc(block.text), st.body_indent))
            for _ in range(block.blank_lines):
                out.append(P("_" * 80, st.body_left))
        elif isinstance(block, TableBlock):
            out.append(_table(block))
        elif isinstance(block, ChartBlock):
            out.append(KeepTogether([Spacer(1, 2 * mm), chart_drawing(block, CONTENT_WIDTH, 62 * mm)]))
    position, name = doc.signature
    if position or name:
        out += [Spacer(1, 10 * mm), P(f"{esc(position)} ____________________ {esc(name)}", st.signature)]
    return out


def _table(block: TableBlock) -> Flowable:
    st = styles()
    weights = block.widths or tuple(1.0 for _ in block.headers)
    total = sum(weights)
    widths = [CONTENT_WIDTH * w / total for w in weights]
    rows: list[list[Any]] = [[P(esc(h), st.cell_head) for h in block.headers]]
    for row in block.rows:
        rows.append([P(esc(c), st.cell if i == 0 else st.cell_center) for i, c in enumerate(row)])
    table = Table(rows, colWidths=widths, repeatRows=1)
    table.setStyle(plain_style())
    if block.caption:
        return KeepTogether([P(esc(block.caption), st.body_left), table, Spacer(1, 2 * mm)])
    return table


def write_report_pdf(doc: ReportDocument, target: Path) -> int:
    """Write the report atomically; returns the number of pages."""
    pages = 0

    def build(stream: Any) -> None:
        nonlocal pages
        template = DocumentsTemplate(stream, title=doc.title, author=doc.school, total_documents=1)
        template.build_documents([report_story(doc)])
        pages = template.page

    write_atomically(Path(target), build)
    return pages
