"""The coordinator's year in the main window: the «Сроки» and «Мониторинг» tabs and the
«Учебный год» menu, added to the window with one call so the window itself barely changes."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from mentor_desk.domain.enums import QuestionnaireStage
from mentor_desk.ui.board.board_tab import BoardTab
from mentor_desk.ui.monitoring.monitoring_tab import MonitoringTab
from mentor_desk.ui.year.charts_panel import ChartsPanel

if TYPE_CHECKING:
    from mentor_desk.ui.main_window import MainWindow

FROM_BOARD = "Открыто из списка сроков"


def install_year_area(window: MainWindow) -> None:
    window.board_tab = BoardTab(window.services, window)  # type: ignore[attr-defined]
    window.monitoring_tab = MonitoringTab(window.services, window)  # type: ignore[attr-defined]
    board: BoardTab = window.board_tab  # type: ignore[attr-defined]
    monitoring: MonitoringTab = window.monitoring_tab  # type: ignore[attr-defined]
    for number, (tab, title) in enumerate(((board, "Сроки"), (monitoring, "Мониторинг")), start=6):
        index = window.tabs.addTab(tab, title)
        window.tabs.setTabToolTip(index, f"Ctrl+{number}")
        action = QAction(title, window)
        action.setShortcut(QKeySequence(f"Ctrl+{number}"))
        action.triggered.connect(lambda _c=False, t=tab: window.tabs.setCurrentWidget(t))
        window.addAction(action)
    board.open_record.connect(lambda target, record_id: open_record(window, target, record_id))
    # the window's one change signal refreshes these tabs too
    for tab in (board, monitoring):
        tab.changes_made.connect(window.changes_made.emit)
        window.changes_made.connect(tab.on_changes)
    # the overview shows the indicators as charts, under its own figures
    charts = ChartsPanel(window.services, window.overview_tab)
    window.charts_panel = charts  # type: ignore[attr-defined]
    layout = window.overview_tab.layout()
    if layout is not None:
        layout.addWidget(charts)
    original_load = window.overview_tab._load

    def load_with_charts() -> None:
        original_load()
        # after the window is shown: the charts need reportlab, which start-up does not load
        QTimer.singleShot(0, charts.reload)

    window.overview_tab._load = load_with_charts  # type: ignore[method-assign]
    menu = QMenu("&Учебный год", window)
    help_menu = window.menuBar().actions()[-1]  # «Справка» stays last
    window.menuBar().insertMenu(help_menu, menu)
    window.year_menu = menu  # type: ignore[attr-defined]
    from mentor_desk.ui.year.year_actions import add_year_actions

    add_year_actions(window, menu)


def open_record(window: MainWindow, target: str, record_id: int) -> None:
    """Open what a line of the board points at, in the tab that edits it."""
    if target == "people":
        window._goto(window.people_tab, lambda: window.people_tab.show_ids([record_id], FROM_BOARD))
    elif target == "pairs":
        window._goto(window.pairs_tab, lambda: window.pairs_tab.show_ids([record_id], FROM_BOARD))
    elif target == "iom":
        window._goto(window.iom_tab, lambda: window.iom_tab.show_ids([record_id], FROM_BOARD))
    elif target.startswith("monitoring"):
        tab: MonitoringTab = window.monitoring_tab  # type: ignore[attr-defined]
        window.tabs.setCurrentWidget(tab)
        tab.ensure_loaded()
        stage = QuestionnaireStage.FINAL if target.endswith("final") else QuestionnaireStage.ENTRY
        tab.select(tab.questionnaire_combo.itemText(0), stage, "pair", record_id)
