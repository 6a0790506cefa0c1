"""The rows of every district register, built from one transaction's people and pairs (resources/registers/*.json declare their fields).

The people register is read straight from one query (services/registers/people.py); the others
from the people and pair records, each loaded only when a register asks for it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from datetime import date
from functools import cached_property
from typing import TYPE_CHECKING

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from mentor_desk.db import models as m
from mentor_desk.domain.enums import PairStatus, PersonKind
from mentor_desk.domain.names import collation_key, format_phone
from mentor_desk.domain.records import (
    MenteeProfile,
    MentorProfile,
    OrganisationRecord,
    PairRecord,
    PersonRecord,
)
from mentor_desk.domain.schoolyear import SchoolYear
from mentor_desk.services import mapping
from mentor_desk.services.indicators import compute_indicators, young_specialist_ids
from mentor_desk.services.queries import activity_counts, pair_records, people_records
from mentor_desk.services.registers import people as people_register
from mentor_desk.services.registers.people import Row, class_sort_key, in_school_year

if TYPE_CHECKING:
    from mentor_desk.services.registers.service import RegisterService

__all__ = ["COVERED_STATUSES", "Row", "class_sort_key", "in_school_year"]


COVERED_STATUSES = (PairStatus.ACTIVE, PairStatus.COMPLETED)


_MARKS = {
    PairStatus.PLANNED: "планируется",
    PairStatus.ACTIVE: "проходит",
    PairStatus.COMPLETED: "пройдена",
    PairStatus.INTERRUPTED: "прервана",
}


def _join(values: Iterable[str], sep: str = "\n") -> str:
    seen: list[str] = []
    for v in values:
        if v and v not in seen:
            seen.append(v)
    return sep.join(seen)


def _fmt(d: date | None) -> str:
    return d.strftime("%d.%m.%Y") if d else ""


def _term(pair: PairRecord) -> str:
    if pair.end_date is None:
        return f"с {_fmt(pair.start_date)}"
    return f"{_fmt(pair.start_date)} – {_fmt(pair.end_date)}"


def _form_key(name: str) -> str:
    """«студент-ученик», «Студент – ученик» and «студент ученик» name the same form."""
    return collation_key(" ".join(re.split(r"[\s\-–—]+", name.strip())))


class _Context:
    """Data loaded once per export (each part when a register first asks for it) and the builders of each register's rows."""

    def __init__(self, svc: RegisterService, s: Session, org: OrganisationRecord, year: SchoolYear,
                 form_id: int | None, on: date) -> None:
        self.s = s
        self.org = org
        self.year = year
        self.form_id = form_id
        self.on = on
        # Ages and the young-specialist test are taken on the export date, kept inside the year.
        self.ref_day = min(max(on, year.first_day), year.last_day)
        self.org_id = svc.organisation_id

    @cached_property
    def pairs(self) -> list[PairRecord]:
        pairs = [
            p for p in pair_records(self.s, self.org_id)
            if in_school_year(p, self.year) and (self.form_id is None or p.form.id == self.form_id)
        ]
        pairs.sort(key=lambda p: (p.form.sort_order, p.start_date, p.id))
        return pairs

    @cached_property
    def people(self) -> dict[int, PersonRecord]:
        involved = set(self.mentor_pairs) | set(self.mentee_pairs)
        # Archived people appear only where a pair of the year still names them.
        return {
            p.id: p
            for p in people_records(self.s, self.org_id, keep=lambda pid, archived: not archived or pid in involved)
        }

    @cached_property
    def young(self) -> set[int]:
        # One definition of a young specialist for every output (services/indicators.py).
        return young_specialist_ids(self.s, self.org_id, self.ref_day)

    @cached_property
    def mentor_pairs(self) -> dict[int, list[PairRecord]]:
        out: dict[int, list[PairRecord]] = {}
        for p in self.pairs:
            out.setdefault(p.mentor.id, []).append(p)
        return out

    @cached_property
    def mentee_pairs(self) -> dict[int, list[PairRecord]]:
        out: dict[int, list[PairRecord]] = {}
        for p in self.pairs:
            for x in p.mentees:
                out.setdefault(x.id, []).append(p)
        return out

    def build(self, kind: str) -> list[Row]:
        builder: Callable[[], list[Row]] = {
            "people": self.people_rows,
            "mentors": self.mentor_rows,
            "mentees": self.mentee_rows,
            "pairs": self.pair_rows,
            "summary": self.summary_rows,
            "iom-progress": self.iom_rows,
        }[kind]
        return builder()

    # ---- helpers --------------------------------------------------------------------

    def workplace(self, p: PersonRecord) -> str:
        if p.external is not None and p.external.organisation_name:
            return p.external.organisation_name
        if p.kind in (PersonKind.STAFF, PersonKind.PUPIL):
            return self.org.short_name
        return ""

    @staticmethod
    def position(p: PersonRecord) -> str:
        if p.pupil is not None:
            return f"{p.pupil.class_name} класс" if p.pupil.class_name else ""
        return p.class_or_position

    @staticmethod
    def contacts(p: PersonRecord) -> str:
        return _join((format_phone(p.phone), p.email, p.contact_note), "; ")

    def experience(self, p: PersonRecord) -> int | None:
        """Whole years of teaching on the register's date (5 years 11 months is 5)."""
        value = mapping.experience_now(p.staff, self.on)
        return int(value + 1e-9) if value is not None else None

    def _person(self, pid: int) -> PersonRecord | None:
        return self.people.get(pid)

    # ---- registers ------------------------------------------------------------------

    def people_rows(self) -> list[Row]:
        pairs = people_register.year_pairs(self.s, self.org_id, self.year, self.form_id)
        return people_register.people_rows(self.s, self.org_id, self.org.short_name, pairs, self.form_id, self.ref_day)

    def _participants(self, side: str) -> list[tuple[int, PersonRecord, list[PairRecord]]]:
        """Mentors or mentees («mentor» / «mentee»): everyone in a pair of the year, and without a
        form everyone not archived with that profile; numbered by name."""
        by_person = self.mentor_pairs if side == "mentor" else self.mentee_pairs
        ids = set(by_person)
        if self.form_id is None:
            ids |= {p.id for p in self.people.values() if getattr(p, side) is not None and not p.archived}
        chosen = sorted((self.people[i] for i in ids if i in self.people), key=lambda p: collation_key(p.full_name))
        return [(no, p, by_person.get(p.id, [])) for no, p in enumerate(chosen, 1)]

    def _participation(self, no: int, p: PersonRecord, pairs: list[PairRecord], profile: MentorProfile | MenteeProfile | None,
                       others: list[PersonRecord]) -> Row:
        """The fields the mentor and mentee registers share: the person, the pairs, the other side."""
        starts = [pr.start_date for pr in pairs]
        return {
            "no": no,
            "full_name": p.full_name,
            "contacts": self.contacts(p),
            "joined_on": profile.joined_on if profile and profile.joined_on else (min(starts) if starts else None),
            "form": _join((pr.form.name for pr in pairs), "; "),
            "place": self.org.short_name if pairs else "",
            "term": _join(_term(pr) for pr in pairs),
            "completion_mark": _join((_MARKS[pr.status] for pr in pairs), "; "),
            "results": _join(pr.result for pr in pairs),
            "case_link": "",
            "photo_link": "",
            "_others": _join(x.full_name for x in others),
            "_others_workplace": _join(self.workplace(x) for x in others),
        }

    def mentor_rows(self) -> list[Row]:
        out = []
        for no, p, pairs in self._participants("mentor"):
            profile = p.mentor
            mentees = [x for x in (self.people.get(ref.id) for pr in pairs for ref in pr.mentees) if x]
            row = self._participation(no, p, pairs, profile, mentees)
            row.update(
                workplace=self.workplace(p),
                position=self.position(p),
                interests=profile.interests if profile else "",
                competences=profile.competences if profile else "",
                achievements=profile.achievements if profile else "",
                resource=profile.resource if profile else None,
                desired_age=profile.desired_age if profile else "",
                schedule=profile.schedule if profile else "",
                mentees=row.pop("_others"),
                mentee_workplace=row.pop("_others_workplace"),
                experience=self.experience(p),
                category=p.staff.category.label if p.staff else "",
                subjects=p.staff.subjects if p.staff else "",
            )
            out.append(row)
        return out

    def mentee_rows(self) -> list[Row]:
        out = []
        for no, p, pairs in self._participants("mentee"):
            profile = p.mentee
            mentors = [x for x in (self.people.get(pr.mentor.id) for pr in pairs) if x]
            row = self._participation(no, p, pairs, profile, mentors)
            row.update(
                birth_year=p.birth_date.year if p.birth_date else None,
                birth_date=p.birth_date,
                request=profile.request if profile and profile.request else _join(pr.goal for pr in pairs),
                mentor_name=row.pop("_others"),
                mentor_workplace=row.pop("_others_workplace"),
                class_or_position=p.class_or_position,
                deficits=profile.deficits if profile else "",
            )
            out.append(row)
        return out

    def pair_rows(self) -> list[Row]:
        out = []
        no = 0
        for pr in self.pairs:
            mentor = self._person(pr.mentor.id)
            for ref in pr.mentees:
                mentee = self._person(ref.id)
                no += 1
                staff_mentee = mentee is not None and mentee.kind is PersonKind.STAFF
                out.append({
                    "no": no,
                    "pair_no": pr.id,  # the pair's number in the window («Пары и группы», column №)
                    "school": self.org.short_name,
                    "mentor_name": pr.mentor.full_name,
                    "mentor_position": self.position(mentor) if mentor else "",
                    "mentor_experience": self.experience(mentor) if mentor else None,
                    "mentee_name": ref.full_name,
                    "mentee_position": self.position(mentee) if mentee else "",
                    "mentee_experience": self.experience(mentee) if mentee else None,
                    "young_specialist": ("да" if ref.id in self.young else "нет") if staff_mentee else "",
                    "form": pr.form.name,
                    "type": pr.type_name,
                    "role_model": pr.role_model_name,
                    "programme": pr.programme.name,
                    "order_number": pr.order.number if pr.order else "",
                    "order_date": pr.order.signed_on if pr.order else None,
                    "start_date": pr.start_date,
                    "end_date": pr.end_date,
                    "status": pr.status.label,
                    "result": pr.result,
                    "goal": pr.goal,
                    "status_reason": pr.status_reason,
                    "school_year": pr.school_year or self.year.title,
                    "mentor_consent": pr.mentor_consent_on,
                    "agreement": pr.agreement,
                })
        return out

    def summary_rows(self) -> list[Row]:
        """Pairs, participants and coverage per form: the indicators on the reference day, one definition."""
        figures = compute_indicators(self.s, self.org_id, self.ref_day, self.form_id)
        counted = figures["pairs"].pairs
        sizes: dict[int, int] = {}
        if counted:
            for pair_id, n in self.s.execute(
                select(m.PairMentee.pair_id, func.count()).where(m.PairMentee.pair_id.in_(counted))
                .group_by(m.PairMentee.pair_id)
            ):
                sizes[int(pair_id)] = int(n)
        out: list[Row] = []
        for name in figures.forms:
            pairs = figures[f"pairs:{name}"]
            out.append({
                "name": name, "pairs": int(pairs.numerator), "groups": sum(1 for i in pairs.pairs if sizes.get(i, 0) > 1),
                "mentors": int(figures[f"mentors:{name}"].numerator), "mentees": int(figures[f"mentees:{name}"].numerator),
                "participants": len(pairs.people),
            })
        out.append({
            "name": "Итого (каждый участник учтён один раз)", "pairs": int(figures["pairs"].numerator),
            "groups": sum(1 for i in counted if sizes.get(i, 0) > 1), "mentors": int(figures["mentors"].numerator),
            "mentees": int(figures["mentees"].numerator), "participants": int(figures["participants"].numerator),
        })
        young, pupils = figures["young_specialists_covered"], figures["pupils_covered"]
        out.append(_share_row("Молодые специалисты (педагоги моложе 35 лет со стажем менее 3 лет), "
                              "закреплённые за наставником", int(young.numerator), young.denominator or 0))
        out.append(_share_row("Обучающиеся 10–18 лет, участвующие в наставничестве "
                              "(наставляемые или наставники)", int(pupils.numerator), pupils.denominator or 0))
        return out

    def iom_rows(self) -> list[Row]:
        s, on = self.s, self.on
        ioms = s.scalars(
            select(m.Iom).where(m.Iom.organisation_id == self.org_id, m.Iom.school_year == self.year.title)
        ).all()
        if self.form_id is not None:
            # plain rows: Result.tuples() is deprecated in SQLAlchemy 2.1 (a warning, an error under pytest)
            pair_forms = {
                int(pair_id): int(form_id)
                for pair_id, form_id in s.execute(
                    select(m.Pair.id, m.Pair.form_id).where(m.Pair.organisation_id == self.org_id)
                )
            }
            ioms = [i for i in ioms if i.pair_id is not None and pair_forms.get(i.pair_id) == self.form_id]
        counts = activity_counts(s, self.org_id, on, self.year.title)
        missing = {i.mentee_id for i in ioms} | {i.mentor_id for i in ioms if i.mentor_id}
        missing -= set(self.people)
        names = {}
        if missing:
            for pid, last, first, middle in s.execute(
                select(m.Person.id, m.Person.last_name, m.Person.first_name, m.Person.middle_name).where(m.Person.id.in_(missing))
            ):
                names[pid] = " ".join(x for x in (last, first, middle) if x)
        pair_form_names = {p.id: p.form.name for p in self.pairs}

        def name(pid: int | None) -> str:
            if pid is None:
                return ""
            person = self.people.get(pid)
            return person.full_name if person else names.get(pid, "")

        ioms = sorted(ioms, key=lambda i: collation_key(name(i.mentee_id)))
        out = []
        for no, iom in enumerate(ioms, 1):
            planned, done, overdue = counts.get(iom.id, (0, 0, 0))
            mentee = self.people.get(iom.mentee_id)
            out.append({
                "no": no,
                "mentee_name": name(iom.mentee_id),
                "mentee_position": mentee.class_or_position if mentee else "",
                "mentor_name": name(iom.mentor_id),
                "school_year": iom.school_year,
                "planned": planned,
                "done": done,
                "overdue": overdue,
                "percent": round(done / planned, 4) if planned else None,
                "topic": iom.topic,
                "form": pair_form_names.get(iom.pair_id, "") if iom.pair_id else "",
            })
        return out


def _share_row(name: str, covered: int, total: int) -> Row:
    return {"name": name, "covered": covered, "total": total, "share": round(covered / total, 4) if total else None}
