"""The indicators districts ask for, each defined once and computed «по состоянию на» a date.

Every output that shows an indicator (the overview, the summary register, the HTML summary, the
annual report, `mentor-desk indicators`) takes it from here, so they cannot disagree.

Definitions (all on a date D, inside the school year Y that contains D):
- a pair *counts* on D when it has started (status is not «планируется», start ≤ D) and was not
  over before Y began (no end date, or end ≥ 1 September of Y): everyone who took part in
  mentoring this school year up to D is counted, including pairs finished or interrupted since;
- ages and teaching experience are taken on D (experience recorded «на дату» is moved to D);
- a young specialist is a teacher under 35 with under 3 years of experience on D, unless the
  coordinator overrode it; pupils counted for coverage are those aged 10–18 on D (without a birth
  date: forms 5–11);
- people in the archive are left out of the denominators unless a counted pair names them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from mentor_desk.db import models as m
from mentor_desk.domain.enums import ActivityStatus, PairStatus, PersonKind, QuestionKind, QuestionnaireStage
from mentor_desk.domain.rules import age_on, is_young_specialist
from mentor_desk.domain.schoolyear import SchoolYear
from mentor_desk.errors import UserError
from mentor_desk.services.base import ServiceBase, today

PUPIL_TARGET = 0.70
PUPIL_MIN_AGE = 10
PUPIL_MAX_AGE = 18
SATISFIED_FROM = 7.0  # a respondent whose mean scale score is at least this counts as satisfied
_CLASS_RE = re.compile(r"^\s*(\d+)")


@dataclass(frozen=True)
class Indicator:
    """One figure: value = numerator / denominator for a share, the numerator itself for a count."""

    key: str
    title: str
    numerator: float
    denominator: int | None
    value: float | None
    people: tuple[int, ...]
    unit: str = "share"  # "share" (0..1), "count", or "score" (1..10)
    target: float | None = None
    pairs: tuple[int, ...] = ()
    base: tuple[int, ...] = ()  # for a share: the ids counted in the denominator

    @property
    def missing(self) -> tuple[int, ...]:
        """For a share: who is in the denominator but not in the numerator."""
        counted = set(self.people)
        return tuple(i for i in self.base if i not in counted)

    def as_dict(self) -> dict[str, Any]:
        return {
            "key": self.key,
            "title": self.title,
            "numerator": self.numerator,
            "denominator": self.denominator,
            "value": self.value,
            "people": list(self.people),
            "unit": self.unit,
            "target": self.target,
            "pairs": list(self.pairs),
        }

    @property
    def value_text(self) -> str:
        """The value as documents print it: «85,7 %», «12», «8,4»."""
        if self.value is None:
            return "—"
        if self.unit == "share":
            return f"{100 * self.value:.1f} %".replace(".", ",")
        if self.unit == "score":
            return f"{self.value:.1f}".replace(".", ",")
        return str(int(self.value))

    @property
    def detail_text(self) -> str:
        if self.unit == "share":
            return f"{_num(self.numerator)} из {self.denominator}"
        if self.unit == "score":
            return f"ответивших: {self.denominator}"
        return ""


def _num(x: float) -> str:
    return str(int(x)) if float(x).is_integer() else f"{x:.2f}".replace(".", ",")


@dataclass(frozen=True)
class IndicatorSet:
    """The indicators on one date, in the order documents print them."""

    on: date
    school_year: str
    items: tuple[Indicator, ...]
    forms: tuple[str, ...] = field(default_factory=tuple)

    def __getitem__(self, key: str) -> Indicator:
        for item in self.items:
            if item.key == key:
                return item
        raise KeyError(key)

    def get(self, key: str) -> Indicator | None:
        return next((i for i in self.items if i.key == key), None)


def experience_on(years: float | None, as_of: date | None, on: date) -> float | None:
    """Teaching experience recorded on `as_of`, moved to `on` (back or forth, never below zero)."""
    if years is None:
        return None
    if as_of is None:
        return years
    return max(0.0, years + (on - as_of).days / 365.25)


@dataclass(frozen=True)
class _Person:
    id: int
    kind: PersonKind
    birth_date: date | None
    archived: bool
    experience: float | None
    experience_as_of: date | None
    override: bool | None
    class_name: str


@dataclass(frozen=True)
class _Pair:
    id: int
    form_id: int
    mentor_id: int
    status: PairStatus
    start: date
    end: date | None
    mentees: tuple[int, ...]

    def counts_on(self, on: date, year: SchoolYear) -> bool:
        if self.status is PairStatus.PLANNED or self.start > on:
            return False
        return self.end is None or self.end >= year.first_day


def young_on(kind: PersonKind, birth: date | None, years: float | None, as_of: date | None,
             override: bool | None, on: date) -> bool:
    """The young-specialist test on `on` from the stored values (every output uses this one)."""
    return kind is PersonKind.STAFF and is_young_specialist(kind, birth, experience_on(years, as_of, on), on, override)


def is_young_on(p: _Person, on: date) -> bool:
    return young_on(p.kind, p.birth_date, p.experience, p.experience_as_of, p.override, on)


def is_school_age_pupil(p: _Person, on: date) -> bool:
    if p.kind is not PersonKind.PUPIL:
        return False
    if p.birth_date is not None:
        return PUPIL_MIN_AGE <= age_on(p.birth_date, on) <= PUPIL_MAX_AGE
    match = _CLASS_RE.match(p.class_name)
    return match is not None and 5 <= int(match.group(1)) <= 11


def _share(key: str, title: str, numerator: set[int], denominator: set[int],
           target: float | None = None) -> Indicator:
    n, d = len(numerator), len(denominator)
    return Indicator(key, title, n, d, round(n / d, 4) if d else None, tuple(sorted(numerator)),
                     "share", target, base=tuple(sorted(denominator)))


def _count(key: str, title: str, people: Iterable[int], pairs: Sequence[int] | None = None) -> Indicator:
    ids = tuple(sorted(set(people)))
    n = len(pairs) if pairs is not None else len(ids)
    return Indicator(key, title, n, None, float(n), ids, "count", None, tuple(sorted(pairs or ())))


class IndicatorService(ServiceBase):
    def school_start(self) -> date:
        """The first day the school has records for: the start of its earliest school year."""
        with self._tx() as s:
            return school_start(s, self.organisation_id)

    def compute(self, on: date | None = None, form_id: int | None = None) -> IndicatorSet:
        """Every indicator on `on` (today by default); `form_id` narrows pairs to one form."""
        with self._tx() as s:
            return compute_indicators(s, self.organisation_id, on or today(), form_id)

    def young_specialists(self, on: date) -> set[int]:
        """Ids of everyone (archive included) who is a young specialist on `on`."""
        with self._tx() as s:
            return young_specialist_ids(s, self.organisation_id, on)


def young_specialist_ids(s: Session, org: int, on: date) -> set[int]:
    """Inside a caller's transaction: everyone (archive included) who is a young specialist on `on`."""
    return {pid for pid, p in _people(s, org).items() if is_young_on(p, on)}


def young_specialists_missing(s: Session, org: int, on: date) -> list[int]:
    """Who is in the denominator of «young_specialists_covered» on `on` but not in its numerator,
    read from the staff profiles and the pairs only (the overview must not grow with the pupils)."""
    year = SchoolYear.containing(on)
    staff = _people(s, org, staff_only=True)
    young = {pid for pid, p in staff.items() if is_young_on(p, on)}
    if not young:
        return []
    pairs = [p for p in _pairs(s, org) if p.counts_on(on, year)]
    mentees = {x for p in pairs for x in p.mentees}
    involved = mentees | {p.mentor_id for p in pairs}
    return sorted(pid for pid in young if (not staff[pid].archived or pid in involved) and pid not in mentees)


def school_start(s: Session, org: int) -> date:
    """The start of the earliest school year the school has records for."""
    candidates: list[date] = []
    created = s.scalar(select(m.Organisation.created_at).where(m.Organisation.id == org))
    if created is not None:
        candidates.append(created.date())
    for stmt in (
        select(m.Pair.start_date).where(m.Pair.organisation_id == org).order_by(m.Pair.start_date).limit(1),
        select(m.SchoolYearRow.start_date).where(m.SchoolYearRow.organisation_id == org)
        .order_by(m.SchoolYearRow.start_date).limit(1),
    ):
        first = s.scalar(stmt)
        if first is not None:
            candidates.append(first)
    for title in s.scalars(select(m.Iom.school_year).where(m.Iom.organisation_id == org).distinct()).all():
        try:
            candidates.append(SchoolYear.parse(title).first_day)
        except ValueError:
            continue
    earliest = min(candidates) if candidates else today()
    return SchoolYear.containing(earliest).first_day


def compute_indicators(s: Session, org: int, on: date, form_id: int | None = None) -> IndicatorSet:
    """Inside a caller's transaction: every indicator on `on`; `form_id` narrows pairs to one form."""
    year = SchoolYear.containing(on)
    start = school_start(s, org)
    if on < start:
        raise UserError(
            f"На {on:%d.%m.%Y} данных школы ещё нет: самые ранние записи относятся к "
            f"{SchoolYear.containing(start).title} учебному году. Выберите дату не раньше {start:%d.%m.%Y}."
        )
    people = _people(s, org)
    pairs = [p for p in _pairs(s, org) if p.counts_on(on, year) and (form_id is None or p.form_id == form_id)]
    forms = s.execute(
        select(m.MentoringForm.id, m.MentoringForm.name, m.MentoringForm.active)
        .where(m.MentoringForm.organisation_id == org)
        .order_by(m.MentoringForm.sort_order, m.MentoringForm.id)
    ).all()
    involved = {p.mentor_id for p in pairs} | {x for p in pairs for x in p.mentees}
    pool = {pid: p for pid, p in people.items() if not p.archived or pid in involved}
    young = {pid for pid, p in pool.items() if is_young_on(p, on)}
    mentees = {x for p in pairs for x in p.mentees}
    pupils = {pid for pid, p in pool.items() if is_school_age_pupil(p, on)}
    items: list[Indicator] = [
        _share("pupils_covered", "Доля обучающихся 10–18 лет, вовлечённых в программы наставничества",
               pupils & involved, pupils, PUPIL_TARGET),
        _share("young_specialists_covered",
               "Доля молодых специалистов (педагоги до 35 лет со стажем до 3 лет), закреплённых за наставником",
               young & mentees, young),
        _count("participants", "Участники наставничества (каждый учтён один раз)", involved),
        _count("mentors", "Наставники", {p.mentor_id for p in pairs}),
        _count("mentees", "Наставляемые", mentees),
        _count("pairs", "Пары и группы", involved, [p.id for p in pairs]),
    ]
    form_names = []
    for fid, name, active in forms:
        of_form = [p for p in pairs if p.form_id == fid]
        if (form_id is not None and fid != form_id) or (not of_form and not active):
            continue
        form_names.append(name)
        f_mentors = {p.mentor_id for p in of_form}
        f_mentees = {x for p in of_form for x in p.mentees}
        items += [
            _count(f"pairs:{name}", f"Пары и группы: {name}", f_mentors | f_mentees, [p.id for p in of_form]),
            _count(f"mentors:{name}", f"Наставники: {name}", f_mentors),
            _count(f"mentees:{name}", f"Наставляемые: {name}", f_mentees),
        ]
    items += _iom_indicators(s, org, on, year) + _satisfaction(s, org, on, year)
    return IndicatorSet(on, year.title, tuple(items), tuple(form_names))


# ---- loading --------------------------------------------------------------------------------


def _people(s: Session, org: int, staff_only: bool = False) -> dict[int, _Person]:
    stmt = (
        select(m.Person.id, m.Person.kind, m.Person.birth_date, m.Person.archived,
               m.StaffProfileRow.experience_years, m.StaffProfileRow.experience_as_of,
               m.StaffProfileRow.young_specialist_override, m.PupilProfileRow.class_name)
        .outerjoin(m.StaffProfileRow, m.StaffProfileRow.person_id == m.Person.id)
        .outerjoin(m.PupilProfileRow, m.PupilProfileRow.person_id == m.Person.id)
        .where(m.Person.organisation_id == org)
    )
    if staff_only:
        stmt = stmt.where(m.Person.kind == PersonKind.STAFF)
    rows = s.execute(stmt).all()
    return {
        int(r.id): _Person(int(r.id), r.kind, r.birth_date, bool(r.archived), r.experience_years,
                           r.experience_as_of, r.young_specialist_override, r.class_name or "")
        for r in rows
    }


def _pairs(s: Session, org: int) -> list[_Pair]:
    mentees: dict[int, list[int]] = {}
    for pair_id, mentee_id in s.execute(
        select(m.PairMentee.pair_id, m.PairMentee.mentee_id)
        .join(m.Pair, m.Pair.id == m.PairMentee.pair_id)
        .where(m.Pair.organisation_id == org)
        .order_by(m.PairMentee.id)
    ):
        mentees.setdefault(int(pair_id), []).append(int(mentee_id))
    rows = s.execute(
        select(m.Pair.id, m.Pair.form_id, m.Pair.mentor_id, m.Pair.status, m.Pair.start_date, m.Pair.end_date)
        .where(m.Pair.organisation_id == org)
        .order_by(m.Pair.id)
    ).all()
    return [
        _Pair(int(r.id), int(r.form_id), int(r.mentor_id), r.status, r.start_date, r.end_date,
              tuple(mentees.get(int(r.id), ())))
        for r in rows
    ]


def _iom_indicators(s: Session, org: int, on: date, year: SchoolYear) -> list[Indicator]:
    rows = s.execute(
        select(m.Iom.id, m.Iom.mentee_id, m.IomActivity.due_date, m.IomActivity.status, m.IomActivity.done_on)
        .join(m.IomActivity, m.IomActivity.iom_id == m.Iom.id)
        .where(m.Iom.organisation_id == org, m.Iom.school_year == year.title,
               m.IomActivity.due_date.is_not(None), m.IomActivity.due_date <= on)
    ).all()
    due: dict[int, int] = {}
    late: set[int] = set()
    mentee_of: dict[int, int] = {}
    done_people: set[int] = set()
    done_count = 0
    for iom_id, mentee_id, due_date, status, done_on in rows:
        due[iom_id] = due.get(iom_id, 0) + 1
        mentee_of[iom_id] = int(mentee_id)
        # Done on time: marked done by its deadline; a mark without a date is taken as on time.
        if status is ActivityStatus.DONE and (done_on is None or due_date is None or done_on <= due_date):
            done_count += 1
            done_people.add(int(mentee_id))
        else:
            late.add(iom_id)
    on_time = set(due) - late
    return [
        Indicator("iom_on_time", "ИОМ, все мероприятия которых со сроком до этой даты выполнены в срок",
                  len(on_time), len(due), round(len(on_time) / len(due), 4) if due else None,
                  tuple(sorted({mentee_of[i] for i in on_time}))),
        Indicator("iom_activities_on_time", "Мероприятия ИОМ, выполненные в срок (из тех, чей срок наступил)",
                  done_count, len(rows), round(done_count / len(rows), 4) if rows else None,
                  tuple(sorted(done_people))),
    ]


def _satisfaction(s: Session, org: int, on: date, year: SchoolYear) -> list[Indicator]:
    """From the latest промежуточная or итоговая questionnaire of each respondent this year."""
    rows = s.execute(
        select(m.QuestionnaireResponse.id, m.QuestionnaireResponse.person_id, m.QuestionnaireResponse.filled_on,
               m.Answer.score)
        .join(m.Answer, m.Answer.response_id == m.QuestionnaireResponse.id)
        .join(m.Question, m.Question.id == m.Answer.question_id)
        .where(m.QuestionnaireResponse.organisation_id == org,
               m.QuestionnaireResponse.stage.in_((QuestionnaireStage.INTERIM, QuestionnaireStage.FINAL)),
               m.QuestionnaireResponse.filled_on >= year.first_day,
               m.QuestionnaireResponse.filled_on <= on,
               m.Question.kind == QuestionKind.SCALE, m.Answer.score.is_not(None))
    ).all()
    latest: dict[int, tuple[date, int]] = {}
    scores: dict[int, list[int]] = {}
    for response_id, person_id, filled_on, score in rows:
        scores.setdefault(int(response_id), []).append(int(score or 0))
        key = (filled_on, int(response_id))
        if int(person_id) not in latest or key > latest[int(person_id)]:
            latest[int(person_id)] = key
    means = {pid: sum(scores[rid]) / len(scores[rid]) for pid, (_, rid) in latest.items()}
    satisfied = {pid for pid, mean in means.items() if mean >= SATISFIED_FROM}
    total = round(sum(means.values()), 2)
    return [
        _share("satisfaction", "Доля участников, удовлетворённых участием в программе (средняя оценка 7–10 "
               "по анкетам)", satisfied, set(means)),
        Indicator("satisfaction_mean", "Средняя оценка по анкетам (шкала 1–10)", total,
                  len(means), round(total / len(means), 2) if means else None, tuple(sorted(means)), "score"),
    ]
