"""Questionnaires, their questions and responses."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from mentor_desk.domain.enums import (
    QuestionKind,
    QuestionnaireStage,
    Respondent,
)


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
