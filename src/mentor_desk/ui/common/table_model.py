"""Read-only table models over lists of records: columns declared once, texts and keys precomputed.

The search-and-filter proxy over these models is in search_proxy.py."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor
from typing_extensions import override

from mentor_desk.domain.names import collation_key

T = TypeVar("T")
AnyIndex = QModelIndex | QPersistentModelIndex

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
RECORD_ROLE = Qt.ItemDataRole.UserRole + 2
OVERDUE_COLOR = QColor("#b00020")
_ROOT = QModelIndex()
RECORD_ROLES = frozenset(
    {Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.ForegroundRole, SORT_ROLE, RECORD_ROLE}
)


def BY_SEARCH_TEXT(record: Any) -> Any:
    """Sort key marker: sort by the row's folded search text, for a column whose collation key that
    text starts with (a ФИО first in the search text). No key is computed or stored per row."""
    raise NotImplementedError("RecordTableModel.sort reads the search texts directly")


def fold(texts: list[str]) -> list[str]:
    """Case-fold texts and read «ё» as «е», in one pass over one joined string (not a call per text)."""
    folded = "\x1f".join(texts).casefold().replace("ё", "е").split("\x1f")
    if len(folded) != len(texts):  # a text held the separator itself
        folded = [t.casefold().replace("ё", "е") for t in texts]
    return folded


@dataclass(frozen=True)
class Column(Generic[T]):
    """One column: its title, the text shown, and optionally a raw sort value and width."""

    title: str
    text: Callable[[T], str]
    sort_key: Callable[[T], Any] | None = None
    width: int = 140
    searchable: bool = True


class RecordTableModel(QAbstractTableModel, Generic[T]):
    """Rows are records; data() only reads precomputed lists and never touches the database."""

    def __init__(self, columns: Sequence[Column[T]], parent: Any = None) -> None:
        super().__init__(parent)
        self._columns: list[Column[T]] = list(columns)
        self._rows: list[T] = []
        self._texts: list[list[str] | None] = []
        self._search: list[str] = []
        self._alert: list[bool] = []
        self.alert: Callable[[T], bool] | None = None
        self.search: Callable[[T], str] | None = None
        self.tooltip: Callable[[T], str] | None = None

    # ---- content -------------------------------------------------------------------

    @property
    def columns(self) -> list[Column[T]]:
        return self._columns

    def set_columns(self, columns: Sequence[Column[T]]) -> None:
        self.beginResetModel()
        self._columns = list(columns)
        self._precompute()
        self.endResetModel()

    def set_rows(self, rows: Sequence[T], sort: tuple[int, Qt.SortOrder] | None = None) -> None:
        """Replace the rows in one reset, sorted by (column, order) when given (no second pass)."""
        self.beginResetModel()
        self._rows = list(rows)
        self._precompute()
        if sort is not None and 0 <= sort[0] < len(self._columns) and self._rows:
            self._reorder(self._sorted_order(*sort))
        self.endResetModel()

    def _precompute(self) -> None:
        cols = self._columns
        # Cell texts are made on first display (a view shows a few dozen rows of 20,000).
        self._texts = [None] * len(self._rows)
        if self.search is not None:
            fn = self.search
            raw = [fn(r) for r in self._rows]
        else:
            searchable = [i for i, c in enumerate(cols) if c.searchable]
            raw = [" ".join(self._row_texts(i)[c] for c in searchable) for i in range(len(self._rows))]
        self._search = fold(raw)
        alert = self.alert
        self._alert = [alert(r) for r in self._rows] if alert is not None else []

    def _row_texts(self, row: int) -> list[str]:
        texts = self._texts[row]
        if texts is None:
            record = self._rows[row]
            texts = self._texts[row] = [c.text(record) for c in self._columns]
        return texts

    def text(self, row: int, column: int) -> str:
        return self._row_texts(row)[column]

    def record(self, row: int) -> T:
        return self._rows[row]

    def records(self) -> list[T]:
        return list(self._rows)

    def search_text(self, row: int) -> str:
        return self._search[row]

    def search_texts(self) -> list[str]:
        return self._search

    def records_view(self) -> list[T]:
        """The rows themselves (not a copy): read-only use by the proxy."""
        return self._rows

    def sort_value(self, row: int, column: int) -> Any:
        col = self._columns[column]
        if col.sort_key is BY_SEARCH_TEXT:
            return self._search[row]
        if col.sort_key is not None:
            return col.sort_key(self._rows[row])
        return collation_key(self._row_texts(row)[column])

    # ---- Qt ------------------------------------------------------------------------

    @override
    def rowCount(self, parent: AnyIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    @override
    def columnCount(self, parent: AnyIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._columns)

    @override
    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        return self.cell_data(index.row(), index.column(), role)

    def cell_data(self, row: int, col: int, role: int) -> Any:
        """data() by row and column, so a proxy need not build a source index per cell."""
        if role == Qt.ItemDataRole.DisplayRole:
            return self._row_texts(row)[col]
        if role == Qt.ItemDataRole.ToolTipRole:
            text = self._row_texts(row)[col]
            if self.tooltip is not None:
                extra = self.tooltip(self._rows[row])
                return f"{text}\n{extra}" if extra else text or None
            return text or None
        if role == Qt.ItemDataRole.ForegroundRole:
            if self._alert and self._alert[row]:
                return QBrush(OVERDUE_COLOR)
            return None
        if role == SORT_ROLE:
            return self.sort_value(row, col)
        if role == RECORD_ROLE:
            return self._rows[row]
        return None

    @override
    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self._columns[section].title if 0 <= section < len(self._columns) else None
        return str(section + 1)

    @override
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort the rows in Python on precomputed keys: fast even for 20,000 people."""
        if not 0 <= column < len(self._columns) or not self._rows:
            return
        self.layoutAboutToBeChanged.emit()
        old_persistent = self.persistentIndexList()
        old_rows = [(idx.row(), idx.column()) for idx in old_persistent]
        order_idx = self._sorted_order(column, order)
        self._reorder(order_idx)
        if old_persistent:
            new_pos = {old: new for new, old in enumerate(order_idx)}
            self.changePersistentIndexList(old_persistent, [self.index(new_pos[r], c) for r, c in old_rows])
        self.layoutChanged.emit()

    def _sorted_order(self, column: int, order: Qt.SortOrder) -> list[int]:
        """Row positions in the new order; rows without a value stay at the bottom either way."""
        if self._columns[column].sort_key is BY_SEARCH_TEXT:
            keys: list[Any] = self._search
        else:
            keys = [self.sort_value(i, column) for i in range(len(self._rows))]
        present = [i for i, k in enumerate(keys) if k is not None and k != ""]
        present.sort(key=keys.__getitem__, reverse=order == Qt.SortOrder.DescendingOrder)
        if len(present) == len(keys):
            return present
        return present + [i for i, k in enumerate(keys) if k is None or k == ""]

    def _reorder(self, order_idx: list[int]) -> None:
        self._rows = list(map(self._rows.__getitem__, order_idx))
        self._texts = list(map(self._texts.__getitem__, order_idx))
        self._search = list(map(self._search.__getitem__, order_idx))
        if self._alert:
            self._alert = list(map(self._alert.__getitem__, order_idx))

