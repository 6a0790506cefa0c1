"""Pairs and groups as records, read with plain column queries (no unit of work)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session

from mentor_desk.db import models as m
from mentor_desk.domain.records import OrderRef, PairRecord
from mentor_desk.services import mapping
from mentor_desk.services.queries.batching import chunks, gc_paused
from mentor_desk.services.queries.people import person_refs

_PAIR_FIELDS = (
    "id", "form_id", "type_id", "role_model_id", "programme_id", "mentor_id", "school_year", "goal",
    "start_date", "end_date", "status", "status_reason", "result", "order_id", "mentor_consent_on", "agreement",
    "version",
)


def pair_records(s: Session, organisation_id: int, *conditions: ColumnElement[bool]) -> list[PairRecord]:
    """Pairs of the school matching `conditions` (none: every pair), ordered by id."""
    p = m.Pair
    conn = s.connection()
    rows = conn.execute(
        select(*(getattr(p, name).label(name) for name in _PAIR_FIELDS))
        .where(p.organisation_id == organisation_id, *conditions)
        .order_by(p.id)
    ).all()
    mentees: dict[int, list[int]] = {}
    for pair_id, mentee_id in conn.execute(
        select(m.PairMentee.pair_id, m.PairMentee.mentee_id)
        .join(p, p.id == m.PairMentee.pair_id)
        .where(p.organisation_id == organisation_id, *conditions)
        .order_by(m.PairMentee.id)
    ):
        mentees.setdefault(pair_id, []).append(mentee_id)
    with gc_paused():
        return _build(s, organisation_id, rows, mentees)


def pairs_by_id(s: Session, organisation_id: int, ids: Iterable[int]) -> dict[int, PairRecord]:
    """The pairs with these ids (of this school), read in batches; missing ids are absent."""
    s.flush()
    out: dict[int, PairRecord] = {}
    for batch in chunks(ids):
        out.update((r.id, r) for r in pair_records(s, organisation_id, m.Pair.id.in_(batch)))
    return out


def _build(s: Session, org: int, rows: Sequence[Any], mentees: dict[int, list[int]]) -> list[PairRecord]:
    if not rows:
        return []
    conn = s.connection()
    # Catalogues of the school: a handful of rows each, whatever the size of the school.
    forms = {r.id: mapping.form(r) for r in s.scalars(select(m.MentoringForm).where(m.MentoringForm.organisation_id == org))}
    programmes = {r.id: mapping.programme(r) for r in s.scalars(select(m.Programme).where(m.Programme.organisation_id == org))}
    types = dict(conn.execute(select(m.MentoringType.id, m.MentoringType.name).where(m.MentoringType.organisation_id == org)).all())
    roles = dict(conn.execute(select(m.RoleModel.id, m.RoleModel.name).where(m.RoleModel.organisation_id == org)).all())
    orders: dict[int, OrderRef] = {}
    for batch in chunks(r.order_id for r in rows if r.order_id is not None):
        for oid, number, signed_on in conn.execute(
            select(m.Order.id, m.Order.number, m.Order.signed_on).where(m.Order.organisation_id == org, m.Order.id.in_(batch))
        ):
            orders[oid] = OrderRef(oid, number, signed_on)
    people = person_refs(s, org, [r.mentor_id for r in rows] + [i for ids in mentees.values() for i in ids])
    return [
        PairRecord(
            id=r.id,
            form=forms[r.form_id],
            mentor=people[r.mentor_id],
            mentees=tuple(people[i] for i in mentees.get(r.id, ())),
            programme=programmes[r.programme_id],
            start_date=r.start_date,
            end_date=r.end_date,
            status=r.status,
            school_year=r.school_year,
            type_name=types.get(r.type_id, "") if r.type_id else "",
            type_id=r.type_id,
            role_model_name=roles.get(r.role_model_id, "") if r.role_model_id else "",
            role_model_id=r.role_model_id,
            goal=r.goal,
            status_reason=r.status_reason,
            result=r.result,
            order=orders.get(r.order_id) if r.order_id else None,
            mentor_consent_on=r.mentor_consent_on,
            agreement=r.agreement,
            version=r.version,
        )
        for r in rows
    ]
