"""Forming many pairs in a row: the pair dialog remembers, informs and offers only what fits the form."""

from __future__ import annotations

import itertools
from datetime import date, timedelta

import pytest
from pytestqt.qtbot import QtBot

from mentor_desk.domain.enums import PersonKind
from mentor_desk.domain.records import PairDraft
from mentor_desk.services.container import Services
from mentor_desk.ui.common import prompts
from mentor_desk.ui.common.dialog_base import from_qdate, to_qdate
from mentor_desk.ui.pairs.pair_dialog import PairDialog
from mentor_desk.ui.pairs.pairs_tab import PairsTab
from tests.ui.conftest import School


@pytest.fixture
def tab(qtbot: QtBot, services: Services, school: School) -> PairsTab:
    widget = PairsTab(services)
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    return widget


def open_new(tab: PairsTab) -> PairDialog:
    tab.add_pair()
    assert isinstance(tab.dialog, PairDialog)
    return tab.dialog


def form_named(services: Services, name: str) -> int:
    return next(f.id for f in services.reference.forms() if f.name == name)


def test_the_next_pair_starts_with_the_last_start_date_and_programme(tab: PairsTab, services: Services,
                                                                     school: School,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(prompts, "accept_warnings", lambda *_a: True)
    programme = next(p for p in services.reference.programmes() if p.name == "Поддержка одарённых обучающихся")
    start = date.today() - timedelta(days=20)
    dialog = open_new(tab)
    dialog.choose_form(form_named(services, "учитель – ученик"))
    dialog.choose_programme(programme.id)
    dialog._ui.startDateEdit.setDate(to_qdate(start))
    dialog.choose_mentor(school.staff[0].id)
    dialog.check_mentees([school.pupils[1].id])
    dialog.submit()
    assert not dialog.isVisible(), dialog.problem_text()
    assert services.pairs.list_pairs()[0].start_date == start

    second = open_new(tab)
    assert from_qdate(second._ui.startDateEdit.date()) == start
    second.choose_form(form_named(services, "учитель – ученик"))
    assert second._ui.programmeCombo.currentData() == programme.id
    second.reject()


def test_only_programmes_of_the_form_and_no_agreement_without_a_staff_mentor(tab: PairsTab,
                                                                            services: Services) -> None:
    dialog = open_new(tab)
    combo = dialog._ui.programmeCombo
    teachers = {p.id for p in services.reference.programmes() if p.for_teachers}
    dialog.choose_form(form_named(services, "учитель – учитель"))
    offered = {combo.itemData(i) for i in range(1, combo.count())}
    assert offered == teachers
    assert dialog._ui.agreementEdit.isVisibleTo(dialog)
    dialog.choose_form(form_named(services, "ученик – ученик"))
    offered = {combo.itemData(i) for i in range(1, combo.count())}
    assert offered and not offered & teachers
    assert not dialog._ui.agreementEdit.isVisibleTo(dialog) and not dialog._ui.agreementEditLabel.isVisibleTo(dialog)
    dialog.choose_form(form_named(services, "студент – ученик"))
    assert not dialog._ui.agreementEdit.isVisibleTo(dialog)


def test_mentors_show_position_subject_category_and_load_and_busy_mentees_are_marked(
        tab: PairsTab, services: Services, school: School) -> None:
    form = form_named(services, "учитель – учитель")
    programme = next(p.id for p in services.reference.programmes() if p.for_teachers)
    services.pairs.create(PairDraft(form, school.staff[0].id, (school.staff[1].id,), programme, date.today(), None),
                          accept_warnings=True)
    dialog = open_new(tab)
    dialog.choose_form(form)
    dialog.choose_mentor(school.staff[0].id)
    assert dialog.mentor_text() == ("Орлова Анна Сергеевна — учитель, математика, без категории; "
                                    "наставляемых 1 из 3")
    texts = dialog.mentee_texts()
    busy = next(t for t in texts if t.startswith("Ёжикова"))
    assert busy == "Ёжикова Мария Игоревна — учитель (уже в паре: наставник Орлова А.С.)"
    free = next(t for t in texts if t.startswith("Егоров"))
    assert "уже в паре" not in free
    dialog.check_mentees([school.staff[1].id])
    assert dialog._ui.selectedLabel.text() == "Пара: 1 наставляемый — Ёжикова Мария Игоревна"
    dialog.reject()


def test_the_layout_stays_whole_after_an_error_message(tab: PairsTab, services: Services) -> None:
    dialog = open_new(tab)
    ui = dialog._ui
    rows_before = [w.geometry().height() for w in (ui.formCombo, ui.programmeCombo, ui.mentorCombo, ui.menteeList)]
    dialog.submit()  # nothing chosen: four problems
    assert dialog.isVisible() and dialog.problem_text().count("\n") == 3
    rows_after = [w.geometry().height() for w in (ui.formCombo, ui.programmeCombo, ui.mentorCombo, ui.menteeList)]
    assert rows_after == rows_before  # the form scrolls; its rows are never squeezed together
    assert ui.errorLabel.isVisible() and ui.buttonBox.isVisible()
    combos = [ui.formCombo, ui.programmeCombo, ui.mentorCombo]
    for upper, lower in itertools.pairwise(combos):
        assert upper.geometry().bottom() < lower.geometry().top()  # nothing overlaps
    dialog.reject()


def test_a_pupil_mentee_is_listed_with_the_class(tab: PairsTab, services: Services, school: School) -> None:
    dialog = open_new(tab)
    dialog.choose_form(form_named(services, "учитель – ученик"))
    assert any(t == "Васина Ксения Петровна — 7Б" for t in dialog.mentee_texts())
    assert school.by_kind(PersonKind.PUPIL)
    dialog.reject()
