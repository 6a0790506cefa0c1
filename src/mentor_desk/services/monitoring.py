"""Monitoring questionnaires (входная / промежуточная / итоговая): who answers, entering the
answers, and what they add up to per question, form and programme.

A questionnaire is for a role (наставник, наставляемый, for pupils also the parent), may be
limited to stages and forms (resources/reference/questionnaires.json), and is answered about a
pair: the respondent must be that pair's mentor or one of its mentees (a parent answers for a
pupil mentee, recorded under the pupil).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import delete, select
from sqlalchemy.orm import Session, selectinload

from mentor_desk.db import models as m
from mentor_desk.domain.enums import PairStatus, PersonKind, QuestionKind, QuestionnaireStage, Respondent
from mentor_desk.domain.names import collation_key, full_name
from mentor_desk.domain.records import AnswerDraft, QuestionnaireRecord, QuestionRecord, ResponseDraft
from mentor_desk.errors import UserError
from mentor_desk.resources import load_json
from mentor_desk.services.base import ServiceBase

YES_WORDS = {"да", "д", "1", "+", "y", "yes"}
NO_WORDS = {"нет", "н", "0", "-", "n", "no"}


@dataclass(frozen=True)
class Respondee:
    """One line of the grid or one printed blank: who answers which questionnaire about which pair."""

    person_id: int
    pair_id: int
    respondent: Respondent
    name: str
    pair_label: str
    form_name: str
    class_name: str = ""

    @property
    def label(self) -> str:
        if self.respondent is Respondent.PARENT:
            return f"Родитель: {self.name}"
        return self.name


@dataclass(frozen=True)
class GridRow:
    """What the coordinator typed for one respondent: raw text per question id."""

    person_id: int
    pair_id: int
    cells: dict[int, str]


@dataclass(frozen=True)
class QuestionAggregate:
    question: str
    kind: QuestionKind
    answers: int
    mean: float | None
    yes_share: float | None


@dataclass(frozen=True)
class QuestionChange:
    """Входная → итоговая for the same people only."""

    question: str
    people: int
    entry_mean: float | None
    final_mean: float | None

    @property
    def change(self) -> float | None:
        if self.entry_mean is None or self.final_mean is None:
            return None
        return round(self.final_mean - self.entry_mean, 2)


def _mean(values: Sequence[int]) -> float | None:
    return round(sum(values) / len(values), 2) if values else None


def _record(r: m.Questionnaire) -> QuestionnaireRecord:
    return QuestionnaireRecord(
        r.id, r.name, r.respondent,
        tuple(QuestionRecord(q.id, q.position, q.text, q.kind, q.final_only) for q in r.questions),
        tuple(QuestionnaireStage(x) for x in (r.stages or [])), tuple(r.forms or []),
    )


class MonitoringService(ServiceBase):
    def questionnaires(self) -> list[QuestionnaireRecord]:
        with self._tx() as s:
            self._ensure_templates(s)
            rows = s.scalars(
                select(m.Questionnaire)
                .where(m.Questionnaire.organisation_id == self.organisation_id)
                .options(selectinload(m.Questionnaire.questions))
                .order_by(m.Questionnaire.id)
            ).all()
            return [_record(r) for r in rows]

    def _ensure_templates(self, s: Session) -> None:
        """A database made before parents' questionnaires existed gets the shipped ones it lacks."""
        have = set(s.scalars(select(m.Questionnaire.name).where(m.Questionnaire.organisation_id == self.organisation_id)))
        for q in load_json("reference", "questionnaires.json")["questionnaires"]:
            if q["name"] in have:
                continue
            row = m.Questionnaire(organisation_id=self.organisation_id, name=q["name"], respondent=q["respondent"],
                                  stages=list(q.get("stages", [])), forms=list(q.get("forms", [])))
            for pos, item in enumerate(q["questions"]):
                row.questions.append(m.Question(position=pos, text=item["text"], kind=item["kind"],
                                                final_only=item["final_only"]))
            s.add(row)
        s.flush()

    def questionnaire(self, questionnaire_id: int) -> QuestionnaireRecord:
        for q in self.questionnaires():
            if q.id == questionnaire_id:
                return q
        raise UserError("Анкета не найдена: её могли удалить. Обновите список.")

    # ---- who answers ------------------------------------------------------------------

    def respondents(
        self, questionnaire_id: int, stage: QuestionnaireStage, *, pair_id: int | None = None,
        form_id: int | None = None, class_name: str | None = None, school_year: str | None = None,
    ) -> list[Respondee]:
        """Everyone who answers this questionnaire at this stage, for a pair, a form or a class."""
        q = self.questionnaire(questionnaire_id)
        with self._tx() as s:
            stmt = (
                select(m.Pair.id, m.Pair.mentor_id, m.MentoringForm.name, m.Pair.start_date)
                .join(m.MentoringForm, m.MentoringForm.id == m.Pair.form_id)
                .where(m.Pair.organisation_id == self.organisation_id, m.Pair.status != PairStatus.INTERRUPTED)
            )
            if pair_id is not None:
                stmt = stmt.where(m.Pair.id == pair_id)
            if form_id is not None:
                stmt = stmt.where(m.Pair.form_id == form_id)
            if school_year:
                stmt = stmt.where(m.Pair.school_year == school_year)
            pairs = s.execute(stmt.order_by(m.Pair.id)).all()
            ids = [int(p.id) for p in pairs]
            mentees: dict[int, list[int]] = {}
            for pid, mentee in s.execute(select(m.PairMentee.pair_id, m.PairMentee.mentee_id)
                                         .where(m.PairMentee.pair_id.in_(ids)).order_by(m.PairMentee.id)):
                mentees.setdefault(int(pid), []).append(int(mentee))
            people = {int(r.id): r for r in s.execute(
                select(m.Person.id, m.Person.last_name, m.Person.first_name, m.Person.middle_name, m.Person.kind,
                       m.PupilProfileRow.class_name)
                .outerjoin(m.PupilProfileRow, m.PupilProfileRow.person_id == m.Person.id)
                .where(m.Person.organisation_id == self.organisation_id))}
        out: list[Respondee] = []
        for pair in pairs:
            if not q.fits(stage, pair.name):
                continue
            names = [people[x] for x in mentees.get(int(pair.id), []) if x in people]
            mentor = people.get(int(pair.mentor_id))
            label = f"{mentor.last_name if mentor else '?'} → " + ", ".join(n.last_name for n in names)
            chosen = []
            if q.respondent is Respondent.MENTOR and mentor is not None:
                chosen = [mentor]
            elif q.respondent is Respondent.MENTEE:
                chosen = names
            elif q.respondent is Respondent.PARENT:
                chosen = [n for n in names if n.kind is PersonKind.PUPIL]
            for p in chosen:
                cls = p.class_name or ""
                if class_name and cls.replace(" ", "").upper() != class_name.replace(" ", "").upper():
                    # a class narrows to its pupils: their own answers and their parents', and pupils who mentor
                    continue
                out.append(Respondee(int(p.id), int(pair.id), q.respondent,
                                     full_name(p.last_name, p.first_name, p.middle_name), label, pair.name, cls))
        return sorted(out, key=lambda r: (collation_key(r.name), r.pair_id))

    def write_blanks(self, questionnaire_id: int, stage: QuestionnaireStage, target: Path, *,
                     pair_id: int | None = None, form_id: int | None = None, class_name: str | None = None,
                     school_year: str | None = None) -> int:
        """Blanks to print for a pair, a form or a class, one page each, in one PDF or DOCX (by the
        target's extension); returns pages (in a DOCX, the blanks, each from a new page)."""
        from mentor_desk.exports.pdf.questionnaire import Blank, write_blanks_pdf

        suffix = Path(target).suffix.lower()
        if suffix not in (".pdf", ".docx"):
            raise UserError("Бланки анкет сохраняются в PDF или DOCX: укажите файл с расширением .pdf или .docx.")

        q = self.questionnaire(questionnaire_id)
        who = self.respondents(questionnaire_id, stage, pair_id=pair_id, form_id=form_id, class_name=class_name,
                               school_year=school_year)
        with self._tx() as s:
            school = s.scalar(select(m.Organisation.full_name).where(m.Organisation.id == self.organisation_id)) or ""
        blanks = [Blank(school, q.name, stage, r.label, r.pair_label, r.form_name, q.questions_at(stage)) for r in who]
        title = f"{q.name}: {stage.label} мониторинг"
        if suffix == ".docx":
            from mentor_desk.exports.docx.questionnaire import write_blanks_docx

            return write_blanks_docx(blanks, target, title, school)
        return write_blanks_pdf(blanks, target, title, school)

    # ---- answers ------------------------------------------------------------------------

    def add_response(self, draft: ResponseDraft) -> int:
        with self._tx() as s:
            q = _record(self._get(s, m.Questionnaire, draft.questionnaire_id, "Анкета"))
            self._get(s, m.Person, draft.person_id, "Участник")
            self._check_respondent(s, q, draft.person_id, draft.pair_id, draft.stage)
            return self._store(s, q, draft)

    def save_grid(self, questionnaire_id: int, stage: QuestionnaireStage, filled_on: date,
                  rows: Sequence[GridRow], labels: Sequence[str] | None = None) -> int:
        """Check every typed cell, then store all rows in one transaction (or nothing, with the reasons).

        A respondent who already answered this questionnaire at this stage about this pair has
        the earlier answers replaced. Rows with no cell filled are skipped. Returns rows saved.
        """
        q = self.questionnaire(questionnaire_id)
        asked = q.questions_at(stage)
        problems: list[str] = []
        drafts: list[ResponseDraft] = []
        for i, row in enumerate(rows):
            label = labels[i] if labels and i < len(labels) else f"строка {i + 1}"
            if not any(text.strip() for text in row.cells.values()):
                continue
            answers = []
            for question in asked:
                text = row.cells.get(question.id, "").strip()
                if not text:
                    continue
                try:
                    answers.append(_parse(question, text))
                except ValueError as exc:
                    problems.append(f"{label}, вопрос {question.position + 1}: {exc}")
            unknown = set(row.cells) - {x.id for x in asked}
            if any(row.cells[u].strip() for u in unknown):
                problems.append(f"{label}: ответ на вопрос, которого нет в анкете этапа «{stage.label} мониторинг».")
            drafts.append(ResponseDraft(questionnaire_id, row.person_id, stage, filled_on, row.pair_id, tuple(answers)))
        if problems:
            more = f"\n… и ещё {len(problems) - 8}" if len(problems) > 8 else ""
            raise UserError("Ответы не сохранены, исправьте:\n" + "\n".join(problems[:8]) + more)
        with self._tx() as s:
            for draft in drafts:
                self._check_respondent(s, q, draft.person_id, draft.pair_id, stage)
                s.execute(delete(m.QuestionnaireResponse).where(
                    m.QuestionnaireResponse.questionnaire_id == q.id,
                    m.QuestionnaireResponse.person_id == draft.person_id,
                    m.QuestionnaireResponse.pair_id == draft.pair_id,
                    m.QuestionnaireResponse.stage == stage))
                self._store(s, q, draft)
        return len(drafts)

    def answers_of(self, questionnaire_id: int, stage: QuestionnaireStage) -> dict[tuple[int, int], dict[int, str]]:
        """Stored answers as the grid shows them: (person, pair) → question id → text."""
        with self._tx() as s:
            rows = s.execute(
                select(m.QuestionnaireResponse.person_id, m.QuestionnaireResponse.pair_id, m.Answer.question_id,
                       m.Answer.score, m.Answer.yes, m.Answer.text)
                .join(m.Answer, m.Answer.response_id == m.QuestionnaireResponse.id)
                .where(m.QuestionnaireResponse.questionnaire_id == questionnaire_id,
                       m.QuestionnaireResponse.organisation_id == self.organisation_id,
                       m.QuestionnaireResponse.stage == stage)
            ).all()
        out: dict[tuple[int, int], dict[int, str]] = {}
        for person, pair, qid, score, yes, text in rows:
            shown = str(score) if score is not None else ("да" if yes else "нет") if yes is not None else text
            out.setdefault((int(person), int(pair or 0)), {})[int(qid)] = shown
        return out

    def _check_respondent(self, s: Session, q: QuestionnaireRecord, person_id: int, pair_id: int | None,
                          stage: QuestionnaireStage) -> None:
        person = self._get(s, m.Person, person_id, "Участник")
        name = full_name(person.last_name, person.first_name, person.middle_name)
        if pair_id is None:
            raise UserError(f"Анкета «{q.name}»: укажите пару, о работе которой отвечает {name}.")
        pair = self._get(s, m.Pair, pair_id, "Пара")
        form = s.get(m.MentoringForm, pair.form_id)
        mentees = {pm.mentee_id for pm in pair.mentees}
        role_ok = (
            (q.respondent is Respondent.MENTOR and pair.mentor_id == person_id)
            or (q.respondent is Respondent.MENTEE and person_id in mentees)
            or (q.respondent is Respondent.PARENT and person_id in mentees and person.kind is PersonKind.PUPIL)
        )
        if not role_ok:
            raise UserError(f"{name} не {q.respondent.label} в этой паре: анкету «{q.name}» заполняет "
                            f"{q.respondent.label} пары. Ничего не сохранено.")
        if form is not None and not q.fits(stage, form.name):
            raise UserError(f"Анкета «{q.name}» не используется на {stage.label} этапе для формы «{form.name}».")

    def _store(self, s: Session, q: QuestionnaireRecord, draft: ResponseDraft) -> int:
        asked = {x.id: x for x in q.questions_at(draft.stage)}
        row = m.QuestionnaireResponse(organisation_id=self.organisation_id, questionnaire_id=q.id,
                                      person_id=draft.person_id, pair_id=draft.pair_id, stage=draft.stage,
                                      filled_on=draft.filled_on)
        for a in draft.answers:
            if a.question_id not in {x.id for x in q.questions}:
                raise UserError("Ответ относится к вопросу другой анкеты.")
            if a.question_id not in asked:
                raise UserError(f"Этот вопрос задаётся только в итоговой анкете, а это {draft.stage.label} этап.")
            if a.score is not None and not 1 <= a.score <= 10:
                raise UserError("Оценка по шкале — от 1 до 10.")
            row.answers.append(m.Answer(question_id=a.question_id, score=a.score, text=a.text, yes=a.yes))
        s.add(row)
        s.flush()
        return row.id

    # ---- what the answers add up to ---------------------------------------------------------

    def _answer_rows(self, s: Session, questionnaire_id: int, form_id: int | None, programme_id: int | None,
                     school_year: str | None) -> list[tuple[int, QuestionnaireStage, int, int | None, bool | None]]:
        stmt = (
            select(m.Answer.question_id, m.QuestionnaireResponse.stage, m.QuestionnaireResponse.person_id,
                   m.Answer.score, m.Answer.yes)
            .join(m.QuestionnaireResponse, m.QuestionnaireResponse.id == m.Answer.response_id)
            .outerjoin(m.Pair, m.Pair.id == m.QuestionnaireResponse.pair_id)
            .where(m.QuestionnaireResponse.questionnaire_id == questionnaire_id,
                   m.QuestionnaireResponse.organisation_id == self.organisation_id)
        )
        if form_id is not None:
            stmt = stmt.where(m.Pair.form_id == form_id)
        if programme_id is not None:
            stmt = stmt.where(m.Pair.programme_id == programme_id)
        if school_year:
            stmt = stmt.where(m.Pair.school_year == school_year)
        return [(int(a), st, int(p), sc, y) for a, st, p, sc, y in s.execute(stmt)]

    def aggregate(self, questionnaire_id: int, stage: QuestionnaireStage | None = None, *,
                  form_id: int | None = None, programme_id: int | None = None,
                  school_year: str | None = None) -> list[QuestionAggregate]:
        """Per question: how many answered, the mean score, the share of «да»."""
        q = self.questionnaire(questionnaire_id)
        with self._tx() as s:
            rows = self._answer_rows(s, questionnaire_id, form_id, programme_id, school_year)
        out = []
        for question in q.questions:
            mine = [r for r in rows if r[0] == question.id and (stage is None or r[1] is stage)]
            scores = [r[3] for r in mine if r[3] is not None]
            yes = [r[4] for r in mine if r[4] is not None]
            out.append(QuestionAggregate(question.text, question.kind, len(mine), _mean(scores),
                                         round(sum(1 for y in yes if y) / len(yes), 4) if yes else None))
        return out

    def change(self, questionnaire_id: int, *, form_id: int | None = None, programme_id: int | None = None,
               school_year: str | None = None) -> list[QuestionChange]:
        """Scale questions: the mean at входная and at итоговая over people who answered both."""
        q = self.questionnaire(questionnaire_id)
        with self._tx() as s:
            rows = self._answer_rows(s, questionnaire_id, form_id, programme_id, school_year)
        out = []
        for question in q.questions:
            if question.kind is not QuestionKind.SCALE:
                continue
            entry = {r[2]: r[3] for r in rows if r[0] == question.id and r[1] is QuestionnaireStage.ENTRY
                     and r[3] is not None}
            final = {r[2]: r[3] for r in rows if r[0] == question.id and r[1] is QuestionnaireStage.FINAL
                     and r[3] is not None}
            both = sorted(set(entry) & set(final))
            out.append(QuestionChange(question.text, len(both), _mean([entry[p] or 0 for p in both]),
                                      _mean([final[p] or 0 for p in both])))
        return out


def _parse(question: QuestionRecord, text: str) -> AnswerDraft:
    if question.kind is QuestionKind.SCALE:
        if not text.isdigit() or not 1 <= int(text) <= 10:
            raise ValueError(f"«{text}» — оценка ставится числом от 1 до 10")
        return AnswerDraft(question.id, score=int(text))
    if question.kind is QuestionKind.YES_NO:
        word = text.lower()
        if word in YES_WORDS:
            return AnswerDraft(question.id, yes=True)
        if word in NO_WORDS:
            return AnswerDraft(question.id, yes=False)
        raise ValueError(f"«{text}» — ответ «да» или «нет» (можно «д»/«н», 1/0)")
    return AnswerDraft(question.id, text=text)
