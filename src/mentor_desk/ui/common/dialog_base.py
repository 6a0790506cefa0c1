"""Shared behaviour of the input dialogs: collect a value, show problems inline, submit."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QLabel, QPushButton, QWidget


class InputError(ValueError):
    """What the user typed cannot become a value object; the message says what to fix."""

    def __init__(self, messages: list[str]) -> None:
        super().__init__("\n".join(messages))
        self.messages = messages


class FormDialog(QDialog):
    """A dialog that collects a value object and emits `submitted` with it on OK.

    The caller saves it through a service and then calls `done_ok()`, or `show_problem()`
    to keep the dialog open with everything typed so far.
    """

    submitted = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._error_label: QLabel | None = None
        self._ok_button: QPushButton | None = None

    def _wire(self, button_box: QDialogButtonBox, error_label: QLabel) -> None:
        self._error_label = error_label
        error_label.setVisible(False)
        self._ok_button = button_box.button(QDialogButtonBox.StandardButton.Ok)
        if self._ok_button is not None:
            self._ok_button.setText("Сохранить")
        button_box.accepted.connect(self.submit)
        button_box.rejected.connect(self.reject)

    # ---- to override ---------------------------------------------------------------

    def value(self) -> Any:
        """The value object; raises InputError listing what to fix."""
        raise NotImplementedError

    # ---- flow ----------------------------------------------------------------------

    def submit(self) -> None:
        try:
            value = self.value()
        except InputError as exc:
            self.show_problem("\n".join(exc.messages))
            return
        self.show_problem("")
        if self.receivers("2submitted(PyObject)") == 0:  # no controller listens: a plain accept
            self.accept()
        else:
            self.submitted.emit(value)

    def done_ok(self) -> None:
        self.accept()

    def show_problem(self, message: str) -> None:
        if self._error_label is not None:
            self._error_label.setText(message)
            self._error_label.setVisible(bool(message))

    def problem_text(self) -> str:
        return self._error_label.text() if self._error_label is not None else ""


# ---- small widget helpers -------------------------------------------------------------


def parse_date(text: str, label: str, problems: list[str]) -> date | None:
    """«ДД.ММ.ГГГГ» → date; an empty text is None; a bad one adds a message."""
    text = text.strip()
    if not text:
        return None
    qd = QDate.fromString(text, "dd.MM.yyyy")
    if not qd.isValid():
        qd = QDate.fromString(text, "d.M.yyyy")
    if not qd.isValid():
        problems.append(f"Поле «{label}»: дата записывается как ДД.ММ.ГГГГ, например 05.11.2025.")
        return None
    return date(qd.year(), qd.month(), qd.day())


def format_date(value: date | None) -> str:
    return f"{value:%d.%m.%Y}" if value is not None else ""


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def from_qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def fill_combo(combo: QComboBox, items: list[tuple[str, Any]], empty: str | None = None) -> None:
    combo.blockSignals(True)
    combo.clear()
    if empty is not None:
        combo.addItem(empty, None)
    for text, data in items:
        combo.addItem(text, data)
    combo.blockSignals(False)


def select_data(combo: QComboBox, data: Any) -> None:
    idx = combo.findData(data)
    if idx >= 0:
        combo.setCurrentIndex(idx)
