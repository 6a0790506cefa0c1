"""The floors the figures are compared with: the same work done by the bare libraries."""

from __future__ import annotations

import sys
import textwrap
from collections.abc import Sequence
from pathlib import Path
from typing import Any

BARE_QT_SCRIPT = textwrap.dedent(
    """
    import sys
    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QStandardItemModel
    from PySide6.QtWidgets import QApplication, QMainWindow, QTableView

    app = QApplication(sys.argv)
    window = QMainWindow()
    view = QTableView()
    view.setModel(QStandardItemModel(10, 5))
    window.setCentralWidget(view)
    window.resize(1200, 800)
    window.show()
    QTimer.singleShot(0, app.quit)
    sys.exit(app.exec())
    """
)


def bare_qt_command() -> list[str]:
    return [sys.executable, "-c", BARE_QT_SCRIPT]


def openpyxl_write_only(rows: Sequence[Sequence[Any]], header: Sequence[str], target: Path) -> None:
    """openpyxl's write-only mode writing the same cells, nothing more."""
    from openpyxl import Workbook

    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Лист1")
    ws.append(list(header))
    for row in rows:
        ws.append(list(row))
    wb.save(target)


def openpyxl_read_only(source: Path) -> int:
    """openpyxl's read-only mode reading every cell value of the first sheet."""
    from openpyxl import load_workbook

    wb = load_workbook(source, read_only=True, data_only=True)
    count = 0
    for row in wb.worksheets[0].iter_rows(values_only=True):
        count += sum(1 for _ in row)
    wb.close()
    return count


def platypus_tables(docs: Sequence[tuple[str, Sequence[Sequence[str]]]], target: Path, font_path: Path) -> None:
    """Plain reportlab platypus: one title and one table of Paragraph cells per document."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Table

    if "FloorSerif" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("FloorSerif", str(font_path)))
    style = ParagraphStyle("cell", fontName="FloorSerif", fontSize=9, leading=11)
    title = ParagraphStyle("title", fontName="FloorSerif", fontSize=13, leading=16)
    story: list[Any] = []
    for heading, table_rows in docs:
        story.append(Paragraph(heading, title))
        data = [[Paragraph(cell, style) for cell in row] for row in table_rows]
        story.append(Table(data, repeatRows=1, colWidths=[10 * mm, 60 * mm, 25 * mm, 40 * mm, 25 * mm]))
        story.append(PageBreak())
    SimpleDocTemplate(str(target), pagesize=A4).build(story)
