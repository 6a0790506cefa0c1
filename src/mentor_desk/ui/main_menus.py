"""The main window's menus: every action, its shortcut and the window slot it calls."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QWidget

from mentor_desk.paths import log_dir
from mentor_desk.ui.common import prompts

if TYPE_CHECKING:
    from mentor_desk.ui.main_window import MainWindow


def build_menus(window: MainWindow) -> tuple[QMenu, QAction]:
    """The menu bar of `window`; returns the «Файл» menu and the separator above «Выход»."""
    bar = window.menuBar()
    file_menu = bar.addMenu("&Файл")
    add_action(window, file_menu, "&Новая база…", window.new_database)
    add_action(window, file_menu, "&Открыть базу…", window.open_database, QKeySequence.StandardKey.Open)
    add_action(window, file_menu, "&Демо-школа", window.demo_requested.emit)
    add_action(window, file_menu, "Подключиться к се&рверу…", window.connect_to_server)
    file_menu.addSeparator()
    add_action(window, file_menu, "&Сохранить копию базы…", window.save_copy)
    # Data-safety actions (backups, restore) go between these separators: add_file_actions().
    file_menu.addSeparator()
    exit_separator = file_menu.addSeparator()
    add_action(window, file_menu, "&Выход", window.close, QKeySequence.StandardKey.Quit)

    edit = bar.addMenu("&Правка")
    add_action(window, edit, "&Создать в текущей вкладке", window.new_item, QKeySequence.StandardKey.New)
    add_action(window, edit, "&Найти", window.focus_search, QKeySequence.StandardKey.Find)
    add_action(window, edit, "&Обновить данные", window.reload_all, QKeySequence.StandardKey.Refresh)
    edit.addSeparator()
    for i in range(5):
        add_action(window, edit, f"Вкладка «{window.tabs.tabText(i)}»", lambda _c=False, n=i: window.tabs.setCurrentIndex(n),
                     QKeySequence(f"Ctrl+{i + 1}"))

    ref = bar.addMenu("&Справочники")
    for title, key in (
        ("&Формы наставничества…", "forms"),
        ("&Виды наставничества…", "types"),
        ("&Ролевые модели…", "role_models"),
        ("&Программы наставничества…", "programmes"),
        ("&Типы продуктов…", "product_types"),
        ("&Направления ИОМ…", "directions"),
    ):
        add_action(window, ref, title, lambda _c=False, k=key: window.edit_reference(k))
    ref.addSeparator()
    add_action(window, ref, "&Шаблоны документов…", window.edit_templates)

    reports = bar.addMenu("Отчёт&ы")  # the other letters are taken by the tabs' buttons
    add_action(window, reports, "Раздел сайта «&Наставничество»…", window.publish_site)

    settings = bar.addMenu("&Настройки")
    add_action(window, settings, "&Реквизиты школы и учебный год…", window.edit_organisation)

    help_menu = bar.addMenu("Спр&авка")
    add_action(window, help_menu, "&Руководство куратора", window.open_help, QKeySequence.StandardKey.HelpContents)
    add_action(window, help_menu, "&О программе", window.about)
    add_action(window, help_menu, "Открыть папку &журнала", lambda: prompts.open_path(log_dir()))
    return file_menu, exit_separator


def add_action(
    window: QWidget, menu: QMenu, text: str, slot: Callable[..., object],
    shortcut: QKeySequence | QKeySequence.StandardKey | None = None,
) -> QAction:
    action = QAction(text, window)
    if shortcut is not None:
        action.setShortcut(shortcut)
    action.triggered.connect(slot)
    menu.addAction(action)
    return action
