"""The documents test school with consents to publication, pupils and a curator's order, for the site."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from mentor_desk.domain.enums import ConsentType, Gender, OrderKind, PersonKind, Signer
from mentor_desk.domain.records import (
    ConsentDraft,
    MentorProfile,
    OrderDraft,
    PairDraft,
    PersonDraft,
    PupilProfile,
)
from mentor_desk.services.container import Services
from tests.exports.pdf.school import School, build_school

# People who never gave a consent to publication: not one of their names may reach the site.
UNPUBLISHED = ("Лебедева Ксения Андреевна", "Зуев Пётр Ильич", "Ёлкина Вера Павловна", "Кузнецов Максим Олегович")


@dataclass(frozen=True)
class SiteSchool:
    base: School
    pupil_mentor: int
    pupil_mentee: int
    curator_consent: int


def build_site_school(services: Services) -> SiteSchool:
    base = build_school(services)
    people = services.people
    year = services.organisation.current_year()
    signed = min(date.today(), year.first_day)
    mentor = people.get(base.mentor_id)
    people.update(base.mentor_id, mentor.to_draft().__class__(**{
        **mentor.to_draft().__dict__,
        "phone": "+7 900 000-00-01",
        "mentor": MentorProfile(competences="подготовка к ОГЭ", interests="шахматы", achievements="<Учитель года> & призёр"),
    }))
    people.add_consent(ConsentDraft(base.mentor_id, ConsentType.PUBLICATION, signed,
                                    scope=("name", "position", "competences")))
    coordinator = people.get(base.coordinator_id)
    people.update(base.coordinator_id, coordinator.to_draft().__class__(**{
        **coordinator.to_draft().__dict__, "phone": "+7 900 555-44-33", "email": "kurator@school.example",
    }))
    curator_consent = people.add_consent(
        ConsentDraft(base.coordinator_id, ConsentType.PUBLICATION, signed, scope=("name", "position", "contacts"))
    )
    services.orders.save(OrderDraft(kind=OrderKind.APPOINT_COORDINATOR, number="12-о", signed_on=signed,
                                    coordinator_id=base.coordinator_id))
    senior = people.create(PersonDraft("Орлова", "Дарья", PersonKind.PUPIL, "Сергеевна", gender=Gender.FEMALE,
                                       birth_date=date(year.start - 16, 3, 1), pupil=PupilProfile(class_name="10А")))
    junior = people.create(PersonDraft("Кузнецов", "Максим", PersonKind.PUPIL, "Олегович", gender=Gender.MALE,
                                       birth_date=date(year.start - 12, 4, 2), pupil=PupilProfile(class_name="6Б")))
    people.add_consent(ConsentDraft(senior.id, ConsentType.PUBLICATION, signed, Signer.PARENT, "Орлова Н. П.",
                                    scope=("name", "position", "contacts")))
    form = next(f for f in services.reference.forms() if f.name == "ученик – ученик")
    programme = next(p for p in services.reference.programmes() if not p.for_teachers)
    pair = services.pairs.create(
        PairDraft(form_id=form.id, mentor_id=senior.id, mentee_ids=(junior.id,), programme_id=programme.id,
                  start_date=year.first_day, school_year=year.title),
        accept_warnings=True,
    )
    services.orders.save(OrderDraft(kind=OrderKind.FIX_PAIRS, number="46-о", signed_on=signed, pair_ids=(pair.id,)))
    return SiteSchool(base, senior.id, junior.id, curator_consent.id)
