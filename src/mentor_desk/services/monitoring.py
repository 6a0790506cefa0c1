"""Monitoring questionnaires (входной / промежуточный / итоговый) and their answers."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from mentor_desk.db import models as m
from mentor_desk.domain.enums import QuestionKind, QuestionnaireStage
from mentor_desk.domain.records import QuestionnaireRecord, QuestionRecord, ResponseDraft
from mentor_desk.errors import UserError
from mentor_desk.services.base import ServiceBase


@dataclass(frozen=True)
class ItemSummary:
    question: str
    kind: QuestionKind
    entry_mean: float | None
    final_mean: float | None
    yes_share: float | None

    @property
    def change(self) -> float | None:
        if self.entry_mean is None or self.final_mean is None:
            return None
        return self.final_mean - self.entry_mean


class MonitoringService(ServiceBase):
    def questionnaires(self) -> list[QuestionnaireRecord]:
        with self._tx() as s:
            rows = s.scalars(
                select(m.Questionnaire)
                .where(m.Questionnaire.organisation_id == self.organisation_id)
                .options(selectinload(m.Questionnaire.questions))
                .order_by(m.Questionnaire.id)
            ).all()
            return [
                QuestionnaireRecord(
                    r.id,
                    r.name,
                    r.respondent,
                    tuple(QuestionRecord(q.id, q.position, q.text, q.kind, q.final_only) for q in r.questions),
                )
                for r in rows
            ]

    def add_response(self, draft: ResponseDraft) -> int:
        with self._tx() as s:
            q = self._get(s, m.Questionnaire, draft.questionnaire_id, "Анкета")
            self._get(s, m.Person, draft.person_id, "Участник")
            valid = {question.id for question in q.questions}
            row = m.QuestionnaireResponse(
                organisation_id=self.organisation_id,
                questionnaire_id=q.id,
                person_id=draft.person_id,
                pair_id=draft.pair_id,
                stage=draft.stage,
                filled_on=draft.filled_on,
            )
            for a in draft.answers:
                if a.question_id not in valid:
                    raise UserError("Ответ относится к вопросу другой анкеты.")
                if a.score is not None and not 1 <= a.score <= 10:
                    raise UserError("Оценка по шкале — от 1 до 10.")
                row.answers.append(m.Answer(question_id=a.question_id, score=a.score, text=a.text, yes=a.yes))
            s.add(row)
            s.flush()
            return row.id

    def summary(self, questionnaire_id: int) -> list[ItemSummary]:
        """Per item: mean at entry, mean at the end, and the share of «да»."""
        with self._tx() as s:
            q = self._get(s, m.Questionnaire, questionnaire_id, "Анкета")
            answers = s.execute(
                select(m.Answer.question_id, m.QuestionnaireResponse.stage, m.Answer.score, m.Answer.yes)
                .join(m.QuestionnaireResponse, m.QuestionnaireResponse.id == m.Answer.response_id)
                .where(m.QuestionnaireResponse.questionnaire_id == questionnaire_id)
            ).all()
            out = []
            for question in q.questions:
                mine = [a for a in answers if a[0] == question.id]
                entry = [a[2] for a in mine if a[1] is QuestionnaireStage.ENTRY and a[2] is not None]
                final = [a[2] for a in mine if a[1] is QuestionnaireStage.FINAL and a[2] is not None]
                yes = [a[3] for a in mine if a[3] is not None]
                out.append(
                    ItemSummary(
                        question.text,
                        question.kind,
                        sum(entry) / len(entry) if entry else None,
                        sum(final) / len(final) if final else None,
                        sum(1 for y in yes if y) / len(yes) if yes else None,
                    )
                )
            return out
