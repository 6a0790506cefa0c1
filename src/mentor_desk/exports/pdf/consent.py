"""The consent to the processing of personal data (152-ФЗ), one page a person, to print and sign.

For a pupil the parent (legal representative) consents; the pupil's name and class are filled
in, the parent's name and passport are left as lines to write by hand.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer

from mentor_desk.domain.enums import PersonKind
from mentor_desk.domain.names import collation_key
from mentor_desk.domain.records import OrganisationRecord, PersonRecord
from mentor_desk.exports.atomic import write_atomically
from mentor_desk.exports.pdf.blocks import signature_rows
from mentor_desk.exports.pdf.layout import Cancel, Cancelled, DocumentsTemplate, Progress
from mentor_desk.exports.pdf.styles import styles
from mentor_desk.exports.pdf.text import esc, signature_name

LINE = "_" * 60
PURPOSES = (
    "организация и сопровождение наставничества в образовательной организации (целевая модель "
    "наставничества); формирование наставнических пар и групп, индивидуальных образовательных маршрутов; "
    "подготовка приказов, отчётов и реестров для органа управления образованием"
)
DATA = (
    "фамилия, имя, отчество; дата рождения; класс (для обучающегося), должность, преподаваемые предметы, "
    "стаж, квалификационная категория, образование (для работника); контактный телефон и адрес электронной "
    "почты; сведения об участии в программе наставничества и её результатах"
)


def sort_people(people: Sequence[PersonRecord]) -> list[PersonRecord]:
    """By class, then by name (a class list prints in the order of the register)."""
    return sorted(people, key=lambda p: (p.pupil.class_name if p.pupil else "", collation_key(p.full_name)))


def consent_story(person: PersonRecord, org: OrganisationRecord) -> list[Flowable]:
    st = styles()
    pupil = person.kind is PersonKind.PUPIL
    story: list[Flowable] = [
        Paragraph(f"Руководителю {esc(org.short_name)}", st.right),  # an abbreviation reads in any case
        Spacer(1, 6 * mm),
        Paragraph("СОГЛАСИЕ", st.title),
        Paragraph("на обработку персональных данных" + (" несовершеннолетнего" if pupil else ""), st.subtitle),
        Spacer(1, 5 * mm),
    ]
    if pupil:
        who_class = f", обучающегося {esc(person.pupil.class_name)} класса" if person.pupil and \
            person.pupil.class_name else ""
        story += [
            Paragraph(f"Я, {LINE},", st.body_left),
            Paragraph("(фамилия, имя, отчество родителя (законного представителя))", st.caption),
            Paragraph(f"паспорт: серия ______ № __________, выдан {'_' * 40},", st.body_left),
            Paragraph(f"являясь родителем (законным представителем) <b>{esc(person.full_name)}</b>{who_class}, "
                      f"в соответствии с Федеральным законом от 27.07.2006 № 152-ФЗ «О персональных данных» даю "
                      f"согласие {esc(org.full_name)} (далее — Оператор) на обработку персональных данных моего "
                      f"ребёнка:", st.body),
        ]
    else:
        story += [
            Paragraph(f"Я, <b>{esc(person.full_name)}</b>"
                      + (f", {esc(person.class_or_position)}" if person.class_or_position else "") + ",", st.body),
            Paragraph(f"паспорт: серия ______ № __________, выдан {'_' * 40},", st.body_left),
            Paragraph(f"в соответствии с Федеральным законом от 27.07.2006 № 152-ФЗ «О персональных данных» даю "
                      f"согласие {esc(org.full_name)} (далее — Оператор) на обработку моих персональных данных:",
                      st.body),
        ]
    story += [
        Paragraph(f"<b>Состав данных:</b> {DATA}.", st.body),
        Paragraph(f"<b>Цель обработки:</b> {PURPOSES}.", st.body),
        Paragraph("<b>Действия с данными:</b> сбор, запись, систематизация, накопление, хранение, уточнение, "
                  "использование, передача органу управления образованием в составе отчётов, обезличивание, "
                  "блокирование, удаление, уничтожение — с использованием средств автоматизации и без них.", st.body),
        Paragraph("Согласие действует на время участия в программе наставничества и в течение срока хранения "
                  "документов, установленного законодательством. Согласие может быть отозвано письменным "
                  "заявлением на имя руководителя Оператора.", st.body),
        Spacer(1, 10 * mm),
        signature_rows([("Родитель (законный представитель)" if pupil else "Подпись",
                         "" if pupil else signature_name(person.full_name))]),
    ]
    return story


def write_consent_pdf(
    people: Sequence[PersonRecord],
    org: OrganisationRecord,
    target: Path,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
) -> int:
    """One consent form per person (a class in the order of its register), written atomically."""
    if cancel is not None and cancel():
        raise Cancelled
    ordered = sort_people(people)
    stories = [consent_story(p, org) for p in ordered]
    pages = 0

    def build(stream: Any) -> None:
        nonlocal pages
        doc = DocumentsTemplate(stream, title="Согласие на обработку персональных данных", author=org.full_name,
                                total_documents=len(stories), progress=progress, cancel=cancel)
        doc.build_documents(stories)
        pages = doc.page

    write_atomically(Path(target), build)
    return pages
