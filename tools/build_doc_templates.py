"""Build the default DOCX templates into resources/templates/docx/ (run after changing a default wording).

    python tools/build_doc_templates.py [FOLDER]

Each template is an ordinary Word document with docxtpl fields ({{ поле }}, {%p if … %}); the school
may open it in Word or Writer, change the wording and load it back (Справочники → «Шаблоны документов»).
The wording here is the same as the PDF writers' (tests compare the texts).
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

from docx.document import Document as DocumentObject

sys.path.insert(0, str(Path(__file__).resolve().parent))

from docx_kit import (
    CENTER,
    CONTENT_WIDTH_MM,
    LEFT,
    RIGHT,
    cell_text,
    new_document,
    page_break,
    para,
    spacer,
    table,
    tag,
)
from docx_templates_iom import build_iom
from docx_templates_school import SCHOOL_BUILDERS

SIGNATURE_LINE = "_______________"
BLANK_DATE = "«___» ____________ 20___ г."
CONTROL = "{{ n() }}. Контроль за исполнением настоящего приказа оставляю за собой."


def order_head(doc: DocumentObject) -> None:
    para(doc, "{{ school_full }}", bold=True, align=CENTER, after=0)
    spacer(doc, 6)
    para(doc, "ПРИКАЗ", bold=True, size=14, align=CENTER, after=2)
    spacer(doc, 4)
    half = CONTENT_WIDTH_MM / 2
    row = table(doc, (half, half), 1, grid=False)
    cell_text(row.cell(0, 0), "{{ order_date_long }}", size=12)
    cell_text(row.cell(0, 1), "№ {{ order_number }}", size=12, align=RIGHT)
    spacer(doc, 8)
    para(doc, "{{ order_title }}", bold=True, align=LEFT, after=0)
    spacer(doc, 4)


def preamble(doc: DocumentObject, default: str) -> None:
    tag(doc, "{%p if preamble %}")
    para(doc, "{{ preamble }}", indent=True)
    tag(doc, "{%p else %}")
    para(doc, default, indent=True)
    tag(doc, "{%p endif %}")
    tag(doc, "{%p if not preamble_says_order %}")
    para(doc, "ПРИКАЗЫВАЮ:", align=LEFT)
    tag(doc, "{%p endif %}")


def item(doc: DocumentObject, text: str) -> None:
    para(doc, text, indent=True, after=4)


def order_tail(doc: DocumentObject) -> None:
    spacer(doc, 10)
    sign = table(doc, (70, 45, CONTENT_WIDTH_MM - 115), 1, grid=False)
    cell_text(sign.cell(0, 0), "{{ director_position }}", size=12)
    cell_text(sign.cell(0, 1), SIGNATURE_LINE, size=12)
    cell_text(sign.cell(0, 2), "{{ director_signature }}", size=12, align=RIGHT)
    spacer(doc, 10)
    tag(doc, "{%p if acquainted %}")
    t = table(doc, (50, 40, CONTENT_WIDTH_MM - 90), 5, grid=False)
    head = t.cell(0, 0).merge(t.cell(0, 2))
    cell_text(head, "С приказом ознакомлены:", size=12)
    cell_text(t.cell(1, 0), "{%tr for name in acquainted %}")
    cell_text(t.cell(2, 0), "{{ name }}", size=12)
    cell_text(t.cell(2, 1), SIGNATURE_LINE, size=12, align=CENTER)
    cell_text(t.cell(2, 2), BLANK_DATE, size=12)
    cell_text(t.cell(3, 1), "(подпись)", size=8, align=CENTER)
    cell_text(t.cell(4, 0), "{%tr endfor %}")
    tag(doc, "{%p endif %}")


def annex(doc: DocumentObject) -> None:
    tag(doc, "{%p if pairs %}")
    page_break(doc)
    note = table(doc, (CONTENT_WIDTH_MM - 75, 75), 1, grid=False)
    cell = note.cell(0, 1)
    cell_text(cell, "Приложение", size=12)
    para(cell, "к приказу {{ school_short }}", align=LEFT, after=0)
    para(cell, "от {{ order_date }} № {{ order_number }}", align=LEFT, after=0)
    spacer(doc, 8)
    para(doc, "Состав наставнических пар (групп)", bold=True, size=14, align=CENTER, after=2)
    para(doc, "на {{ year }} учебный год", align=CENTER, after=2)
    spacer(doc, 4)
    header = (
        "№",
        "Наставник (ФИО, должность)",
        "Наставляемый(е) (ФИО, должность, класс)",
        "Форма наставничества",
        "Вид наставничества",
        "Срок",
    )
    widths = (8, 38, 43, 27, 30, CONTENT_WIDTH_MM - 146)
    t = table(doc, widths, 4, header=True)
    for column, text in enumerate(header):
        cell_text(t.cell(0, column), text, bold=True, align=CENTER, size=9.5)
    cell_text(t.cell(1, 0), "{%tr for p in pairs %}")
    for column, text in enumerate(
        ("{{ p.number }}", "{{ p.mentor_cell }}", "{{ p.mentees_cell }}", "{{ p.form }}", "{{ p.type }}",
         "{{ p.term }}")
    ):
        cell_text(t.cell(2, column), text, align=CENTER if column == 0 else LEFT)
    cell_text(t.cell(3, 0), "{%tr endfor %}")
    tag(doc, "{%p endif %}")


def build_fix_pairs() -> DocumentObject:
    doc = new_document("Приказ о закреплении наставнических пар")
    order_head(doc)
    preamble(
        doc,
        "В соответствии с Положением о наставничестве {{ school_in }}, в целях реализации целевой модели "
        "наставничества, оказания помощи в профессиональном становлении и развитии участников программ "
        "наставничества,",
    )
    item(doc, "{{ n() }}. Утвердить состав наставнических пар (групп) на {{ year }} учебный год согласно "
              "приложению к настоящему приказу.")
    item(doc, "{{ n() }}. Закрепить наставляемых за наставниками:")
    tag(doc, "{%p for p in pairs %}")
    item(doc, "{{ n.sub() }}. {{ p.mentees_accusative }} за наставником {{ p.mentor_instrumental }} "
              "(форма «{{ p.form }}»{% if p.type %}, вид «{{ p.type }}»{% endif %}, {{ p.term }})"
              "{% if loop.last %}.{% else %};{% endif %}")
    tag(doc, "{%p endfor %}")
    item(doc, "{{ n() }}. Наставникам совместно с наставляемыми разработать индивидуальные образовательные "
              "маршруты (планы развития) и представить их на утверждение; вести журнал встреч наставнической "
              "пары (группы).")
    tag(doc, "{%p if coordinator %}")
    item(doc, "{{ n() }}. Куратору наставничества {{ coordinator_dative }} обеспечить организационно-методическое "
              "сопровождение наставнических пар (групп), персонифицированный учёт наставников и наставляемых "
              "и мониторинг эффективности наставничества.")
    tag(doc, "{%p endif %}")
    item(doc, CONTROL)
    order_tail(doc)
    annex(doc)
    return doc


def build_appoint_coordinator() -> DocumentObject:
    doc = new_document("Приказ о назначении куратора")
    order_head(doc)
    preamble(
        doc,
        "В соответствии с Положением о наставничестве {{ school_in }}, в целях организации наставничества "
        "и реализации целевой модели наставничества,",
    )
    duties = ("организовать формирование баз наставников и наставляемых, разработку программ наставничества, "
              "персонифицированный учёт и мониторинг эффективности наставничества.")
    tag(doc, "{%p if coordinator %}")
    item(doc, "{{ n() }}. Назначить {{ coordinator_accusative }} куратором реализации целевой модели "
              "наставничества {{ school_in }} на {{ year }} учебный год.")
    item(doc, "{{ n() }}. Куратору наставничества {{ coordinator_dative }} " + duties)
    tag(doc, "{%p else %}")
    item(doc, "{{ n() }}. Куратору наставничества " + duties)
    tag(doc, "{%p endif %}")
    tag(doc, "{%p if pairs %}")
    item(doc, "{{ n() }}. Утвердить состав наставнических пар (групп) на {{ year }} учебный год (приложение).")
    tag(doc, "{%p endif %}")
    item(doc, CONTROL)
    order_tail(doc)
    annex(doc)
    return doc


def build_completion() -> DocumentObject:
    doc = new_document("Приказ о завершении программы наставничества")
    order_head(doc)
    preamble(
        doc,
        "В соответствии с Положением о наставничестве {{ school_in }}, в связи с окончанием срока "
        "реализации программ наставничества,",
    )
    tag(doc, "{%p if pairs %}")
    item(doc, "{{ n() }}. Завершить реализацию программ наставничества наставническими парами (группами) "
              "согласно приложению к настоящему приказу.")
    tag(doc, "{%p else %}")
    item(doc, "{{ n() }}. Завершить реализацию программ наставничества {{ year }} учебного года.")
    tag(doc, "{%p endif %}")
    item(doc, "{{ n() }}. Куратору наставничества{% if coordinator %} {{ coordinator_dative }}{% endif %} "
              "подготовить итоговый отчёт о результатах программ наставничества и внести сведения в базы "
              "наставников и наставляемых.")
    item(doc, CONTROL)
    order_tail(doc)
    annex(doc)
    return doc


BUILDERS: dict[str, Callable[[], DocumentObject]] = {
    "order_fix_pairs": build_fix_pairs,
    "order_appoint_coordinator": build_appoint_coordinator,
    "order_completion": build_completion,
    "iom": build_iom,
    **SCHOOL_BUILDERS,
}


def main(argv: list[str]) -> int:
    root = Path(__file__).resolve().parents[1]
    folder = Path(argv[0]) if argv else root / "resources" / "templates" / "docx"
    folder.mkdir(parents=True, exist_ok=True)
    for key, build in BUILDERS.items():
        (folder / f"{key}.docx").write_bytes(reproducible(build()))
        print(f"{key}.docx")
    return 0


def reproducible(doc: DocumentObject) -> bytes:
    """The same bytes on every run (fixed dates inside and on the zip entries), so drift is visible."""
    import io
    import zipfile
    from datetime import datetime

    props = doc.core_properties
    props.created = props.modified = datetime(2026, 1, 1)
    props.last_modified_by = "Mentor Desk"
    props.revision = 1
    raw = io.BytesIO()
    doc.save(raw)
    out = io.BytesIO()
    with zipfile.ZipFile(raw) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for item in sorted(source.infolist(), key=lambda i: i.filename != "[Content_Types].xml"):
            info = zipfile.ZipInfo(item.filename, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            target.writestr(info, source.read(item.filename))
    return out.getvalue()


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
