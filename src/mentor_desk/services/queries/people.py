"""People as records: one select of named columns (person and its five profiles) and the facts
every record carries (pair loads, processing consent), read only for the people asked for."""

from __future__ import annotations

import json
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass, fields, replace
from datetime import date
from operator import itemgetter
from typing import Any

from sqlalchemy import ColumnElement, Select, Text, func, select, type_coerce
from sqlalchemy.orm import Session

from mentor_desk.db import models as m
from mentor_desk.domain.enums import ConsentType, PairStatus, QualificationCategory
from mentor_desk.domain.records import (
    ExternalProfile,
    MenteeProfile,
    MentorProfile,
    PersonRecord,
    PersonRef,
    PupilProfile,
    StaffProfile,
)
from mentor_desk.domain.rules import is_young_specialist
from mentor_desk.services.base import today
from mentor_desk.services.mapping import experience_now
from mentor_desk.services.queries.batching import chunks, gc_paused

OPEN_STATUSES = (PairStatus.PLANNED, PairStatus.ACTIVE)
_WHOLE_SCHOOL_FROM = 2_000  # ids asked for, above which the facts are read for the whole school

PERSON_FIELDS = (
    "id", "last_name", "first_name", "middle_name", "kind", "gender", "birth_date", "phone", "email",
    "contact_note", "archived",
)


@dataclass(frozen=True)
class Profile:
    """One profile table: its ORM row class, its record class, and the names it goes by."""

    key: str  # attribute of PersonRecord / PersonDraft
    table: type[Any]  # ORM row class; its column names equal the record's field names
    record: type[Any]
    relationship: str  # attribute of m.Person

    @property
    def fields(self) -> tuple[str, ...]:
        return tuple(f.name for f in fields(self.record))


PROFILES = (
    Profile("staff", m.StaffProfileRow, StaffProfile, "staff"),
    Profile("pupil", m.PupilProfileRow, PupilProfile, "pupil"),
    Profile("external", m.ExternalProfileRow, ExternalProfile, "external"),
    Profile("mentor", m.MentorProfileRow, MentorProfile, "mentor_profile"),
    Profile("mentee", m.MenteeProfileRow, MenteeProfile, "mentee_profile"),
)


def _column(profile: Profile, name: str) -> Any:
    column = getattr(profile.table, name)
    if profile.key == "pupil" and name == "categories":
        return type_coerce(column, Text)  # decoded only when not empty (most pupils have none)
    return column


def person_select() -> Select[Any]:
    """Every person column and every profile column, each labelled by name (`staff__position`)."""
    columns: list[Any] = [getattr(m.Person, name).label(name) for name in PERSON_FIELDS]
    columns.append(m.Person.version.label("version"))
    stmt_from: Any = m.Person
    for p in PROFILES:
        columns.append(p.table.person_id.label(f"{p.key}__present"))
        columns.extend(_column(p, name).label(f"{p.key}__{name}") for name in p.fields)
    stmt = select(*columns).select_from(stmt_from)
    for p in PROFILES:
        stmt = stmt.outerjoin(p.table, p.table.person_id == m.Person.id)
    return stmt


_SELECT_NAMES = tuple(c.name for c in person_select().selected_columns)
_INDEX = {name: i for i, name in enumerate(_SELECT_NAMES)}


def _getter(names: Sequence[str]) -> Callable[[Any], tuple[Any, ...]]:
    positions = [_INDEX[n] for n in names]
    if len(positions) == 1:
        only = positions[0]
        return lambda row: (row[only],)
    return itemgetter(*positions)


_PERSON = _getter(PERSON_FIELDS)
_PROFILE_GETTERS = {p.key: (_INDEX[f"{p.key}__present"], _getter([f"{p.key}__{n}" for n in p.fields])) for p in PROFILES}


def _categories(raw: Any) -> tuple[str, ...]:
    if not raw or raw == "[]":
        return ()
    values = json.loads(raw) if isinstance(raw, str) else raw
    return tuple(str(v) for v in values)


@dataclass(frozen=True)
class _Facts:
    mentor_loads: dict[int, int]
    mentee_pairs: dict[int, int]
    consented: set[int]


def _facts(s: Session, organisation_id: int, ids: Collection[int] | None) -> _Facts:
    """Open pair counts and active processing consents: for `ids` only (in batches), or the school."""
    base_mentor = (
        select(m.Pair.mentor_id, func.count(m.PairMentee.id))
        .join(m.PairMentee, m.PairMentee.pair_id == m.Pair.id)
        .where(m.Pair.organisation_id == organisation_id, m.Pair.status.in_(OPEN_STATUSES))
        .group_by(m.Pair.mentor_id)
    )
    # Driven from the mentee's rows (their index), the pair checked by its key: a join led by the
    # school's pairs would probe every pair for every id asked for.
    open_pair = (
        select(m.Pair.id)
        .where(m.Pair.id == m.PairMentee.pair_id, m.Pair.organisation_id == organisation_id,
               m.Pair.status.in_(OPEN_STATUSES))
        .exists()
    )
    base_mentee = (
        select(m.PairMentee.mentee_id, func.count(m.PairMentee.id)).where(open_pair).group_by(m.PairMentee.mentee_id)
    )
    base_consent = select(m.Consent.person_id).where(
        m.Consent.consent_type == ConsentType.PROCESSING,
        m.Consent.withdrawn_on.is_(None),
    )
    conn = s.connection()
    facts = _Facts({}, {}, set())
    if ids is not None and len(ids) > _WHOLE_SCHOOL_FROM:
        ids = None  # most of a school: three grouped reads of the school beat dozens of batches
    batches: Iterable[list[int] | None] = [None] if ids is None else chunks(ids)
    for batch in batches:
        mentor, mentee, consent = base_mentor, base_mentee, base_consent
        if batch is None:
            consent = consent.where(m.Consent.organisation_id == organisation_id)
        else:
            mentor = mentor.where(m.Pair.mentor_id.in_(batch))
            mentee = mentee.where(m.PairMentee.mentee_id.in_(batch))
            # By the people's own key only (they are of this school): a condition on the school
            # would let the planner scan every consent of the school instead.
            consent = consent.where(m.Consent.person_id.in_(batch))
        facts.mentor_loads.update((int(k), int(v)) for k, v in conn.execute(mentor).all())
        facts.mentee_pairs.update((int(k), int(v)) for k, v in conn.execute(mentee).all())
        facts.consented.update(int(r[0]) for r in conn.execute(consent).all())
    return facts


def _records(rows: Iterable[Any], facts: _Facts, on: date) -> list[PersonRecord]:
    version_at = _INDEX["version"]
    staff_present, staff_get = _PROFILE_GETTERS["staff"]
    others = [(p.key, p.record, *_PROFILE_GETTERS[p.key]) for p in PROFILES if p.key != "staff"]
    out = []
    for r in rows:
        pid, last, first, middle, kind, gender, birth, phone, email, note, archived = _PERSON(r)
        staff = None
        if r[staff_present] is not None:
            staff = StaffProfile(*staff_get(r))
            if staff.category is None:  # rows written before the category had a default
                staff = replace(staff, category=QualificationCategory.NONE)
        profiles: dict[str, Any] = {}
        for key, record, present, get in others:
            if r[present] is None:
                profiles[key] = None
            elif key == "pupil":
                class_name, categories = get(r)
                profiles[key] = PupilProfile(class_name, _categories(categories))
            else:
                profiles[key] = record(*get(r))
        override = staff.young_specialist_override if staff is not None else None
        out.append(PersonRecord(
            id=pid, last_name=last, first_name=first, middle_name=middle, kind=kind, gender=gender,
            birth_date=birth, phone=phone, email=email, contact_note=note, archived=archived,
            staff=staff, **profiles,
            young_specialist=is_young_specialist(kind, birth, experience_now(staff, on), on, override),
            active_mentor_pairs=facts.mentor_loads.get(pid, 0),
            active_mentee_pairs=facts.mentee_pairs.get(pid, 0),
            has_processing_consent=pid in facts.consented,
            version=r[version_at],
        ))
    return out


def people_records(
    s: Session,
    organisation_id: int,
    *conditions: ColumnElement[bool],
    keep: Callable[[int, bool], bool] | None = None,
) -> list[PersonRecord]:
    """People of the school matching `conditions`, ordered by id (a reading of the school's lists).

    `keep(id, archived)` drops rows before records are built (registers leave out archived people
    no pair names)."""
    conn = s.connection()
    rows: Sequence[Any] = conn.execute(
        person_select().where(m.Person.organisation_id == organisation_id, *conditions).order_by(m.Person.id)
    ).all()
    if keep is not None:
        rows = [r for r in rows if keep(r[0], r[10])]
    ids: Collection[int] | None = None if not conditions and keep is None else [r[0] for r in rows]
    with gc_paused():
        return _records(rows, _facts(s, organisation_id, ids), today())


def people_by_id(s: Session, organisation_id: int, ids: Iterable[int]) -> dict[int, PersonRecord]:
    """The people with these ids (of this school), read in batches; missing ids are absent."""
    wanted = list(dict.fromkeys(ids))
    if not wanted:
        return {}
    s.flush()
    conn = s.connection()
    rows: list[Any] = []
    for batch in chunks(wanted):
        rows.extend(conn.execute(
            person_select().where(m.Person.organisation_id == organisation_id, m.Person.id.in_(batch))
        ))
    records = _records(rows, _facts(s, organisation_id, wanted), today())
    return {r.id: r for r in records}


def person_refs(s: Session, organisation_id: int, ids: Iterable[int]) -> dict[int, PersonRef]:
    """Names and kinds of the people with these ids, read in batches."""
    out: dict[int, PersonRef] = {}
    conn = s.connection()
    p = m.Person
    for batch in chunks(ids):
        for pid, last, first, middle, kind in conn.execute(
            select(p.id, p.last_name, p.first_name, p.middle_name, p.kind)
            .where(p.organisation_id == organisation_id, p.id.in_(batch))
        ):
            out[pid] = PersonRef(pid, last, first, middle, kind)
    return out
