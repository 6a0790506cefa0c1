"""The people an order names and the forms it prints them in: automatic declension, or the forms the
coordinator confirmed in the preview (stored per person). The order writer and the preview share it,
so the preview lists exactly the forms the order uses."""

from __future__ import annotations

from dataclasses import dataclass

from mentor_desk.domain.declension import Case, decline_name, decline_phrase, full_position
from mentor_desk.domain.documents import NameForms, NameUse, OrderDocument
from mentor_desk.domain.enums import Gender, OrderKind, PersonKind
from mentor_desk.domain.names import full_name, signature, split_full_name
from mentor_desk.domain.records import OrganisationRecord, PersonRecord, PersonRef


@dataclass(frozen=True)
class OrderName:
    last: str
    first: str
    middle: str
    gender: Gender | None
    person_id: int = 0  # 0: a name typed into the school's requisites, not a person of the database
    position: str = ""  # the full position in the nominative; "" for pupils
    forms: NameForms | None = None

    @property
    def full(self) -> str:
        return full_name(self.last, self.first, self.middle)

    def automatic(self, case: Case) -> str:
        return decline_name(self.last, self.first, self.middle, self.gender, case)

    def inflect(self, case: Case) -> str:
        corrected = self.forms.names.get(case.value) if self.forms is not None else None
        return corrected or self.automatic(case)

    def automatic_position(self, case: Case) -> str:
        return decline_phrase(self.position, case) if self.position else ""

    def position_in(self, case: Case) -> str:
        corrected = self.forms.positions.get(case.value) if self.forms is not None else None
        return corrected or self.automatic_position(case)

    @property
    def short(self) -> str:
        """«И.О.\\u00a0Фамилия»: never split across lines."""
        return signature(self.last, self.first, self.middle)


def with_position(name: OrderName, case: Case) -> str:
    """«Лебедеву Ксению Андреевну, учителя математики,» — the position in the same case, set off by
    commas; without a position just the name. Plain text (a writer escapes it)."""
    position = name.position_in(case)
    return f"{name.inflect(case)}, {position}," if position else name.inflect(case)


def listed(names: list[str]) -> str:
    """Names joined by commas, a closing comma kept only after the last one (it precedes «за …»)."""
    return ", ".join(n.rstrip(",") for n in names[:-1]) + (", " if len(names) > 1 else "") + names[-1]


def person_position(person: PersonRecord | None) -> str:
    """The full position an order names («учитель математики»); pupils have none."""
    if person is None or person.kind is PersonKind.PUPIL:
        return ""
    if person.staff is not None:
        return full_position(person.staff.position, person.staff.subjects)
    if person.external is not None:
        return person.external.position_or_course
    return ""


def name_of(person: PersonRef | PersonRecord, document: OrderDocument) -> OrderName:
    full = document.people.get(person.id)
    gender = full.gender if full is not None else getattr(person, "gender", None)
    return OrderName(person.last_name, person.first_name, person.middle_name, gender, person.id,
                     person_position(full), document.forms.get(person.id))


def coordinator_of(document: OrderDocument, org: OrganisationRecord) -> OrderName | None:
    """The order's coordinator, else the one named in the school's requisites."""
    if document.coordinator is not None:
        return name_of(document.coordinator, document)
    if document.order.coordinator is not None:
        return name_of(document.order.coordinator, document)
    last, first, middle = split_full_name(org.coordinator_name)
    return OrderName(last, first, middle, None, 0, org.coordinator_position.split(",")[0].strip()) if last else None


def name_uses(document: OrderDocument, org: OrganisationRecord) -> list[NameUse]:
    """Every name and position the order prints in a case other than the nominative, in order of appearance."""
    kind = document.order.kind
    wanted: list[tuple[OrderName, str, Case, bool]] = []  # name, role, case, with position
    coordinator = coordinator_of(document, org)
    if kind is OrderKind.APPOINT_COORDINATOR and coordinator is not None:
        wanted.append((coordinator, "куратор", Case.ACCUSATIVE, True))
    if kind is OrderKind.FIX_PAIRS:
        for pair in document.pairs:
            for mentee in pair.mentees:
                wanted.append((name_of(mentee, document), "наставляемый", Case.ACCUSATIVE, True))
            wanted.append((name_of(pair.mentor, document), "наставник", Case.INSTRUMENTAL, True))
    if coordinator is not None and (kind is not OrderKind.FIX_PAIRS or document.order.coordinator is not None
                                    or document.coordinator is not None):
        wanted.append((coordinator, "куратор", Case.DATIVE, False))
    uses: list[NameUse] = []
    seen: set[tuple[int, str, str, str]] = set()
    for name, role, case, with_position in wanted:
        parts = [("name", name.automatic(case), name.inflect(case))]
        if with_position and name.position:
            parts.append(("position", name.automatic_position(case), name.position_in(case)))
        for part, automatic, value in parts:
            key = (name.person_id, name.full, case.value, part)
            if key in seen:
                continue
            seen.add(key)
            uses.append(NameUse(name.person_id, name.full, role, case, part,
                                name.position if part == "position" else name.full, automatic, value))
    return uses
