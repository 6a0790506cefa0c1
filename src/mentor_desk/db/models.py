"""SQLAlchemy 2 typed models of everything the app keeps (DOMAIN.md §4).

Every top-level record carries organisation_id so that one district database can hold
many schools. Constraint names come from the naming convention, so batch migrations on
SQLite can refer to them.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    Enum,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column, relationship

from mentor_desk.domain.enums import (
    ActivityStatus,
    ConsentType,
    Gender,
    OrderKind,
    PairStatus,
    PersonKind,
    QualificationCategory,
    QuestionKind,
    QuestionnaireStage,
    Respondent,
    Signer,
)

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def _enum(enum_cls: type, name: str) -> Enum:
    """A portable enum: VARCHAR plus a named CHECK constraint, stored by value."""
    return Enum(
        enum_cls,
        name=name,
        native_enum=False,
        create_constraint=True,
        length=24,
        values_callable=lambda cls: [m.value for m in cls],
        validate_strings=True,
    )


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Versioned:
    """An editable record: saving over a newer version is refused (no edit is silently lost).

    SQLAlchemy's version counter adds `WHERE version = <loaded>` to every UPDATE and DELETE, so
    a record changed by another session between loading and saving fails instead of being
    overwritten; services also compare the version the user started editing from.
    """

    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    updated_at: Mapped[datetime | None] = mapped_column(DateTime, default=datetime.now, onupdate=datetime.now)

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:
        return {"version_id_col": cls.__table__.c.version}  # type: ignore[attr-defined]


def _org_fk() -> Mapped[int]:
    return mapped_column(ForeignKey("organisation.id", ondelete="CASCADE"), index=True)


class Organisation(Versioned, Base):
    __tablename__ = "organisation"

    id: Mapped[int] = mapped_column(primary_key=True)
    full_name: Mapped[str] = mapped_column(String(500))
    short_name: Mapped[str] = mapped_column(String(200))
    director_name: Mapped[str] = mapped_column(String(200), default="")
    director_position: Mapped[str] = mapped_column(String(200), default="Директор")
    coordinator_name: Mapped[str] = mapped_column(String(200), default="")
    coordinator_position: Mapped[str] = mapped_column(String(200), default="")
    address: Mapped[str] = mapped_column(String(500), default="")
    municipality: Mapped[str] = mapped_column(String(200), default="")
    current_year: Mapped[str] = mapped_column(String(9), default="")
    stalled_after_days: Mapped[int] = mapped_column(Integer, default=30)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=datetime.now)


class SchoolYearRow(Base):
    __tablename__ = "school_year"
    __table_args__ = (UniqueConstraint("organisation_id", "title"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    organisation_id: Mapped[int] = _org_fk()
    title: Mapped[str] = mapped_column(String(9))
    start_date: Mapped[date] = mapped_column(Date)
    end_date: Mapped[date] = mapped_column(Date)
    rolled_over_on: Mapped[date | None] = mapped_column(Date, nullable=True)


class Person(Versioned, Base):
    __tablename__ = "person"
    __table_args__ = (Index("ix_person_org_name", "organisation_id", "last_name", "first_name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    organisation_id: Mapped[int] = _org_fk()
    last_name: Mapped[str] = mapped_column(String(100))
    first_name: Mapped[str] = mapped_column(String(100))
    middle_name: Mapped[str] = mapped_column(String(100), default="")
    kind: Mapped[PersonKind] = mapped_column(_enum(PersonKind, "person_kind"))
    gender: Mapped[Gender | None] = mapped_column(_enum(Gender, "gender"), nullable=True)
    birth_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    phone: Mapped[str] = mapped_column(String(100), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    contact_note: Mapped[str] = mapped_column(Text, default="")
    archived: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=datetime.now)
    updated_at: Mapped[datetime | None] = mapped_column(  # NOT NULL since 0001
        DateTime, default=datetime.now, onupdate=datetime.now, nullable=False
    )

    staff: Mapped[StaffProfileRow | None] = relationship(
        back_populates="person", cascade="all, delete-orphan", uselist=False
    )
    pupil: Mapped[PupilProfileRow | None] = relationship(
        back_populates="person", cascade="all, delete-orphan", uselist=False
    )
    external: Mapped[ExternalProfileRow | None] = relationship(
        back_populates="person", cascade="all, delete-orphan", uselist=False
    )
    mentor_profile: Mapped[MentorProfileRow | None] = relationship(
        back_populates="person", cascade="all, delete-orphan", uselist=False
    )
    mentee_profile: Mapped[MenteeProfileRow | None] = relationship(
        back_populates="person", cascade="all, delete-orphan", uselist=False
    )
    consents: Mapped[list[Consent]] = relationship(back_populates="person", cascade="all, delete-orphan")


class StaffProfileRow(Base):
    __tablename__ = "staff_profile"
    __table_args__ = (CheckConstraint("experience_years IS NULL OR experience_years >= 0", name="experience"),)

    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), primary_key=True)
    position: Mapped[str] = mapped_column(String(200), default="")
    subjects: Mapped[str] = mapped_column(String(300), default="")
    experience_years: Mapped[float | None] = mapped_column(Float, nullable=True)
    experience_as_of: Mapped[date | None] = mapped_column(Date, nullable=True)
    hire_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    category: Mapped[QualificationCategory] = mapped_column(
        _enum(QualificationCategory, "qualification_category"), default=QualificationCategory.NONE
    )
    education: Mapped[str] = mapped_column(String(300), default="")
    shmo: Mapped[str] = mapped_column(String(200), default="")
    young_specialist_override: Mapped[bool | None] = mapped_column(Boolean, nullable=True)

    person: Mapped[Person] = relationship(back_populates="staff")


class PupilProfileRow(Base):
    __tablename__ = "pupil_profile"

    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), primary_key=True)
    class_name: Mapped[str] = mapped_column(String(10), default="", index=True)
    categories: Mapped[list[str]] = mapped_column(JSON, default=list)

    person: Mapped[Person] = relationship(back_populates="pupil")


class ExternalProfileRow(Base):
    __tablename__ = "external_profile"

    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), primary_key=True)
    organisation_name: Mapped[str] = mapped_column(String(300), default="")
    position_or_course: Mapped[str] = mapped_column(String(200), default="")

    person: Mapped[Person] = relationship(back_populates="external")


class MentorProfileRow(Base):
    __tablename__ = "mentor_profile"
    __table_args__ = (CheckConstraint("resource >= 0", name="resource"),)

    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), primary_key=True)
    competences: Mapped[str] = mapped_column(Text, default="")
    interests: Mapped[str] = mapped_column(Text, default="")
    achievements: Mapped[str] = mapped_column(Text, default="")
    resource: Mapped[int] = mapped_column(Integer, default=1)
    schedule: Mapped[str] = mapped_column(String(300), default="")
    desired_age: Mapped[str] = mapped_column(String(100), default="")
    joined_on: Mapped[date | None] = mapped_column(Date, nullable=True)

    person: Mapped[Person] = relationship(back_populates="mentor_profile")


class MenteeProfileRow(Base):
    __tablename__ = "mentee_profile"

    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), primary_key=True)
    request: Mapped[str] = mapped_column(Text, default="")
    deficits: Mapped[str] = mapped_column(Text, default="")
    joined_on: Mapped[date | None] = mapped_column(Date, nullable=True)

    person: Mapped[Person] = relationship(back_populates="mentee_profile")


class Consent(Versioned, Base):
    __tablename__ = "consent"

    id: Mapped[int] = mapped_column(primary_key=True)
    organisation_id: Mapped[int] = _org_fk()
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    consent_type: Mapped[ConsentType] = mapped_column(_enum(ConsentType, "consent_type"))
    signed_on: Mapped[date] = mapped_column(Date)
    signer: Mapped[Signer] = mapped_column(_enum(Signer, "signer"), default=Signer.SELF)
    signer_name: Mapped[str] = mapped_column(String(200), default="")
    withdrawn_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    # What a publication consent allows to show: comma-separated keys (domain.publication).
    scope: Mapped[str] = mapped_column(String(200), default="name,position", server_default="name,position")

    person: Mapped[Person] = relationship(back_populates="consents")


class MentoringForm(Versioned, Base):
    __tablename__ = "mentoring_form"
    __table_args__ = (UniqueConstraint("organisation_id", "name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    organisation_id: Mapped[int] = _org_fk()
    name: Mapped[str] = mapped_column(String(100))
    mentor_kind: Mapped[PersonKind] = mapped_column(_enum(PersonKind, "form_mentor_kind"))
    mentee_kind: Mapped[PersonKind] = mapped_column(_enum(PersonKind, "form_mentee_kind"))
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class CatalogueMixin(Versioned):
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(300))
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class MentoringType(CatalogueMixin, Base):
    """«Вид наставничества»: традиционное, групповое, виртуальное, …"""

    __tablename__ = "mentoring_type"
    __table_args__ = (UniqueConstraint("organisation_id", "name"),)
    organisation_id: Mapped[int] = _org_fk()


class RoleModel(CatalogueMixin, Base):
    """«Ролевая модель»: a variant inside a form."""

    __tablename__ = "role_model"
    __table_args__ = (UniqueConstraint("organisation_id", "name"),)
    organisation_id: Mapped[int] = _org_fk()
    form_id: Mapped[int | None] = mapped_column(ForeignKey("mentoring_form.id", ondelete="SET NULL"), nullable=True)


class Programme(CatalogueMixin, Base):
    __tablename__ = "programme"
    __table_args__ = (UniqueConstraint("organisation_id", "name"),)
    organisation_id: Mapped[int] = _org_fk()
    for_teachers: Mapped[bool] = mapped_column(Boolean, default=False)


class Direction(CatalogueMixin, Base):
    """A roadmap direction («предметно-методическое», …)."""

    __tablename__ = "direction"
    __table_args__ = (UniqueConstraint("organisation_id", "name"),)
    organisation_id: Mapped[int] = _org_fk()


class ProductType(CatalogueMixin, Base):
    """A type of product an activity ends in («методические рекомендации», …)."""

    __tablename__ = "product_type"
    __table_args__ = (UniqueConstraint("organisation_id", "name"),)
    organisation_id: Mapped[int] = _org_fk()


class Order(Versioned, Base):
    """«Приказ» signed by the director."""

    __tablename__ = "mentoring_order"

    id: Mapped[int] = mapped_column(primary_key=True)
    organisation_id: Mapped[int] = _org_fk()
    kind: Mapped[OrderKind] = mapped_column(_enum(OrderKind, "order_kind"))
    number: Mapped[str] = mapped_column(String(50))
    signed_on: Mapped[date] = mapped_column(Date)
    title: Mapped[str] = mapped_column(String(500), default="")
    preamble: Mapped[str] = mapped_column(Text, default="")
    coordinator_id: Mapped[int | None] = mapped_column(
        ForeignKey("person.id", ondelete="RESTRICT"), nullable=True, index=True
    )
    # the school year the order governs («2025/2026»); an order signed in August governs the coming one
    school_year: Mapped[str] = mapped_column(String(9), default="", server_default="")
    # the earlier order this one changes or cancels (`amendment`: "change" or "cancel")
    amends_id: Mapped[int | None] = mapped_column(
        ForeignKey("mentoring_order.id", ondelete="SET NULL"), nullable=True, index=True
    )
    amendment: Mapped[str] = mapped_column(String(10), default="", server_default="")


class NameForm(Base):
    """A person's name or position in one grammatical case as the coordinator corrected it."""

    __tablename__ = "name_form"
    __table_args__ = (UniqueConstraint("person_id", "grammatical_case", "part"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    grammatical_case: Mapped[str] = mapped_column(String(4))  # domain.declension.Case value: "datv"
    part: Mapped[str] = mapped_column(String(10))  # "name" or "position"
    value: Mapped[str] = mapped_column(String(300))


class OrderPair(Base):
    """A pair an order names: fixed by it, or completed by it."""

    __tablename__ = "order_pair"
    __table_args__ = (UniqueConstraint("order_id", "pair_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("mentoring_order.id", ondelete="CASCADE"), index=True)
    pair_id: Mapped[int] = mapped_column(ForeignKey("pair.id", ondelete="RESTRICT"), index=True)


class Pair(Versioned, Base):
    """A mentoring pair (one mentee) or group (several mentees)."""

    __tablename__ = "pair"
    __table_args__ = (
        CheckConstraint("end_date IS NULL OR end_date >= start_date", name="dates"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    organisation_id: Mapped[int] = _org_fk()
    form_id: Mapped[int] = mapped_column(ForeignKey("mentoring_form.id", ondelete="RESTRICT"), index=True)
    type_id: Mapped[int | None] = mapped_column(ForeignKey("mentoring_type.id", ondelete="SET NULL"), nullable=True)
    role_model_id: Mapped[int | None] = mapped_column(
        ForeignKey("role_model.id", ondelete="SET NULL"), nullable=True
    )
    programme_id: Mapped[int] = mapped_column(ForeignKey("programme.id", ondelete="RESTRICT"), index=True)
    mentor_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="RESTRICT"), index=True)
    school_year: Mapped[str] = mapped_column(String(9), default="", index=True)
    goal: Mapped[str] = mapped_column(Text, default="")
    start_date: Mapped[date] = mapped_column(Date)
    end_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    status: Mapped[PairStatus] = mapped_column(_enum(PairStatus, "pair_status"), default=PairStatus.ACTIVE)
    status_reason: Mapped[str] = mapped_column(Text, default="")
    result: Mapped[str] = mapped_column(Text, default="")
    order_id: Mapped[int | None] = mapped_column(
        ForeignKey("mentoring_order.id", ondelete="RESTRICT"), nullable=True, index=True
    )
    mentor_consent_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    agreement: Mapped[str] = mapped_column(String(300), default="")
    planned_result: Mapped[str] = mapped_column(Text, default="")
    outcome: Mapped[str] = mapped_column(String(24), default="")
    created_at: Mapped[datetime] = mapped_column(DateTime, default=datetime.now)

    mentees: Mapped[list[PairMentee]] = relationship(
        back_populates="pair", cascade="all, delete-orphan", order_by="PairMentee.id"
    )


class PairMentee(Base):
    """A mentee in a pair. `open_slot` is 1 while the pair is planned or active, NULL after:
    the unique index on (mentee, programme, open_slot) then allows one open pair per
    programme on every database, since NULLs never collide in a unique index."""

    __tablename__ = "pair_mentee"
    __table_args__ = (
        UniqueConstraint("pair_id", "mentee_id"),
        UniqueConstraint("mentee_id", "programme_id", "open_slot", name="uq_pair_mentee_one_open_per_programme"),
        CheckConstraint("open_slot IS NULL OR open_slot = 1", name="open_slot"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    pair_id: Mapped[int] = mapped_column(ForeignKey("pair.id", ondelete="CASCADE"), index=True)
    mentee_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="RESTRICT"), index=True)
    programme_id: Mapped[int] = mapped_column(ForeignKey("programme.id", ondelete="RESTRICT"))
    open_slot: Mapped[int | None] = mapped_column(Integer, nullable=True)

    pair: Mapped[Pair] = relationship(back_populates="mentees")


class Meeting(Versioned, Base):
    __tablename__ = "meeting"

    id: Mapped[int] = mapped_column(primary_key=True)
    pair_id: Mapped[int] = mapped_column(ForeignKey("pair.id", ondelete="CASCADE"), index=True)
    held_on: Mapped[date] = mapped_column(Date)
    topic: Mapped[str] = mapped_column(String(500))
    form: Mapped[str] = mapped_column(String(100), default="очно")
    duration_minutes: Mapped[int] = mapped_column(Integer, default=45)
    done: Mapped[str] = mapped_column(Text, default="")
    next_steps: Mapped[str] = mapped_column(Text, default="")


class Iom(Versioned, Base):
    """«Индивидуальный образовательный маршрут» with its roadmap."""

    __tablename__ = "iom"

    id: Mapped[int] = mapped_column(primary_key=True)
    organisation_id: Mapped[int] = _org_fk()
    mentee_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="RESTRICT"), index=True)
    mentor_id: Mapped[int | None] = mapped_column(ForeignKey("person.id", ondelete="RESTRICT"), nullable=True)
    pair_id: Mapped[int | None] = mapped_column(ForeignKey("pair.id", ondelete="SET NULL"), nullable=True)
    school_year: Mapped[str] = mapped_column(String(9), index=True)
    topic: Mapped[str] = mapped_column(Text, default="")
    deficits: Mapped[str] = mapped_column(Text, default="")
    goal: Mapped[str] = mapped_column(Text, default="")
    tasks: Mapped[str] = mapped_column(Text, default="")
    approved_by: Mapped[str] = mapped_column(String(200), default="")
    approved_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    self_report: Mapped[str] = mapped_column(Text, default="")
    mentor_conclusion: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime, default=datetime.now)

    activities: Mapped[list[IomActivity]] = relationship(
        back_populates="iom", cascade="all, delete-orphan", order_by="IomActivity.position"
    )


class IomActivity(Versioned, Base):
    __tablename__ = "iom_activity"
    __table_args__ = (Index("ix_iom_activity_iom_position", "iom_id", "position"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    iom_id: Mapped[int] = mapped_column(ForeignKey("iom.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer, default=0)
    direction_id: Mapped[int | None] = mapped_column(ForeignKey("direction.id", ondelete="SET NULL"), nullable=True)
    title: Mapped[str] = mapped_column(Text)
    period: Mapped[str] = mapped_column(String(100), default="")
    due_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    product_type_id: Mapped[int | None] = mapped_column(
        ForeignKey("product_type.id", ondelete="SET NULL"), nullable=True
    )
    product_description: Mapped[str] = mapped_column(Text, default="")
    responsible: Mapped[str] = mapped_column(String(200), default="")
    status: Mapped[ActivityStatus] = mapped_column(
        _enum(ActivityStatus, "activity_status"), default=ActivityStatus.PLANNED
    )
    done_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    mark: Mapped[str] = mapped_column(Text, default="")

    iom: Mapped[Iom] = relationship(back_populates="activities")
    attachments: Mapped[list[Attachment]] = relationship(
        back_populates="activity", cascade="all, delete-orphan", order_by="Attachment.id"
    )


class Attachment(Base):
    """A product file of an activity, stored content-addressed beside the database."""

    __tablename__ = "attachment"

    id: Mapped[int] = mapped_column(primary_key=True)
    activity_id: Mapped[int] = mapped_column(ForeignKey("iom_activity.id", ondelete="CASCADE"), index=True)
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    original_name: Mapped[str] = mapped_column(String(300))
    size: Mapped[int] = mapped_column(Integer)
    added_at: Mapped[datetime] = mapped_column(DateTime, default=datetime.now)

    activity: Mapped[IomActivity] = relationship(back_populates="attachments")


class Questionnaire(Versioned, Base):
    __tablename__ = "questionnaire"
    __table_args__ = (UniqueConstraint("organisation_id", "name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    organisation_id: Mapped[int] = _org_fk()
    name: Mapped[str] = mapped_column(String(300))
    respondent: Mapped[Respondent] = mapped_column(_enum(Respondent, "respondent"))
    stages: Mapped[list[str]] = mapped_column(JSON, default=list)  # empty: every stage
    forms: Mapped[list[str]] = mapped_column(JSON, default=list)  # form names; empty: every form

    questions: Mapped[list[Question]] = relationship(
        back_populates="questionnaire", cascade="all, delete-orphan", order_by="Question.position"
    )


class Question(Base):
    __tablename__ = "question"

    id: Mapped[int] = mapped_column(primary_key=True)
    questionnaire_id: Mapped[int] = mapped_column(ForeignKey("questionnaire.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    text: Mapped[str] = mapped_column(Text)
    kind: Mapped[QuestionKind] = mapped_column(_enum(QuestionKind, "question_kind"))
    final_only: Mapped[bool] = mapped_column(Boolean, default=False)

    questionnaire: Mapped[Questionnaire] = relationship(back_populates="questions")


class QuestionnaireResponse(Base):
    __tablename__ = "questionnaire_response"

    id: Mapped[int] = mapped_column(primary_key=True)
    organisation_id: Mapped[int] = _org_fk()
    questionnaire_id: Mapped[int] = mapped_column(ForeignKey("questionnaire.id", ondelete="RESTRICT"), index=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    pair_id: Mapped[int | None] = mapped_column(ForeignKey("pair.id", ondelete="SET NULL"), nullable=True)
    stage: Mapped[QuestionnaireStage] = mapped_column(_enum(QuestionnaireStage, "questionnaire_stage"))
    filled_on: Mapped[date] = mapped_column(Date)

    answers: Mapped[list[Answer]] = relationship(back_populates="response", cascade="all, delete-orphan")


class Answer(Base):
    __tablename__ = "answer"
    __table_args__ = (CheckConstraint("score IS NULL OR (score >= 1 AND score <= 10)", name="score"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    response_id: Mapped[int] = mapped_column(ForeignKey("questionnaire_response.id", ondelete="CASCADE"), index=True)
    question_id: Mapped[int] = mapped_column(ForeignKey("question.id", ondelete="CASCADE"))
    score: Mapped[int | None] = mapped_column(Integer, nullable=True)
    text: Mapped[str] = mapped_column(Text, default="")
    yes: Mapped[bool | None] = mapped_column(Boolean, nullable=True)

    response: Mapped[QuestionnaireResponse] = relationship(back_populates="answers")


class PairEvent(Base):
    """The history of a pair: suspended, resumed, mentor replaced, closed, carried into a new year."""

    __tablename__ = "pair_event"

    id: Mapped[int] = mapped_column(primary_key=True)
    pair_id: Mapped[int] = mapped_column(ForeignKey("pair.id", ondelete="CASCADE"), index=True)
    happened_on: Mapped[date] = mapped_column(Date)
    kind: Mapped[str] = mapped_column(String(30))
    text: Mapped[str] = mapped_column(Text, default="")
    old_mentor_id: Mapped[int | None] = mapped_column(ForeignKey("person.id", ondelete="SET NULL"), nullable=True)
    new_mentor_id: Mapped[int | None] = mapped_column(ForeignKey("person.id", ondelete="SET NULL"), nullable=True)
    order_id: Mapped[int | None] = mapped_column(
        ForeignKey("mentoring_order.id", ondelete="SET NULL"), nullable=True
    )


class PersonStatus(Base):
    """A dated absence of a staff member: уволен, декрет, длительная болезнь."""

    __tablename__ = "person_status"

    id: Mapped[int] = mapped_column(primary_key=True)
    organisation_id: Mapped[int] = _org_fk()
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    status: Mapped[str] = mapped_column(String(24))
    since: Mapped[date] = mapped_column(Date)
    until: Mapped[date | None] = mapped_column(Date, nullable=True)
    note: Mapped[str] = mapped_column(Text, default="")


class FollowUp(Base):
    """Is a young specialist still working at the school one and three years after the pair?"""

    __tablename__ = "follow_up"

    id: Mapped[int] = mapped_column(primary_key=True)
    organisation_id: Mapped[int] = _org_fk()
    pair_id: Mapped[int] = mapped_column(ForeignKey("pair.id", ondelete="CASCADE"), index=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    years: Mapped[int] = mapped_column(Integer)
    due_on: Mapped[date] = mapped_column(Date)
    checked_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    still_working: Mapped[bool | None] = mapped_column(Boolean, nullable=True)


class ExportLog(Base):
    """Record of every export, kept for the personal-data register (152-ФЗ)."""

    __tablename__ = "export_log"

    id: Mapped[int] = mapped_column(primary_key=True)
    organisation_id: Mapped[int] = _org_fk()
    exported_at: Mapped[datetime] = mapped_column(DateTime, default=datetime.now)
    kind: Mapped[str] = mapped_column(String(50))
    rows: Mapped[int] = mapped_column(Integer, default=0)
    file_name: Mapped[str] = mapped_column(String(500))


class ErasureLog(Base):
    """Who erased which person id's data, and when; the name itself is gone."""

    __tablename__ = "erasure_log"

    id: Mapped[int] = mapped_column(primary_key=True)
    organisation_id: Mapped[int] = _org_fk()
    erased_at: Mapped[datetime] = mapped_column(DateTime, default=datetime.now)
    erased_by: Mapped[str] = mapped_column(String(200), default="")
    person_id: Mapped[int] = mapped_column(Integer)


class StoredFile(Base):
    """An attached product file kept inside the database (district mode on a server), by content hash,
    so every workstation of the school sees it. A SQLite file keeps them in its `.files` folder instead."""

    __tablename__ = "stored_file"

    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisation.id", ondelete="CASCADE"), primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    size: Mapped[int] = mapped_column(Integer)
    content: Mapped[bytes] = mapped_column(LargeBinary)


class AppMeta(Base):
    """Key-value facts about the database itself (which app version wrote the schema)."""

    __tablename__ = "app_meta"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="")


class DocumentTemplate(Base):
    """A school's own DOCX template of a document (the default ships with the app)."""

    __tablename__ = "document_template"
    __table_args__ = (UniqueConstraint("organisation_id", "kind"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    organisation_id: Mapped[int] = _org_fk()
    kind: Mapped[str] = mapped_column(String(50))
    content: Mapped[bytes] = mapped_column(LargeBinary)
    file_name: Mapped[str] = mapped_column(String(255), default="")
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=datetime.now)
