"""The default DOCX template of the ИОМ with its «дорожная карта» (same content as exports/pdf/iom.py)."""

from __future__ import annotations

from docx.document import Document as DocumentObject
from docx.shared import Mm
from docx.table import Table
from docx_kit import (
    CENTER,
    CONTENT_WIDTH_MM,
    LEFT,
    bottom_border,
    cell_text,
    mark_header,
    new_document,
    para,
    shade,
    spacer,
    table,
    tag,
)

SIGNATURE_LINE = "_______________"
BLANK_DATE = "«___» ____________ 20___ г."
ROADMAP_HEADER = (
    "№",
    "Мероприятие",
    "Сроки",
    "Форма представления результата (продукт)",
    "Ответственный",
    "Отметка о выполнении",
)
ROADMAP_WIDTHS = (8, 49, 20, 38, 27, CONTENT_WIDTH_MM - 142)


def approval(doc: DocumentObject) -> None:
    half = CONTENT_WIDTH_MM / 2
    t = table(doc, (half - 4, half + 4), 1, grid=False)
    left = t.cell(0, 0)
    cell_text(left, "РАССМОТРЕНО", size=12)
    for line in ("на заседании методического совета", "протокол № ______", "от «___» ____________ 20___ г."):
        para(left, line, align=LEFT, after=0)
    right = t.cell(0, 1)
    cell_text(right, "УТВЕРЖДАЮ", size=12)
    para(right, "{{ director_position }}", align=LEFT, after=0)
    tag(right, "{%p if school_short %}")
    para(right, "{{ school_short }}", align=LEFT, after=0)
    tag(right, "{%p endif %}")
    para(right, SIGNATURE_LINE + " {{ director_signature }}", align=LEFT, after=0, before=8)
    para(right, "{{ approved_date }}", align=LEFT, after=0, before=6)
    for paragraph in right.paragraphs:
        paragraph.paragraph_format.left_indent = Mm(12)  # as the PDF's inner padding


def heading(doc: DocumentObject, text: str) -> None:
    para(doc, text, bold=True, align=LEFT, before=8, after=4, keep_next=True)


def text_block(doc: DocumentObject, name: str, ruled: bool = False) -> None:
    tag(doc, f"{{%p for line in {name} %}}")
    para(doc, "{{ line }}", indent=True)
    tag(doc, "{%p endfor %}")
    if ruled:
        tag(doc, f"{{%p if not {name} %}}")
        for _ in range(3):
            line = para(doc, "", align=LEFT, after=0, before=6)
            bottom_border(line)
        tag(doc, "{%p endif %}")


def roadmap(doc: DocumentObject) -> Table:
    t = table(doc, ROADMAP_WIDTHS, 9)
    mark_header(t.rows[0])
    for column, text in enumerate(ROADMAP_HEADER):
        cell_text(t.cell(0, column), text, bold=True, align=CENTER, size=9.5)
    cell_text(t.cell(1, 0), "{%tr for g in groups %}")
    cell_text(t.cell(2, 0), "{%tr if show_groups %}")
    group = t.cell(3, 0).merge(t.cell(3, 5))
    cell_text(group, "{{ g.title }}", bold=True)
    shade(group, "E8E8E8")
    cell_text(t.cell(4, 0), "{%tr endif %}")
    cell_text(t.cell(5, 0), "{%tr for a in g.activities %}")
    for column, text in enumerate(
        ("{{ a.number }}", "{{ a.title }}", "{{ a.period }}", "{{ a.product }}", "{{ a.responsible }}", "{{ a.mark }}")
    ):
        cell_text(t.cell(6, column), text, align=CENTER if column == 0 else LEFT)
    cell_text(t.cell(7, 0), "{%tr endfor %}")
    cell_text(t.cell(8, 0), "{%tr endfor %}")
    return t


def signatures(doc: DocumentObject) -> None:
    t = table(doc, (32, 38, 46, CONTENT_WIDTH_MM - 116), 4, grid=False)
    cell_text(t.cell(0, 0), "{%tr for s in signatures %}")
    cell_text(t.cell(1, 0), "{{ s.role }}", size=12)
    cell_text(t.cell(1, 1), SIGNATURE_LINE, size=12, align=CENTER)
    cell_text(t.cell(1, 2), "{% if s.name %}{{ s.name }}{% else %}________________{% endif %}", size=12)
    cell_text(t.cell(1, 3), BLANK_DATE, size=12)
    cell_text(t.cell(2, 1), "(подпись)", size=8, align=CENTER)
    cell_text(t.cell(2, 2), "{% if not s.name %}(И.О. Фамилия){% endif %}", size=8, align=CENTER)
    cell_text(t.cell(3, 0), "{%tr endfor %}")
    for row in t.rows:
        row.cells[0].paragraphs[0].paragraph_format.space_before = 0


def build_iom() -> DocumentObject:
    doc = new_document("Индивидуальный образовательный маршрут")
    para(doc, "{{ school_full }}", bold=True, align=CENTER, after=0)
    spacer(doc, 6)
    approval(doc)
    spacer(doc, 8)
    para(doc, "ИНДИВИДУАЛЬНЫЙ ОБРАЗОВАТЕЛЬНЫЙ МАРШРУТ", bold=True, size=14, align=CENTER, after=2)
    para(doc, "{{ whose }}", align=CENTER, after=2)
    para(doc, "{{ year_line }}", align=CENTER, after=2)
    spacer(doc, 5)
    heading(doc, "1. Паспорт")
    passport = table(doc, (58, CONTENT_WIDTH_MM - 58), 3)
    cell_text(passport.cell(0, 0), "{%tr for r in passport %}")
    cell_text(passport.cell(1, 0), "{{ r.label }}", bold=True, size=11)
    cell_text(passport.cell(1, 1), "{{ r.value }}", size=11)
    cell_text(passport.cell(2, 0), "{%tr endfor %}")
    heading(doc, "2. {% if is_teacher %}Профессиональные дефициты{% else %}Выявленные затруднения{% endif %}")
    text_block(doc, "deficits")
    heading(doc, "3. Цель")
    text_block(doc, "goal")
    heading(doc, "4. Задачи")
    text_block(doc, "tasks")
    heading(doc, "5. Дорожная карта")
    tag(doc, "{%p if has_activities %}")
    roadmap(doc)
    tag(doc, "{%p if not blank %}")
    para(doc, "{{ done_line }}", align=LEFT, before=6)
    tag(doc, "{%p endif %}")
    tag(doc, "{%p else %}")
    para(doc, "Мероприятия не запланированы.", align=LEFT)
    tag(doc, "{%p endif %}")
    tag(doc, "{%p if not blank %}")
    heading(doc, "6. Итоги")
    para(doc, "Самоотчёт наставляемого:", align=LEFT)
    text_block(doc, "self_report", ruled=True)
    para(doc, "Заключение наставника:", align=LEFT)
    text_block(doc, "mentor_conclusion", ruled=True)
    tag(doc, "{%p endif %}")
    spacer(doc, 8)
    signatures(doc)
    return doc
