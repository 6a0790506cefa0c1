"""The school, its school years and its catalogues (forms, types, role models, programmes)."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Integer,
    String,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from mentor_desk.db.models.base import Base, Versioned, _enum, _org_fk
from mentor_desk.domain.enums import (
    PersonKind,
)


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
