"""The «Отчёты» tab: the HTML summary made off the GUI thread, cancel, errors, open afterwards."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from mentor_desk.domain.records import PairDraft
from mentor_desk.services.container import Services
from mentor_desk.ui import prompts
from mentor_desk.ui.background import CancelFlag, ProgressCallback
from mentor_desk.ui.reports_registry import SUMMARY_HTML, ReportSpec, build_registry, gather_summary
from mentor_desk.ui.reports_tab import ReportsTab
from tests.ui.conftest import School


@pytest.fixture
def tab(qtbot: QtBot, services: Services, school: School) -> ReportsTab:
    widget = ReportsTab(services)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_registry_lists_the_html_summary() -> None:
    specs = build_registry()
    assert SUMMARY_HTML in specs
    assert all(s.title and s.description and s.file_filter and s.suffix.startswith(".") for s in specs)


def test_summary_saved_in_background(tab: ReportsTab, services: Services, school: School, tmp_path: Path,
                                     qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    form = next(f for f in services.reference.forms() if f.name == "учитель – учитель")
    services.pairs.create(PairDraft(form.id, school.staff[0].id, (school.staff[1].id,),
                                    services.reference.programmes()[0].id, services.organisation.current_year()
                                    .first_day, None), accept_warnings=True)
    target = tmp_path / "сводка"
    asked: list[Path] = []

    def pick(_parent: object, _caption: str, suggested: Path, _filter: str) -> Path:
        asked.append(suggested)
        return target

    monkeypatch.setattr(prompts, "save_file", pick)
    tab.list.setCurrentRow(0)
    assert tab.title_label.text() == "Сводка по наставничеству (HTML)"
    tab.set_param("school_year", services.organisation.current_year().title)
    tab.save_as()
    task = tab.task
    assert task is not None
    # the tab's own finished handler clears tab.task (connected before the task started)
    qtbot.waitUntil(lambda: tab.task is None, timeout=20000)
    out = target.with_name("сводка.html")
    assert asked[0].name.startswith("Сводка по наставничеству")
    assert out.exists() and tab.last_output == out
    html = out.read_text(encoding="utf-8")
    assert "учитель – учитель" in html and "Молодых специалистов" in html
    assert tab.open_button.isEnabled() and tab.folder_button.isEnabled()
    opened: list[Path] = []
    monkeypatch.setattr(prompts, "open_path", lambda p: opened.append(p) or True)
    tab.open_output()
    assert opened == [out]


def test_cancel_leaves_no_file(tab: ReportsTab, tmp_path: Path, qtbot: QtBot) -> None:
    started = threading.Event()

    def slow(services: Services, params: dict[str, Any], target: Path, progress: ProgressCallback,
             cancel: CancelFlag) -> None:
        started.set()
        for step in range(200):
            progress(step, 200, "работаю")
            cancel.check()
            threading.Event().wait(0.01)
        target.write_text("не должно появиться", encoding="utf-8")

    spec = ReportSpec("slow", "Медленный", "для проверки отмены", "Текст (*.txt)", ".txt", slow)
    target = tmp_path / "out.txt"
    tab.start(spec, {}, target)
    assert started.wait(10)
    assert tab.progress_dialog is not None
    from PySide6.QtWidgets import QPushButton

    cancel_button = tab.progress_dialog.findChild(QPushButton)
    assert cancel_button is not None and cancel_button.text() == "Отмена"
    cancel_button.click()
    qtbot.waitUntil(lambda: tab.task is None, timeout=10000)
    assert not target.exists()
    assert "Отменено" in tab.result_label.text()
    assert not tab.open_button.isEnabled()


def test_failure_is_shown_not_raised(tab: ReportsTab, tmp_path: Path, qtbot: QtBot,
                                     monkeypatch: pytest.MonkeyPatch) -> None:
    errors: list[str] = []
    monkeypatch.setattr(prompts, "show_error", lambda _p, message, *a: errors.append(message))

    def broken(*_args: object) -> None:
        raise RuntimeError("диск отключён")

    spec = ReportSpec("broken", "Сломанный", "для проверки ошибок", "Текст (*.txt)", ".txt", broken)
    tab.start(spec, {}, tmp_path / "x.txt")
    qtbot.waitUntil(lambda: bool(errors), timeout=10000)
    assert "диск отключён" in errors[0]
    assert tab.save_button.isEnabled() or tab.task is None


def test_gather_summary_counts(services: Services, school: School) -> None:
    data = gather_summary(services, None)
    counts = dict(data.people_by_kind)
    assert counts["Педагоги и сотрудники"] == 3 and counts["Обучающиеся"] == 4
    assert data.young_specialists == 2 and data.young_with_mentor == 0
    assert data.people_without_consent == 8
