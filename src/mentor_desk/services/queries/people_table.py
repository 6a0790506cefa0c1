"""The participants table of a whole school as compact rows: one select of the columns the table
shows and filters on, plus the three grouped reads of open pairs and consents every record uses.

No PersonRecord is built here: at 100,000 people a full record per person (contacts, five profiles,
the version) cost seconds and well over 100 MB; the table needs a tuple of 19 values."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from sqlalchemy import String, Text, select, type_coerce
from sqlalchemy.orm import Session

from mentor_desk.db import models as m
from mentor_desk.domain.enums import PersonKind, QualificationCategory
from mentor_desk.domain.records import PersonRow
from mentor_desk.domain.rules import is_young_specialist
from mentor_desk.services.base import today
from mentor_desk.services.mapping import experience_grown
from mentor_desk.services.queries.batching import gc_paused
from mentor_desk.services.queries.people import _facts

_KINDS = {k.value: k for k in PersonKind}
_CATEGORIES = {c.value: c for c in QualificationCategory}
_UNSEEN = object()


def _table_select(organisation_id: int) -> Any:
    p, st, pu, ex = m.Person, m.StaffProfileRow, m.PupilProfileRow, m.ExternalProfileRow
    # Enum, date and JSON columns are read as their stored text and decoded below only where needed:
    # SQLAlchemy's per-value processors were a third of the read.
    return (
        select(
            p.id, p.last_name, p.first_name, p.middle_name, type_coerce(p.kind, String), p.archived,
            type_coerce(p.birth_date, String),
            pu.class_name, type_coerce(pu.categories, Text),
            st.person_id, st.position, st.subjects, st.experience_years, type_coerce(st.experience_as_of, String),
            type_coerce(st.category, String), st.young_specialist_override,
            ex.organisation_name, ex.position_or_course,
        )
        .select_from(p)
        .outerjoin(st, st.person_id == p.id)
        .outerjoin(pu, pu.person_id == p.id)
        .outerjoin(ex, ex.person_id == p.id)
        .where(p.organisation_id == organisation_id)
    )


def _date(value: Any) -> date | None:
    """A date column read as text (SQLite) or as a date (PostgreSQL's driver converts it itself)."""
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(value[:10]) if value else None


def _categories(raw: Any) -> tuple[str, ...]:
    if not raw or raw == "[]":
        return ()
    values = json.loads(raw) if isinstance(raw, str) else raw
    return tuple(str(v) for v in values)


def people_table_rows(s: Session, organisation_id: int) -> list[PersonRow]:
    """Everyone of the school (the archive too), in id order, as rows of the participants table."""
    conn = s.connection()
    with gc_paused():
        facts = _facts(s, organisation_id, None)
        loads, mentees, consented = facts.mentor_loads, facts.mentee_pairs, facts.consented
        on = today()
        names: dict[str, str] = {}  # first names, middle names, classes repeat: keep one copy of each
        share = names.setdefault
        out: list[PersonRow] = []
        append = out.append
        no_categories: tuple[str, ...] = ()
        dates: dict[Any, Any] = {}
        result = conn.execute(_table_select(organisation_id).order_by(m.Person.id))
        # fetchmany in blocks: a fetch per row cost a third more, one fetchall held every row at once
        for block in result.partitions(5_000):
            for (pid, last, first, middle, kind_value, archived, birth, class_name, categories, staff_id,
                 position, subjects, years, as_of, category, override, org_name, course) in block:
                kind = _KINDS[kind_value]
                birth_date = dates.get(birth, _UNSEEN)
                if birth_date is _UNSEEN:
                    birth_date = dates[birth] = _date(birth)  # a few thousand dates: one object each
                young = False
                if staff_id is not None:
                    young = is_young_specialist(kind, birth_date, experience_grown(years, _date(as_of), on), on,
                                                None if override is None else bool(override))
                append(PersonRow(
                    pid, last, share(first, first), share(middle, middle), kind, bool(archived), birth_date,
                    share(class_name, class_name) if class_name else "",
                    _categories(categories) if categories else no_categories,
                    share(position, position) if position else "", share(subjects, subjects) if subjects else "",
                    years, _CATEGORIES.get(category, QualificationCategory.NONE) if staff_id is not None else None,
                    share(org_name, org_name) if org_name else "", share(course, course) if course else "",
                    young, loads.get(pid, 0), mentees.get(pid, 0), pid in consented,
                ))
    return out
