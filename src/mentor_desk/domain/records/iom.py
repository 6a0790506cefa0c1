"""Individual mentoring plans (ИОМ): activities, attachments, drafts, records and summaries."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import TYPE_CHECKING

from mentor_desk.domain.enums import (
    ActivityStatus,
)

if TYPE_CHECKING:
    from mentor_desk.domain.records.pairs import PairRecord
    from mentor_desk.domain.records.people import PersonRecord, PersonRef


@dataclass(frozen=True)
class AttachmentRecord:
    id: int
    activity_id: int
    sha256: str
    original_name: str
    size: int
    added_at: datetime


@dataclass(frozen=True)
class ActivityDraft:
    title: str
    direction_id: int | None = None
    period: str = ""
    due_date: date | None = None
    product_type_id: int | None = None
    product_description: str = ""
    responsible: str = ""
    status: ActivityStatus = ActivityStatus.PLANNED
    done_on: date | None = None
    mark: str = ""


@dataclass(frozen=True)
class ActivityRecord:
    id: int
    iom_id: int
    position: int
    title: str
    direction: str = ""
    direction_id: int | None = None
    period: str = ""
    due_date: date | None = None
    product_type: str = ""
    product_type_id: int | None = None
    product_description: str = ""
    responsible: str = ""
    status: ActivityStatus = ActivityStatus.PLANNED
    done_on: date | None = None
    mark: str = ""
    attachments: tuple[AttachmentRecord, ...] = ()
    version: int = 0  # the stored version this record was read at (lost-update check)

    def is_overdue(self, today: date) -> bool:
        return (
            self.due_date is not None
            and self.due_date < today
            and self.status not in (ActivityStatus.DONE, ActivityStatus.FAILED)
        )

    @property
    def product(self) -> str:
        return product_text(self.product_type, self.product_description)

    def to_draft(self) -> ActivityDraft:
        return ActivityDraft(
            title=self.title,
            direction_id=self.direction_id,
            period=self.period,
            due_date=self.due_date,
            product_type_id=self.product_type_id,
            product_description=self.product_description,
            responsible=self.responsible,
            status=self.status,
            done_on=self.done_on,
            mark=self.mark,
        )


@dataclass(frozen=True)
class IomDraft:
    mentee_id: int
    school_year: str
    mentor_id: int | None = None
    pair_id: int | None = None
    topic: str = ""
    deficits: str = ""
    goal: str = ""
    tasks: str = ""
    approved_by: str = ""
    approved_on: date | None = None
    self_report: str = ""
    mentor_conclusion: str = ""


@dataclass(frozen=True)
class IomRecord:
    """An individual educational route with its roadmap («дорожная карта»)."""

    id: int
    mentee: PersonRecord
    school_year: str
    mentor: PersonRecord | None = None
    pair: PairRecord | None = None
    topic: str = ""
    deficits: str = ""
    goal: str = ""
    tasks: str = ""
    approved_by: str = ""
    approved_on: date | None = None
    self_report: str = ""
    mentor_conclusion: str = ""
    activities: tuple[ActivityRecord, ...] = field(default_factory=tuple)
    version: int = 0  # the stored version this record was read at (lost-update check)

    @property
    def done_count(self) -> int:
        return sum(1 for a in self.activities if a.status is ActivityStatus.DONE)

    def overdue_count(self, today: date) -> int:
        return sum(1 for a in self.activities if a.is_overdue(today))

    def to_draft(self) -> IomDraft:
        return IomDraft(
            mentee_id=self.mentee.id,
            school_year=self.school_year,
            mentor_id=self.mentor.id if self.mentor else None,
            pair_id=self.pair.id if self.pair else None,
            topic=self.topic,
            deficits=self.deficits,
            goal=self.goal,
            tasks=self.tasks,
            approved_by=self.approved_by,
            approved_on=self.approved_on,
            self_report=self.self_report,
            mentor_conclusion=self.mentor_conclusion,
        )


@dataclass(frozen=True)
class IomSummary:
    """One line of an ИОМ list: who, which year, how far along."""

    id: int
    mentee: PersonRef
    mentor: PersonRef | None
    school_year: str
    planned: int
    done: int
    overdue: int

    @property
    def percent_done(self) -> float:
        return 100.0 * self.done / self.planned if self.planned else 0.0


def product_text(kind: str, description: str) -> str:
    """«Тип: описание», saying nothing twice: a description that restates or extends the type stands alone."""
    kind, description = kind.strip(), description.strip()
    if not kind or not description:
        return kind or description
    k, d = kind.casefold(), description.casefold()
    if k == d:
        return kind
    if d in k:
        return kind
    parts = [p.strip() for p in re.split(r"[,;]", k) if len(p.strip()) >= 3]
    if k in d or any(p in d for p in parts):
        return description  # «Разработанные КИМ с критериями», «ИОМ, подписанный сторонами» name the type
    return f"{kind}: {description}"
