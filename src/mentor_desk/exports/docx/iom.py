"""The ИОМ with its «дорожная карта» as DOCX from the school's template (content as exports/pdf/iom.py)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from mentor_desk.domain.enums import PersonKind
from mentor_desk.domain.records import ActivityRecord, IomRecord, OrganisationRecord
from mentor_desk.errors import UserError
from mentor_desk.exports.docx.catalog import kind as document_kind
from mentor_desk.exports.docx.common import lines, plain, school_context
from mentor_desk.exports.docx.render import clean, combine, render, save
from mentor_desk.exports.pdf.iom import (
    NO_DIRECTION,
    _experience,
    _mark,
    _mentee_role,
    _period,
    _product,
    _whose,
    _year_line,
)
from mentor_desk.exports.pdf.text import BLANK_DATE, quoted_date, signature_name


def _passport(record: IomRecord) -> list[dict[str, str]]:
    mentee = record.mentee
    rows: list[tuple[str, str]] = []
    if mentee.kind is PersonKind.STAFF:
        staff = mentee.staff
        rows.append(("ФИО педагога", mentee.full_name))
        rows.append(("Должность", staff.position if staff else ""))
        rows.append(("Преподаваемый предмет", staff.subjects if staff else ""))
        rows.append(("Образование", staff.education if staff else ""))
        rows.append(("Педагогический стаж", _experience(mentee)))
        rows.append(("Квалификационная категория", staff.category.label if staff else ""))
    else:
        rows.append(("ФИО наставляемого", mentee.full_name))
        rows.append(("Класс" if mentee.kind is PersonKind.PUPIL else "Должность, курс", mentee.class_or_position))
    mentor = record.mentor
    if mentor is not None:
        where = ", ".join(p for p in (mentor.class_or_position, mentor.workplace) if p)
        rows.append(("Наставник (ФИО, должность)", f"{mentor.full_name}, {where}" if where else mentor.full_name))
    else:
        rows.append(("Наставник (ФИО, должность)", ""))
    pair = record.pair
    form = " / ".join(p for p in (pair.form.name, pair.type_name) if p) if pair is not None else ""
    order = pair.order.label if pair is not None and pair.order is not None else ""
    rows.append(("Форма / вид наставничества", form))
    rows.append(("Приказ о закреплении", order))
    rows.append(("Тема самообразования", record.topic))
    return [{"label": label, "value": clean(value)} for label, value in rows]


def _groups(activities: Sequence[ActivityRecord], blank: bool) -> tuple[bool, list[dict[str, Any]]]:
    """Activities grouped by direction in order of first appearance, numbered throughout (as the PDF)."""
    groups: dict[str, list[ActivityRecord]] = {}
    for activity in sorted(activities, key=lambda a: (a.position, a.id)):
        groups.setdefault(activity.direction.strip(), []).append(activity)
    show_groups = not (len(groups) == 1 and "" in groups)
    if "" in groups and show_groups:
        groups[NO_DIRECTION] = groups.pop("") + groups.get(NO_DIRECTION, [])
    number = 0
    result = []
    for direction, items in groups.items():
        rows = []
        for activity in items:
            number += 1
            rows.append(
                {
                    "number": number,
                    "title": clean(activity.title),
                    "period": clean(_period(activity)),
                    "product": clean(_product(activity)),
                    "responsible": clean(activity.responsible),
                    "mark": "" if blank else plain(_mark(activity)),
                }
            )
        result.append({"title": clean(direction), "activities": rows})
    return show_groups, result


def iom_context(record: IomRecord, org: OrganisationRecord, blank: bool) -> dict[str, Any]:
    context = school_context(org, record.school_year)
    show_groups, groups = _groups(record.activities, blank)
    total = len(record.activities)
    done = record.done_count
    mentor = record.mentor.short_name if record.mentor is not None else ""
    context.update(
        {
            "approved_date": quoted_date(record.approved_on)
            if record.approved_on is not None and not blank
            else BLANK_DATE,
            "whose": clean(_whose(record.mentee)),
            "year_line": clean(_year_line(record.school_year)),
            "is_teacher": record.mentee.kind is PersonKind.STAFF,
            "passport": _passport(record),
            "deficits": lines(record.deficits),
            "goal": lines(record.goal),
            "tasks": lines(record.tasks),
            "blank": blank,
            "show_groups": show_groups,
            "groups": groups,
            "has_activities": bool(total),
            "done_line": f"Выполнено мероприятий: {done} из {total} ({round(100 * done / total)} %)." if total else "",
            "self_report": lines(record.self_report),
            "mentor_conclusion": lines(record.mentor_conclusion),
            "signatures": [
                {"role": "Наставник", "name": clean(mentor)},
                {"role": _mentee_role(record.mentee), "name": clean(record.mentee.short_name)},
                {"role": "Куратор", "name": signature_name(org.coordinator_name)},
            ],
        }
    )
    return context


def write_iom_docx(
    records: Sequence[IomRecord],
    org: OrganisationRecord,
    target: Path,
    blank: bool = False,
    template: bytes | None = None,
) -> int:
    """One or many ИОМ in one DOCX (each in its own section numbered from 1); returns how many."""
    if not records:
        raise UserError("Нет ИОМ для печати: выберите хотя бы один ИОМ.")
    source = template if template is not None else document_kind("iom").default_template()
    documents = [render(source, iom_context(record, org, blank)) for record in records]
    save(combine(documents), target)
    return len(documents)
