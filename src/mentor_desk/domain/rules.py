"""Rules of the target mentoring model, each a small pure function returning findings.

Errors block a change and say what to change; warnings may be accepted by the coordinator.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from mentor_desk.domain.enums import PersonKind
from mentor_desk.domain.records import Issue

YOUNG_SPECIALIST_MAX_AGE = 35
YOUNG_SPECIALIST_MAX_EXPERIENCE = 3.0
MIN_PUPIL_AGE = 10
TEACHER_PROGRAMME_MIN_MONTHS = 3
TEACHER_PROGRAMME_MAX_MONTHS = 12


@dataclass(frozen=True)
class Candidate:
    """What the rules need to know about a participant of a pair."""

    id: int
    name: str
    kind: PersonKind
    birth_date: date | None = None
    archived: bool = False


def age_on(birth_date: date, day: date) -> int:
    years = day.year - birth_date.year
    if (day.month, day.day) < (birth_date.month, birth_date.day):
        years -= 1
    return years


def months_between(start: date, end: date) -> float:
    """Calendar months from start to end, fractional by days (1 Sep → 31 May ≈ 9)."""
    whole = (end.year - start.year) * 12 + (end.month - start.month)
    return whole + (end.day - start.day + 1) / 30.0


def is_young_specialist(
    kind: PersonKind,
    birth_date: date | None,
    experience_years: float | None,
    on: date,
    override: bool | None = None,
) -> bool:
    """A teacher under 35 with under 3 years of teaching; the coordinator may override it."""
    if override is not None:
        return override
    if kind is not PersonKind.STAFF or birth_date is None or experience_years is None:
        return False
    return age_on(birth_date, on) < YOUNG_SPECIALIST_MAX_AGE and experience_years < YOUNG_SPECIALIST_MAX_EXPERIENCE


def check_kinds(
    form_name: str,
    mentor_kind: PersonKind,
    mentee_kind: PersonKind,
    mentor: Candidate,
    mentees: Sequence[Candidate],
) -> list[Issue]:
    issues: list[Issue] = []
    if mentor.kind is not mentor_kind:
        issues.append(
            Issue(
                "mentor_kind",
                f"В форме «{form_name}» наставником может быть {mentor_kind.label}, "
                f"а {mentor.name} — {mentor.kind.label}. Выберите другого наставника или другую форму.",
            )
        )
    for mentee in mentees:
        if mentee.kind is not mentee_kind:
            issues.append(
                Issue(
                    "mentee_kind",
                    f"В форме «{form_name}» наставляемым может быть {mentee_kind.label}, "
                    f"а {mentee.name} — {mentee.kind.label}. Уберите его из списка или выберите другую форму.",
                )
            )
    return issues


def check_mentees_present(mentees: Sequence[Candidate]) -> list[Issue]:
    if mentees:
        return []
    return [Issue("no_mentees", "Добавьте хотя бы одного наставляемого.")]


def check_not_self(mentor: Candidate, mentees: Sequence[Candidate]) -> list[Issue]:
    if any(m.id == mentor.id for m in mentees):
        return [
            Issue("self", f"{mentor.name} не может быть наставником самому себе. Уберите его из наставляемых.")
        ]
    return []


def check_distinct_mentees(mentees: Sequence[Candidate]) -> list[Issue]:
    seen: set[int] = set()
    for mentee in mentees:
        if mentee.id in seen:
            return [Issue("duplicate_mentee", f"{mentee.name} указан(а) в группе дважды.")]
        seen.add(mentee.id)
    return []


def check_not_archived(people: Iterable[Candidate]) -> list[Issue]:
    return [
        Issue("archived", f"{p.name} в архиве. Верните участника из архива, чтобы включить его в пару.")
        for p in people
        if p.archived
    ]


def check_dates(start: date, end: date | None) -> list[Issue]:
    if end is not None and end < start:
        return [
            Issue(
                "dates",
                f"Дата окончания {end:%d.%m.%Y} раньше даты начала {start:%d.%m.%Y}. Исправьте даты.",
            )
        ]
    return []


def check_teacher_programme_length(mentee_kind: PersonKind, start: date, end: date | None) -> list[Issue]:
    """A personalised programme for a teacher runs 3 to 12 months (warning)."""
    if mentee_kind is not PersonKind.STAFF or end is None or end < start:
        return []
    months = months_between(start, end)
    if months < TEACHER_PROGRAMME_MIN_MONTHS - 0.05 or months > TEACHER_PROGRAMME_MAX_MONTHS + 0.05:
        return [
            Issue(
                "programme_length",
                f"Программа для педагога длится {months:.1f} мес.; обычно от 3 до 12 месяцев.",
                is_error=False,
            )
        ]
    return []


def check_mentor_resource(mentor: Candidate, current_load: int, new_mentees: int, resource: int) -> list[Issue]:
    """Warn when a mentor would have more mentees than their declared resource."""
    total = current_load + new_mentees
    if resource > 0 and total > resource:
        return [
            Issue(
                "resource",
                f"У наставника {mentor.name} будет {total} наставляемых при ресурсе {resource}.",
                is_error=False,
            )
        ]
    return []


def check_pupil_age(mentee_kind: PersonKind, mentees: Sequence[Candidate], on: date) -> list[Issue]:
    """Pupils take part in mentoring from the age of 10 (Р-145)."""
    issues: list[Issue] = []
    for mentee in mentees:
        if mentee.kind is PersonKind.PUPIL and mentee.birth_date is not None:
            age = age_on(mentee.birth_date, on)
            if age < MIN_PUPIL_AGE:
                issues.append(
                    Issue(
                        "pupil_age",
                        f"{mentee.name}: {age} лет; в наставничестве участвуют обучающиеся с 10 лет.",
                    )
                )
    return issues


def check_mentor_pupil_age(mentor: Candidate, on: date) -> list[Issue]:
    if mentor.kind is PersonKind.PUPIL and mentor.birth_date is not None:
        age = age_on(mentor.birth_date, on)
        if age < MIN_PUPIL_AGE:
            return [
                Issue(
                    "pupil_age",
                    f"{mentor.name}: {age} лет; в наставничестве участвуют обучающиеся с 10 лет.",
                )
            ]
    return []


def check_one_open_pair_per_programme(
    mentees: Sequence[Candidate], busy_mentee_ids: Iterable[int], programme_name: str
) -> list[Issue]:
    """A mentee has at most one planned or active pair in a programme."""
    busy = set(busy_mentee_ids)
    return [
        Issue(
            "busy_mentee",
            f"{m.name} уже состоит в действующей паре по программе «{programme_name}». "
            "Завершите ту пару или выберите другую программу.",
        )
        for m in mentees
        if m.id in busy
    ]


@dataclass(frozen=True)
class PairCheck:
    """Everything the pair rules need, gathered by the service."""

    form_name: str
    mentor_kind: PersonKind
    mentee_kind: PersonKind
    mentor: Candidate
    mentees: tuple[Candidate, ...]
    programme_name: str
    start: date
    end: date | None
    mentor_load: int
    mentor_resource: int
    busy_mentee_ids: tuple[int, ...] = ()
    pair_is_open: bool = True


def check_pair(check: PairCheck) -> list[Issue]:
    """All pair rules in the order a coordinator should fix them."""
    issues = check_mentees_present(check.mentees)
    issues += check_not_self(check.mentor, check.mentees)
    issues += check_distinct_mentees(check.mentees)
    issues += check_kinds(check.form_name, check.mentor_kind, check.mentee_kind, check.mentor, check.mentees)
    issues += check_dates(check.start, check.end)
    if check.pair_is_open:
        issues += check_not_archived([check.mentor, *check.mentees])
        issues += check_one_open_pair_per_programme(check.mentees, check.busy_mentee_ids, check.programme_name)
        issues += check_pupil_age(check.mentee_kind, check.mentees, check.start)
        issues += check_mentor_pupil_age(check.mentor, check.start)
        issues += check_mentor_resource(check.mentor, check.mentor_load, len(check.mentees), check.mentor_resource)
    issues += check_teacher_programme_length(check.mentee_kind, check.start, check.end)
    return issues


def errors(issues: Iterable[Issue]) -> list[Issue]:
    return [i for i in issues if i.is_error]


def warnings(issues: Iterable[Issue]) -> list[Issue]:
    return [i for i in issues if not i.is_error]
