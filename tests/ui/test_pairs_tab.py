"""The «Пары и группы» tab: all six forms, wrong kinds refused, groups, warnings, closing, meetings."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from mentor_desk.domain.enums import PairStatus, PersonKind
from mentor_desk.services.container import Services
from mentor_desk.ui.common import prompts
from mentor_desk.ui.pairs.close_pair_dialog import ClosePairDialog
from mentor_desk.ui.pairs.meeting_dialog import MeetingDialog
from mentor_desk.ui.pairs.pair_dialog import PairDialog
from mentor_desk.ui.pairs.pairs_tab import PairsTab
from tests.ui.conftest import School
from tests.ui.helpers import type_text


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


def programme_for(services: Services, teachers: bool) -> int:
    return next(p.id for p in services.reference.programmes() if p.for_teachers == teachers)


@pytest.mark.parametrize("form_index", range(6))
def test_create_a_pair_in_each_form(tab: PairsTab, services: Services, school: School, form_index: int,
                                    monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(prompts, "accept_warnings", lambda *_a: True)
    form = services.reference.forms()[form_index]
    dialog = open_new(tab)
    assert not dialog._ui.mentorCombo.isEnabled()  # the form comes first
    dialog.choose_form(form.id)
    mentors = school.by_kind(form.mentor_kind)
    mentees = [p for p in school.by_kind(form.mentee_kind) if p.id != mentors[0].id]
    # only people of the right kinds are offered
    assert set(dialog.mentor_ids()) == {p.id for p in mentors}
    assert set(dialog.mentee_ids_offered()) == {p.id for p in school.by_kind(form.mentee_kind)}
    dialog.choose_programme(programme_for(services, form.mentee_kind is PersonKind.STAFF))
    assert dialog.choose_mentor(mentors[0].id)
    assert "ресурс наставника: 3" in dialog.load_text()
    assert dialog.check_mentees([mentees[0].id]) == 1
    dialog.submit()
    assert not dialog.isVisible(), dialog.problem_text()
    pairs = services.pairs.list_pairs()
    assert len(pairs) == 1
    assert pairs[0].form.id == form.id and pairs[0].mentor.id == mentors[0].id
    assert [m.id for m in pairs[0].mentees] == [mentees[0].id]
    assert tab.proxy.rowCount() == 1


def test_wrong_kind_pair_is_refused_with_a_reason(tab: PairsTab, services: Services, school: School) -> None:
    form = next(f for f in services.reference.forms() if f.name == "учитель – ученик")
    dialog = open_new(tab)
    dialog.choose_form(form.id)
    assert school.staff[1].id not in dialog.mentee_ids_offered()
    dialog.choose_programme(programme_for(services, False))
    dialog.choose_mentor(school.staff[0].id)
    dialog.check_mentees([school.pupils[0].id])
    draft = dialog.value()
    wrong = replace(draft, mentee_ids=(school.staff[1].id,))  # a teacher as the mentee of «учитель – ученик»
    tab._save(dialog, None, wrong)
    assert dialog.isVisible()
    assert "педагог" in dialog.problem_text() or "обучающ" in dialog.problem_text()
    assert services.pairs.list_pairs() == []


def test_group_with_three_mentees(tab: PairsTab, services: Services, school: School,
                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(prompts, "accept_warnings", lambda *_a: True)
    form = next(f for f in services.reference.forms() if f.name == "учитель – ученик")
    dialog = open_new(tab)
    dialog.choose_form(form.id)
    dialog.choose_programme(programme_for(services, False))
    dialog.choose_mentor(school.staff[0].id)
    type_text(dialog._ui.menteeFilterEdit, "7б")
    assert dialog.visible_mentee_count() == 2
    dialog._ui.menteeFilterEdit.clear()
    ids = [p.id for p in school.pupils[1:4]]
    assert dialog.check_mentees(ids) == 3
    assert dialog._ui.selectedLabel.text().startswith("Группа: 3 наставляемых — ")
    dialog.submit()
    pairs = services.pairs.list_pairs()
    assert len(pairs) == 1 and pairs[0].is_group
    assert sorted(m.id for m in pairs[0].mentees) == sorted(ids)


def test_warnings_are_asked_and_can_be_declined(tab: PairsTab, services: Services, school: School,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[list[str]] = []

    def decline(_parent: object, messages: list[str]) -> bool:
        asked.append(messages)
        return False

    monkeypatch.setattr(prompts, "accept_warnings", decline)
    form = next(f for f in services.reference.forms() if f.name == "учитель – учитель")
    dialog = open_new(tab)
    dialog.choose_form(form.id)
    dialog.choose_programme(programme_for(services, True))
    dialog.choose_mentor(school.staff[0].id)
    dialog.check_mentees([school.staff[1].id])
    dialog._ui.endCheck.setChecked(True)
    dialog._ui.endDateEdit.setDate(dialog._ui.startDateEdit.date().addDays(20))  # under 3 months: a warning
    dialog.submit()
    assert asked, "the warning was not shown"
    assert dialog.isVisible() and services.pairs.list_pairs() == []
    monkeypatch.setattr(prompts, "accept_warnings", lambda *_a: True)
    dialog.submit()
    assert len(services.pairs.list_pairs()) == 1


def test_end_before_start_is_caught_in_the_dialog(tab: PairsTab, services: Services) -> None:
    dialog = open_new(tab)
    dialog._ui.endCheck.setChecked(True)
    dialog._ui.endDateEdit.setDate(dialog._ui.startDateEdit.date().addDays(-1))
    dialog.submit()
    assert "раньше даты начала" in dialog.problem_text()
    assert "Выберите форму" in dialog.problem_text()


def _make_pair(services: Services, school: School) -> int:
    from mentor_desk.domain.records import PairDraft

    form = next(f for f in services.reference.forms() if f.name == "учитель – ученик")
    pair = services.pairs.create(
        PairDraft(form.id, school.staff[0].id, (school.pupils[0].id,), programme_for(services, False),
                  date(date.today().year - 1, 9, 1), None), accept_warnings=True)
    return pair.id


def test_close_pair(tab: PairsTab, services: Services, school: School) -> None:
    pair_id = _make_pair(services, school)
    tab.reload()
    assert tab.select_pair(pair_id)
    tab.close_pair()
    dialog = tab.dialog
    assert isinstance(dialog, ClosePairDialog)
    ui = dialog._ui
    ui.statusCombo.setCurrentIndex(ui.statusCombo.findData(PairStatus.INTERRUPTED.value))
    dialog.submit()
    assert "причину" in dialog.problem_text()
    type_text(ui.reasonEdit, "переезд семьи")
    ui.resultEdit.setPlainText("Подготовлен проект")
    dialog.submit()
    pair = services.pairs.list_pairs()[0]
    assert pair.status is PairStatus.INTERRUPTED
    assert pair.status_reason == "переезд семьи" and pair.result == "Подготовлен проект"
    assert pair.end_date == date.today()
    assert not tab.close_button.isEnabled()


def test_edit_pair_keeps_people(tab: PairsTab, services: Services, school: School) -> None:
    pair_id = _make_pair(services, school)
    tab.reload()
    tab.select_pair(pair_id)
    tab.edit_pair()
    dialog = tab.dialog
    assert isinstance(dialog, PairDialog)
    assert dialog.checked_mentee_ids() == [school.pupils[0].id]
    assert dialog._ui.mentorCombo.currentData() == school.staff[0].id
    dialog._ui.goalEdit.setPlainText("Олимпиада по математике")
    dialog.submit()
    assert services.pairs.list_pairs()[0].goal == "Олимпиада по математике"


def test_meetings_log(tab: PairsTab, services: Services, school: School, monkeypatch: pytest.MonkeyPatch) -> None:
    pair_id = _make_pair(services, school)
    tab.reload()
    tab.select_pair(pair_id)
    tab.add_meeting()
    dialog = tab.dialog
    assert isinstance(dialog, MeetingDialog)
    type_text(dialog._ui.topicEdit, "Разбор олимпиадных задач")
    dialog._ui.durationSpin.setValue(60)
    dialog._ui.nextStepsEdit.setPlainText("Решить вариант 2")
    dialog.submit()
    meetings = services.pairs.meetings(pair_id)
    assert [(m.topic, m.duration_minutes, m.next_steps) for m in meetings] == [
        ("Разбор олимпиадных задач", 60, "Решить вариант 2")]
    assert tab.meetings_model.rowCount() == 1
    tab.meetings_view.selectRow(0)
    monkeypatch.setattr(prompts, "ask_yes_no", lambda *a, **k: True)
    tab.delete_meeting()
    assert services.pairs.meetings(pair_id) == []


def test_filters(tab: PairsTab, services: Services, school: School) -> None:
    pair_id = _make_pair(services, school)
    tab.reload()
    tab.status_combo.setCurrentIndex(tab.status_combo.findData(PairStatus.COMPLETED.value))
    assert tab.proxy.rowCount() == 0
    tab.status_combo.setCurrentIndex(tab.status_combo.findData("open"))
    assert tab.proxy.rowCount() == 1
    tab.show_form("учитель – учитель")
    assert tab.proxy.rowCount() == 0
    tab.show_ids([pair_id], "Завершаются скоро")
    assert tab.proxy.rowCount() == 1


# ---- the order as PDF -------------------------------------------------------------------------


def _pdf_text(path: Path) -> str:
    from pypdf import PdfReader

    return "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)


def test_order_pdf_of_the_selected_pair_and_the_latest(qtbot: QtBot, demo_services: Services,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    from mentor_desk.domain.enums import OrderKind

    tab = PairsTab(demo_services)
    qtbot.addWidget(tab)
    tab.show()
    tab.ensure_loaded()
    orders = demo_services.orders.list_orders(OrderKind.FIX_PAIRS)
    assert orders
    first = orders[0]
    row = next(r for r in range(tab.proxy.rowCount()) if tab.proxy.record_at(r).id in first.pair_ids)
    tab.view.selectRow(row)
    assert tab.order_of_pair_action.isEnabled() and f"№ {first.number}" in tab.order_of_pair_action.text()
    opened: list[Path] = []
    monkeypatch.setattr(prompts, "open_path", lambda p: opened.append(p) or True)
    assert tab.print_order_of_selected() is None  # first the names are checked
    assert tab.orders.names_dialog is not None
    tab.orders.names_dialog.submit()
    job = tab.pdf_job
    assert job is not None
    qtbot.waitUntil(lambda: not job.running, timeout=30000)
    text = _pdf_text(job.target)
    assert opened == [job.target] and "ПРИКАЗ" in text and first.number in text
    tab.print_order(None)
    assert tab.orders.names_dialog is not None
    tab.orders.names_dialog.submit()
    latest = tab.pdf_job
    assert latest is not None and latest is not job
    qtbot.waitUntil(lambda: not latest.running, timeout=30000)
    signed = [o for o in orders if not o.is_draft and not o.cancelled]
    assert f"№ {signed[-1].number}" in _pdf_text(latest.target) and opened[-1] == latest.target


def test_order_pdf_without_orders_is_a_message(tab: PairsTab, monkeypatch: pytest.MonkeyPatch) -> None:
    errors: list[str] = []
    monkeypatch.setattr(prompts, "show_error", lambda _p, message, *a: errors.append(message))
    assert tab.print_order(None) is None
    assert errors and "нет приказа" in errors[0]
    assert not tab.order_of_pair_action.isEnabled()


def _two_pairs(services: Services, school: School) -> list[int]:
    form = next(f for f in services.reference.forms() if f.name == "учитель – учитель")
    start = services.organisation.current_year().first_day
    from mentor_desk.domain.records import PairDraft

    return [
        services.pairs.create(PairDraft(form.id, school.staff[0].id, (mentee.id,),
                                        programme_for(services, True), start, None), accept_warnings=True).id
        for mentee in school.staff[1:3]
    ]


def test_new_order_fixes_the_checked_pairs_and_opens_its_pdf(tab: PairsTab, services: Services, school: School,
                                                              qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    from mentor_desk.ui.pairs.order_dialog import OrderDialog

    ids = _two_pairs(services, school)
    tab.reload()
    tab.new_order()
    dialog = tab.dialog
    assert isinstance(dialog, OrderDialog)
    assert dialog.pairs_model.checked_ids() == ids  # pairs without an order are offered checked
    dialog.submit()
    assert dialog.isVisible() and "номер приказа" in dialog.problem_text()
    type_text(dialog._ui.numberEdit, "17-о")
    dialog.pairs_model.set_checked(ids[1], False)
    opened: list[Path] = []
    monkeypatch.setattr(prompts, "ask_yes_no", lambda *_a: True)
    monkeypatch.setattr(prompts, "open_path", lambda p: opened.append(p) or True)
    dialog.submit()
    assert not dialog.isVisible(), dialog.problem_text()
    order = services.orders.list_orders()[-1]
    assert order.number == "17-о" and order.pair_ids == (ids[0],)
    assert services.pairs.get(ids[0]).order is not None and services.pairs.get(ids[1]).order is None
    assert tab.orders.names_dialog is not None  # «Открыть в PDF?» — yes: the names are checked first
    tab.orders.names_dialog.submit()
    job = tab.pdf_job
    assert job is not None
    qtbot.waitUntil(lambda: not job.running, timeout=30000)
    assert opened == [job.target] and "17-о" in _pdf_text(job.target)
    assert tab.select_pair(ids[0]) and tab.order_of_pair_action.isEnabled()
