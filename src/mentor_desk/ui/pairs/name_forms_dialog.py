"""Before an order prints: every name and position in the case the order uses, to check and correct.

A correction is remembered for that person and used by every later order (services/names)."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mentor_desk.domain.documents import NameUse
from mentor_desk.ui.common.dialog_base import FormDialog, InputError

HEADERS = ("Кто", "Роль", "Что", "Падеж", "Как будет напечатано")
VALUE_COLUMN = 4


class NameFormsDialog(FormDialog):
    """Rows of `uses`; the last column is editable. `value()` is the uses with the forms as typed."""

    def __init__(self, uses: list[NameUse], title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(f"Имена и должности в приказе — {title}")
        self.uses = list(uses)
        intro = QLabel(
            "Проверьте, как приказ склоняет имена и должности. Исправьте форму прямо в таблице: "
            "исправление запомнится для этого человека и будет в следующих приказах.", self)
        intro.setWordWrap(True)
        self.table = QTableWidget(len(self.uses), len(HEADERS), self)
        self.table.setHorizontalHeaderLabels(HEADERS)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.AnyKeyPressed)
        for row, use in enumerate(self.uses):
            who = use.full_name if use.person_id else f"{use.full_name} (из реквизитов школы, не запоминается)"
            cells = (who, use.role, "ФИО" if use.part == "name" else f"должность: {use.nominative}",
                     f"{use.case.label} ({use.case.question})", use.value)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column != VALUE_COLUMN:
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                else:
                    item.setToolTip(f"Автоматически: {use.automatic}")
                self.table.setItem(row, column, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(VALUE_COLUMN, QHeaderView.ResizeMode.Stretch)
        self.reset_button = QPushButton("Вернуть &автоматические", self)
        self.reset_button.clicked.connect(self.reset_automatic)
        self.error_label = QLabel(self)
        self.error_label.setStyleSheet("color: #b00020;")
        self.error_label.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self._wire(buttons, self.error_label)
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        if ok is not None:
            ok.setText("Запомнить и печатать")
        bottom = QHBoxLayout()
        bottom.addWidget(self.reset_button)
        bottom.addStretch(1)
        bottom.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.error_label)
        layout.addLayout(bottom)
        self.resize(900, 480)

    def set_form(self, row: int, text: str) -> None:
        item = self.table.item(row, VALUE_COLUMN)
        if item is not None:
            item.setText(text)

    def form(self, row: int) -> str:
        item = self.table.item(row, VALUE_COLUMN)
        return item.text() if item is not None else ""

    def reset_automatic(self) -> None:
        for row, use in enumerate(self.uses):
            self.set_form(row, use.automatic)

    def value(self) -> list[NameUse]:
        out = []
        problems = []
        for row, use in enumerate(self.uses):
            text = " ".join(self.form(row).split())
            if not text:
                problems.append(f"Строка {row + 1} ({use.full_name}): форма пуста. Впишите её или верните "
                                "автоматическую.")
            out.append(replace(use, value=text))
        if problems:
            raise InputError(problems)
        return out
