"""People, their profiles by kind, consents, statuses and the erasure log."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from mentor_desk.db.models.base import Base, Versioned, _enum, _org_fk
from mentor_desk.domain.enums import (
    ConsentType,
    Gender,
    PersonKind,
    QualificationCategory,
    Signer,
)


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


class ErasureLog(Base):
    """Who erased which person id's data, and when; the name itself is gone."""

    __tablename__ = "erasure_log"

    id: Mapped[int] = mapped_column(primary_key=True)
    organisation_id: Mapped[int] = _org_fk()
    erased_at: Mapped[datetime] = mapped_column(DateTime, default=datetime.now)
    erased_by: Mapped[str] = mapped_column(String(200), default="")
    person_id: Mapped[int] = mapped_column(Integer)
