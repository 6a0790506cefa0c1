"""Long work can be left: closing during an export asks, cancels and leaves no half-written file."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QThreadPool
from pytestqt.qtbot import QtBot

from mentor_desk.services.container import Services
from mentor_desk.ui.common import prompts
from mentor_desk.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot: QtBot, demo_services: Services, demo_path: Path) -> MainWindow:
    win = MainWindow(demo_services, demo_path)
    qtbot.addWidget(win)
    win.show()
    return win


def test_closing_during_an_export_asks_and_cancels(window: MainWindow, tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    tab = window.reports_tab
    window.tabs.setCurrentWidget(tab)
    spec = tab.select_report("register_people")
    out = tmp_path / "выгрузка"
    out.mkdir()
    target = out / "участники.xlsx"
    questions: list[str] = []
    answer = {"value": False}
    monkeypatch.setattr(prompts, "ask_yes_no", lambda _p, q, *_a: questions.append(q) or answer["value"])
    task = tab.start(spec, tab.params(), target)
    # the export has not reported its end to the window yet: it is running for the window
    assert window.running_exports() == [task]
    window.close()
    assert questions and "Прервать выгрузку" in questions[0]
    assert window.isVisible()  # «Нет»: the export goes on, the window stays
    answer["value"] = True
    window.close()
    assert not window.isVisible()
    assert task.cancel_flag.is_set
    QThreadPool.globalInstance().waitForDone(30_000)
    leftovers = [p.name for p in out.iterdir() if p.name != target.name]
    assert leftovers == []  # no temporary file is left beside the target


def test_nothing_running_closes_without_asking(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(prompts, "ask_yes_no", lambda *_a: pytest.fail("nothing to ask about"))
    assert window.running_exports() == []
    window.close()
    assert not window.isVisible()


def test_a_pdf_without_a_viewer_says_so(qtbot: QtBot, demo_services: Services, monkeypatch: pytest.MonkeyPatch
                                        ) -> None:
    from mentor_desk.ui.iom.iom_tab import IomTab

    tab = IomTab(demo_services)
    qtbot.addWidget(tab)
    tab.show()
    tab.list_view.selectRow(0)
    errors: list[str] = []
    monkeypatch.setattr(prompts, "open_path", lambda _p: False)  # no program opens PDF files
    monkeypatch.setattr(prompts, "show_error", lambda _p, message, *_a: errors.append(message))
    job = tab.print_iom(blank=True)
    assert job is not None
    qtbot.waitUntil(lambda: not job.running, timeout=30000)
    assert errors and errors[0].startswith("Нет программы для просмотра PDF")
    assert str(job.target) in errors[0] and job.target.exists()
