"""People import for the window and the commands: reading a list into a preview, and applying it
(matched against the database, written in bulk in one transaction).

The window and the commands reach the readers in `mentor_desk.imports` only through this module.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from mentor_desk.db import models as m
from mentor_desk.domain.enums import PersonKind
from mentor_desk.domain.names import collation_key, full_name
from mentor_desk.domain.records import PersonRecord
from mentor_desk.domain.validation import check_person, normalise_class
from mentor_desk.imports import people as _people
from mentor_desk.imports.people import (
    HEADER_SEARCH_ROWS,
    IGNORE,
    ColumnMatch,
    FieldInfo,
    ImportPreview,
    ImportRow,
    RowIssue,
    field_labels,
    import_fields,
    merge_draft,
    normalise_header,
    recognise,
)
from mentor_desk.imports.safety import ACCEPTED as ACCEPTED_FORMATS
from mentor_desk.imports.safety import DEFAULT_LIMITS, Limits
from mentor_desk.services.base import ServiceBase, today
from mentor_desk.services.queries import apply_draft, gc_paused, insert_people, people_by_id


def read_rows(path: Path, limits: Limits = DEFAULT_LIMITS) -> list[list[Any]]:
    """Every row of the list's first visible sheet (untrusted file: checked before parsing)."""
    with gc_paused():  # a district's list is 200,000 rows kept in memory: nothing to collect
        return _people.read_rows(path, limits)


def parse_rows(path: Path, rows: Sequence[Sequence[Any]], mapping: Mapping[str | int, str | None] | None = None,
               default_kind: PersonKind | None = None, today: date | None = None) -> ImportPreview:
    """The preview of rows already read (the window re-parses when a column's field changes)."""
    with gc_paused():
        return _people.parse_rows(path, rows, mapping, default_kind, today)


def parse_people_file(path: Path | str, mapping: Mapping[str | int, str | None] | None = None,
                      default_kind: PersonKind | None = None, today: date | None = None,
                      limits: Limits = DEFAULT_LIMITS) -> ImportPreview:
    """Read and parse a staff or class list into a preview; nothing is written anywhere."""
    with gc_paused():
        return _people.parse_people_file(path, mapping, default_kind, today, limits)


def normalise_label(text: str) -> str:
    """A field label or column header as compared: case, Ё, punctuation and spacing ignored."""
    return normalise_header(text)


@dataclass(frozen=True)
class ImportPlan:
    """What applying a preview would do: new people, people already present, rejected rows."""

    new: tuple[ImportRow, ...]
    existing: tuple[tuple[ImportRow, int], ...]  # row and the id of the person it matches
    rejected: tuple[RowIssue, ...]
    duplicates: tuple[RowIssue, ...]


@dataclass
class ImportOutcome:
    created: int = 0
    updated: int = 0
    unchanged: list[RowIssue] = field(default_factory=list)  # already present, not updated
    rejected: list[RowIssue] = field(default_factory=list)
    duplicates: list[RowIssue] = field(default_factory=list)
    warnings: list[RowIssue] = field(default_factory=list)  # loaded with a field left empty
    dry_run: bool = False

    @property
    def rejected_rows(self) -> int:
        return len({r.row for r in self.rejected})


class ImportService(ServiceBase):
    def plan(self, preview: ImportPreview) -> ImportPlan:
        """Compare a preview with the people already in the database (reads only)."""
        with self._tx() as s:
            return self._plan(s, preview)

    def _plan(self, s: Session, preview: ImportPreview) -> ImportPlan:
        index = self._existing_index(s)
        new: list[ImportRow] = []
        existing: list[tuple[ImportRow, int]] = []
        for row in preview.rows:
            match = _find_same(row, index.get(_name_key(row.draft.last_name, row.draft.first_name, row.draft.middle_name), []))
            if match is None:
                new.append(row)
            else:
                existing.append((row, match))
        return ImportPlan(tuple(new), tuple(existing), tuple(preview.errors), tuple(preview.duplicates))

    def _existing_index(self, s: Session) -> dict[str, list[_Known]]:
        rows = s.execute(
            select(m.Person.id, m.Person.last_name, m.Person.first_name, m.Person.middle_name, m.Person.kind,
                   m.Person.birth_date, m.PupilProfileRow.class_name)
            .outerjoin(m.PupilProfileRow, m.PupilProfileRow.person_id == m.Person.id)
            .where(m.Person.organisation_id == self.organisation_id)
        ).all()
        index: dict[str, list[_Known]] = {}
        for pid, last, first, middle, kind, birth, class_name in rows:
            index.setdefault(_name_key(last, first, middle), []).append(
                _Known(pid, kind, birth, normalise_class(class_name or ""))
            )
        return index

    def apply(self, preview: ImportPreview, update_existing: bool = False, dry_run: bool = False) -> ImportOutcome:
        """Create the new people and (when asked) update those already present, all or nothing.

        Rejected rows and duplicates of the file are never written; a dry run writes nothing.
        """
        outcome = ImportOutcome(rejected=list(preview.errors), duplicates=list(preview.duplicates),
                                warnings=list(preview.warnings), dry_run=dry_run)
        on = today()
        with gc_paused(), self._tx() as s:
            plan = self._plan(s, preview)
            outcome.created = len(plan.new)
            if not dry_run:
                insert_people(s, self.organisation_id, [row.draft for row in plan.new])
            # The records of the people already present, read in batches (not one by one).
            known = people_by_id(s, self.organisation_id, [pid for _, pid in plan.existing]) if update_existing else {}
            for row, person_id in plan.existing:
                if not update_existing:
                    outcome.unchanged.append(RowIssue(row.row, "", "уже есть в базе, не изменён (обновление не выбрано)"))
                    continue
                person = s.get(m.Person, person_id)
                if person is None:  # pragma: no cover - same transaction
                    continue
                current: PersonRecord = known[person_id]
                if current.kind is not row.draft.kind:
                    outcome.rejected.append(RowIssue(
                        row.row, "", f"в базе этот человек записан как «{current.kind.label}», "
                        f"в файле — «{row.draft.kind.label}»: категорию меняют в карточке участника"))
                    continue
                merged = merge_draft(current.to_draft(), row)
                issues = check_person(merged, on)
                if issues:
                    outcome.rejected.extend(RowIssue(row.row, "", i.message) for i in issues)
                    continue
                outcome.updated += 1
                if not dry_run:
                    apply_draft(person, merged)
            if not dry_run:
                s.flush()
        return outcome


@dataclass(frozen=True)
class _Known:
    id: int
    kind: PersonKind
    birth_date: date | None
    class_name: str


def _name_key(last: str, first: str, middle: str) -> str:
    return collation_key(full_name(last.strip(), first.strip(), middle.strip()))


def _find_same(row: ImportRow, candidates: list[_Known]) -> int | None:
    """The person already present that a row describes: same ФИО and birth date when both have
    one, else same ФИО and class for pupils, else same ФИО and kind."""
    draft = row.draft
    cls = normalise_class(draft.pupil.class_name) if draft.pupil else ""
    for c in candidates:
        if draft.birth_date is not None and c.birth_date is not None:
            if draft.birth_date == c.birth_date:
                return c.id
            continue
        if cls and c.class_name:
            if cls == c.class_name:
                return c.id
            continue
        if c.kind is draft.kind:
            return c.id
    return None


__all__ = [
    "ACCEPTED_FORMATS",
    "HEADER_SEARCH_ROWS",
    "IGNORE",
    "ColumnMatch",
    "FieldInfo",
    "ImportOutcome",
    "ImportPlan",
    "ImportPreview",
    "ImportService",
    "RowIssue",
    "field_labels",
    "import_fields",
    "normalise_label",
    "parse_people_file",
    "parse_rows",
    "read_rows",
    "recognise",
]
