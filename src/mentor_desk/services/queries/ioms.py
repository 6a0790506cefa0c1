"""ИОМ as records with their roadmaps, people and pairs, read in batches."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session, selectinload

from mentor_desk.db import models as m
from mentor_desk.domain.enums import ActivityStatus
from mentor_desk.domain.records import IomRecord
from mentor_desk.services import mapping
from mentor_desk.services.queries.batching import BATCH, chunks
from mentor_desk.services.queries.pairs import pairs_by_id
from mentor_desk.services.queries.people import people_by_id


def catalogues(s: Session, organisation_id: int) -> tuple[dict[int, str], dict[int, str]]:
    """Names of the school's roadmap directions and product types by id."""
    conn = s.connection()
    directions = dict(conn.execute(
        select(m.Direction.id, m.Direction.name).where(m.Direction.organisation_id == organisation_id)).all())
    products = dict(conn.execute(
        select(m.ProductType.id, m.ProductType.name).where(m.ProductType.organisation_id == organisation_id)).all())
    return directions, products


def activity_counts(
    s: Session, organisation_id: int, on: date, school_year: str | None = None
) -> dict[int, tuple[int, int, int]]:
    """Per ИОМ id: activities planned, done, and overdue on `on` (one grouped query)."""
    overdue = (m.IomActivity.due_date < on) & m.IomActivity.status.notin_((ActivityStatus.DONE, ActivityStatus.FAILED))
    stmt = (
        select(
            m.IomActivity.iom_id,
            func.count(m.IomActivity.id),
            func.sum(case((m.IomActivity.status == ActivityStatus.DONE, 1), else_=0)),
            func.sum(case((overdue, 1), else_=0)),
        )
        .join(m.Iom, m.Iom.id == m.IomActivity.iom_id)
        .where(m.Iom.organisation_id == organisation_id)
        .group_by(m.IomActivity.iom_id)
    )
    if school_year:
        stmt = stmt.where(m.Iom.school_year == school_year)
    return {int(r[0]): (int(r[1] or 0), int(r[2] or 0), int(r[3] or 0)) for r in s.execute(stmt)}


def iom_records(s: Session, organisation_id: int, ids: Iterable[int], batch: int = BATCH) -> list[IomRecord]:
    """The ИОМ with these ids (of this school) in the order asked, each with its roadmap, its mentee
    and mentor as full records and its pair; a fixed number of statements per `batch` ИОМ."""
    wanted = list(dict.fromkeys(ids))
    if not wanted:
        return []
    s.flush()
    directions, products = catalogues(s, organisation_id)
    out: dict[int, IomRecord] = {}
    for chunk in chunks(wanted, batch):
        rows = s.scalars(select(m.Iom).where(m.Iom.organisation_id == organisation_id, m.Iom.id.in_(chunk))).all()
        activities: dict[int, list[m.IomActivity]] = {}
        for act in s.scalars(
            select(m.IomActivity)
            .where(m.IomActivity.iom_id.in_(chunk))
            .options(selectinload(m.IomActivity.attachments))
            .order_by(m.IomActivity.position, m.IomActivity.id)
        ):
            activities.setdefault(act.iom_id, []).append(act)
        people = people_by_id(
            s, organisation_id, [r.mentee_id for r in rows] + [r.mentor_id for r in rows if r.mentor_id]
        )
        pairs = pairs_by_id(s, organisation_id, [r.pair_id for r in rows if r.pair_id is not None])
        for row in rows:
            out[row.id] = IomRecord(
                id=row.id,
                mentee=people[row.mentee_id],
                school_year=row.school_year,
                mentor=people.get(row.mentor_id) if row.mentor_id else None,
                pair=pairs.get(row.pair_id) if row.pair_id is not None else None,
                topic=row.topic,
                deficits=row.deficits,
                goal=row.goal,
                tasks=row.tasks,
                approved_by=row.approved_by,
                approved_on=row.approved_on,
                self_report=row.self_report,
                mentor_conclusion=row.mentor_conclusion,
                activities=tuple(mapping.activity(a, directions, products) for a in activities.get(row.id, ())),
                version=row.version,
            )
    return [out[i] for i in wanted if i in out]
