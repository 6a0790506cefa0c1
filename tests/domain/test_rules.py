"""Each pair rule on its own, and the young-specialist test."""

from __future__ import annotations

from datetime import date

import pytest

from mentor_desk.domain.enums import PersonKind
from mentor_desk.domain.rules import (
    Candidate,
    PairCheck,
    age_on,
    check_dates,
    check_distinct_mentees,
    check_kinds,
    check_mentees_present,
    check_mentor_resource,
    check_not_archived,
    check_not_self,
    check_one_open_pair_per_programme,
    check_pair,
    check_pupil_age,
    check_teacher_programme_length,
    errors,
    is_young_specialist,
    months_between,
    warnings,
)

TEACHER = Candidate(1, "Петрова Анна Ивановна", PersonKind.STAFF, date(1980, 5, 1))
YOUNG = Candidate(2, "Соколов Илья Павлович", PersonKind.STAFF, date(2000, 3, 3))
PUPIL = Candidate(3, "Орлов Пётр Сергеевич", PersonKind.PUPIL, date(2012, 1, 15))
SMALL_PUPIL = Candidate(4, "Котова Ева Игоревна", PersonKind.PUPIL, date(2018, 6, 1))
STUDENT = Candidate(5, "Фомин Глеб Олегович", PersonKind.STUDENT, date(2006, 2, 2))


def test_age_on_counts_birthdays() -> None:
    assert age_on(date(2010, 9, 1), date(2020, 8, 31)) == 9
    assert age_on(date(2010, 9, 1), date(2020, 9, 1)) == 10


def test_kinds_accepts_matching_form() -> None:
    assert check_kinds("учитель – ученик", PersonKind.STAFF, PersonKind.PUPIL, TEACHER, [PUPIL]) == []


def test_kinds_refuses_wrong_mentor_and_mentee() -> None:
    issues = check_kinds("учитель – ученик", PersonKind.STAFF, PersonKind.PUPIL, STUDENT, [YOUNG])
    assert [i.code for i in issues] == ["mentor_kind", "mentee_kind"]
    assert all(i.is_error for i in issues)
    assert "наставником может быть педагог" in issues[0].message


def test_nobody_mentors_themselves() -> None:
    assert check_not_self(TEACHER, [TEACHER])[0].code == "self"
    assert check_not_self(TEACHER, [YOUNG]) == []


def test_mentees_required_and_distinct() -> None:
    assert check_mentees_present([])[0].code == "no_mentees"
    assert check_distinct_mentees([PUPIL, PUPIL])[0].code == "duplicate_mentee"
    assert check_distinct_mentees([PUPIL, SMALL_PUPIL]) == []


def test_archived_people_cannot_join() -> None:
    archived = Candidate(9, "Архивная Анна", PersonKind.STAFF, archived=True)
    assert check_not_archived([TEACHER, archived])[0].code == "archived"


def test_end_not_before_start() -> None:
    assert check_dates(date(2025, 9, 1), date(2025, 8, 31))[0].code == "dates"
    assert check_dates(date(2025, 9, 1), date(2025, 9, 1)) == []
    assert check_dates(date(2025, 9, 1), None) == []


@pytest.mark.parametrize(
    ("start", "end", "warned"),
    [
        (date(2025, 9, 1), date(2026, 5, 31), False),
        (date(2025, 9, 1), date(2025, 11, 30), False),
        (date(2025, 9, 1), date(2025, 10, 15), True),
        (date(2025, 9, 1), date(2026, 12, 31), True),
    ],
)
def test_teacher_programme_length_is_a_warning(start: date, end: date, warned: bool) -> None:
    issues = check_teacher_programme_length(PersonKind.STAFF, start, end)
    assert bool(issues) is warned
    assert all(not i.is_error for i in issues)
    assert check_teacher_programme_length(PersonKind.PUPIL, date(2025, 9, 1), date(2025, 9, 10)) == []


def test_months_between() -> None:
    assert round(months_between(date(2025, 9, 1), date(2026, 5, 31))) == 9


def test_mentor_resource_warning() -> None:
    assert check_mentor_resource(TEACHER, 2, 1, 3) == []
    issue = check_mentor_resource(TEACHER, 2, 2, 3)[0]
    assert issue.code == "resource" and not issue.is_error


def test_pupils_from_age_ten() -> None:
    on = date(2025, 9, 1)
    assert check_pupil_age(PersonKind.PUPIL, [PUPIL], on) == []
    assert check_pupil_age(PersonKind.PUPIL, [SMALL_PUPIL], on)[0].code == "pupil_age"


def test_one_open_pair_per_programme() -> None:
    issues = check_one_open_pair_per_programme([PUPIL, SMALL_PUPIL], [PUPIL.id], "Профориентация")
    assert [i.code for i in issues] == ["busy_mentee"]


@pytest.mark.parametrize(
    ("birth", "experience", "override", "expected"),
    [
        (date(1998, 1, 1), 1.0, None, True),
        (date(1998, 1, 1), 3.0, None, False),
        (date(1985, 1, 1), 1.0, None, False),
        (date(1985, 1, 1), 1.0, True, True),
        (date(1998, 1, 1), 1.0, False, False),
        (None, 1.0, None, False),
    ],
)
def test_young_specialist(birth: date | None, experience: float, override: bool | None, expected: bool) -> None:
    assert is_young_specialist(PersonKind.STAFF, birth, experience, date(2025, 9, 1), override) is expected


def test_young_specialist_only_for_staff() -> None:
    assert is_young_specialist(PersonKind.PUPIL, date(2010, 1, 1), 0.0, date(2025, 9, 1)) is False


def test_check_pair_combines_errors_and_warnings() -> None:
    issues = check_pair(
        PairCheck(
            form_name="учитель – учитель",
            mentor_kind=PersonKind.STAFF,
            mentee_kind=PersonKind.STAFF,
            mentor=TEACHER,
            mentees=(YOUNG,),
            programme_name="Поддержка молодых педагогов",
            start=date(2025, 9, 1),
            end=date(2025, 9, 20),
            mentor_load=1,
            mentor_resource=1,
        )
    )
    assert errors(issues) == []
    assert {i.code for i in warnings(issues)} == {"programme_length", "resource"}


def test_closed_pair_skips_occupancy_rules() -> None:
    issues = check_pair(
        PairCheck(
            form_name="учитель – учитель",
            mentor_kind=PersonKind.STAFF,
            mentee_kind=PersonKind.STAFF,
            mentor=TEACHER,
            mentees=(YOUNG,),
            programme_name="П",
            start=date(2025, 9, 1),
            end=date(2026, 5, 31),
            mentor_load=5,
            mentor_resource=1,
            busy_mentee_ids=(YOUNG.id,),
            pair_is_open=False,
        )
    )
    assert issues == []
