"""A small fictional school built through the services for the PDF tests."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from mentor_desk.domain.enums import Gender, OrderKind, PersonKind, QualificationCategory
from mentor_desk.domain.records import (
    ActivityDraft,
    IomDraft,
    OrderDraft,
    OrganisationDraft,
    PairDraft,
    PersonDraft,
    StaffProfile,
)
from mentor_desk.services.container import Services
from mentor_desk.services.reference import Catalogue

SCHOOL = 'Муниципальное бюджетное общеобразовательное учреждение «Средняя школа № 7 <Тест> & "Ко"»'


@dataclass(frozen=True)
class School:
    mentor_id: int
    mentee_id: int
    second_mentee_id: int
    coordinator_id: int
    pair_id: int
    group_id: int
    order_id: int
    iom_id: int
    second_iom_id: int


def staff(last: str, first: str, middle: str, position: str, gender: Gender | None, **kw: object) -> PersonDraft:
    return PersonDraft(
        last_name=last,
        first_name=first,
        middle_name=middle,
        kind=PersonKind.STAFF,
        gender=gender,
        staff=StaffProfile(position=position, **kw),  # type: ignore[arg-type]
    )


def done_on(services: Services) -> date:
    """The completion date the fixture marks: 20 September of the current year, or today if earlier."""
    return min(date.today(), date(services.organisation.current_year().start, 9, 20))


def build_school(services: Services) -> School:
    services.organisation.update(
        OrganisationDraft(
            full_name=SCHOOL,
            short_name="МБОУ «СШ № 7»",
            director_name="Белозёрова Галина Аркадьевна",
            director_position="Директор",
            coordinator_name="Сазонова Инна Викторовна",
            coordinator_position="Заместитель директора по УВР",
        )
    )
    year = services.organisation.current_year()
    people = services.people
    mentor = people.create(
        staff("Громов", "Аркадий", "Степанович", "учитель математики", Gender.MALE,
              subjects="Математика", experience_years=24, category=QualificationCategory.HIGHEST)
    )
    # No stored gender: the order must guess it from the patronymic.
    mentee = people.create(
        staff("Лебедева", "Ксения", "Андреевна", "учитель математики", None, subjects="Математика, информатика",
              experience_years=1, experience_as_of=year.first_day, education="Высшее, ВГПУ, 2024")
    )
    second = people.create(
        staff("Зуев", "Пётр", "Ильич", "учитель истории", None, subjects="История", experience_years=2)
    )
    coordinator = people.create(
        staff("Сазонова", "Инна", "Викторовна", "заместитель директора по УВР", Gender.FEMALE)
    )
    form = next(f for f in services.reference.forms() if f.name == "учитель – учитель")
    programme = next(p for p in services.reference.programmes() if p.for_teachers)
    kind = services.reference.find_item(Catalogue.TYPES, "традиционное")
    group_kind = services.reference.find_item(Catalogue.TYPES, "групповое")
    start = year.first_day
    pair = services.pairs.create(
        PairDraft(form_id=form.id, mentor_id=mentor.id, mentee_ids=(mentee.id,), programme_id=programme.id,
                  start_date=start, end_date=date(year.start + 1, 5, 31), type_id=kind.id if kind else None,
                  school_year=year.title),
        accept_warnings=True,
    )
    mentor2 = people.create(
        staff("Ёлкина", "Вера", "Павловна", "учитель истории", Gender.FEMALE, experience_years=30)
    )
    group = services.pairs.create(
        PairDraft(form_id=form.id, mentor_id=mentor2.id, mentee_ids=(second.id,), programme_id=programme.id,
                  start_date=start, end_date=date(year.start + 1, 5, 31),
                  type_id=group_kind.id if group_kind else None, school_year=year.title),
        accept_warnings=True,
    )
    order = services.orders.save(
        OrderDraft(kind=OrderKind.FIX_PAIRS, number="45-о", signed_on=start, pair_ids=(pair.id, group.id),
                   coordinator_id=coordinator.id)
    )
    iom = services.roadmaps.create(
        IomDraft(mentee_id=mentee.id, school_year=year.title, mentor_id=mentor.id, pair_id=pair.id,
                 topic="Формирующее оценивание на уроках математики <5–6 классы> & «ОГЭ»"),
        template_key="iom_young_teacher",
    )
    first = iom.activities[0]
    services.roadmaps.mark_done(first.id, done_on(services), "Карта дефицитов составлена")
    second_iom = services.roadmaps.create(
        IomDraft(mentee_id=second.id, school_year=year.title, mentor_id=mentor2.id, pair_id=group.id,
                 deficits="Работа с родителями", goal="Освоить формы работы с родителями", tasks="1. Изучить\n2. Провести"),
    )
    services.roadmaps.add_activity(
        second_iom.id,
        ActivityDraft(title="Родительское собрание «<Мы вместе>» & обсуждение", period="октябрь",
                      product_description="Протокол"),
    )
    return School(mentor.id, mentee.id, second.id, coordinator.id, pair.id, group.id, order.id, iom.id,
                  second_iom.id)
