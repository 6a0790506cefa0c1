"""What printed documents carry, gathered by services/documents and laid out by exports/.

Plain frozen records, no I/O: an order with the pairs and people it names, the figures of the
summary page. A writer (PDF, DOCX, HTML) gets one of these and the school's requisites.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date

from mentor_desk.domain.declension import Case
from mentor_desk.domain.records import OrderRecord, PairRecord, PersonRecord


@dataclass(frozen=True)
class NameForms:
    """A person's name (and position) in the cases an order uses, as the coordinator confirmed them.

    Keys are the values of `mentor_desk.domain.declension.Case` («datv», «accs», …).
    """

    person_id: int
    names: Mapping[str, str] = field(default_factory=dict)
    positions: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class NameUse:
    """One form an order prints: whose, in which case, the word as written (nominative), the automatic
    form and the one that will print (the coordinator's correction, if any)."""

    person_id: int  # 0: the curator typed into the school's requisites (cannot be remembered)
    full_name: str
    role: str  # «наставник», «наставляемый», «куратор»
    case: Case
    part: str  # "name" or "position"
    nominative: str
    automatic: str
    value: str


@dataclass(frozen=True)
class OrderDocument:
    """Everything an order prints: the order, its pairs and the people they name (with genders)."""

    order: OrderRecord
    pairs: tuple[PairRecord, ...] = ()
    people: Mapping[int, PersonRecord] = field(default_factory=dict)
    coordinator: PersonRecord | None = None
    # corrected case forms per person id; a person without an entry is declined automatically
    forms: Mapping[int, NameForms] = field(default_factory=dict)


@dataclass(frozen=True)
class FormLine:
    form: str
    pairs: int
    groups: int
    mentees: int


@dataclass(frozen=True)
class SummaryData:
    """Everything the summary page shows; gathered from the services by services/documents."""

    school_name: str
    school_year: str
    generated_on: date
    people_by_kind: tuple[tuple[str, int], ...]
    forms: tuple[FormLine, ...]
    pairs_by_status: tuple[tuple[str, int], ...]
    young_specialists: int
    young_with_mentor: int
    ioms: int
    activities_planned: int
    activities_done: int
    activities_overdue: int
    pairs_ending_soon: int
    people_without_consent: int
    notes: tuple[str, ...] = field(default_factory=tuple)
