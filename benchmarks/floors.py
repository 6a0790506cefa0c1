"""The floors the figures are compared with: the same work done by the bare libraries."""

from __future__ import annotations

import sys
import textwrap
import time
from collections.abc import Iterable, Sequence
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


def bare_table_repaints(samples: int = 90) -> list[float]:
    """Seconds for a bare QTableView over a QStandardItemModel to show and paint another page of
    rows (scroll, repaint, process events): what Qt itself costs per frame of a full table."""
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QApplication, QTableView

    app = QApplication.instance() or QApplication([])
    model = QStandardItemModel(2000, 10)
    for r in range(2000):
        for c in range(10):
            model.setItem(r, c, QStandardItem(f"Иванова Мария Петровна {r} {c}"))
    view = QTableView()
    view.setModel(model)
    view.resize(1400, 800)
    view.show()
    app.processEvents()
    times = []
    for i in range(samples):
        started = time.perf_counter()
        view.scrollTo(model.index((i * 37) % 2000, 0))
        view.viewport().repaint()
        app.processEvents()
        times.append(time.perf_counter() - started)
    view.deleteLater()
    app.processEvents()
    return times


def openpyxl_write_only(rows: Sequence[Sequence[Any]], header: Sequence[str], target: Path) -> None:
    """openpyxl's write-only mode writing the same cells, nothing more."""
    from openpyxl import Workbook

    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Лист1")
    ws.append(list(header))
    for row in rows:
        ws.append(list(row))
    wb.save(target)


def calamine_read(source: Path) -> int:
    """python-calamine (Rust) reading every cell value of the first sheet: the fastest reader."""
    from python_calamine import CalamineWorkbook

    wb = CalamineWorkbook.from_path(str(source))
    count = sum(len(row) for row in wb.get_sheet_by_index(0).to_python())
    wb.close()
    return count


def openpyxl_read_only(source: Path) -> int:
    """openpyxl's read-only mode reading every cell value of the first sheet."""
    from openpyxl import load_workbook

    wb = load_workbook(source, read_only=True, data_only=True)
    count = 0
    for row in wb.worksheets[0].iter_rows(values_only=True):
        count += sum(1 for _ in row)
    wb.close()
    return count


def platypus_ioms(records: Sequence[Any], target: Path, font_path: Path, bold_path: Path) -> None:
    """Plain reportlab platypus building the same tables as the ИОМ documents: per ИОМ a title,
    the passport table, дефициты/цель/задачи, the roadmap grouped by direction with a repeated
    header row, and the signature table; one SimpleDocTemplate, no page templates of our own."""
    from xml.sax.saxutils import escape

    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    if "FloorSerif" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("FloorSerif", str(font_path)))
        pdfmetrics.registerFont(TTFont("FloorSerif-Bold", str(bold_path)))
    body = ParagraphStyle("body", fontName="FloorSerif", fontSize=12, leading=15)
    cell = ParagraphStyle("cell", fontName="FloorSerif", fontSize=10, leading=12)
    head = ParagraphStyle("head", fontName="FloorSerif-Bold", fontSize=10, leading=12)
    title = ParagraphStyle("title", fontName="FloorSerif-Bold", fontSize=14, leading=18)
    grid = TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")])
    widths = [10 * mm, 55 * mm, 25 * mm, 45 * mm, 20 * mm, 25 * mm]

    def p(text: str, style: ParagraphStyle = cell) -> Paragraph:
        return Paragraph(escape(text), style)

    story: list[Any] = []
    for rec in records:
        mentee = rec.mentee
        staff = mentee.staff
        story.append(p("УТВЕРЖДАЮ", body))
        story.append(p(f"Индивидуальный образовательный маршрут {mentee.full_name} на {rec.school_year}", title))
        passport = [
            ("ФИО", mentee.full_name), ("Должность", staff.position if staff else ""),
            ("Предмет", staff.subjects if staff else ""), ("Образование", staff.education if staff else ""),
            ("Стаж", str(staff.experience_years) if staff else ""), ("Наставник", rec.mentor.full_name if rec.mentor else ""),
            ("Тема самообразования", rec.topic),
        ]
        story.append(Table([[p(a), p(b)] for a, b in passport], colWidths=[50 * mm, 120 * mm], style=grid))
        for label, text in (("Дефициты", rec.deficits), ("Цель", rec.goal), ("Задачи", rec.tasks)):
            story.append(p(f"{label}: {text}", body))
        rows: list[list[Any]] = [[p(h, head) for h in ("№", "Мероприятие", "Сроки", "Продукт", "Ответственный",
                                                      "Отметка о выполнении")]]
        spans = []
        direction = None
        for n, act in enumerate(rec.activities, 1):
            if act.direction != direction:
                direction = act.direction
                spans.append(("SPAN", (0, len(rows)), (-1, len(rows))))
                rows.append([p(direction or "Без направления", head), "", "", "", "", ""])
            mark = f"{act.done_on:%d.%m.%Y} {act.mark}" if act.done_on else act.status.label
            rows.append([p(str(n)), p(act.title), p(act.period), p(act.product), p(act.responsible), p(mark)])
        story.append(Spacer(1, 4 * mm))
        story.append(Table(rows, colWidths=widths, repeatRows=1, style=TableStyle([*grid.getCommands(), *spans])))
        signatures = [[p(role), p("________"), p(name)] for role, name in (
            ("Наставник", rec.mentor.short_name if rec.mentor else ""), ("Наставляемый", mentee.short_name),
            ("Куратор", ""))]
        story.append(Table(signatures, colWidths=[50 * mm, 60 * mm, 60 * mm]))
        story.append(PageBreak())
    doc = SimpleDocTemplate(str(target), pagesize=A4, leftMargin=30 * mm, rightMargin=10 * mm,
                            topMargin=20 * mm, bottomMargin=20 * mm)
    doc.build(story)


def platypus_ioms_in_parts(records: Iterable[Any], folder: Path, font_path: Path, bold_path: Path,
                           per_part: int = 100) -> int:
    """`platypus_ioms` over a stream of records, `per_part` documents to a file: plain reportlab
    keeps a whole story in memory (2,000 ИОМ in one build took 1.9 GB), so the floor for a
    district's batch writes parts and does not join them. Returns the number of documents."""
    folder.mkdir(parents=True, exist_ok=True)
    part: list[Any] = []
    done = 0
    for record in records:
        part.append(record)
        if len(part) == per_part:
            platypus_ioms(part, folder / f"part-{done:05d}.pdf", font_path, bold_path)
            done += len(part)
            part = []
    if part:
        platypus_ioms(part, folder / f"part-{done:05d}.pdf", font_path, bold_path)
        done += len(part)
    return done


def xlsxwriter_constant_memory(rows: Sequence[Sequence[Any]], header: Sequence[str], target: Path) -> None:
    """XlsxWriter in constant-memory mode writing the same cells, nothing more: the fastest writer."""
    from datetime import date

    from xlsxwriter import Workbook

    wb = Workbook(str(target), {"constant_memory": True})
    ws = wb.add_worksheet("Лист1")
    date_format = wb.add_format({"num_format": "DD.MM.YYYY"})
    ws.write_row(0, 0, list(header))
    for r, row in enumerate(rows, 1):
        for c, value in enumerate(row):
            if value is None:
                continue
            if isinstance(value, str):
                ws.write_string(r, c, value)
            elif isinstance(value, date):
                ws.write_datetime(r, c, value, date_format)
            else:
                ws.write_number(r, c, value)
    wb.close()


PEOPLE_SELECT = """
SELECT p.id, p.last_name, p.first_name, p.middle_name, p.kind, p.gender, p.birth_date, p.phone, p.email,
       p.contact_note, p.archived,
       st.person_id, st.position, st.subjects, st.experience_years, st.experience_as_of, st.hire_date, st.category,
       st.education, st.shmo, st.young_specialist_override,
       pp.person_id, pp.class_name, pp.categories, ex.person_id, ex.organisation_name, ex.position_or_course,
       mp.person_id, mp.competences, mp.interests, mp.achievements, mp.resource, mp.schedule, mp.desired_age,
       mp.joined_on, me.person_id, me.request, me.deficits, me.joined_on
FROM person p
LEFT JOIN staff_profile st ON st.person_id = p.id
LEFT JOIN pupil_profile pp ON pp.person_id = p.id
LEFT JOIN external_profile ex ON ex.person_id = p.id
LEFT JOIN mentor_profile mp ON mp.person_id = p.id
LEFT JOIN mentee_profile me ON me.person_id = p.id
"""


def bare_select_people(db: Path) -> int:
    """sqlite3 reading the same person and profile columns a register reads, plus the pairs:
    the rows as tuples, nothing built from them."""
    import sqlite3

    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        count = len(conn.execute(PEOPLE_SELECT + " ORDER BY p.id").fetchall())
        count += len(conn.execute("SELECT * FROM pair").fetchall())
        count += len(conn.execute("SELECT pair_id, mentee_id FROM pair_mentee").fetchall())
        return count
    finally:
        conn.close()


PEOPLE_REGISTER_SELECT = """
SELECT p.id, p.last_name, p.first_name, p.middle_name, p.kind, p.birth_date, p.archived,
       st.person_id, st.position, st.experience_years, st.experience_as_of, st.young_specialist_override,
       pp.person_id, pp.class_name, ex.person_id, ex.organisation_name, ex.position_or_course, c.signed_on
FROM person p
LEFT JOIN staff_profile st ON st.person_id = p.id
LEFT JOIN pupil_profile pp ON pp.person_id = p.id
LEFT JOIN external_profile ex ON ex.person_id = p.id
LEFT JOIN (SELECT person_id, max(signed_on) AS signed_on FROM consent
           WHERE consent_type = 'processing' AND withdrawn_on IS NULL GROUP BY person_id) c ON c.person_id = p.id
ORDER BY p.id
"""


def bare_select_people_register(db: Path) -> int:
    """sqlite3 reading exactly the columns the people register shows, every field of it (names,
    kind, class or position, birth date, workplace, the young-specialist inputs, the latest
    processing consent) and who mentors or is mentored in which pair (with the columns that
    file a pair under a year and a form): the rows as tuples, nothing built from them."""
    import sqlite3

    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        count = len(conn.execute(PEOPLE_REGISTER_SELECT).fetchall())
        count += len(conn.execute(
            "SELECT id, mentor_id, form_id, school_year, start_date, end_date FROM pair").fetchall())
        count += len(conn.execute(
            "SELECT pm.pair_id, pm.mentee_id FROM pair_mentee pm JOIN pair ON pair.id = pm.pair_id").fetchall())
        return count
    finally:
        conn.close()


def bare_select_iom(conn: Any, iom_id: int) -> int:
    """sqlite3 reading the rows one ИОМ shows: the ИОМ, its activities, its two people with profiles, its pair."""
    iom = conn.execute("SELECT * FROM iom WHERE id = ?", (iom_id,)).fetchone()
    count = len(conn.execute("SELECT * FROM iom_activity WHERE iom_id = ? ORDER BY position, id", (iom_id,)).fetchall())
    people = [pid for pid in (iom[2], iom[3]) if pid is not None]  # mentee_id, mentor_id
    marks = ",".join("?" for _ in people)
    count += len(conn.execute(PEOPLE_SELECT + f" WHERE p.id IN ({marks})", people).fetchall())


def openpyxl_write_only_sheets(sheets: Sequence[tuple[Sequence[str], Sequence[Sequence[Any]]]], target: Path) -> None:
    """openpyxl's write-only mode writing the same sheets (header and rows each), nothing more."""
    from openpyxl import Workbook

    wb = Workbook(write_only=True)
    for i, (header, rows) in enumerate(sheets):
        ws = wb.create_sheet(f"Лист{i + 1}")
        ws.append(list(header))
        for row in rows:
            ws.append(list(row))
    wb.save(target)


def bare_select_school_rows(url: str, tables: Sequence[str]) -> int:
    """A bare SELECT of every row of the tables the district table is computed from (psycopg)."""
    import psycopg

    count = 0
    with psycopg.connect(url) as conn, conn.cursor() as cur:
        for table in tables:
            cur.execute(f"SELECT * FROM {table}")
            count += len(cur.fetchall())
    return count
