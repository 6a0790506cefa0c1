"""Qt's own dialogs speak Russian and every date field shows ДД.ММ.ГГГГ."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import (
    QApplication,
    QDateEdit,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QPushButton,
)
from pytestqt.qtbot import QtBot

from mentor_desk.services.container import Services
from mentor_desk.ui.application import install_translators
from mentor_desk.ui.common import prompts
from mentor_desk.ui.main_window import MainWindow
from tests.ui.test_screen_fit import _dialogs


@pytest.fixture
def russian(qapp: QApplication) -> Iterator[None]:
    translators = install_translators(qapp)
    assert translators, "qtbase_ru is shipped with PySide6"
    yield
    for translator in translators:
        qapp.removeTranslator(translator)


@pytest.mark.parametrize("save", [False, True])
def test_the_file_dialog_is_russian(russian: None, qtbot: QtBot, tmp_path: Path, save: bool) -> None:
    dialog = prompts.file_dialog(None, "Сохранить реестр" if save else "Открыть базу",
                                 "Книга Excel (*.xlsx);;Все файлы (*)", save=save, start=str(tmp_path))
    qtbot.addWidget(dialog)
    assert dialog.testOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.show()
    assert dialog.labelText(QFileDialog.DialogLabel.Accept) == ("Сохранить" if save else "Открыть")
    assert dialog.labelText(QFileDialog.DialogLabel.Reject) == "Отмена"
    assert dialog.labelText(QFileDialog.DialogLabel.FileName) == "Имя файла:"
    texts = [w.text() for w in dialog.findChildren(QLabel) + dialog.findChildren(QPushButton) if w.isVisibleTo(dialog)]
    latin = [t for t in texts if t.replace("&", "").strip() and t.replace("&", "").isascii()]
    assert latin == [], latin  # no English label or button is left
    dialog.reject()


def test_message_box_buttons_are_russian(russian: None, qtbot: QtBot) -> None:
    box = QMessageBox(QMessageBox.Icon.Question, "Подтверждение", "Удалить?",
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    qtbot.addWidget(box)
    texts = {box.button(b).text().replace("&", "") for b in (QMessageBox.StandardButton.Yes,
                                                               QMessageBox.StandardButton.No)}
    assert texts == {"Да", "Нет"}
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel | QDialogButtonBox.StandardButton.Close)
    qtbot.addWidget(buttons)
    assert {b.text().replace("&", "") for b in buttons.buttons()} == {"Отмена", "Закрыть"}


def test_every_date_field_shows_day_month_year(russian: None, qtbot: QtBot, demo_services: Services,
                                               demo_path: Path) -> None:
    window = MainWindow(demo_services, demo_path)
    qtbot.addWidget(window)
    window.show()
    seen = 0
    for name, opener in _dialogs(window):
        dialog = opener()
        assert dialog is not None
        for edit in dialog.findChildren(QDateEdit):
            assert edit.displayFormat() == "dd.MM.yyyy", (name, edit.objectName())
            edit.setDate(date(2026, 3, 5))
            shown = edit.date()  # a field with a minimum date (a pair's start) keeps its minimum
            assert edit.text() == f"{shown.day():02d}.{shown.month():02d}.{shown.year()}", (name, edit.objectName())
            seen += 1
        dialog.close()
    assert seen >= 6
