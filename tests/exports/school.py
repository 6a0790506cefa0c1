"""A small fictional school built through the services, with the awkward values registers must survive."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from mentor_desk.db import models as m
from mentor_desk.domain.enums import (
    ConsentType,
    OrderKind,
    PairStatus,
    PersonKind,
    QualificationCategory,
    Signer,
)
from mentor_desk.domain.records import (
    ActivityDraft,
    ConsentDraft,
    ExternalProfile,
    IomDraft,
    MenteeProfile,
    MentorProfile,
    OrderDraft,
    PairDraft,
    PersonDraft,
    PupilProfile,
    StaffProfile,
)
from mentor_desk.domain.schoolyear import SchoolYear
from mentor_desk.services.container import Services

FORMULA_TEXT = "=HYPERLINK(\"http://example.invalid\",\"x\")"
PHONE = "+7 900 123-45-67"


@dataclass(frozen=True)
class School:
    year: SchoolYear
    staff_mentor: int
    young_teacher: int
    pupils: tuple[int, ...]
    student: int
    employer: int
    pair_ids: tuple[int, ...]
    iom_id: int
    odd_person: int


def build_school(services: Services) -> School:
    today = date.today()
    year = SchoolYear.containing(today)
    start = year.first_day
    ref = services.reference
    forms = {f.name: f for f in ref.forms()}
    programmes = {p.name: p for p in ref.programmes()}
    people = services.people

    mentor = people.create(PersonDraft(
        "Соколова", "Ирина", PersonKind.STAFF, "Викторовна", birth_date=date(1975, 3, 14), phone=PHONE,
        email="sokolova@school.example",
        staff=StaffProfile(position="учитель математики", subjects="математика", experience_years=22,
                           category=QualificationCategory.HIGHEST),
        mentor=MentorProfile(competences="-методика подготовки к ОГЭ\n+проектная деятельность",
                             interests="шахматы", achievements="@победитель конкурса «Учитель года»", resource=3),
    ))
    young = people.create(PersonDraft(
        "Ёлкина", "Анна", PersonKind.STAFF, "Сергеевна", birth_date=date(today.year - 24, 5, 2),
        staff=StaffProfile(position="учитель математики", experience_years=1),
        mentee=MenteeProfile(request="освоить конструирование урока", deficits="оценивание"),
    ))
    pupils = []
    for i, (last, first, middle, cls, age) in enumerate([
        ("Белов", "Артём", "Игоревич", "9А", 15),
        ("Андреева", "Полина", "Олеговна", "7Б", 13),
        ("Волков", "Денис", "Павлович", "10А", 16),
        ("Егорова", "Мария", "Андреевна", "3В", 9),
    ]):
        pupils.append(people.create(PersonDraft(
            last, first, PersonKind.PUPIL, middle, birth_date=date(today.year - age, 1 + i, 10),
            phone="+7 911 000-00-0" + str(i), contact_note="мать: " + first,
            pupil=PupilProfile(class_name=cls),
        )).id)
    student = people.create(PersonDraft(
        "Орлов", "Никита", PersonKind.STUDENT, "Романович",
        external=ExternalProfile(organisation_name="Педагогический колледж", position_or_course="3 курс"),
        mentor=MentorProfile(competences="робототехника", resource=2),
    ))
    employer = people.create(PersonDraft(
        "Гришина", "Ольга", PersonKind.EMPLOYER, "Петровна",
        external=ExternalProfile(organisation_name="ООО «Агроцентр»", position_or_course="инженер"),
    ))
    for pid in (mentor.id, young.id, pupils[0]):
        signer = Signer.PARENT if pid == pupils[0] else Signer.SELF
        people.add_consent(ConsentDraft(pid, ConsentType.PROCESSING, start, signer))
    teacher_pair = services.pairs.create(PairDraft(
        form_id=forms["учитель – учитель"].id, mentor_id=mentor.id, mentee_ids=(young.id,),
        programme_id=programmes["Поддержка молодых педагогов"].id, start_date=start + timedelta(days=4),
        end_date=year.first_day.replace(year=year.start + 1, month=5, day=31), school_year=year.title,
        goal="адаптация молодого специалиста", result=FORMULA_TEXT,
    ), accept_warnings=True)
    group = services.pairs.create(PairDraft(
        form_id=forms["студент – ученик"].id, mentor_id=student.id, mentee_ids=(pupils[0], pupils[1]),
        programme_id=programmes["Поддержка одарённых обучающихся"].id, start_date=start + timedelta(days=10),
        school_year=year.title, goal="проект по робототехнике",
    ), accept_warnings=True)
    career = services.pairs.create(PairDraft(
        form_id=forms["работодатель – ученик"].id, mentor_id=employer.id, mentee_ids=(pupils[2],),
        programme_id=programmes["Профориентация обучающихся"].id, start_date=start + timedelta(days=12),
        school_year=year.title,
    ), accept_warnings=True)
    services.pairs.close(career.id, PairStatus.COMPLETED, start + timedelta(days=60), result="выбран профиль")
    services.orders.save(OrderDraft(OrderKind.FIX_PAIRS, "45-о", start + timedelta(days=3),
                                    title="О закреплении наставнических пар", pair_ids=(teacher_pair.id,)))
    iom = services.roadmaps.create(IomDraft(mentee_id=young.id, school_year=year.title, mentor_id=mentor.id,
                                            pair_id=teacher_pair.id, topic="формирующее оценивание"))
    past = today - timedelta(days=3)
    acts = [
        services.roadmaps.add_activity(iom.id, ActivityDraft(title=f"мероприятие {i}", due_date=past if i < 3 else today + timedelta(days=30)))
        for i in range(5)
    ]
    services.roadmaps.mark_done(acts[0].id, past)
    # A person whose name came from somewhere without our validation (an old database, another tool).
    with services.database.session_factory.begin() as s:
        odd = m.Person(organisation_id=services.organisation_id, last_name="=1+2", first_name="@Имя\x07",
                       middle_name="-\tОтчество", kind=PersonKind.STAFF, phone="+7 900 000-00-00",
                       contact_note="строка\x0bс управляющим символом")
        s.add(odd)
        s.flush()
        odd_id = odd.id
    return School(year, mentor.id, young.id, tuple(pupils), student.id, employer.id,
                  (teacher_pair.id, group.id, career.id), iom.id, odd_id)
