"""The main window: title, tabs, overview links, shortcuts, menus, remembered state, settings, errors."""

from __future__ import annotations

import logging
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from mentor_desk.domain.records import PairDraft
from mentor_desk.services.container import Services
from mentor_desk.services.reference import Catalogue
from mentor_desk.ui.common import prompts
from mentor_desk.ui.common.error_dialog import ErrorDialog, ExceptionHook
from mentor_desk.ui.main_window import MainWindow
from mentor_desk.ui.people.person_dialog import PersonDialog
from mentor_desk.ui.school.organisation_dialog import OrganisationDialog
from mentor_desk.ui.school.reference_dialog import ReferenceDialog
from tests.ui.conftest import School


@pytest.fixture
def window(qtbot: QtBot, services: Services, school: School, db_path: Path) -> MainWindow:
    win = MainWindow(services, db_path)
    qtbot.addWidget(win)
    win.show()
    return win


def test_title_and_tabs(window: MainWindow, services: Services) -> None:
    assert window.windowTitle() == f"Mentor Desk — {services.organisation.get().short_name}"
    titles = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert titles == ["Обзор", "Участники", "Пары и группы", "ИОМ", "Отчёты", "Сроки", "Мониторинг"]
    menus = [a.text().replace("&", "") for a in window.menuBar().actions()]
    assert menus == ["Файл", "Правка", "Справочники", "Отчёты", "Настройки", "Учебный год", "Справка"]


def test_overview_links_open_filtered_lists(window: MainWindow, services: Services, school: School) -> None:
    form = next(f for f in services.reference.forms() if f.name == "учитель – ученик")
    pair = services.pairs.create(PairDraft(form.id, school.staff[0].id, (school.pupils[0].id,),
                                           services.reference.programmes()[2].id, date.today() - timedelta(days=200),
                                           date.today() + timedelta(days=10)), accept_warnings=True)
    window.reload_all()
    ov = window.overview_tab
    assert ov.young_button.text() == "Молодые специалисты без наставника: 2"
    ov.young_button.click()
    assert window.tabs.currentWidget() is window.people_tab
    assert window.people_tab.proxy.rowCount() == 2
    ov.ending_button.click()
    assert window.tabs.currentWidget() is window.pairs_tab
    assert window.pairs_tab.proxy.rowCount() == 1
    assert window.pairs_tab.proxy.record_at(0).id == pair.id
    ov.consent_button.click()
    assert window.people_tab.proxy.rowCount() == len(services.reports.overview().people_without_consent)
    button = next(b for b in ov.form_buttons if b.text().startswith("учитель – ученик"))
    assert button.text() == "учитель – ученик: 1"
    button.click()
    assert window.tabs.currentWidget() is window.pairs_tab and window.pairs_tab.proxy.rowCount() == 1


def test_keyboard_new_item_and_search(window: MainWindow, qtbot: QtBot) -> None:
    window.tabs.setCurrentWidget(window.people_tab)
    window.activateWindow()
    new_action = next(a for m in window.menuBar().actions() for a in m.menu().actions()
                      if a.shortcut() == QKeySequence(QKeySequence.StandardKey.New))
    new_action.trigger()
    assert isinstance(window.people_tab.dialog, PersonDialog)
    window.people_tab.dialog.reject()
    find_action = next(a for m in window.menuBar().actions() for a in m.menu().actions()
                       if a.shortcut() == QKeySequence(QKeySequence.StandardKey.Find))
    find_action.trigger()
    assert window.people_tab.search_edit.hasFocus() or QApplication.focusWidget() is window.people_tab.search_edit


def test_ctrl_digit_switches_tabs(window: MainWindow) -> None:
    actions = {a.shortcut().toString(): a for m in window.menuBar().actions() for a in m.menu().actions()}
    actions["Ctrl+4"].trigger()
    assert window.tabs.currentWidget() is window.iom_tab
    actions["Ctrl+2"].trigger()
    assert window.tabs.currentWidget() is window.people_tab


def test_every_menu_and_button_mnemonic_is_unique_per_context(window: MainWindow) -> None:
    import re

    from PySide6.QtWidgets import QPushButton

    def letter(text: str) -> str | None:
        found = re.search(r"&(\w)", text)
        return found.group(1).lower() if found else None

    menu_letters = [letter(a.text()) for a in window.menuBar().actions()]
    assert len(set(menu_letters)) == len(menu_letters)
    for i in range(window.tabs.count()):
        window.tabs.setCurrentIndex(i)  # tabs are made when first shown
        tab = window.tabs.widget(i)
        assert tab is not None
        letters = [letter(b.text()) for b in tab.findChildren(QPushButton) if letter(b.text())]
        clashes = set(letters) & set(menu_letters)
        assert not clashes, (window.tabs.tabText(i), clashes)
        assert len(set(letters)) == len(letters), (window.tabs.tabText(i), letters)


def test_enter_edits_and_delete_archives(window: MainWindow, qtbot: QtBot, services: Services, school: School,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    tab = window.people_tab
    window.tabs.setCurrentWidget(tab)
    tab.select_person(school.pupils[2].id)
    tab.view.setFocus()
    qtbot.keyClick(tab.view, Qt.Key.Key_Return)
    assert isinstance(tab.dialog, PersonDialog)
    tab.dialog.reject()
    monkeypatch.setattr(prompts, "ask_yes_no", lambda *a, **k: True)
    qtbot.keyClick(tab.view, Qt.Key.Key_Delete)
    assert services.people.get(school.pupils[2].id).archived


def test_state_is_remembered(qtbot: QtBot, services: Services, school: School, db_path: Path) -> None:
    first = MainWindow(services, db_path)
    qtbot.addWidget(first)
    first.show()
    first.resize(1111, 777)
    first.tabs.setCurrentIndex(3)
    first.people_tab.view.horizontalHeader().resizeSection(0, 333)
    first.close()
    assert QSettings().value("window/tab") in (3, "3")
    second = MainWindow(services, db_path)
    qtbot.addWidget(second)
    assert second.tabs.currentIndex() == 3
    assert second.people_tab.view.horizontalHeader().sectionSize(0) == 333


def test_organisation_settings(window: MainWindow, services: Services) -> None:
    window.edit_organisation()
    dialog = window.dialog
    assert isinstance(dialog, OrganisationDialog)
    dialog._ui.shortNameEdit.setText("Школа № 7")
    dialog._ui.directorNameEdit.setText("А.Б. Кузнецова")
    next_year = services.organisation.current_year().start + 1
    dialog._ui.schoolYearCombo.setCurrentText(f"{next_year}/{next_year + 1}")
    dialog.submit()
    org = services.organisation.get()
    assert org.short_name == "Школа № 7" and org.director_name == "А.Б. Кузнецова"
    assert org.current_year == f"{next_year}/{next_year + 1}"
    assert window.windowTitle() == "Mentor Desk — Школа № 7"


def test_reference_editor(window: MainWindow, services: Services) -> None:
    window.edit_reference("product_types")
    dialog = window.dialog
    assert isinstance(dialog, ReferenceDialog)
    dialog.new_entry()
    dialog._ui.nameEdit.setText("Видеозапись урока")
    dialog.submit()
    assert "Видеозапись урока" in [i.name for i in services.reference.items(Catalogue.PRODUCT_TYPES)]
    dialog._ui.catalogueCombo.setCurrentIndex(dialog._ui.catalogueCombo.findData("forms"))
    dialog.new_entry()
    dialog._ui.nameEdit.setText("студент – студент")
    dialog._ui.mentorKindCombo.setCurrentIndex(dialog._ui.mentorKindCombo.findData("student"))
    dialog._ui.menteeKindCombo.setCurrentIndex(dialog._ui.menteeKindCombo.findData("student"))
    dialog.submit()
    assert "студент – студент" in [f.name for f in services.reference.forms()]
    dialog.new_entry()
    dialog._ui.nameEdit.setText("студент – студент")
    dialog.submit()
    assert "уже есть" in dialog.problem_text()


def test_save_copy(window: MainWindow, services: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from mentor_desk.db.backup import inspect_backup

    target = tmp_path / "флешка" / "копия"
    target.parent.mkdir()
    infos: list[str] = []
    monkeypatch.setattr(prompts, "save_file", lambda *a, **k: target)
    monkeypatch.setattr(prompts, "show_info", lambda _p, message, *a: infos.append(message))
    window.save_copy()
    saved = target.with_name("копия.zip")
    assert saved.exists() and infos and "проверена" in infos[0]
    assert inspect_backup(saved).counts["people"] == len(services.people.list_people())


def test_file_menu_has_a_place_for_backup_actions(window: MainWindow) -> None:
    from PySide6.QtGui import QAction

    action = QAction("Резервные копии…", window)
    window.add_file_actions([action])
    texts = [a.text().replace("&", "") for a in window.file_menu.actions() if not a.isSeparator()]
    assert texts.index("Резервные копии…") == texts.index("Выход") - 1


def test_unhandled_error_is_logged_and_shown(qtbot: QtBot, caplog: pytest.LogCaptureFixture) -> None:
    hook = ExceptionHook()
    try:
        raise ValueError("что-то сломалось")
    except ValueError:
        exc_type, exc, tb = sys.exc_info()
    with caplog.at_level(logging.ERROR, logger="mentor_desk.ui"):
        hook(exc_type, exc, tb)  # type: ignore[arg-type]
    assert "что-то сломалось" in caplog.text
    assert len(hook.dialogs) == 1
    dialog = hook.dialogs[0]
    qtbot.addWidget(dialog)
    assert isinstance(dialog, ErrorDialog) and dialog.isVisible()
    assert "ValueError" in dialog.details() and "Mentor Desk" in dialog.details()
    dialog._ui.copyButton.click()
    assert "что-то сломалось" in QApplication.clipboard().text()
    dialog.reject()


def test_about_names_versions_and_log_folder(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(prompts, "show_about", lambda _p, _title, text: shown.append(text))
    window.about()
    assert shown and "PySide6" in shown[0] and "Python" in shown[0] and "Журнал" in shown[0]
