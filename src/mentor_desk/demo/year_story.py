"""The demo school's year beyond September: questionnaires at every stage that has come, a mentor
who goes on leave and is replaced, and results of the pairs already finished."""

from __future__ import annotations

import random
from datetime import date, timedelta

from mentor_desk.domain.enums import PairStatus, PersonKind, QuestionKind, QuestionnaireStage, Respondent
from mentor_desk.domain.records import AnswerDraft, PersonRecord, ResponseDraft
from mentor_desk.domain.schoolyear import SchoolYear
from mentor_desk.services.container import Services

OPEN_ANSWERS = ("Поддержка в работе с классом", "Разбор уроков вместе с наставником", "Помощь с документами")


def add_year_story(sv: Services, rng: random.Random, on: date,
                   teacher_pairs: list[tuple[int, PersonRecord, PersonRecord]]) -> None:
    year = SchoolYear.containing(on)
    questionnaires = {q.respondent: q for q in sv.monitoring.questionnaires()}
    stages = [(QuestionnaireStage.ENTRY, None), (QuestionnaireStage.INTERIM, date(year.start, 12, 20)),
              (QuestionnaireStage.FINAL, date(year.start + 1, 5, 20))]
    for pid, mentor, mentee in teacher_pairs[:6]:
        pair = sv.pairs.get(pid)
        if pair.status is PairStatus.PLANNED:
            continue
        base = rng.randrange(5, 8)
        for step, (stage, when) in enumerate(stages):
            day = min(pair.start_date + timedelta(days=5), on) if when is None else when
            if day > on:
                break
            for respondent, person in ((Respondent.MENTEE, mentee), (Respondent.MENTOR, mentor)):
                q = questionnaires[respondent]
                sv.monitoring.add_response(ResponseDraft(
                    questionnaire_id=q.id, person_id=person.id, pair_id=pid, stage=stage, filled_on=day,
                    answers=tuple(_answer(rng, x.id, x.kind, base + step) for x in q.questions_at(stage)),
                ))
    _parents(sv, rng, on, questionnaires.get(Respondent.PARENT))
    _staff_change(sv, on, teacher_pairs)


def _answer(rng: random.Random, qid: int, kind: QuestionKind, level: int) -> AnswerDraft:
    if kind is QuestionKind.SCALE:
        return AnswerDraft(qid, score=max(1, min(10, level + rng.randrange(-1, 2))))
    if kind is QuestionKind.YES_NO:
        return AnswerDraft(qid, yes=rng.random() < 0.8)
    return AnswerDraft(qid, text=rng.choice(OPEN_ANSWERS))


def _parents(sv: Services, rng: random.Random, on: date, q: object) -> None:
    """Parents of two pupil mentees answer the entry questionnaire."""
    from mentor_desk.domain.records import QuestionnaireRecord

    if not isinstance(q, QuestionnaireRecord):
        return
    done = 0
    for pair in sv.pairs.list_pairs():
        if done >= 2 or pair.status is not PairStatus.ACTIVE or pair.form.name not in q.forms:
            continue
        pupil = next((x for x in pair.mentees if x.kind is PersonKind.PUPIL), None)
        if pupil is None:
            continue
        sv.monitoring.add_response(ResponseDraft(
            q.id, pupil.id, QuestionnaireStage.ENTRY, min(pair.start_date + timedelta(days=7), on), pair.id,
            tuple(_answer(rng, x.id, x.kind, 7) for x in q.questions_at(QuestionnaireStage.ENTRY))))
        done += 1


def _staff_change(sv: Services, on: date, teacher_pairs: list[tuple[int, PersonRecord, PersonRecord]]) -> None:
    """The mentor of the last young teacher's pair goes on leave; the pair passes to another mentor."""
    if len(teacher_pairs) < 2:
        return
    pid, mentor, _mentee = teacher_pairs[-3] if len(teacher_pairs) >= 3 else teacher_pairs[-1]
    if sv.pairs.get(pid).status is not PairStatus.ACTIVE:
        return
    since = max(sv.pairs.get(pid).start_date + timedelta(days=20), on - timedelta(days=40))
    if since > on:
        return
    sv.staffing.set_absence(mentor.id, "maternity", since, note="отпуск по уходу за ребёнком до 3 лет")
    others = [m for _, m, _ in teacher_pairs if m.id != mentor.id]
    if others:
        sv.staffing.replace_mentor(pid, others[0].id, min(since + timedelta(days=7), on), "отпуск по уходу за ребёнком")
