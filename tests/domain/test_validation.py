"""Field checks of a person draft."""

from __future__ import annotations

from datetime import date

from mentor_desk.domain.enums import PersonKind
from mentor_desk.domain.records import PersonDraft, PupilProfile, StaffProfile
from mentor_desk.domain.validation import check_person, is_valid_class, is_valid_phone, normalise_class

TODAY = date(2026, 11, 27)


def codes(draft: PersonDraft) -> set[str]:
    return {i.code for i in check_person(draft, TODAY)}


def test_valid_teacher_has_no_issues() -> None:
    draft = PersonDraft("Иванова", "Мария", PersonKind.STAFF, "Петровна", phone="+7 900 123-45-67",
                        email="m.ivanova@school.example", staff=StaffProfile(experience_years=2))
    assert check_person(draft, TODAY) == []


def test_name_parts_required() -> None:
    assert codes(PersonDraft("", " ", PersonKind.STAFF)) == {"name_required"}
    assert codes(PersonDraft("Иванова1", "Мария", PersonKind.STAFF)) == {"name_chars"}


def test_dates_not_in_future() -> None:
    assert "birth_future" in codes(PersonDraft("Иванова", "Мария", PersonKind.STAFF, birth_date=date(2030, 1, 1)))


def test_class_format() -> None:
    assert is_valid_class("7Б") and is_valid_class("11А") and is_valid_class("3")
    assert not is_valid_class("12А") and not is_valid_class("7ББ") and not is_valid_class("")
    assert normalise_class("7 б") == "7Б"
    assert "class" in codes(PersonDraft("Орлов", "Пётр", PersonKind.PUPIL, pupil=PupilProfile("13Z")))
    assert "class_required" in codes(PersonDraft("Орлов", "Пётр", PersonKind.PUPIL))


def test_experience_not_negative() -> None:
    draft = PersonDraft("Иванова", "Мария", PersonKind.STAFF, staff=StaffProfile(experience_years=-1))
    assert codes(draft) == {"experience"}


def test_contacts_format() -> None:
    assert is_valid_phone("8 (900) 123-45-67")
    assert not is_valid_phone("звонить маме")
    draft = PersonDraft("Иванова", "Мария", PersonKind.STAFF, email="not-an-email", phone="abc")
    assert codes(draft) == {"email", "phone"}
