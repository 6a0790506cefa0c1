"""People service: create, edit, archive, delete, consents, young specialists."""

from __future__ import annotations

from datetime import date

import pytest

from mentor_desk.domain.enums import ConsentType, PersonKind, Signer
from mentor_desk.domain.records import ConsentDraft, PersonDraft, PupilProfile, StaffProfile
from mentor_desk.errors import RuleViolation, UserError
from mentor_desk.services.container import Services


def teacher(last: str = "Соколова", exp: float = 1.0, born: date = date(1999, 4, 2)) -> PersonDraft:
    return PersonDraft(last, "Анна", PersonKind.STAFF, "Игоревна", birth_date=born,
                       staff=StaffProfile(position="учитель математики", subjects="Математика", experience_years=exp))


def test_create_and_read_back(services: Services) -> None:
    rec = services.people.create(teacher())
    again = services.people.get(rec.id)
    assert again.full_name == "Соколова Анна Игоревна"
    assert again.staff is not None and again.staff.position == "учитель математики"
    assert again.young_specialist is True
    assert again.has_processing_consent is False


def test_invalid_draft_changes_nothing(services: Services) -> None:
    with pytest.raises(RuleViolation, match="Заполните поле «Имя»"):
        services.people.create(PersonDraft("Соколова", "", PersonKind.STAFF))
    assert services.people.list_people() == []


def test_update_normalises_class(services: Services) -> None:
    rec = services.people.create(PersonDraft("Орлов", "Пётр", PersonKind.PUPIL, pupil=PupilProfile("7б")))
    assert rec.pupil is not None and rec.pupil.class_name == "7Б"
    draft = rec.to_draft()
    updated = services.people.update(rec.id, PersonDraft(**{**draft.__dict__, "pupil": PupilProfile("8 а")}))
    assert updated.pupil is not None and updated.pupil.class_name == "8А"


def test_young_specialist_override(services: Services) -> None:
    rec = services.people.create(teacher(exp=10, born=date(1980, 1, 1)))
    assert rec.young_specialist is False
    draft = rec.to_draft()
    assert draft.staff is not None
    forced = services.people.update(
        rec.id, PersonDraft(**{**draft.__dict__, "staff": StaffProfile(**{**draft.staff.__dict__,
                                                                              "young_specialist_override": True})})
    )
    assert forced.young_specialist is True


def test_archive_and_delete(services: Services) -> None:
    rec = services.people.create(teacher())
    assert services.people.set_archived(rec.id).archived is True
    assert services.people.list_people(include_archived=False) == []
    services.people.delete(rec.id)
    assert services.people.list_people() == []


def test_consents(services: Services) -> None:
    pupil = services.people.create(PersonDraft("Орлов", "Пётр", PersonKind.PUPIL, pupil=PupilProfile("7Б")))
    consent = services.people.add_consent(ConsentDraft(pupil.id, ConsentType.PROCESSING, date(2025, 9, 2),
                                                       Signer.PARENT, "Орлова Е.В."))
    assert services.people.get(pupil.id).has_processing_consent is True
    with pytest.raises(UserError, match="раньше даты подписания"):
        services.people.withdraw_consent(consent.id, date(2025, 9, 1))
    services.people.withdraw_consent(consent.id, date(2025, 12, 1))
    assert services.people.get(pupil.id).has_processing_consent is False
    assert services.people.list_consents(pupil.id)[0].signer is Signer.PARENT
    with pytest.raises(UserError, match="в будущем"):
        services.people.add_consent(ConsentDraft(pupil.id, ConsentType.PUBLICATION, date(2999, 1, 1)))
