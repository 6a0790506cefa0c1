"""GUI test setup: isolated QSettings per test and a small school built through the services."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings

from mentor_desk.db.database import Database
from mentor_desk.domain.enums import ConsentType, PersonKind, Signer
from mentor_desk.domain.records import (
    ConsentDraft,
    ExternalProfile,
    MentorProfile,
    PersonDraft,
    PersonRecord,
    PupilProfile,
    StaffProfile,
)
from mentor_desk.services.container import Services


@pytest.fixture(autouse=True)
def isolated_settings(qapp: object, tmp_path: Path) -> Iterator[Path]:
    folder = tmp_path / "qsettings"
    QCoreApplication.setOrganizationName("MentorDeskTests")
    QCoreApplication.setApplicationName("Mentor Desk Tests")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    yield folder
    QSettings().clear()


@dataclass
class School:
    staff: list[PersonRecord]
    pupils: list[PersonRecord]
    students: list[PersonRecord]
    employers: list[PersonRecord]

    def by_kind(self, kind: PersonKind) -> list[PersonRecord]:
        return {
            PersonKind.STAFF: self.staff,
            PersonKind.PUPIL: self.pupils,
            PersonKind.STUDENT: self.students,
            PersonKind.EMPLOYER: self.employers,
        }[kind]


def _person(services: Services, draft: PersonDraft) -> PersonRecord:
    return services.people.create(draft)


@pytest.fixture
def school(services: Services) -> School:
    """A few fictional people of every kind; mentors have room for several mentees."""
    mentor = MentorProfile(resource=3)
    staff = [
        _person(services, PersonDraft("Орлова", "Анна", PersonKind.STAFF, "Сергеевна", birth_date=date(1975, 3, 4),
                                      staff=StaffProfile(position="учитель", subjects="математика", experience_years=25),
                                      mentor=mentor)),
        _person(services, PersonDraft("Ёжикова", "Мария", PersonKind.STAFF, "Игоревна", birth_date=date(2000, 5, 6),
                                      staff=StaffProfile(position="учитель", subjects="русский язык",
                                                         experience_years=1))),
        _person(services, PersonDraft("Егоров", "Павел", PersonKind.STAFF, "Андреевич", birth_date=date(1999, 1, 2),
                                      staff=StaffProfile(position="учитель", subjects="физика", experience_years=0.5))),
    ]
    pupils = [
        _person(services, PersonDraft(last, first, PersonKind.PUPIL, middle, birth_date=date(2011, 9, 1),
                                      pupil=PupilProfile(class_name=cls), mentor=mentor if i == 0 else None))
        for i, (last, first, middle, cls) in enumerate([
            ("Белов", "Артём", "Олегович", "9А"),
            ("Васина", "Ксения", "Петровна", "7Б"),
            ("Гусев", "Лев", "Ильич", "7Б"),
            ("Дронова", "Алиса", "Максимовна", "7В"),
        ])
    ]
    students = [_person(services, PersonDraft("Жуков", "Илья", PersonKind.STUDENT, "Романович",
                                              external=ExternalProfile("Педагогический колледж", "3 курс"),
                                              mentor=mentor))]
    employers = [_person(services, PersonDraft("Зайцева", "Ольга", PersonKind.EMPLOYER, "Викторовна",
                                               external=ExternalProfile("ООО «Техпром»", "инженер"), mentor=mentor))]
    services.people.add_consent(ConsentDraft(staff[0].id, ConsentType.PROCESSING, date(2025, 9, 1), Signer.SELF))
    return School(staff, pupils, students, employers)


# The offscreen platform plugin warns whenever a top-level window is shown; it says nothing
# about our code, so GUI tests ignore exactly this message (every other Qt warning still fails).
OFFSCREEN_NOISE = "This plugin does not support propagateSizeHints()"


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    here = Path(__file__).parent
    for item in items:
        if here in Path(str(item.path)).parents:
            item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_NOISE))


@pytest.fixture
def database(sqlite_database: Database) -> Database:
    """The window opens SQLite files only (PostgreSQL is the district's service mode)."""
    return sqlite_database
