"""Questionnaires: who answers, the grid's all-or-nothing save, blanks, aggregates and the change."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from mentor_desk.domain.enums import QuestionKind, QuestionnaireStage, Respondent
from mentor_desk.domain.records import QuestionnaireRecord
from mentor_desk.errors import UserError
from mentor_desk.services.container import Services
from mentor_desk.services.monitoring import GridRow
from tests.services.indicator_school import HandSchool, build_hand_school


@pytest.fixture
def school(services: Services) -> HandSchool:
    return build_hand_school(services)


def by_role(services: Services, respondent: Respondent) -> QuestionnaireRecord:
    return next(q for q in services.monitoring.questionnaires() if q.respondent is respondent)


def scale_ids(q: QuestionnaireRecord, stage: QuestionnaireStage) -> list[int]:
    return [x.id for x in q.questions_at(stage) if x.kind is QuestionKind.SCALE]


def test_templates_have_stages_forms_and_parents(services: Services, school: HandSchool) -> None:
    parent = by_role(services, Respondent.PARENT)
    assert QuestionnaireStage.INTERIM not in parent.stages and "учитель – учитель" not in parent.forms
    mentee = by_role(services, Respondent.MENTEE)
    final_only = [x for x in mentee.questions if x.final_only]
    assert final_only and not set(final_only) & set(mentee.questions_at(QuestionnaireStage.ENTRY))


def test_respondents_for_a_pair_a_form_and_a_class(services: Services, school: HandSchool) -> None:
    mentee = by_role(services, Respondent.MENTEE)
    who = services.monitoring.respondents(mentee.id, QuestionnaireStage.ENTRY, pair_id=school.pairs["P4"])
    assert [r.person_id for r in who] == [school.people["D"]]
    forms = {f.name: f.id for f in services.reference.forms()}
    teachers = services.monitoring.respondents(mentee.id, QuestionnaireStage.FINAL, form_id=forms["учитель – учитель"])
    assert {r.person_id for r in teachers} == {school.people["Y1"], school.people["Y2"]}
    parent = by_role(services, Respondent.PARENT)
    cls = services.monitoring.respondents(parent.id, QuestionnaireStage.ENTRY, class_name="6б")
    assert [(r.person_id, r.label.startswith("Родитель")) for r in cls] == [(school.people["D"], True)]
    # parents' questionnaire is not used for teachers' pairs, nor at the interim stage
    assert services.monitoring.respondents(parent.id, QuestionnaireStage.ENTRY, pair_id=school.pairs["P1"]) == []
    assert services.monitoring.respondents(parent.id, QuestionnaireStage.INTERIM, class_name="6Б") == []


def test_grid_saves_all_rows_or_none(services: Services, school: HandSchool) -> None:
    q = by_role(services, Respondent.MENTEE)
    ids = scale_ids(q, QuestionnaireStage.ENTRY)
    good = GridRow(school.people["Y2"], school.pairs["P2"], {i: "4" for i in ids})
    bad = GridRow(school.people["D"], school.pairs["P4"], {ids[0]: "11", ids[1]: "abc"})
    with pytest.raises(UserError) as err:
        services.monitoring.save_grid(q.id, QuestionnaireStage.ENTRY, date(2026, 3, 2), [good, bad],
                                      ["Тридцатьчетвёртова", "Григорьев"])
    assert "Григорьев, вопрос 1: «11» — оценка ставится числом от 1 до 10" in err.value.message
    assert "вопрос 2" in err.value.message
    assert services.monitoring.answers_of(q.id, QuestionnaireStage.ENTRY).get((school.people["Y2"], school.pairs["P2"])) is None
    # a respondent who is not in the pair: nothing saved either
    stranger = GridRow(school.people["Y3"], school.pairs["P2"], {ids[0]: "5"})
    with pytest.raises(UserError, match="не наставляемый в этой паре"):
        services.monitoring.save_grid(q.id, QuestionnaireStage.ENTRY, date(2026, 3, 2), [good, stranger])
    assert (school.people["Y2"], school.pairs["P2"]) not in services.monitoring.answers_of(q.id, QuestionnaireStage.ENTRY)
    assert services.monitoring.save_grid(q.id, QuestionnaireStage.ENTRY, date(2026, 3, 2), [good]) == 1
    # saving again replaces, never doubles
    again = GridRow(school.people["Y2"], school.pairs["P2"], {i: "5" for i in ids})
    services.monitoring.save_grid(q.id, QuestionnaireStage.ENTRY, date(2026, 3, 3), [again])
    stored = services.monitoring.answers_of(q.id, QuestionnaireStage.ENTRY)[(school.people["Y2"], school.pairs["P2"])]
    assert set(stored.values()) == {"5"}


def test_final_only_questions_refused_at_entry(services: Services, school: HandSchool) -> None:
    q = by_role(services, Respondent.MENTEE)
    final_only = next(x for x in q.questions if x.final_only)
    row = GridRow(school.people["Y2"], school.pairs["P2"], {final_only.id: "да"})
    with pytest.raises(UserError, match="которого нет в анкете этапа «входной мониторинг»"):
        services.monitoring.save_grid(q.id, QuestionnaireStage.ENTRY, date(2026, 3, 2), [row])


def test_aggregates_and_change_for_the_same_people(services: Services, school: HandSchool) -> None:
    q = by_role(services, Respondent.MENTEE)
    first = q.questions[0]
    agg = services.monitoring.aggregate(q.id, QuestionnaireStage.FINAL)
    assert (agg[0].answers, agg[0].mean) == (1, 9.0)
    # Y1: entry 3 → final 9; Y2 answers the entry only and is left out of the change
    services.monitoring.save_grid(q.id, QuestionnaireStage.ENTRY, date(2026, 3, 2),
                                  [GridRow(school.people["Y2"], school.pairs["P2"], {first.id: "10"})])
    change = services.monitoring.change(q.id)[0]
    assert (change.people, change.entry_mean, change.final_mean, change.change) == (1, 3.0, 9.0, 6.0)
    assert services.monitoring.aggregate(q.id, QuestionnaireStage.ENTRY)[0].mean == 6.5
    forms = {f.name: f.id for f in services.reference.forms()}
    assert services.monitoring.aggregate(q.id, QuestionnaireStage.ENTRY, form_id=forms["ученик – ученик"])[0].answers == 0


def test_blanks_for_a_form(services: Services, school: HandSchool, tmp_path: Path) -> None:
    q = by_role(services, Respondent.MENTOR)
    forms = {f.name: f.id for f in services.reference.forms()}
    target = tmp_path / "анкеты.pdf"
    pages = services.monitoring.write_blanks(q.id, QuestionnaireStage.FINAL, target, form_id=forms["учитель – учитель"])
    reader = PdfReader(target)
    assert pages == len(reader.pages) == 2  # M1 mentors two pairs: one blank each
    text = reader.pages[0].extract_text()
    assert "Анкета наставника" in text and "итоговый мониторинг" in text and "Наставникова" in text
    assert "Насколько оправдались Ваши ожидания" in text  # final-only question printed at the end
    with pytest.raises(UserError, match="Некому печатать"):
        services.monitoring.write_blanks(q.id, QuestionnaireStage.FINAL, tmp_path / "x.pdf", class_name="1А")
    assert not (tmp_path / "x.pdf").exists()
