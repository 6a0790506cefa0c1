"""The school, its catalogues and the issues found in its data."""

from __future__ import annotations

from dataclasses import dataclass

from mentor_desk.domain.enums import (
    PersonKind,
)


@dataclass(frozen=True)
class OrganisationRecord:
    id: int
    full_name: str
    short_name: str
    director_name: str = ""
    director_position: str = "Директор"
    coordinator_name: str = ""
    coordinator_position: str = ""
    address: str = ""
    municipality: str = ""
    current_year: str = ""
    version: int = 0  # the stored version this record was read at (lost-update check)


@dataclass(frozen=True)
class OrganisationDraft:
    full_name: str
    short_name: str
    director_name: str = ""
    director_position: str = "Директор"
    coordinator_name: str = ""
    coordinator_position: str = ""
    address: str = ""
    municipality: str = ""


@dataclass(frozen=True)
class FormRecord:
    """A form of mentoring («учитель – ученик»): who may mentor whom."""

    id: int
    name: str
    mentor_kind: PersonKind
    mentee_kind: PersonKind
    active: bool = True
    sort_order: int = 0


@dataclass(frozen=True)
class CatalogueItem:
    """An entry of an editable reference list (вид, ролевая модель, направление, …)."""

    id: int
    name: str
    sort_order: int = 0
    active: bool = True


@dataclass(frozen=True)
class ProgrammeRecord:
    id: int
    name: str
    for_teachers: bool = False
    sort_order: int = 0
    active: bool = True


@dataclass(frozen=True)
class Issue:
    """A rule's finding: an error blocks the change, a warning may be accepted."""

    code: str
    message: str
    is_error: bool = True
