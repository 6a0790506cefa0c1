"""A strip above a table saying it shows a chosen subset (from the overview), with a reset button."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget


class IdFilterBar(QWidget):
    cleared = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self._label = QLabel(self)
        self._label.setStyleSheet("background: #fff4c2; padding: 3px 6px;")
        self._button = QPushButton("Показать всех", self)
        self._button.clicked.connect(self._clear)
        layout.addWidget(self._label, 1)
        layout.addWidget(self._button)
        self.ids: frozenset[int] | None = None
        self.setVisible(False)

    def set_ids(self, ids: frozenset[int], text: str, reset_text: str = "Показать всех") -> None:
        self.ids = ids
        self._label.setText(f"{text}: {len(ids)}")
        self._button.setText(reset_text)
        self.setVisible(True)

    def _clear(self) -> None:
        self.ids = None
        self.setVisible(False)
        self.cleared.emit()
