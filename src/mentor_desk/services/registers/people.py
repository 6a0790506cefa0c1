"""The people register straight from one SQL query over the person and the profiles it shows
(and the processing consent), plus the pairs of the year; one pass over plain tuples, no records.

The values follow the same definitions as every other output: the young-specialist test of
services/indicators.py, names of domain/names.py, the year a pair belongs to of `in_school_year`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from operator import itemgetter
from typing import Any, Protocol

from sqlalchemy import String, func, select, type_coerce
from sqlalchemy.orm import Session

from mentor_desk.db import models as m
from mentor_desk.domain.enums import ConsentType, PersonKind
from mentor_desk.domain.names import collation_key, full_name
from mentor_desk.domain.schoolyear import SchoolYear
from mentor_desk.services.indicators import young_on

Row = dict[str, Any]

_KIND_ORDER = {PersonKind.STAFF: 0, PersonKind.PUPIL: 1, PersonKind.STUDENT: 2, PersonKind.EMPLOYER: 3}
_CLASS_RE = re.compile(r"^(\d+)(.*)$")
_WORKS_HERE = (PersonKind.STAFF, PersonKind.PUPIL)
_ROLES = {
    (True, True): "наставник, наставляемый",
    (True, False): "наставник",
    (False, True): "наставляемый",
    (False, False): "не участвует",
}


class Filed(Protocol):
    """What decides the school year of a pair: a PairRecord or a row of the pair table."""

    @property
    def school_year(self) -> str | None: ...
    @property
    def start_date(self) -> date: ...
    @property
    def end_date(self) -> date | None: ...


def in_school_year(pair: Filed, year: SchoolYear) -> bool:
    """A pair belongs to the year it was filed under; an unfiled pair to the years its dates touch."""
    return filed_in(pair.school_year, pair.start_date, pair.end_date, year)


def filed_in(school_year: str | None, start: date, end: date | None, year: SchoolYear) -> bool:
    """`in_school_year` of a pair's stored values."""
    if school_year:
        return school_year == year.title
    return start <= year.last_day and (end is None or end >= year.first_day)


def class_sort_key(class_name: str) -> tuple[int, str]:
    match = _CLASS_RE.match(class_name)
    return (int(match.group(1)), match.group(2)) if match else (99, class_name)


def _order_prefix(kind: PersonKind, class_name: str | None) -> str:
    """(kind, class) of the register's order as a string that sorts the same way, so that the
    sort compares one string per row in C: the class number as its digit count then its digits,
    the class letter ended by a character below any other; the name key follows it."""
    number, letter = class_sort_key(class_name) if class_name is not None else (0, "")
    digits = str(number)
    return f"{_KIND_ORDER.get(kind, 9):02d}{len(digits):02d}{digits}{letter}\0"


@dataclass(frozen=True)
class YearPairs:
    """Who mentors and who is mentored in the pairs of one year (and form)."""

    mentors: set[int]
    mentees: set[int]


def year_pairs(s: Session, org_id: int, year: SchoolYear, form_id: int | None) -> YearPairs:
    """The mentors and mentees of the school's pairs of `year` (of one form if given): one plain read."""
    pair, member = m.Pair, m.PairMentee
    stmt = (
        select(pair.mentor_id, member.mentee_id, pair.school_year, pair.start_date, pair.end_date)
        .outerjoin(member, member.pair_id == pair.id)
        .where(pair.organisation_id == org_id)
    )
    if form_id is not None:
        stmt = stmt.where(pair.form_id == form_id)
    mentors: set[int] = set()
    mentees: set[int] = set()
    for mentor_id, mentee_id, school_year, start, end in s.connection().execute(stmt).all():
        if filed_in(school_year, start, end, year):
            mentors.add(mentor_id)
            mentees.add(mentee_id)
    mentees.discard(None)  # a pair without mentees (outer join)
    return YearPairs(mentors, mentees)


def _people_select(org_id: int) -> Any:
    p, st, pp, ex = m.Person, m.StaffProfileRow, m.PupilProfileRow, m.ExternalProfileRow
    consent = (
        select(m.Consent.person_id, func.max(m.Consent.signed_on).label("signed_on"))
        .where(
            m.Consent.organisation_id == org_id,
            m.Consent.consent_type == ConsentType.PROCESSING,
            m.Consent.withdrawn_on.is_(None),
        )
        .group_by(m.Consent.person_id)
        .subquery()
    )
    return (
        select(
            # the kind as stored (its value): looked up below, cheaper than a converter per row
            p.id, p.last_name, p.first_name, p.middle_name, type_coerce(p.kind, String), p.birth_date, p.archived,
            st.person_id, st.position, st.experience_years, st.experience_as_of, st.young_specialist_override,
            pp.person_id, pp.class_name, ex.person_id, ex.organisation_name, ex.position_or_course,
            consent.c.signed_on,
        )
        .outerjoin(st, st.person_id == p.id)
        .outerjoin(pp, pp.person_id == p.id)
        .outerjoin(ex, ex.person_id == p.id)
        .outerjoin(consent, consent.c.person_id == p.id)
        .where(p.organisation_id == org_id)
        .order_by(p.id)
    )


def people_rows(s: Session, org_id: int, school: str, pairs: YearPairs, form_id: int | None,
                ref_day: date) -> list[Row]:
    """Rows of the people register: everyone not archived (with a form: everyone in its pairs of
    the year), staff first, pupils by class, then by name; ages and the young-specialist test on
    `ref_day`."""
    mentors, mentees = pairs.mentors, pairs.mentees
    involved = mentors | mentees
    # Keyed by the kind as stored: a str hashes in C, an Enum member through Python.
    labels = {k.value: k.label for k in PersonKind}
    works_here = {k.value for k in _WORKS_HERE}
    staff_kind = PersonKind.STAFF.value
    prefixes: dict[tuple[str, str | None], str] = {}
    keyed: list[tuple[str, Row]] = []
    for (pid, last, first, middle, kind, birth, archived, staff, position, years, as_of, override,
         pupil, class_name, external, ex_org, ex_position, signed) in s.connection().execute(_people_select(org_id)).all():
        if pid not in involved if form_id is not None else archived:
            continue
        name = full_name(last, first, middle)
        if pupil is not None:
            place = class_name
        else:
            place = position if staff is not None else ex_position if external is not None else ""
            class_name = None
        prefix = prefixes.get((kind, class_name))
        if prefix is None:
            prefix = prefixes[kind, class_name] = _order_prefix(PersonKind(kind), class_name)
        young = ""
        if kind == staff_kind:
            young = "да" if young_on(PersonKind.STAFF, birth, years, as_of, override, ref_day) else "нет"
        keyed.append((prefix + collation_key(name), {
            "no": 0,
            "full_name": name,
            "last_name": last,
            "first_name": first,
            "middle_name": middle,
            "kind": labels[kind],
            "class_or_position": place,
            "birth_date": birth,
            "role": _ROLES[pid in mentors, pid in mentees],
            "consent": "да" if signed else "нет",
            "consent_date": signed,
            "workplace": ex_org if external is not None and ex_org else school if kind in works_here else "",
            "young_specialist": young,
        }))
    keyed.sort(key=itemgetter(0))  # stable: equal keys stay in the order of their ids, as read
    out = []
    for no, (_, row) in enumerate(keyed, 1):
        row["no"] = no
        out.append(row)
    return out

