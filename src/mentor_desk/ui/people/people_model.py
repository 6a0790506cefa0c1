"""Columns of the participants table for each kind of person, and the role filter.

The rows are PersonRow tuples (services.people.table_rows): the full record is read only for
the person opened."""

from __future__ import annotations

from enum import StrEnum

from mentor_desk.domain.enums import PersonKind, PupilCategory
from mentor_desk.domain.names import collation_key
from mentor_desk.domain.records import PersonRow
from mentor_desk.ui.common.dialog_base import format_date
from mentor_desk.ui.common.table_model import BY_SEARCH_TEXT, Column, RecordTableModel

Person = PersonRow


class RoleFilter(StrEnum):
    ANY = "any"
    MENTOR = "mentor"
    MENTEE = "mentee"
    UNPAIRED = "unpaired"

    @property
    def label(self) -> str:
        return {"any": "все роли", "mentor": "наставники", "mentee": "наставляемые", "unpaired": "без пары"}[self.value]

    def accepts(self, p: PersonRow) -> bool:
        if self is RoleFilter.MENTOR:
            return p.active_mentor_pairs > 0
        if self is RoleFilter.MENTEE:
            return p.active_mentee_pairs > 0
        if self is RoleFilter.UNPAIRED:
            return p.active_mentor_pairs == 0 and p.active_mentee_pairs == 0
        return True


_PUPIL_LABELS = {c.value: c.label for c in PupilCategory}


def role_text(p: PersonRow) -> str:
    parts = []
    if p.active_mentor_pairs:
        parts.append(f"наставник ({p.active_mentor_pairs})")
    if p.active_mentee_pairs:
        parts.append("наставляемый")
    return ", ".join(parts) or "без пары"


def search_text(p: PersonRow) -> str:
    """ФИО, класс, должность, предметы and organisation: what search-as-you-type looks at.

    It starts with «Фамилия Имя Отчество», so its folded form is also the ФИО column's sort key."""
    return f"{p.last_name} {p.first_name} {p.middle_name} {p.class_or_position} {p.subjects} {p.organisation_name}"


def _class_key(p: PersonRow) -> tuple[int, str]:
    name = p.class_name
    digits = "".join(ch for ch in name if ch.isdigit())
    return (int(digits) if digits else 99, collation_key(name))


def _date_key(value: object) -> int | None:
    return value.toordinal() if value is not None else None  # type: ignore[attr-defined]


NAME = Column[Person]("ФИО", lambda p: p.full_name, BY_SEARCH_TEXT, 260)
ROLE = Column[Person]("Роль", role_text, width=150)
CONSENT = Column[Person]("Согласие на ПД", lambda p: "есть" if p.has_processing_consent else "нет", width=110,
                         searchable=False)
KIND = Column[Person]("Категория", lambda p: p.kind.label, width=150)
BIRTH = Column[Person]("Дата рождения", lambda p: format_date(p.birth_date), lambda p: _date_key(p.birth_date), 110)

_COLUMNS: dict[PersonKind | None, list[Column[Person]]] = {
    None: [
        NAME,
        KIND,
        Column[Person]("Класс / должность", lambda p: p.class_or_position, width=230),
        Column[Person]("Предметы / организация", lambda p: p.subjects or p.organisation_name, width=280),
        ROLE,
        CONSENT,
    ],
    PersonKind.STAFF: [
        NAME,
        Column[Person]("Должность", lambda p: p.position, width=270),
        Column[Person]("Предметы", lambda p: p.subjects, width=200),
        Column[Person](
            "Стаж, лет",
            lambda p: f"{p.experience_years:g}".replace(".", ",") if p.experience_years is not None else "",
            lambda p: p.experience_years,
            80,
        ),
        Column[Person]("Категория", lambda p: p.category.label if p.category is not None else "", width=110),
        Column[Person]("Мол. специалист", lambda p: "да" if p.young_specialist else "", width=120),
        ROLE,
        CONSENT,
    ],
    PersonKind.PUPIL: [
        NAME,
        Column[Person]("Класс", lambda p: p.class_name, _class_key, 70),
        BIRTH,
        Column[Person](
            "Категории",
            lambda p: ", ".join(_PUPIL_LABELS.get(c, c) for c in p.pupil_categories),
            width=180,
        ),
        ROLE,
        CONSENT,
    ],
}
for _kind in (PersonKind.STUDENT, PersonKind.EMPLOYER):
    _COLUMNS[_kind] = [
        NAME,
        Column[Person]("Организация", lambda p: p.organisation_name, width=220),
        Column[Person](
            "Курс, специальность" if _kind is PersonKind.STUDENT else "Должность",
            lambda p: p.position_or_course,
            width=180,
        ),
        ROLE,
        CONSENT,
    ]


def columns_for(kind: PersonKind | None) -> list[Column[Person]]:
    return _COLUMNS[kind]


def make_people_model() -> RecordTableModel[PersonRow]:
    model = RecordTableModel[PersonRow](columns_for(None))
    model.search = search_text
    return model
