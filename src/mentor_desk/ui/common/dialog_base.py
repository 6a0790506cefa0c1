"""Shared behaviour of the input dialogs: collect a value, show problems inline, submit."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate, QSize, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QLabel,
    QLayout,
    QPushButton,
    QScrollArea,
    QWidget,
)
from typing_extensions import override


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
        self._natural: QSize | None = None
        self._fitted = False
        self._available: QSize | None = None

    def _wire(self, button_box: QDialogButtonBox, error_label: QLabel) -> None:
        self._error_label = error_label
        error_label.setVisible(False)
        error_label.setWordWrap(True)
        self._scroll_form()
        self._ok_button = button_box.button(QDialogButtonBox.StandardButton.Ok)
        if self._ok_button is not None:
            self._ok_button.setText("Сохранить")
        button_box.accepted.connect(self.submit)
        button_box.rejected.connect(self.reject)

    # ---- fitting small screens -----------------------------------------------------

    def _scroll_form(self) -> None:
        """Put the form (the first layout of the dialog) in a scroll area.

        On a 1280×720 laptop a long form scrolls instead of pushing the buttons below the screen
        edge, and a problem message shown under the form never squeezes its rows together.
        """
        top = self.layout()
        if top is None or top.count() == 0:
            return
        first = top.itemAt(0)
        form = first.layout() if first is not None else None
        if form is None:
            return
        self._natural = self.sizeHint()
        top.removeItem(form)
        form.setParent(None)
        inner = QWidget()
        inner.setObjectName("formPage")
        inner.setLayout(form)
        form.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        scroll = QScrollArea(self)
        scroll.setObjectName("formScroll")
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        top.insertWidget(0, scroll, 1)  # type: ignore[attr-defined]
        self.form_scroll = scroll

    def natural_size(self) -> QSize:
        """The size the dialog wants: the whole form without scrolling."""
        scroll = getattr(self, "form_scroll", None)
        if scroll is None:
            return self.sizeHint().expandedTo(self.minimumSizeHint())
        inner = scroll.widget()
        extra = self.sizeHint().height() - scroll.sizeHint().height()
        top = self.layout()
        margins = top.contentsMargins().left() + top.contentsMargins().right() if top is not None else 0
        width = max(self.sizeHint().width(),
                    inner.sizeHint().width() + margins + scroll.verticalScrollBar().sizeHint().width())
        return QSize(width, inner.sizeHint().height() + extra)

    def fit_to(self, available: QSize) -> None:
        """Take the natural size, but never more than the available screen area."""
        self._available = available
        self.resize(self.natural_size().boundedTo(available))

    @override
    def showEvent(self, event: QShowEvent) -> None:
        if not self._fitted:
            self._fitted = True
            screen = self.screen()
            self.fit_to(screen.availableGeometry().size() if screen is not None else QSize(1280, 680))
        super().showEvent(event)

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
            if message and self.isVisible():  # grow to show it if the screen has room; else the form scrolls
                limit = self._available.height() if self._available is not None else self.height()
                wanted = self.height() + self._error_label.heightForWidth(max(self._error_label.width(), 200))
                self.resize(self.width(), max(self.height(), min(wanted, limit)))

    def problem_text(self) -> str:
        return self._error_label.text() if self._error_label is not None else ""


# ---- small widget helpers -------------------------------------------------------------


def open_dialog(owner: QWidget, dialog: QDialog) -> None:
    """Open a window-modal dialog that deletes itself on close; `owner.dialog` holds it (tests reach it)."""
    owner.dialog = dialog  # type: ignore[attr-defined]
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()


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
