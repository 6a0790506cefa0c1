"""The ИОМ roadmap as a two-level model: directions, and under each its activities in order."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtGui import QBrush, QFont
from typing_extensions import override

from mentor_desk.domain.records import ActivityRecord
from mentor_desk.ui.common.dialog_base import format_date
from mentor_desk.ui.common.table_model import OVERDUE_COLOR

AnyIndex = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
_NO_GROUP = 0xFFFFFFFF  # internalId of a direction row; an activity row stores its group's number

HEADERS = ["№", "Мероприятие", "Сроки", "Продукт", "Ответственный", "Статус", "Выполнено", "Отметка", "Файлы"]
WIDTHS = [34, 280, 90, 190, 105, 110, 85, 110, 90]
WRAPPED_COLUMNS = (1, 3, 7)
NO_DIRECTION = "Без направления"


def product_text(act: ActivityRecord) -> str:
    """«Тип: описание», without repeating a description that only restates the type."""
    return act.product


class RoadmapModel(QAbstractItemModel):
    """Texts are made once per set_activities(); data() reads lists only."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._groups: list[str] = []
        self._items: list[list[ActivityRecord]] = []
        self._texts: list[list[list[str]]] = []
        self._overdue: list[list[bool]] = []
        self._heights: list[list[int]] = []
        self.measure: Callable[[str, int], int] | None = None  # text, width → height in pixels
        self.widths = list(WIDTHS)
        self._bold = QFont()
        self._bold.setBold(True)
        self._red = QBrush(OVERDUE_COLOR)

    def set_activities(self, activities: tuple[ActivityRecord, ...] | list[ActivityRecord], today: date) -> None:
        self.beginResetModel()
        by_group: dict[str, list[ActivityRecord]] = {}
        for act in activities:
            by_group.setdefault(act.direction or NO_DIRECTION, []).append(act)
        self._groups = list(by_group)
        self._items = list(by_group.values())
        number = 0
        self._texts = []
        self._overdue = []
        for acts in self._items:
            rows = []
            for act in acts:
                number += 1
                rows.append([
                    str(number), act.title, act.period or format_date(act.due_date), product_text(act),
                    act.responsible, act.status.label, format_date(act.done_on), act.mark,
                    ", ".join(a.original_name for a in act.attachments),
                ])
            self._texts.append(rows)
            self._overdue.append([act.is_overdue(today) for act in acts])
        self._measure_rows()
        self.endResetModel()

    def set_widths(self, widths: list[int]) -> None:
        """Column widths changed: rows with wrapped text get new heights."""
        self.widths = widths
        self.layoutAboutToBeChanged.emit()
        self._measure_rows()
        self.layoutChanged.emit()

    def _measure_rows(self) -> None:
        measure = self.measure
        if measure is None:
            self._heights = [[0] * len(rows) for rows in self._texts]
            return
        self._heights = [
            [max(measure(texts[c], max(self.widths[c] - 8, 20)) for c in WRAPPED_COLUMNS) + 6 for texts in rows]
            for rows in self._texts
        ]

    # ---- lookups -------------------------------------------------------------------

    def activity(self, index: AnyIndex) -> ActivityRecord | None:
        if not index.isValid() or index.internalId() == _NO_GROUP:
            return None
        return self._items[index.internalId()][index.row()]

    def index_of(self, activity_id: int) -> QModelIndex:
        for g, acts in enumerate(self._items):
            for r, act in enumerate(acts):
                if act.id == activity_id:
                    return self.index(r, 0, self.index(g, 0))
        return QModelIndex()

    def group_count(self) -> int:
        return len(self._groups)

    def group_name(self, group: int) -> str:
        return self._groups[group]

    # ---- Qt ------------------------------------------------------------------------

    @override
    def index(self, row: int, column: int, parent: AnyIndex = _ROOT) -> QModelIndex:
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, _NO_GROUP)
        return self.createIndex(row, column, parent.row())

    @override
    def parent(self, index: AnyIndex = _ROOT) -> QModelIndex:  # type: ignore[override]
        if not index.isValid() or index.internalId() == _NO_GROUP:
            return QModelIndex()
        return self.createIndex(int(index.internalId()), 0, _NO_GROUP)

    @override
    def rowCount(self, parent: AnyIndex = _ROOT) -> int:
        if not parent.isValid():
            return len(self._groups)
        if parent.internalId() == _NO_GROUP and parent.column() == 0:
            return len(self._items[parent.row()])
        return 0

    @override
    def columnCount(self, parent: AnyIndex = _ROOT) -> int:
        return len(HEADERS)

    @override
    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, col, group = index.row(), index.column(), index.internalId()
        if group == _NO_GROUP:
            if role == Qt.ItemDataRole.DisplayRole:
                return self._groups[row] if col == 0 else ""
            if role == Qt.ItemDataRole.FontRole:
                return self._bold
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._texts[group][row][col]
        if role == Qt.ItemDataRole.ToolTipRole:
            text = self._texts[group][row][col]
            if self._overdue[group][row] and col == 5:
                act = self._items[group][row]
                return f"Просрочено: срок {format_date(act.due_date)}"
            return text or None
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._red if self._overdue[group][row] else None
        if role == Qt.ItemDataRole.SizeHintRole and self._heights[group][row]:
            return QSize(self.widths[col], self._heights[group][row])
        return None

    @override
    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal and 0 <= section < len(
                HEADERS):
            return HEADERS[section]
        return None

    @override
    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if index.internalId() == _NO_GROUP:
            return Qt.ItemFlag.ItemIsEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
