"""Frozen records that services return and exports, dialogs and rules consume."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime

from mentor_desk.domain.enums import (
    ActivityStatus,
    ConsentType,
    Gender,
    OrderAmendment,
    OrderKind,
    PairStatus,
    PersonKind,
    QualificationCategory,
    QuestionKind,
    QuestionnaireStage,
    Respondent,
    Signer,
)
from mentor_desk.domain.names import full_name, short_name, surname_initials


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
class StaffProfile:
    position: str = ""
    subjects: str = ""
    experience_years: float | None = None
    experience_as_of: date | None = None
    hire_date: date | None = None
    category: QualificationCategory = QualificationCategory.NONE
    education: str = ""
    shmo: str = ""
    young_specialist_override: bool | None = None


@dataclass(frozen=True)
class PupilProfile:
    class_name: str = ""
    categories: tuple[str, ...] = ()


@dataclass(frozen=True)
class ExternalProfile:
    organisation_name: str = ""
    position_or_course: str = ""


@dataclass(frozen=True)
class MentorProfile:
    competences: str = ""
    interests: str = ""
    achievements: str = ""
    resource: int = 1
    schedule: str = ""
    desired_age: str = ""
    joined_on: date | None = None


@dataclass(frozen=True)
class MenteeProfile:
    request: str = ""
    deficits: str = ""
    joined_on: date | None = None


@dataclass(frozen=True)
class PersonRef:
    """Just enough of a person to name them in a list, pair or document."""

    id: int
    last_name: str
    first_name: str
    middle_name: str
    kind: PersonKind

    @property
    def full_name(self) -> str:
        return full_name(self.last_name, self.first_name, self.middle_name)

    @property
    def short_name(self) -> str:
        return short_name(self.last_name, self.first_name, self.middle_name)

    @property
    def surname_initials(self) -> str:
        return surname_initials(self.last_name, self.first_name, self.middle_name)


@dataclass(frozen=True)
class PersonDraft:
    """What a dialog or an import collects to create or update a person."""

    last_name: str
    first_name: str
    kind: PersonKind
    middle_name: str = ""
    gender: Gender | None = None
    birth_date: date | None = None
    phone: str = ""
    email: str = ""
    contact_note: str = ""
    staff: StaffProfile | None = None
    pupil: PupilProfile | None = None
    external: ExternalProfile | None = None
    mentor: MentorProfile | None = None
    mentee: MenteeProfile | None = None


@dataclass(frozen=True)
class PersonRecord:
    id: int
    last_name: str
    first_name: str
    middle_name: str
    kind: PersonKind
    gender: Gender | None = None
    birth_date: date | None = None
    phone: str = ""
    email: str = ""
    contact_note: str = ""
    archived: bool = False
    staff: StaffProfile | None = None
    pupil: PupilProfile | None = None
    external: ExternalProfile | None = None
    mentor: MentorProfile | None = None
    mentee: MenteeProfile | None = None
    young_specialist: bool = False
    active_mentor_pairs: int = 0
    active_mentee_pairs: int = 0
    has_processing_consent: bool = False
    version: int = 0  # the stored version this record was read at (lost-update check)

    @property
    def ref(self) -> PersonRef:
        return PersonRef(self.id, self.last_name, self.first_name, self.middle_name, self.kind)

    @property
    def full_name(self) -> str:
        return full_name(self.last_name, self.first_name, self.middle_name)

    @property
    def short_name(self) -> str:
        return short_name(self.last_name, self.first_name, self.middle_name)

    @property
    def class_or_position(self) -> str:
        if self.pupil is not None:
            return self.pupil.class_name
        if self.staff is not None:
            return self.staff.position
        if self.external is not None:
            return self.external.position_or_course
        return ""

    @property
    def workplace(self) -> str:
        return self.external.organisation_name if self.external is not None else ""

    def to_draft(self) -> PersonDraft:
        return PersonDraft(
            last_name=self.last_name,
            first_name=self.first_name,
            middle_name=self.middle_name,
            kind=self.kind,
            gender=self.gender,
            birth_date=self.birth_date,
            phone=self.phone,
            email=self.email,
            contact_note=self.contact_note,
            staff=self.staff,
            pupil=self.pupil,
            external=self.external,
            mentor=self.mentor,
            mentee=self.mentee,
        )


@dataclass(frozen=True)
class ConsentRecord:
    id: int
    person_id: int
    consent_type: ConsentType
    signed_on: date
    signer: Signer
    signer_name: str = ""
    withdrawn_on: date | None = None
    # Publication consents only: what may be shown (keys of domain.publication.PUBLICATION_FIELDS).
    scope: tuple[str, ...] = ()

    @property
    def is_active(self) -> bool:
        return self.withdrawn_on is None


@dataclass(frozen=True)
class ConsentDraft:
    person_id: int
    consent_type: ConsentType
    signed_on: date
    signer: Signer = Signer.SELF
    signer_name: str = ""
    withdrawn_on: date | None = None
    scope: tuple[str, ...] = ("name", "position")


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


@dataclass(frozen=True)
class QuestionRecord:
    id: int
    position: int
    text: str
    kind: QuestionKind
    final_only: bool = False


@dataclass(frozen=True)
class QuestionnaireRecord:
    id: int
    name: str
    respondent: Respondent
    questions: tuple[QuestionRecord, ...] = ()
    stages: tuple[QuestionnaireStage, ...] = ()  # empty: every stage
    forms: tuple[str, ...] = ()  # form names; empty: every form

    def fits(self, stage: QuestionnaireStage, form_name: str) -> bool:
        return (not self.stages or stage in self.stages) and (not self.forms or form_name in self.forms)

    def questions_at(self, stage: QuestionnaireStage) -> tuple[QuestionRecord, ...]:
        """The questions asked at a stage: «только в итоговой» ones only at the end."""
        return tuple(q for q in self.questions if not q.final_only or stage is QuestionnaireStage.FINAL)


@dataclass(frozen=True)
class AnswerDraft:
    question_id: int
    score: int | None = None
    text: str = ""
    yes: bool | None = None


@dataclass(frozen=True)
class ResponseDraft:
    questionnaire_id: int
    person_id: int
    stage: QuestionnaireStage
    filled_on: date
    pair_id: int | None = None
    answers: tuple[AnswerDraft, ...] = ()


@dataclass(frozen=True)
class Issue:
    """A rule's finding: an error blocks the change, a warning may be accepted."""

    code: str
    message: str
    is_error: bool = True


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
