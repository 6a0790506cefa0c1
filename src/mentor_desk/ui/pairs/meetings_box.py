"""The meetings log under the pairs table: the selected pair's meetings and their buttons."""

from __future__ import annotations

from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from mentor_desk.ui.common.table_view import RecordTableView
from mentor_desk.ui.pairs.pairs_model import MEETING_COLUMNS, make_meetings_model


class MeetingsBox(QGroupBox):
    """«Журнал встреч»: the table (in the order held) and add / edit / delete; the tab wires them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("Журнал встреч", parent)
        self.model = make_meetings_model()
        self.view = RecordTableView("meetings", self)
        self.view.setModel(self.model)
        self.view.setSortingEnabled(False)
        self.add_button = QPushButton("Добавить &встречу…", self)
        self.edit_button = QPushButton("Изменить…", self)
        self.delete_button = QPushButton("Удалить", self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        row = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.delete_button):
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        self.view.apply_columns(MEETING_COLUMNS)
