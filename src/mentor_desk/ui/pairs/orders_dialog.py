"""«Приказы»: the register of orders (number, date, kind, year, status, what it changes), with
new, edit and print."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QMenu, QPushButton, QVBoxLayout, QWidget
from typing_extensions import override

from mentor_desk.domain.enums import OrderKind
from mentor_desk.domain.records import OrderRecord
from mentor_desk.services.container import Services
from mentor_desk.ui.common.dialog_base import format_date
from mentor_desk.ui.common.pdf_preview import PdfJob
from mentor_desk.ui.common.table_model import Column, RecordTableModel
from mentor_desk.ui.common.table_view import RecordTableView
from mentor_desk.ui.pairs.order_actions import OrderActions
from mentor_desk.ui.pairs.order_dialog import OrderDialog

ORDER_COLUMNS = [
    Column[OrderRecord]("№", lambda o: o.number, width=70),
    Column[OrderRecord]("Дата", lambda o: format_date(o.signed_on), lambda o: o.signed_on.toordinal(), 85),
    Column[OrderRecord]("Вид", lambda o: o.kind.label, width=250),
    Column[OrderRecord]("Уч. год", lambda o: o.school_year, width=80),
    Column[OrderRecord]("Пар", lambda o: str(len(o.pair_ids)) if o.pair_ids else "", lambda o: len(o.pair_ids), 45),
    Column[OrderRecord]("Статус", lambda o: o.status, width=220),
    Column[OrderRecord]("Изменяет / отменяет", lambda o: o.relation, width=220),
]
NEW_ORDER_KINDS = (OrderKind.APPOINT_COORDINATOR, OrderKind.FIX_PAIRS, OrderKind.COMPLETION)


def new_order_menu(parent: QWidget, actions: OrderActions) -> QMenu:
    """«Новый приказ» → one item per kind of order."""
    menu = QMenu(parent)
    for kind in NEW_ORDER_KINDS:
        menu.addAction(f"Приказ {kind.label}…", _opener(actions, kind))
    return menu


def _opener(actions: OrderActions, kind: OrderKind) -> Callable[[], None]:
    def open_dialog() -> None:
        actions.new_order(kind)

    return open_dialog


class OrdersDialog(QDialog):
    def __init__(self, services: Services, parent: QWidget | None = None,
                 changed: Callable[[], None] | None = None) -> None:
        super().__init__(parent)
        self._changed = changed
        self.setWindowTitle("Реестр приказов")
        self._services = services
        self.order_actions = OrderActions(services, self, self._saved)
        self.model = RecordTableModel[OrderRecord](ORDER_COLUMNS)
        self.view = RecordTableView("orders", self)
        self.view.setModel(self.model)
        self.view.apply_columns(ORDER_COLUMNS)
        self.view.setSortingEnabled(False)
        self.view.doubleClicked.connect(lambda _i: self.edit_selected())
        self.new_button = QPushButton("&Новый приказ", self)
        self.new_button.setMenu(new_order_menu(self.new_button, self.order_actions))
        self.edit_button = QPushButton("&Изменить…", self)
        self.print_button = QPushButton("&Открыть PDF", self)
        self.save_button = QPushButton("&Сохранить PDF…", self)
        self.close_button = QPushButton("Закрыть", self)
        self.edit_button.clicked.connect(self.edit_selected)
        self.print_button.clicked.connect(lambda: self.print_selected(False))
        self.save_button.clicked.connect(lambda: self.print_selected(True))
        self.close_button.clicked.connect(self.accept)
        hint = QLabel("Учебный год приказа — тот, на который он действует: приказ от 29 августа назначает "
                      "куратора на следующий учебный год.", self)
        hint.setWordWrap(True)
        buttons = QHBoxLayout()
        for b in (self.new_button, self.edit_button, self.print_button, self.save_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(hint)
        layout.addLayout(buttons)
        self.resize(1100, 420)
        self.view.selectionModel().selectionChanged.connect(lambda *_a: self._update_buttons())
        self.reload()

    @property
    def dialog(self) -> OrderDialog | None:
        return self.order_actions.dialog

    @dialog.setter
    def dialog(self, value: OrderDialog | None) -> None:
        self.order_actions.dialog = value

    @property
    def pdf_job(self) -> PdfJob | None:
        return self.order_actions.pdf_job

    def _saved(self) -> None:
        self.reload()
        if self._changed is not None:
            self._changed()

    def reload(self) -> None:
        selected = self.selected()
        self.model.set_rows(self._services.orders.list_orders())
        if selected is not None:
            self.select_order(selected.id)
        self._update_buttons()

    def selected(self) -> OrderRecord | None:
        index = self.view.currentIndex()
        return self.model.record(index.row()) if index.isValid() else None

    def select_order(self, order_id: int) -> bool:
        for row in range(self.model.rowCount()):
            if self.model.record(row).id == order_id:
                self.view.selectRow(row)
                return True
        return False

    def _update_buttons(self) -> None:
        has = self.selected() is not None
        for b in (self.edit_button, self.print_button, self.save_button):
            b.setEnabled(has)

    @override
    def done(self, result: int) -> None:
        self.view.remember_columns()
        super().done(result)

    def edit_selected(self) -> OrderDialog | None:
        order = self.selected()
        return self.order_actions.edit_order(order.id) if order is not None else None

    def print_selected(self, save_as: bool) -> PdfJob | None:
        order = self.selected()
        return self.order_actions.print_order(order.id, save_as) if order is not None else None
