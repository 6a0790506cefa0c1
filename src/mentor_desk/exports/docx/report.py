"""A ReportDocument (domain/report_doc.py) written as DOCX to edit: the same blocks as the PDF
(exports/pdf/report.py), charts as pictures drawn by the same reportlab.graphics code when a raster
renderer (renderPM with its rlPyCairo backend) is installed, else as the table of numbers behind them."""

from __future__ import annotations

import io
from pathlib import Path

from docx.shared import Mm

from mentor_desk.domain.report_doc import ChartBlock, Heading, Paragraph, ReportDocument, TableBlock
from mentor_desk.exports.docx.layout import CENTER, CONTENT_WIDTH_MM, LEFT, gost_document, grid, para
from mentor_desk.exports.docx.render import save

CHART_HEIGHT_MM = 62


def chart_png(block: ChartBlock) -> bytes | None:
    """The chart as a PNG (150 dpi), or None when no raster backend of renderPM is installed."""
    from reportlab.graphics import renderPM
    from reportlab.graphics.utils import RenderPMError

    from mentor_desk.exports.charts import chart_drawing

    width = CONTENT_WIDTH_MM * 72 / 25.4
    drawing = chart_drawing(block, width, CHART_HEIGHT_MM * 72 / 25.4)
    try:
        return bytes(renderPM.drawToString(drawing, fmt="PNG", dpi=150))
    except (RenderPMError, ImportError, OSError):
        return None


def chart_rows(block: ChartBlock) -> tuple[tuple[str, ...], list[tuple[str, ...]]]:
    """The numbers a chart shows, as a table: one row per label, one column per series."""
    names = block.series_names or ("Значение",) * min(len(block.series), 1)

    def fmt(v: float) -> str:
        if block.percent:
            return f"{100 * v:.1f} %".replace(".", ",")
        return f"{v:g}".replace(".", ",")

    rows = [(label, *(fmt(s[i]) if i < len(s) else "—" for s in block.series)) for i, label in enumerate(block.labels)]
    if block.target is not None:
        rows.append(("Целевое значение", *(fmt(block.target) for _ in block.series)))
    return ("", *names), rows


def _chart(doc: object, block: ChartBlock, pictures: bool) -> bool:
    png = chart_png(block) if pictures else None
    if png is not None:
        p = para(doc, align=CENTER, before=6, after=6)  # type: ignore[arg-type]
        p.add_run().add_picture(io.BytesIO(png), width=Mm(CONTENT_WIDTH_MM))
        return True
    para(doc, f"Диаграмма «{block.title}»: данные", align=LEFT, before=6, keep_next=True)  # type: ignore[arg-type]
    headers, rows = chart_rows(block)
    grid(doc, headers, rows, (3,) + (1,) * (len(headers) - 1))  # type: ignore[arg-type]
    return False


def write_report_docx(report: ReportDocument, target: Path, pictures: bool = True) -> int:
    """Write the report atomically; returns how many charts went in as pictures."""
    doc = gost_document(report.title, report.school)
    para(doc, report.school, align=CENTER, after=12)
    para(doc, report.title, bold=True, size=14, align=CENTER, after=2)
    para(doc, report.subtitle, align=CENTER, after=12)
    drawn = 0
    for block in report.blocks:
        if isinstance(block, Heading):
            para(doc, block.text, bold=True, align=LEFT, before=10, after=4, keep_next=True)
        elif isinstance(block, Paragraph):
            if block.text:
                para(doc, block.text, indent=True)
            for _ in range(block.blank_lines):
                para(doc, "_" * 64, align=LEFT)
        elif isinstance(block, TableBlock):
            if block.caption:
                para(doc, block.caption, align=LEFT, before=4, keep_next=True)
            grid(doc, block.headers, block.rows, block.widths)
            para(doc, after=0)
        elif isinstance(block, ChartBlock):
            drawn += _chart(doc, block, pictures)
    position, name = report.signature
    if position or name:
        para(doc, f"{position} ____________________ {name}", align=LEFT, before=24)
    save(doc, Path(target))
    return drawn
