"""Справочники → «Шаблоны документов» and Отчёты → «Раздел сайта»: driven through real widgets."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from mentor_desk.services.container import Services
from mentor_desk.ui.common import prompts
from mentor_desk.ui.reports.site_dialog import open_site_dialog
from mentor_desk.ui.school.templates_dialog import TemplatesDialog
from tests.services.site_school import build_site_school
from tests.services.test_templates import CONTROL, reworded


def test_a_template_is_opened_in_word_loaded_back_refused_when_broken_and_reset(
    services: Services, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[Path] = []
    monkeypatch.setattr(prompts, "open_path", lambda path: opened.append(path) or True)
    dialog = TemplatesDialog(services)
    qtbot.addWidget(dialog)
    titles = [dialog._ui.templatesList.item(i).text() for i in range(dialog._ui.templatesList.count())]
    assert "Приказ о закреплении наставнических пар" in titles and "Положение о наставничестве" in titles
    dialog._ui.templatesList.setCurrentRow(titles.index("Приказ о закреплении наставнических пар"))
    assert "{{ order_number }} — номер приказа" in dialog._ui.fieldsView.toPlainText()
    assert not dialog._ui.resetButton.isEnabled()

    qtbot.mouseClick(dialog._ui.openButton, qtbot_left())
    assert len(opened) == 1 and opened[0].suffix == ".docx"
    # The coordinator edits the copy in Word and saves it.
    opened[0].write_bytes(reworded(opened[0].read_bytes(), CONTROL, "Контроль оставляю за собой."))
    monkeypatch.setattr(prompts, "open_file", lambda *args, **kwargs: opened[0])
    qtbot.mouseClick(dialog._ui.loadButton, qtbot_left())
    assert not dialog._ui.errorLabel.isVisible() or not dialog._ui.errorLabel.text()
    assert "изменён школой" in dialog._ui.templatesList.currentItem().text()
    assert b"\xd0\x9a" in services.templates.current("order_fix_pairs")  # the school's bytes are stored
    school_bytes = services.templates.current("order_fix_pairs")

    broken = tmp_path / "сломанный.docx"
    broken.write_bytes(reworded(school_bytes, "Контроль оставляю за собой.", "{{ salary }}"))
    monkeypatch.setattr(prompts, "open_file", lambda *args, **kwargs: broken)
    qtbot.mouseClick(dialog._ui.loadButton, qtbot_left())
    assert "неизвестное поле «salary»" in dialog._ui.errorLabel.text()
    assert services.templates.current("order_fix_pairs") == school_bytes

    monkeypatch.setattr(prompts, "ask_yes_no", lambda *args, **kwargs: True)
    qtbot.mouseClick(dialog._ui.resetButton, qtbot_left())
    assert "изменён школой" not in dialog._ui.templatesList.currentItem().text()
    assert not next(t for t in services.templates.list_templates() if t.kind == "order_fix_pairs").customised


def qtbot_left() -> object:
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton


def test_the_site_dialog_writes_the_folder_and_reports_a_missing_consent(
    services: Services, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    school = build_site_school(services)
    monkeypatch.setattr(prompts, "ask_yes_no", lambda *args, **kwargs: False)
    from PySide6.QtWidgets import QWidget

    window = QWidget()
    qtbot.addWidget(window)
    dialog = open_site_dialog(services, window)
    assert "наставников в базе (с согласием на публикацию) — 2" in dialog._ui.summaryLabel.text()
    target = tmp_path / "сайт"
    accepted: list[bool] = []
    dialog.accepted.connect(lambda: accepted.append(True))
    dialog._ui.folderEdit.setText(str(target))
    dialog._ui.buttonBox.button(dialog._ui.buttonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: dialog.job.finished, timeout=120_000)
    assert (target / "index.html").is_file()
    assert accepted == [True]  # the dialog closed itself once the folder was written

    services.people.withdraw_consent(school.curator_consent, date.today())
    again = open_site_dialog(services, window)
    assert "нет согласия на публикацию ФИО" in again._ui.errorLabel.text()
    again._ui.folderEdit.setText(str(tmp_path / "второй"))
    again._ui.buttonBox.button(again._ui.buttonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: again.job.finished, timeout=120_000)
    assert "Раздел сайта не записан" in again._ui.errorLabel.text()
    assert not (tmp_path / "второй").exists()
    again.close()


def test_save_as_offers_word_and_writes_docx_from_the_iom_and_pairs_tabs(
    qtbot: QtBot, demo_services: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from mentor_desk.ui.iom.iom_tab import IomTab
    from mentor_desk.ui.pairs.pairs_tab import PairsTab
    from tests.exports.docx.textcheck import docx_text

    filters: list[str] = []

    def save_file(_parent: object, _title: str, _suggested: Path, file_filter: str) -> Path:
        filters.append(file_filter)
        return tmp_path / f"документ{len(filters)}.docx"

    monkeypatch.setattr(prompts, "save_file", save_file)
    monkeypatch.setattr(prompts, "open_path", lambda p: pytest.fail("a saved file is not opened"))
    iom_tab = IomTab(demo_services)
    qtbot.addWidget(iom_tab)
    iom_tab.ensure_loaded()
    iom_tab.list_view.selectRow(0)
    job = iom_tab.print_iom(blank=False, save_as=True)
    assert job is not None
    qtbot.waitUntil(lambda: not job.running, timeout=60000)
    assert "Документ Word для правки (*.docx)" in filters[0]
    assert "ИНДИВИДУАЛЬНЫЙ ОБРАЗОВАТЕЛЬНЫЙ МАРШРУТ" in docx_text(tmp_path / "документ1.docx")

    pairs_tab = PairsTab(demo_services)
    qtbot.addWidget(pairs_tab)
    pairs_tab.ensure_loaded()
    assert pairs_tab.print_order(None, save_as=True) is None  # the names in their cases are checked first
    names = pairs_tab.orders.names_dialog
    assert names is not None
    names.submit()
    order_job = pairs_tab.pdf_job
    assert order_job is not None
    qtbot.waitUntil(lambda: not order_job.running, timeout=60000)
    assert "ПРИКАЗ" in docx_text(tmp_path / "документ2.docx")
