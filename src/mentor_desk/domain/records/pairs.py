"""Orders, pairs and meetings: drafts and records."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from mentor_desk.domain.enums import (
    OrderAmendment,
    OrderKind,
    PairStatus,
)

if TYPE_CHECKING:
    from mentor_desk.domain.records.people import PersonRef
    from mentor_desk.domain.records.school import FormRecord, ProgrammeRecord


DRAFT_ORDER_NUMBER = "проект"  # an order drafted by the app, waiting for its number and signature


@dataclass(frozen=True)
class OrderRef:
    id: int
    number: str
    signed_on: date

    @property
    def label(self) -> str:
        return f"№ {self.number} от {self.signed_on:%d.%m.%Y}"


@dataclass(frozen=True)
class OrderRecord:
    id: int
    kind: OrderKind
    number: str
    signed_on: date
    title: str = ""
    preamble: str = ""
    coordinator: PersonRef | None = None
    pair_ids: tuple[int, ...] = ()
    school_year: str = ""  # the year it governs
    amends: OrderRef | None = None  # the earlier order it changes or cancels
    amendment: OrderAmendment | None = None
    amended_by: tuple[tuple[OrderRef, OrderAmendment], ...] = ()  # later orders acting on this one

    @property
    def ref(self) -> OrderRef:
        return OrderRef(self.id, self.number, self.signed_on)

    @property
    def cancelled(self) -> bool:
        return any(how is OrderAmendment.CANCEL for _, how in self.amended_by)

    @property
    def is_draft(self) -> bool:
        """Drafted by the app (a new year, a replacement) and not yet numbered and signed."""
        return self.number == DRAFT_ORDER_NUMBER

    @property
    def status(self) -> str:
        """«действует», «изменён приказом № 90-о от 01.02.2026», «отменён приказом …»."""
        if not self.amended_by:
            return "действует"
        return "; ".join(f"{how.past_label} приказом {ref.label}" for ref, how in self.amended_by)

    @property
    def relation(self) -> str:
        """«изменяет приказ № 87-о от 29.08.2025» or empty."""
        if self.amends is None or self.amendment is None:
            return ""
        return f"{self.amendment.label} приказ {self.amends.label}"


@dataclass(frozen=True)
class OrderDraft:
    kind: OrderKind
    number: str
    signed_on: date
    title: str = ""
    preamble: str = ""
    coordinator_id: int | None = None
    pair_ids: tuple[int, ...] = ()
    school_year: str = ""  # empty: the year the signing date governs
    amends_id: int | None = None
    amendment: OrderAmendment | None = None


@dataclass(frozen=True)
class PairDraft:
    """What the pair dialog collects; the service checks it against the rules."""

    form_id: int
    mentor_id: int
    mentee_ids: tuple[int, ...]
    programme_id: int
    start_date: date
    end_date: date | None = None
    type_id: int | None = None
    role_model_id: int | None = None
    school_year: str = ""
    goal: str = ""
    status: PairStatus = PairStatus.ACTIVE
    status_reason: str = ""
    result: str = ""
    mentor_consent_on: date | None = None
    agreement: str = ""


@dataclass(frozen=True)
class PairRecord:
    id: int
    form: FormRecord
    mentor: PersonRef
    mentees: tuple[PersonRef, ...]
    programme: ProgrammeRecord
    start_date: date
    end_date: date | None
    status: PairStatus
    school_year: str = ""
    type_name: str = ""
    type_id: int | None = None
    role_model_name: str = ""
    role_model_id: int | None = None
    goal: str = ""
    status_reason: str = ""
    result: str = ""
    order: OrderRef | None = None
    mentor_consent_on: date | None = None
    agreement: str = ""
    version: int = 0  # the stored version this record was read at (lost-update check)

    @property
    def is_group(self) -> bool:
        return len(self.mentees) > 1

    @property
    def mentee_names(self) -> str:
        return ", ".join(m.full_name for m in self.mentees)

    def to_draft(self) -> PairDraft:
        return PairDraft(
            form_id=self.form.id,
            mentor_id=self.mentor.id,
            mentee_ids=tuple(m.id for m in self.mentees),
            programme_id=self.programme.id,
            start_date=self.start_date,
            end_date=self.end_date,
            type_id=self.type_id,
            role_model_id=self.role_model_id,
            school_year=self.school_year,
            goal=self.goal,
            status=self.status,
            status_reason=self.status_reason,
            result=self.result,
            mentor_consent_on=self.mentor_consent_on,
            agreement=self.agreement,
        )


@dataclass(frozen=True)
class MeetingDraft:
    pair_id: int
    held_on: date
    topic: str
    form: str = "очно"
    duration_minutes: int = 45
    done: str = ""
    next_steps: str = ""


@dataclass(frozen=True)
class MeetingRecord:
    id: int
    pair_id: int
    held_on: date
    topic: str
    form: str = "очно"
    duration_minutes: int = 45
    done: str = ""
    next_steps: str = ""
