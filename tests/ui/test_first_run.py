"""A first run that leads: the first-run form on the Overview, hints in empty tables, the manual."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSize
from pytestqt.qtbot import QtBot

from mentor_desk.services.container import Services
from mentor_desk.ui.common.settings import app_settings
from mentor_desk.ui.main_window import MainWindow
from tests.ui.helpers import type_text
from tests.ui.test_screen_fit import TASKBAR, outside


@pytest.fixture
def new_window(qtbot: QtBot, services: Services, db_path: Path) -> MainWindow:
    app_settings().setValue("window/tab", 2)  # whatever tab was open last time
    win = MainWindow(services, db_path)
    qtbot.addWidget(win)
    win.show()
    return win


def test_a_new_database_opens_on_the_first_run_form(new_window: MainWindow, services: Services) -> None:
    window = new_window
    assert window.tabs.currentWidget() is window.overview_tab
    panel = window.overview_tab.first_run
    assert panel.isVisible()
    panel.save_button.click()  # nothing typed: told what is missing, nothing saved
    assert "полное наименование" in panel.error_label.text()
    assert services.organisation.needs_setup()

    type_text(panel.full_name_edit, "Муниципальное бюджетное общеобразовательное учреждение «Школа № 7»")
    type_text(panel.short_name_edit, "МБОУ Школа № 7")
    type_text(panel.director_edit, "Кленова Дарья Петровна")
    type_text(panel.curator_edit, "Соснова Инна Юрьевна")
    next_year = panel.year_combo.itemData(2)
    panel.year_combo.setCurrentIndex(2)
    panel.save_button.click()

    org = services.organisation.get()
    assert org.full_name == "Муниципальное бюджетное общеобразовательное учреждение «Школа № 7»"
    assert org.short_name == "МБОУ Школа № 7" and org.director_name == "Кленова Дарья Петровна"
    assert org.coordinator_name == "Соснова Инна Юрьевна" and org.current_year == next_year
    assert not services.organisation.needs_setup()
    assert not panel.isVisible()
    assert window.windowTitle() == "Mentor Desk — МБОУ Школа № 7"
    assert window.overview_tab.heading.text() == f"МБОУ Школа № 7: {next_year} учебный год"


def test_a_configured_school_opens_where_it_was_left(qtbot: QtBot, demo_services: Services,
                                                     demo_path: Path) -> None:
    app_settings().setValue("window/tab", 2)
    window = MainWindow(demo_services, demo_path)
    qtbot.addWidget(window)
    window.show()
    assert window.tabs.currentIndex() == 2
    assert not window.overview_tab.first_run.isVisible()


@pytest.mark.parametrize("screen", [QSize(1366, 768), QSize(1280, 720)], ids=["1366x768", "1280x720"])
def test_the_first_run_form_fits_a_laptop_screen(new_window: MainWindow, screen: QSize) -> None:
    new_window.resize(screen.width(), screen.height() - TASKBAR)
    assert new_window.minimumSizeHint().height() <= screen.height() - TASKBAR
    assert outside(new_window) == []


def test_empty_tables_say_what_to_do_next(new_window: MainWindow) -> None:
    window = new_window
    for tab, words in ((window.people_tab, "Загрузить"), (window.pairs_tab, "Создать"),
                       (window.iom_tab, "Новый ИОМ")):
        window.tabs.setCurrentWidget(tab)
        view = tab.list_view if tab is window.iom_tab else tab.view
        assert words in view.empty_text(), view.empty_text()
    people = window.people_tab
    window.tabs.setCurrentWidget(people)
    people.search_edit.setText("zzz")  # rows hidden by the search: a different hint
    assert "Ничего не найдено" in people.view.empty_text() or people.model.rowCount() == 0


def test_help_opens_the_russian_manual_shipped_with_the_app(new_window: MainWindow, qtbot: QtBot) -> None:
    from PySide6.QtCore import QUrl

    action = next(a for m in new_window.menuBar().actions() for a in m.menu().actions()
                  if a.text().replace("&", "") == "Руководство куратора")
    action.trigger()
    help_window = new_window.help_window
    assert help_window.isVisible()
    assert help_window.page_title() == "Руководство куратора"
    assert "Первый запуск" in help_window.text()
    help_window.browser.setSource(QUrl("iom.html"))  # a link of the contents
    assert "МП" in help_window.text() and "молодой педагог" in help_window.text()
    help_window.browser.backward()
    assert help_window.page_title() == "Руководство куратора"
    help_window.close()


def test_every_manual_page_is_linked_and_its_links_resolve() -> None:
    import re

    from mentor_desk.resources import resource_path

    folder = resource_path("help")
    pages = {p.name for p in folder.glob("*.html")}
    index = (folder / "index.html").read_text(encoding="utf-8")
    assert pages - {"index.html"} <= set(re.findall(r'href="([^"#]+)"', index))
    for page in pages:
        for target in re.findall(r'href="([^"#:]+)"', (folder / page).read_text(encoding="utf-8")):
            assert target in pages, (page, target)
