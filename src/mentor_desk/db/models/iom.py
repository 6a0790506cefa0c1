"""Individual mentoring plans (ИОМ), their activities and attachments."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from mentor_desk.db.models.base import Base, Versioned, _enum, _org_fk
from mentor_desk.domain.enums import (
    ActivityStatus,
)


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
