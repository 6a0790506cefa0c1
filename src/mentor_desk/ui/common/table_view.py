"""A table view set up the same way everywhere: rows selected whole, sorting, remembered widths."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget
from typing_extensions import override

from mentor_desk.ui.common.settings import restore_header, save_header
from mentor_desk.ui.common.table_model import Column


class RecordTableView(QTableView):
    """Enter opens the selected record, Del archives it (the tab decides what that means)."""

    activated_record = Signal()
    delete_pressed = Signal()

    def __init__(self, settings_key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settings_key = settings_key
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAlternatingRowColors(True)
        self.setSortingEnabled(True)
        self.setWordWrap(False)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setDefaultSectionSize(24)
        self.horizontalHeader().setStretchLastSection(True)
        self.horizontalHeader().setSectionsMovable(True)
        self.doubleClicked.connect(lambda _index: self.activated_record.emit())
        self._empty_text = ""
        self._filtered_text = "Ничего не найдено: измените поиск или фильтры."

    def set_empty_text(self, text: str, filtered: str | None = None) -> None:
        """What an empty table says: the next step when there is no data at all, or that filters hide it."""
        self._empty_text = text
        if filtered is not None:
            self._filtered_text = filtered
        self.viewport().update()

    def empty_text(self) -> str:
        """The hint shown now ("" while the table has rows)."""
        model: Any = self.model()
        if model is None or model.rowCount() > 0:
            return ""
        source = model.sourceModel() if hasattr(model, "sourceModel") else None
        if source is not None and source.rowCount() > 0:
            return self._filtered_text
        return self._empty_text

    @override
    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        text = self.empty_text()
        if not text:
            return
        painter = QPainter(self.viewport())
        painter.setPen(self.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text))
        rect = self.viewport().rect().adjusted(24, 24, -24, -24)
        painter.drawText(rect, int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
                         | int(Qt.TextFlag.TextWordWrap), text)
        painter.end()

    @override
    def setModel(self, model: Any) -> None:
        old = self.model()
        if old is not None and hasattr(old, "proxy_row_of"):
            old.modelAboutToBeReset.disconnect(self._remember_selection)
            old.modelReset.disconnect(self._restore_selection)
        super().setModel(model)
        if model is not None and hasattr(model, "proxy_row_of"):
            model.modelAboutToBeReset.connect(self._remember_selection)
            model.modelReset.connect(self._restore_selection)

    def _remember_selection(self) -> None:
        """A filtering proxy resets on every keystroke: keep the selected record selected."""
        row = self.current_source_row()
        model: Any = self.model()
        self._kept_record = model.record_at(row) if row is not None else None
        self._kept_column = max(0, self.currentIndex().column())

    def _restore_selection(self) -> None:
        record = getattr(self, "_kept_record", None)
        self._kept_record = None
        if record is None:
            return
        model: Any = self.model()
        row = model.proxy_row_of(record)
        if row is not None:
            index = model.index(row, self._kept_column)
            self.selectionModel().setCurrentIndex(
                index, self.selectionModel().SelectionFlag.ClearAndSelect | self.selectionModel().SelectionFlag.Rows
            )

    def select_record_id(self, record_id: int) -> bool:
        """Select and show the row of the record with this id (the model is a SearchProxy)."""
        model: Any = self.model()
        row = model.row_of_id(record_id)
        if row is None:
            return False
        self.selectRow(row)
        self.scrollTo(model.index(row, 0))
        return True

    def apply_columns(self, columns: list[Column[Any]], key_suffix: str = "") -> None:
        """Default widths from the column declarations, then what the user last chose."""
        header = self.horizontalHeader()
        for i, col in enumerate(columns):
            header.resizeSection(i, col.width)
        self._current_key = f"{self._settings_key}{key_suffix}"
        restore_header(header, self._current_key)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)

    def remember_columns(self) -> None:
        key = getattr(self, "_current_key", self._settings_key)
        save_header(self.horizontalHeader(), key)

    def current_source_row(self) -> int | None:
        """The selected row of the view's model (the proxy), or None."""
        rows = self.selectionModel().selectedRows()
        if rows:
            return rows[0].row()
        index = self.currentIndex()
        if index.isValid() and self.selectionModel().isRowSelected(index.row(), QModelIndex()):
            return index.row()
        return None

    @override
    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.activated_record.emit()
            return
        if event.key() == Qt.Key.Key_Delete and self.currentIndex().isValid():
            self.delete_pressed.emit()
            return
        super().keyPressEvent(event)
