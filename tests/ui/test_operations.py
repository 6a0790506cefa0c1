"""The operation runner: a change shows its refusal in the dialog, closes it on success, refreshes the tabs."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from mentor_desk.domain.records import IomDraft
from mentor_desk.errors import UserError
from mentor_desk.services.container import Services
from mentor_desk.ui.common import prompts
from mentor_desk.ui.common.operations import Change, Operation
from mentor_desk.ui.main_window import MainWindow
from mentor_desk.ui.people.person_dialog import PersonDialog
from tests.ui.conftest import School
from tests.ui.helpers import type_text


@pytest.fixture
def window(qtbot: QtBot, services: Services, school: School, db_path: Path) -> MainWindow:
    win = MainWindow(services, db_path)
    qtbot.addWidget(win)
    win.show()
    return win


def test_a_saved_person_refreshes_the_other_tabs_through_one_signal(window: MainWindow, services: Services,
                                                                   qtbot: QtBot) -> None:
    window.tabs.setCurrentWidget(window.people_tab)
    window.pairs_tab.ensure_loaded()
    assert not window.pairs_tab._stale
    seen: list[tuple[Change, object]] = []
    window.changes_made.connect(lambda changes, source: seen.append((changes, source)))
    window.people_tab.add_person()
    dialog = window.people_tab.dialog
    assert isinstance(dialog, PersonDialog)
    type_text(dialog._ui.lastNameEdit, "Ягодкина")
    type_text(dialog._ui.firstNameEdit, "Алла")
    dialog.submit()
    assert not dialog.isVisible() and window.people_tab.dialog is None
    assert seen == [(Change.PEOPLE, window.people_tab)]
    assert window.pairs_tab._stale  # hidden: reloads when shown
    assert any(p.last_name == "Ягодкина" for p in services.people.list_people())
    assert window.people_tab.selected() is not None and window.people_tab.selected().last_name == "Ягодкина"


def test_a_refused_change_stays_in_its_dialog_and_announces_nothing(window: MainWindow, qtbot: QtBot) -> None:
    seen: list[object] = []
    window.changes_made.connect(lambda *args: seen.append(args))
    window.tabs.setCurrentWidget(window.people_tab)
    window.people_tab.add_person()
    dialog = window.people_tab.dialog
    assert isinstance(dialog, PersonDialog)

    def refuse() -> None:
        raise UserError("Такой участник уже есть.")

    assert Operation(window.people_tab, refuse, Change.PEOPLE).in_dialog(dialog).run() is None
    assert dialog.isVisible() and dialog.problem_text() == "Такой участник уже есть."
    assert seen == []
    dialog.reject()


def test_a_change_without_a_dialog_shows_a_message(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(prompts, "show_error", lambda _parent, message, *_a: shown.append(message))

    def refuse() -> None:
        raise UserError("Нельзя.")

    Operation(window.pairs_tab, refuse, Change.PAIRS).run()
    assert shown == ["Нельзя."]


def test_the_visible_tab_reloads_after_a_change_made_elsewhere(window: MainWindow, services: Services,
                                                              school: School) -> None:
    window.tabs.setCurrentWidget(window.iom_tab)
    assert window.iom_tab.list_proxy.rowCount() == 0
    iom = services.roadmaps.create(IomDraft(mentee_id=school.staff[1].id,
                                            school_year=services.organisation.current_year().title))
    elsewhere = QWidget(window)  # e.g. a dialog of another area that changed ИОМ
    Operation(elsewhere, lambda: iom, Change.IOM).run()
    assert window.iom_tab.list_proxy.rowCount() == 1
    # a change of an area the tab does not watch leaves it alone
    start = services.organisation.current_year().start + 1
    services.organisation.ensure_year(f"{start}/{start + 1}")
    services.roadmaps.create(IomDraft(mentee_id=school.staff[1].id, school_year=f"{start}/{start + 1}"))
    window.iom_tab.year_combo.setCurrentIndex(0)  # all years
    Operation(elsewhere, lambda: None, Change.MEETINGS).run()
    assert window.iom_tab.list_model.rowCount() == 1
    Operation(elsewhere, lambda: None, Change.IOM).run()
    assert window.iom_tab.list_model.rowCount() == 2
