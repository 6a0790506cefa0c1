"""The demo school's people: teachers and staff, pupils, external mentors (fictional names)."""

from __future__ import annotations

import random
from datetime import date, timedelta

from mentor_desk.demo import vocabulary as v
from mentor_desk.domain.enums import Gender, PersonKind, PupilCategory, QualificationCategory
from mentor_desk.domain.records import (
    ExternalProfile,
    MenteeProfile,
    MentorProfile,
    PersonDraft,
    PupilProfile,
    StaffProfile,
)
from mentor_desk.domain.schoolyear import SchoolYear


class Names:
    """Gender-consistent fictional names without repeats of the full ФИО."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.used: set[tuple[str, str, str]] = set()

    def make(self, gender: Gender | None = None) -> tuple[str, str, str, Gender]:
        while True:
            g = gender or self.rng.choice((Gender.MALE, Gender.FEMALE))
            surname = self.rng.choice(v.SURNAMES)
            father = self.rng.choice(sorted(v.PATRONYMICS))
            if g is Gender.MALE:
                name = (surname, self.rng.choice(v.MALE_NAMES), v.PATRONYMICS[father][0])
            else:
                name = (v.feminine_surname(surname), self.rng.choice(v.FEMALE_NAMES), v.PATRONYMICS[father][1])
            if name not in self.used:
                self.used.add(name)
                return (*name, g)


def birth(rng: random.Random, on: date, age: int) -> date:
    start = date(on.year - age - 1, on.month, 1) + timedelta(days=1)
    return start + timedelta(days=rng.randrange(360))


def phone(rng: random.Random) -> str:
    return f"+7 9{rng.randrange(10, 99)} {rng.randrange(100, 999)}-{rng.randrange(10, 99)}-{rng.randrange(10, 99)}"


def staff_drafts(rng: random.Random, names: Names, on: date, year: SchoolYear) -> list[PersonDraft]:
    """48 teachers and staff; a few young specialists (mentees) and experienced mentors among them."""
    drafts: list[PersonDraft] = []
    young_made = 0
    for i in range(48):
        last, first, middle, gender = names.make(Gender.FEMALE if rng.random() < 0.78 else Gender.MALE)
        position, subject, shmo = v.SUBJECTS[i % len(v.SUBJECTS)]
        is_young = i % 5 == 4 and young_made < 9
        if is_young:
            young_made += 1
            age, exp = rng.randrange(22, 30), round(rng.uniform(0.2, 2.5), 1)
            category = QualificationCategory.NONE
        else:
            age = rng.randrange(30, 64)
            exp = float(min(age - 21, rng.randrange(5, 40)))
            category = rng.choice((QualificationCategory.FIRST, QualificationCategory.HIGHEST, QualificationCategory.NONE))
        is_mentor = not is_young and exp >= 10 and rng.random() < 0.55
        drafts.append(
            PersonDraft(
                last_name=last,
                first_name=first,
                middle_name=middle,
                kind=PersonKind.STAFF,
                gender=gender,
                birth_date=birth(rng, on, age),
                phone=phone(rng),
                email=f"teacher{i + 1:02d}@school7.example",
                staff=StaffProfile(
                    position=position,
                    subjects=subject,
                    experience_years=exp,
                    experience_as_of=on,
                    hire_date=date(on.year - int(exp), 9, 1) if exp >= 1 else date(year.start, 8, 28),
                    category=category,
                    education=rng.choice(v.EDUCATION),
                    shmo=shmo,
                ),
                mentor=MentorProfile(
                    competences=rng.choice(v.COMPETENCES),
                    interests="методическая работа, наставничество",
                    achievements=rng.choice(v.ACHIEVEMENTS),
                    resource=rng.choice((1, 2, 2, 3)),
                    schedule="вторник, четверг после 14:30",
                    desired_age="молодые педагоги",
                    joined_on=year.first_day,
                )
                if is_mentor
                else None,
                mentee=MenteeProfile(
                    request="адаптация в профессии, конструирование урока, работа с классом",
                    deficits=rng.choice(v.DEFICITS),
                    joined_on=year.first_day,
                )
                if is_young
                else None,
            )
        )
    return drafts


def pupil_drafts(rng: random.Random, names: Names, year: SchoolYear) -> list[PersonDraft]:
    """Two classes a grade, 1 to 11, with some pupils in each category."""
    drafts: list[PersonDraft] = []
    for grade in range(1, 12):
        for letter in ("А", "Б"):
            for _ in range(14 + rng.randrange(3)):
                last, first, middle, gender = names.make()
                age = grade + 6
                cats: tuple[str, ...] = ()
                roll = rng.random()
                if grade >= 5 and roll < 0.08:
                    cats = (PupilCategory.GIFTED.value,)
                elif roll < 0.12:
                    cats = (PupilCategory.SPECIAL_NEEDS.value,)
                elif grade >= 8 and roll < 0.25:
                    cats = (PupilCategory.CAREER.value,)
                elif roll < 0.3:
                    cats = (PupilCategory.LOW_MOTIVATION.value,)
                parent_last, parent_first, parent_middle, _ = names.make(Gender.FEMALE)
                drafts.append(
                    PersonDraft(
                        last_name=last,
                        first_name=first,
                        middle_name=middle,
                        kind=PersonKind.PUPIL,
                        gender=gender,
                        birth_date=birth(rng, date(year.start, 9, 1), age),
                        phone=phone(rng),
                        contact_note=f"мама: {parent_first} {parent_middle} {parent_last[0]}.",
                        pupil=PupilProfile(class_name=f"{grade}{letter}", categories=cats),
                    )
                )
    return drafts


def external_drafts(rng: random.Random, names: Names, on: date, year: SchoolYear) -> list[PersonDraft]:
    """Students of the partner colleges and employers' representatives who mentor pupils."""
    external: list[PersonDraft] = []
    for i in range(3):
        last, first, middle, gender = names.make()
        external.append(
            PersonDraft(
                last_name=last, first_name=first, middle_name=middle, kind=PersonKind.STUDENT, gender=gender,
                birth_date=birth(rng, on, 19 + i), phone=phone(rng), email=f"student{i + 1}@college.example",
                external=ExternalProfile(organisation_name=v.COLLEGES[i % 2], position_or_course=f"{2 + i % 2} курс"),
                mentor=MentorProfile(competences="проектная деятельность, робототехника", resource=3,
                                     joined_on=year.first_day),
            )
        )
    for org_name, position in v.EMPLOYERS:
        last, first, middle, gender = names.make(Gender.MALE)
        external.append(
            PersonDraft(
                last_name=last, first_name=first, middle_name=middle, kind=PersonKind.EMPLOYER, gender=gender,
                birth_date=birth(rng, on, rng.randrange(35, 55)), phone=phone(rng),
                external=ExternalProfile(organisation_name=org_name, position_or_course=position),
                mentor=MentorProfile(competences="профессиональные пробы, экскурсии на производство", resource=4,
                                     joined_on=year.first_day),
            )
        )
    return external
