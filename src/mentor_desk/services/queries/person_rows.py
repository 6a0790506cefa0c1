"""One mapping from a person draft to the values of its rows, used by insert and by update alike."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, cast

from sqlalchemy import Table
from sqlalchemy.orm import Session

from mentor_desk.db import models as m
from mentor_desk.db.bulk import insert_returning_ids, insert_rows
from mentor_desk.domain.records import PersonDraft
from mentor_desk.domain.validation import normalise_class
from mentor_desk.services.base import today
from mentor_desk.services.queries.people import PROFILES


@dataclass(frozen=True)
class PersonValues:
    """Column values of a person row and of each profile row (None: the profile is absent)."""

    person: dict[str, Any]
    profiles: dict[str, dict[str, Any] | None]


# Profile texts typed in a form and trimmed before they are written (the rest are kept as typed).
_TRIMMED = {"staff": ("position", "subjects", "education", "shmo"), "external": ("organisation_name", "position_or_course")}


def person_values(draft: PersonDraft, on: date) -> PersonValues:
    """What a draft writes: texts trimmed, class normalised, experience dated `on` when it has no date."""
    person = {
        "last_name": draft.last_name.strip(),
        "first_name": draft.first_name.strip(),
        "middle_name": draft.middle_name.strip(),
        "kind": draft.kind,
        "gender": draft.gender,
        "birth_date": draft.birth_date,
        "phone": draft.phone.strip(),
        "email": draft.email.strip(),
        "contact_note": draft.contact_note.strip(),
    }
    profiles: dict[str, dict[str, Any] | None] = {}
    for p in PROFILES:
        source = getattr(draft, p.key)
        if source is None:
            profiles[p.key] = None
            continue
        values = {name: getattr(source, name) for name in p.fields}
        for name in _TRIMMED.get(p.key, ()):
            values[name] = values[name].strip()
        if p.key == "staff":
            if values["experience_as_of"] is None and values["experience_years"] is not None:
                values["experience_as_of"] = on
        elif p.key == "pupil":
            values["class_name"] = normalise_class(values["class_name"])
            values["categories"] = list(values["categories"])
        profiles[p.key] = values
    return PersonValues(person, profiles)


def apply_draft(row: m.Person, draft: PersonDraft) -> None:
    """Write a draft onto a person row and its profile rows (creating or removing profiles)."""
    values = person_values(draft, today())
    for name, value in values.person.items():
        setattr(row, name, value)
    for p in PROFILES:
        wanted = values.profiles[p.key]
        if wanted is None:
            setattr(row, p.relationship, None)
            continue
        profile = getattr(row, p.relationship) or p.table()
        for name, value in wanted.items():
            setattr(profile, name, value)
        setattr(row, p.relationship, profile)


def insert_people(s: Session, organisation_id: int, drafts: Sequence[PersonDraft]) -> list[int]:
    """Bulk-insert already validated drafts with their profiles (Core executemany, no unit of work)."""
    if not drafts:
        return []
    now = datetime.now()
    on = today()
    values = [person_values(d, on) for d in drafts]
    persons = [
        {"organisation_id": organisation_id, **v.person, "archived": False, "created_at": now, "updated_at": now}
        for v in values
    ]
    person_table = cast(Table, m.Person.__table__)
    ids = insert_returning_ids(s, person_table, persons)  # one executemany on SQLite, not a statement per row
    for p in PROFILES:
        rows = [
            {"person_id": pid, **profile}
            for pid, v in zip(ids, values, strict=True)
            if (profile := v.profiles[p.key]) is not None
        ]
        insert_rows(s, cast(Table, p.table.__table__), rows)
    return ids
