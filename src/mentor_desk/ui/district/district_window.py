"""The methodist's window: every school of the district in one table with its indicators, a
read-only look into a school, and the consolidated workbook for the region."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from typing_extensions import override

from mentor_desk import APP_NAME
from mentor_desk.errors import UserError
from mentor_desk.services.district_view import (
    DistrictView,
    ReceivedRegister,
    SchoolIndicators,
    read_received_register,
)
from mentor_desk.ui.common import prompts
from mentor_desk.ui.common.search_proxy import SearchProxy
from mentor_desk.ui.common.table_model import Column, RecordTableModel
from mentor_desk.ui.common.table_view import RecordTableView

log = logging.getLogger(__name__)
XLSX_FILTER = "Книга Excel (*.xlsx)"


def _percent(value: float | None) -> str:
    return "—" if value is None else f"{value * 100:.0f} %"


def _forms_text(ind: SchoolIndicators) -> str:
    return "; ".join(f"{name}: {n}" for name, n in ind.pairs_by_form.items() if n) or "—"


COLUMNS = [
    Column[SchoolIndicators]("№", lambda i: str(i.id), lambda i: i.id, 40, searchable=False),
    Column[SchoolIndicators]("Школа", lambda i: i.name, width=220),
    Column[SchoolIndicators]("Участников", lambda i: str(i.participants), lambda i: i.participants, 90),
    Column[SchoolIndicators]("Пар и групп", lambda i: str(i.pairs_total), lambda i: i.pairs_total, 90),
    Column[SchoolIndicators]("По формам", _forms_text, width=240),
    Column[SchoolIndicators]("Молодые специалисты с наставником",
                             lambda i: f"{i.young_covered} из {i.young_total} ({_percent(i.young_coverage)})",
                             lambda i: i.young_coverage if i.young_coverage is not None else -1, 250),
    Column[SchoolIndicators]("ИОМ: выполнено", lambda i: _percent(i.iom_progress),
                             lambda i: i.iom_progress if i.iom_progress is not None else -1, 120),
    Column[SchoolIndicators]("Последнее изменение",
                             lambda i: f"{i.last_change:%d.%m.%Y %H:%M}" if i.last_change else "—",
                             lambda i: i.last_change.timestamp() if i.last_change else 0, 130, searchable=False),
]


class DistrictWindow(QMainWindow):
    """Read-only: the server lets a methodist's login change nothing."""

    open_database_requested = Signal(Path)
    server_requested = Signal(object, object)

    def __init__(self, database: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("DistrictWindow")
        self.view_service = DistrictView(database)
        self.database = database
        self.received: list[ReceivedRegister] = []
        self.indicators: list[SchoolIndicators] = []
        self.school_windows: list[QMainWindow] = []
        self.dialog: QWidget | None = None
        self.model = RecordTableModel[SchoolIndicators](COLUMNS)
        self.model.search = lambda i: i.name
        self.model.tooltip = _forms_text
        self.proxy = SearchProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = RecordTableView("district-schools", self)
        self.table.setModel(self.proxy)
        self.table.activated_record.connect(self.open_school)
        for i, col in enumerate(COLUMNS):
            self.table.setColumnWidth(i, col.width)

        self.open_button = QPushButton("&Открыть школу (просмотр)")
        self.open_button.clicked.connect(self.open_school)
        self.workbook_button = QPushButton("&Сводная книга Excel…")
        self.workbook_button.clicked.connect(self.write_workbook)
        self.add_received_button = QPushButton("&Добавить реестр школы (.xlsx)…")
        self.add_received_button.clicked.connect(self.add_received)
        self.remove_received_button = QPushButton("&Убрать реестр")
        self.remove_received_button.clicked.connect(self.remove_received)
        self.received_list = QListWidget()
        self.received_list.setMaximumHeight(90)
        self.summary_label = QLabel()

        buttons = QHBoxLayout()
        for b in (self.open_button, self.workbook_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        received = QHBoxLayout()
        received.addWidget(self.received_list, 1)
        side = QVBoxLayout()
        side.addWidget(self.add_received_button)
        side.addWidget(self.remove_received_button)
        side.addStretch(1)
        received.addLayout(side)
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(QLabel("Реестры, присланные школами без программы (войдут в сводную книгу):"))
        layout.addLayout(received)
        self.setCentralWidget(central)
        self._build_menus()
        self.setWindowTitle(f"{APP_NAME} — район — сервер {database.server_name} — только просмотр")
        self.statusBar().showMessage(f"Сервер: {database.display_name} · методист района (только просмотр)")
        self.resize(1280, 760)
        self.reload()

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu("&Файл")
        self._action(file_menu, "Подключиться к се&рверу…", self.connect_to_server)
        self._action(file_menu, "&Открыть базу…", self.open_database, QKeySequence.StandardKey.Open)
        file_menu.addSeparator()
        self._action(file_menu, "&Сводная книга Excel…", self.write_workbook)
        file_menu.addSeparator()
        self._action(file_menu, "&Выход", self.close, QKeySequence.StandardKey.Quit)
        view = self.menuBar().addMenu("&Вид")
        self._action(view, "&Обновить данные", self.reload, QKeySequence.StandardKey.Refresh)

    def _action(self, menu: Any, text: str, slot: Callable[[], object], shortcut: Any = None) -> None:
        action = menu.addAction(text)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(lambda _checked=False: slot())

    # ---- content -------------------------------------------------------------------

    def reload(self) -> None:
        try:
            self.indicators = self.view_service.indicators()
        except UserError as exc:
            prompts.show_error(self, exc.message, "Не удалось прочитать данные школ")
            return
        self.model.set_rows(self.indicators)
        people = sum(i.participants for i in self.indicators)
        pairs = sum(i.pairs_total for i in self.indicators)
        self.summary_label.setText(
            f"Школ: {len(self.indicators)} · участников: {people} · действующих пар и групп: {pairs}")

    def selected(self) -> SchoolIndicators | None:
        row = self.table.current_source_row()
        if row is None:
            return None
        record = self.proxy.record_at(row)
        return record if isinstance(record, SchoolIndicators) else None

    def open_school(self) -> QMainWindow | None:
        """A read-only look into the selected school: its usual window; the server refuses changes."""
        from mentor_desk.ui.main_window import MainWindow

        school = self.selected()
        if school is None:
            prompts.show_info(self, "Выберите школу в таблице.")
            return None
        try:
            services = self.view_service.school_services(school.id)
            window = MainWindow(services, None)
        except UserError as exc:
            prompts.show_error(self, exc.message)
            return None
        window.set_read_only_look()
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.destroyed.connect(lambda _o=None, w=window: self._forget(w))
        self.school_windows.append(window)
        window.show()
        return window

    def _forget(self, window: QMainWindow) -> None:
        if window in self.school_windows:
            self.school_windows.remove(window)

    # ---- received registers and the workbook ---------------------------------------

    def add_received(self, path: Path | None = None) -> ReceivedRegister | None:
        path = path or prompts.open_file(self, "Реестр, присланный школой", "Книга Excel (*.xlsx *.xlsm)")
        if path is None:
            return None
        try:
            register = read_received_register(path)
        except UserError as exc:
            prompts.show_error(self, exc.message, "Реестр не добавлен")
            return None
        self.received.append(register)
        unknown = f"; не распознаны столбцы: {', '.join(register.unknown_columns)}" if register.unknown_columns else ""
        self.received_list.addItem(f"{register.school} — {path.name}: строк {len(register.rows)}{unknown}")
        return register

    def remove_received(self) -> None:
        row = self.received_list.currentRow()
        if 0 <= row < len(self.received):
            del self.received[row]
            self.received_list.takeItem(row)

    def write_workbook(self, target: Path | None = None) -> Path | None:
        target = target or prompts.save_file(self, "Сводная книга района", Path.home() / "Сводная книга района.xlsx",
                                             XLSX_FILTER)
        if target is None:
            return None
        if target.suffix.lower() != ".xlsx":
            target = target.with_suffix(".xlsx")
        try:
            rows = self.view_service.consolidated_workbook(target, self.received, indicators=self.indicators or None)
        except UserError as exc:
            prompts.show_error(self, exc.message, "Сводная книга не записана")
            return None
        self.statusBar().showMessage(
            f"Сводная книга записана: «{target.name}», строк: {sum(rows.values())}", 20000)
        return target

    # ---- other databases -----------------------------------------------------------

    def connect_to_server(self) -> None:
        from mentor_desk.ui.district.connect_dialog import ConnectDialog

        dialog = ConnectDialog(self)
        dialog.submitted.connect(lambda login: self.server_requested.emit(login, dialog))
        self.dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def open_database(self) -> None:
        path = prompts.open_file(self, "Открыть базу", "База Mentor Desk (*.db *.sqlite);;Все файлы (*)")
        if path is not None:
            self.open_database_requested.emit(path)

    @override
    def closeEvent(self, event: QCloseEvent) -> None:
        for window in list(self.school_windows):
            window.close()
        super().closeEvent(event)
