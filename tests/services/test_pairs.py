"""Pair service: rules enforced, warnings acceptable, the one-open-pair constraint, closing, meetings."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import update
from sqlalchemy.exc import IntegrityError

from mentor_desk.db import models as m
from mentor_desk.domain.enums import PairStatus, PersonKind
from mentor_desk.domain.records import (
    ExternalProfile,
    MeetingDraft,
    MentorProfile,
    PairDraft,
    PersonDraft,
    PersonRecord,
    PupilProfile,
    StaffProfile,
)
from mentor_desk.errors import RuleViolation, UserError, WarningsNotAccepted
from mentor_desk.services.container import Services

START, END = date(2025, 9, 15), date(2026, 5, 31)


def person(sv: Services, kind: PersonKind, last: str, cls: str = "8А", born: date = date(2011, 3, 1),
           resource: int = 3) -> PersonRecord:
    return sv.people.create(PersonDraft(
        last, "Имя", kind, "Отчество", birth_date=born if kind is PersonKind.PUPIL else date(1985, 1, 1),
        staff=StaffProfile(position="учитель", experience_years=12) if kind is PersonKind.STAFF else None,
        pupil=PupilProfile(cls) if kind is PersonKind.PUPIL else None,
        external=ExternalProfile("Колледж") if kind in (PersonKind.STUDENT, PersonKind.EMPLOYER) else None,
        mentor=MentorProfile(resource=resource),
    ))


def ids(sv: Services) -> tuple[dict[str, int], dict[str, int]]:
    forms = {f.name: f.id for f in sv.reference.forms()}
    programmes = {p.name: p.id for p in sv.reference.programmes()}
    return forms, programmes


@pytest.mark.parametrize(
    ("form", "mentor_kind", "mentee_kind"),
    [
        ("учитель – учитель", PersonKind.STAFF, PersonKind.STAFF),
        ("ученик – ученик", PersonKind.PUPIL, PersonKind.PUPIL),
        ("учитель – ученик", PersonKind.STAFF, PersonKind.PUPIL),
        ("студент – ученик", PersonKind.STUDENT, PersonKind.PUPIL),
        ("работодатель – ученик", PersonKind.EMPLOYER, PersonKind.PUPIL),
        ("работодатель – учитель", PersonKind.EMPLOYER, PersonKind.STAFF),
    ],
)
def test_pair_in_each_form(services: Services, form: str, mentor_kind: PersonKind, mentee_kind: PersonKind) -> None:
    forms, programmes = ids(services)
    mentor = person(services, mentor_kind, "Наставникова", cls="10А", born=date(2009, 1, 1))
    mentee = person(services, mentee_kind, "Наставляемова")
    rec = services.pairs.create(PairDraft(forms[form], mentor.id, (mentee.id,),
                                          programmes["Поддержка одарённых обучающихся"], START, END,
                                          school_year="2025/2026"))
    assert rec.form.name == form and rec.mentees[0].id == mentee.id
    assert services.pairs.list_pairs()[0].id == rec.id


def test_wrong_kind_refused(services: Services) -> None:
    forms, programmes = ids(services)
    pupil = person(services, PersonKind.PUPIL, "Орлов")
    teacher = person(services, PersonKind.STAFF, "Петрова")
    with pytest.raises(RuleViolation, match="наставником может быть педагог"):
        services.pairs.create(PairDraft(forms["учитель – ученик"], pupil.id, (teacher.id,),
                                        programmes["Профориентация обучающихся"], START, END))
    assert services.pairs.list_pairs() == []


def test_group_with_three_mentees_and_resource_warning(services: Services) -> None:
    forms, programmes = ids(services)
    mentor = person(services, PersonKind.EMPLOYER, "Работодателев", resource=2)
    mentees = [person(services, PersonKind.PUPIL, f"Ученик{n}") for n in "АБВ"]
    draft = PairDraft(forms["работодатель – ученик"], mentor.id, tuple(p.id for p in mentees),
                      programmes["Профориентация обучающихся"], START, END)
    with pytest.raises(WarningsNotAccepted, match="при ресурсе 2"):
        services.pairs.create(draft)
    rec = services.pairs.create(draft, accept_warnings=True)
    assert rec.is_group and len(rec.mentees) == 3
    assert services.pairs.mentor_load(mentor.id).mentees == 3


def test_one_open_pair_per_programme_rule_and_constraint(services: Services) -> None:
    forms, programmes = ids(services)
    prog = programmes["Профориентация обучающихся"]
    a = person(services, PersonKind.STUDENT, "Студентов")
    b = person(services, PersonKind.STUDENT, "Студентова")
    pupil = person(services, PersonKind.PUPIL, "Орлов")
    first = services.pairs.create(PairDraft(forms["студент – ученик"], a.id, (pupil.id,), prog, START, END))
    with pytest.raises(RuleViolation, match="уже состоит в действующей паре"):
        services.pairs.create(PairDraft(forms["студент – ученик"], b.id, (pupil.id,), prog, START, END))
    # the database refuses it too, whatever Python does
    with pytest.raises(IntegrityError), services.database.session_factory.begin() as s:
        pair = m.Pair(organisation_id=services.organisation_id, form_id=forms["студент – ученик"],
                      programme_id=prog, mentor_id=b.id, start_date=START, status=PairStatus.ACTIVE)
        s.add(pair)
        s.flush()
        s.add(m.PairMentee(pair_id=pair.id, mentee_id=pupil.id, programme_id=prog, open_slot=1))
    # after closing, a new pair in the same programme is fine
    services.pairs.close(first.id, PairStatus.COMPLETED, END, result="Проект защищён")
    second = services.pairs.create(PairDraft(forms["студент – ученик"], b.id, (pupil.id,), prog, START, END))
    assert second.status is PairStatus.ACTIVE


def test_close_needs_reason_for_interruption(services: Services) -> None:
    forms, programmes = ids(services)
    mentor = person(services, PersonKind.STAFF, "Петрова")
    mentee = person(services, PersonKind.STAFF, "Соколова")
    rec = services.pairs.create(PairDraft(forms["учитель – учитель"], mentor.id, (mentee.id,),
                                          programmes["Поддержка молодых педагогов"], START, END))
    with pytest.raises(UserError, match="причину"):
        services.pairs.close(rec.id, PairStatus.INTERRUPTED, date(2025, 12, 1))
    closed = services.pairs.close(rec.id, PairStatus.INTERRUPTED, date(2025, 12, 1), reason="Переезд")
    assert closed.status is PairStatus.INTERRUPTED and closed.status_reason == "Переезд"
    assert services.pairs.mentor_load(mentor.id).mentees == 0


def test_archiving_a_busy_person_is_refused(services: Services) -> None:
    forms, programmes = ids(services)
    mentor = person(services, PersonKind.STAFF, "Петрова")
    mentee = person(services, PersonKind.STAFF, "Соколова")
    services.pairs.create(PairDraft(forms["учитель – учитель"], mentor.id, (mentee.id,),
                                    programmes["Поддержка молодых педагогов"], START, END))
    with pytest.raises(UserError, match="действующей паре"):
        services.people.set_archived(mentee.id)
    with pytest.raises(UserError, match="переводятся в архив"):
        services.people.delete(mentee.id)


def test_meetings_log(services: Services) -> None:
    forms, programmes = ids(services)
    mentor = person(services, PersonKind.STAFF, "Петрова")
    mentee = person(services, PersonKind.STAFF, "Соколова")
    pair = services.pairs.create(PairDraft(forms["учитель – учитель"], mentor.id, (mentee.id,),
                                           programmes["Поддержка молодых педагогов"], START, END))
    services.pairs.save_meeting(MeetingDraft(pair.id, date(2025, 10, 2), "Разбор урока", duration_minutes=45))
    with pytest.raises(UserError, match="тему"):
        services.pairs.save_meeting(MeetingDraft(pair.id, date(2025, 10, 2), " "))
    assert [mt.topic for mt in services.pairs.meetings(pair.id)] == ["Разбор урока"]


def test_end_before_start_refused_by_rules_and_schema(services: Services) -> None:
    forms, programmes = ids(services)
    mentor = person(services, PersonKind.STAFF, "Петрова")
    mentee = person(services, PersonKind.STAFF, "Соколова")
    with pytest.raises(RuleViolation, match="раньше даты начала"):
        services.pairs.create(PairDraft(forms["учитель – учитель"], mentor.id, (mentee.id,),
                                        programmes["Поддержка молодых педагогов"], END, START))
    rec = services.pairs.create(PairDraft(forms["учитель – учитель"], mentor.id, (mentee.id,),
                                          programmes["Поддержка молодых педагогов"], START, END))
    with pytest.raises(IntegrityError), services.database.session_factory.begin() as s:
        s.execute(update(m.Pair).where(m.Pair.id == rec.id).values(end_date=date(2020, 1, 1)))
