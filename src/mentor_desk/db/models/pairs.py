"""Orders, pairs and their mentees, meetings, events and follow-ups."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from mentor_desk.db.models.base import Base, Versioned, _enum, _org_fk
from mentor_desk.domain.enums import (
    OrderKind,
    PairStatus,
)


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
