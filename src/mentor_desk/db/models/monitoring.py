"""Questionnaires, their questions, responses and answers."""

from __future__ import annotations

from datetime import date

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Date,
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from mentor_desk.db.models.base import Base, Versioned, _enum, _org_fk
from mentor_desk.domain.enums import (
    QuestionKind,
    QuestionnaireStage,
    Respondent,
)


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
