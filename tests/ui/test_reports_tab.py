"""The «Отчёты» tab: the HTML summary made off the GUI thread, cancel, errors, open afterwards."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from mentor_desk.domain.records import PairDraft
from mentor_desk.services.container import Services
from mentor_desk.services.documents import gather_summary
from mentor_desk.ui.common import prompts
from mentor_desk.ui.common.background import CancelFlag, ProgressCallback
from mentor_desk.ui.reports.reports_registry import ReportSpec, build_registry
from mentor_desk.ui.reports.reports_tab import ReportsTab
from tests.ui.conftest import School


@pytest.fixture
def tab(qtbot: QtBot, services: Services, school: School) -> ReportsTab:
    widget = ReportsTab(services)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_registry_lists_the_html_summary() -> None:
    specs = build_registry()
    assert "summary_html" in [s.key for s in specs]
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


# ---- registers and PDF documents on the demo school ------------------------------------------

REGISTER_HEADERS = {
    "people": ("Участники", "ФИО"),
    "mentors": ("База наставников", "ФИО наставника"),
    "mentees": ("База наставляемых", "ФИО наставляемого"),
    "pairs": ("Реестр пар", "ФИО наставника"),
    "summary": ("Свод по формам", "Форма наставничества / показатель"),
    "iom-progress": ("Выполнение ИОМ", "ФИО наставляемого"),
}


@pytest.fixture
def demo_tab(qtbot: QtBot, demo_services: Services) -> ReportsTab:
    widget = ReportsTab(demo_services)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def _save_through_tab(tab: ReportsTab, key: str, target: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch,
                      **params: Any) -> Path:
    monkeypatch.setattr(prompts, "save_file", lambda *_a: target)
    errors: list[str] = []
    monkeypatch.setattr(prompts, "show_error", lambda _p, message, *a: errors.append(message))
    tab.select_report(key)
    for name, value in params.items():
        tab.set_param(name, value)
    tab.save_as()
    assert tab.task is not None
    qtbot.waitUntil(lambda: tab.task is None, timeout=60000)
    assert not errors, errors
    assert tab.last_output == target and target.exists()
    assert tab.open_button.isEnabled() and tab.folder_button.isEnabled()
    return target


def _headers(path: Path, sheet: str) -> list[str]:
    from openpyxl import load_workbook

    wb = load_workbook(path, read_only=True)
    try:
        ws = wb[sheet]
        values: list[str] = []
        for row in ws.iter_rows(max_row=8, values_only=True):
            values.extend(str(v) for v in row if v is not None)
        return values
    finally:
        wb.close()


@pytest.mark.parametrize("kind", list(REGISTER_HEADERS))
def test_each_register_written_from_the_tab(demo_tab: ReportsTab, demo_services: Services, kind: str,
                                            tmp_path: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    sheet, header = REGISTER_HEADERS[kind]
    year = demo_services.organisation.current_year().title
    out = _save_through_tab(demo_tab, f"register_{kind}", tmp_path / f"{kind}.xlsx", qtbot, monkeypatch,
                            school_year=year)
    assert header in _headers(out, sheet)
    assert "Записано строк:" in demo_tab.result_label.text()
    assert demo_services.registers.export_log()[0].kind == kind


def test_all_registers_in_one_book_for_one_form(demo_tab: ReportsTab, demo_services: Services, tmp_path: Path,
                                                qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    from openpyxl import load_workbook

    form = next(f for f in demo_services.reference.forms() if f.name == "учитель – учитель")
    out = _save_through_tab(demo_tab, "register_all", tmp_path / "все.xlsx", qtbot, monkeypatch, form=form.id)
    wb = load_workbook(out, read_only=True)
    assert wb.sheetnames == [sheet for sheet, _h in REGISTER_HEADERS.values()]
    wb.close()
    assert any("учитель – учитель" in v for v in _headers(out, "Реестр пар"))


def test_register_in_a_district_template(demo_tab: ReportsTab, tmp_path: Path, qtbot: QtBot,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    from openpyxl import Workbook

    template = tmp_path / "шаблон района.xlsx"
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Наставники"
    ws.append(["Реестр наставников района"])
    ws.append(["№ п/п", "Наставник", "Должность", "Номер телефона для связи с куратором"])
    wb.save(template)
    demo_tab.select_report("register_mentors")
    combo = demo_tab._param_widgets["template"]
    monkeypatch.setattr(prompts, "open_file", lambda *_a: template)
    combo.activated.emit(combo.findText("выбрать файл…"))  # the picker runs on «выбрать файл…»
    assert demo_tab.params()["template"] == str(template)
    out = _save_through_tab(demo_tab, "register_mentors", tmp_path / "наставники.xlsx", qtbot, monkeypatch,
                            template=template)
    from openpyxl import load_workbook

    book = load_workbook(out, read_only=True)
    values = [str(v) for row in book.worksheets[0].iter_rows(max_row=8, values_only=True) for v in row if v]
    book.close()
    assert "Наставник" in values and "Номер телефона для связи с куратором" in values
    assert "не заполняет" in demo_tab.result_label.text()


def _pdf_text(path: Path) -> str:
    from pypdf import PdfReader

    return "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)


@pytest.mark.parametrize("blank", [False, True])
def test_all_ioms_pdf_from_the_tab(demo_tab: ReportsTab, demo_services: Services, blank: bool, tmp_path: Path,
                                   qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    year = demo_services.organisation.current_year().title
    out = _save_through_tab(demo_tab, "iom_pdf", tmp_path / "иом.pdf", qtbot, monkeypatch, school_year=year,
                            blank=blank)
    text = _pdf_text(out)
    assert "УТВЕРЖДАЮ" in text
    count = len(demo_services.roadmaps.list_ioms(year))
    assert f"ИОМ ({count})" in demo_tab.result_label.text()


def test_latest_order_pdf_from_the_tab(demo_tab: ReportsTab, tmp_path: Path, qtbot: QtBot,
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    out = _save_through_tab(demo_tab, "order_pdf", tmp_path / "приказ.pdf", qtbot, monkeypatch)
    assert "ПРИКАЗ" in _pdf_text(out)
    assert demo_tab.params() == {"order_id": None}


def test_order_pdf_without_an_order_shows_the_reason(tab: ReportsTab, tmp_path: Path, qtbot: QtBot,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    errors: list[str] = []
    monkeypatch.setattr(prompts, "show_error", lambda _p, message, *a: errors.append(message))
    monkeypatch.setattr(prompts, "save_file", lambda *_a: tmp_path / "приказ.pdf")
    tab.select_report("order_pdf")
    tab.save_as()
    qtbot.waitUntil(lambda: tab.task is None, timeout=20000)
    assert errors and "нет приказа" in errors[0] and "--id" not in errors[0]
    assert not (tmp_path / "приказ.pdf").exists()


def test_iom_pdf_of_a_year_without_ioms_shows_the_reason(tab: ReportsTab, tmp_path: Path, qtbot: QtBot,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    errors: list[str] = []
    monkeypatch.setattr(prompts, "show_error", lambda _p, message, *a: errors.append(message))
    monkeypatch.setattr(prompts, "save_file", lambda *_a: tmp_path / "иом.pdf")
    tab.select_report("iom_pdf")
    tab.save_as()
    qtbot.waitUntil(lambda: tab.task is None, timeout=20000)
    assert errors and "нет ни одного ИОМ" in errors[0] and "--id" not in errors[0]
    assert not (tmp_path / "иом.pdf").exists()


def test_register_export_can_be_cancelled(demo_tab: ReportsTab, tmp_path: Path, qtbot: QtBot) -> None:
    spec = demo_tab.select_report("register_all")
    target = tmp_path / "отмена.xlsx"
    task = demo_tab.start(spec, demo_tab.params(), target)
    task.cancel_flag.cancel()
    qtbot.waitUntil(lambda: demo_tab.task is None, timeout=60000)
    assert not target.exists()
    assert "Отменено" in demo_tab.result_label.text()
