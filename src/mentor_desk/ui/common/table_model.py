"""Read-only table models over lists of records: columns declared once, texts and keys precomputed."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractListModel,
    QAbstractProxyModel,
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
_RECORD_ROLES = frozenset(
    {Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.ForegroundRole, SORT_ROLE, RECORD_ROLE}
)


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

    def set_rows(self, rows: Sequence[T]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._precompute()
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
        self._search = [text.casefold().replace("ё", "е") for text in raw]
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
        keys = [self.sort_value(i, column) for i in range(len(self._rows))]
        present = [i for i in range(len(keys)) if keys[i] is not None and keys[i] != ""]
        empty = [i for i in range(len(keys)) if keys[i] is None or keys[i] == ""]
        present.sort(key=keys.__getitem__, reverse=order == Qt.SortOrder.DescendingOrder)
        order_idx = present + empty  # rows without a value stay at the bottom either way
        self._rows = [self._rows[i] for i in order_idx]
        self._texts = [self._texts[i] for i in order_idx]
        self._search = [self._search[i] for i in order_idx]
        if self._alert:
            self._alert = [self._alert[i] for i in order_idx]
        new_pos = {old: new for new, old in enumerate(order_idx)}
        self.changePersistentIndexList(
            old_persistent, [self.index(new_pos[r], c) for r, c in old_rows]
        )
        self.layoutChanged.emit()


class SearchProxy(QAbstractProxyModel):
    """Shows the source rows that match the search words and the record predicate.

    The visible rows are a plain Python list of source rows, recomputed in one pass when the
    search or the predicate changes, and the change is announced as one model reset. (A
    QSortFilterProxyModel asks a Python filterAcceptsRow once per source row and then emits
    row removals range by range: with 20,000 people that took 30 ms a keystroke.) Typing
    more letters only narrows: the new words are checked against the rows already shown.
    The predicate's verdicts are kept until the predicate or the rows change. Sorting is
    delegated to the source model, which sorts its Python lists directly. Views keep their
    selection across a reset through RecordTableView.
    """

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []
        self._predicate: Callable[[Any], bool] | None = None
        # any model with search_texts(), records_view() and record(row): RecordTableModel, CheckableListModel
        self._source: Any = None
        self._base: list[int] | None = None  # source rows the predicate accepts
        self._rows: list[int] = []  # visible source rows, in source order
        self._pos: dict[int, int] | None = None  # source row -> proxy row, built on demand
        self._saved: list[tuple[QModelIndex, Any]] = []
        self._cell_data: Callable[[int, int, int], Any] | None = None

    # ---- source --------------------------------------------------------------------

    @override
    def setSourceModel(self, model: Any) -> None:
        self.beginResetModel()
        if self._source is not None:
            for signal, slot in self._connections():
                signal.disconnect(slot)
        self._source = model
        self._cell_data = getattr(model, "cell_data", None)
        super().setSourceModel(model)
        for signal, slot in self._connections():
            signal.connect(slot)
        self._base = None
        self._refilter(narrow=False)
        self.endResetModel()

    def _connections(self) -> list[tuple[Any, Any]]:
        src = self._source
        return [
            (src.modelAboutToBeReset, self._source_about_to_reset),
            (src.modelReset, self._source_reset),
            (src.rowsAboutToBeInserted, self._source_about_to_reset),
            (src.rowsInserted, self._source_reset),
            (src.rowsAboutToBeRemoved, self._source_about_to_reset),
            (src.rowsRemoved, self._source_reset),
            (src.layoutAboutToBeChanged, self._source_layout_about_to_change),
            (src.layoutChanged, self._source_layout_changed),
            (src.dataChanged, self._source_data_changed),
            (src.headerDataChanged, self.headerDataChanged),
        ]

    def _source_about_to_reset(self, *_args: Any) -> None:
        self.beginResetModel()

    def _source_reset(self, *_args: Any) -> None:
        self._base = None
        self._refilter(narrow=False)
        self.endResetModel()

    def _source_layout_about_to_change(self, *_args: Any) -> None:
        self.layoutAboutToBeChanged.emit()
        src = self._source
        self._saved = [
            (QModelIndex(idx), src.record(self._rows[idx.row()]))
            for idx in self.persistentIndexList()
            if idx.isValid() and idx.row() < len(self._rows)
        ]

    def _source_layout_changed(self, *_args: Any) -> None:
        self._base = None
        self._refilter(narrow=False)
        records = self._source.records_view()
        proxy_row = {id(records[src_row]): row for row, src_row in enumerate(self._rows)}
        old, new = [], []
        for before, record in self._saved:
            row = proxy_row.get(id(record))
            old.append(before)
            new.append(self.index(row, before.column()) if row is not None else QModelIndex())
        self._saved = []
        if old:
            self.changePersistentIndexList(old, new)
        self.layoutChanged.emit()

    def _source_data_changed(self, top_left: QModelIndex, bottom_right: QModelIndex, roles: Any = ()) -> None:
        pos = self._positions()
        rows = [pos[r] for r in range(top_left.row(), bottom_right.row() + 1) if r in pos]
        if rows:
            self.dataChanged.emit(self.index(min(rows), top_left.column()),
                                  self.index(max(rows), bottom_right.column()), roles)

    # ---- filtering -----------------------------------------------------------------

    def set_search(self, text: str) -> None:
        words = text.casefold().replace("ё", "е").split()
        if words == self._words:
            return
        narrow = len(words) >= len(self._words) and all(
            old in new for old, new in zip(self._words, words, strict=False)
        )
        self.beginResetModel()
        self._words = words
        self._refilter(narrow=narrow)
        self.endResetModel()

    def set_predicate(self, predicate: Callable[[Any], bool] | None) -> None:
        self.beginResetModel()
        self._predicate = predicate
        self._base = None
        self._refilter(narrow=False)
        self.endResetModel()

    def _base_rows(self) -> list[int]:
        if self._base is None:
            src = self._source
            pred = self._predicate
            count = len(src.search_texts()) if src is not None else 0
            if pred is None:
                self._base = list(range(count))
            else:
                records = src.records_view()
                self._base = [i for i in range(count) if pred(records[i])]
        return self._base

    def _refilter(self, narrow: bool) -> None:
        self._pos = None
        if self._source is None:
            self._rows = []
            return
        candidates = self._rows if narrow else self._base_rows()
        words = self._words
        if not words:
            self._rows = list(candidates)
            return
        texts = self._source.search_texts()
        if len(words) == 1:
            w = words[0]
            self._rows = [i for i in candidates if w in texts[i]]
        else:
            self._rows = [i for i in candidates if all(w in texts[i] for w in words)]

    def _positions(self) -> dict[int, int]:
        if self._pos is None:
            self._pos = {src_row: row for row, src_row in enumerate(self._rows)}
        return self._pos

    # ---- Qt ------------------------------------------------------------------------

    @override
    def rowCount(self, parent: AnyIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    @override
    def columnCount(self, parent: AnyIndex = _ROOT) -> int:
        if parent.isValid() or self._source is None:
            return 0
        if isinstance(self._source, QAbstractListModel):  # its columnCount is private: one column
            return 1
        return int(self._source.columnCount(_ROOT))

    @override
    def index(self, row: int, column: int, parent: AnyIndex = _ROOT) -> QModelIndex:
        if parent.isValid() or not (0 <= row < len(self._rows)) or not (0 <= column < self.columnCount()):
            return QModelIndex()
        return self.createIndex(row, column)

    @override
    def parent(self, child: AnyIndex = _ROOT) -> QModelIndex:  # type: ignore[override]
        return QModelIndex()

    @override
    def sibling(self, row: int, column: int, idx: AnyIndex) -> QModelIndex:
        return self.index(row, column)

    @override
    def hasChildren(self, parent: AnyIndex = _ROOT) -> bool:
        return not parent.isValid() and bool(self._rows)

    @override
    def mapToSource(self, proxy_index: AnyIndex) -> QModelIndex:
        if not proxy_index.isValid() or self._source is None or proxy_index.row() >= len(self._rows):
            return QModelIndex()
        return self._source.index(self._rows[proxy_index.row()], proxy_index.column())

    @override
    def mapFromSource(self, source_index: AnyIndex) -> QModelIndex:
        if not source_index.isValid():
            return QModelIndex()
        row = self._positions().get(source_index.row())
        return QModelIndex() if row is None else self.index(row, source_index.column())

    @override
    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self._source is None or index.row() >= len(self._rows):
            return None
        src_row = self._rows[index.row()]
        if self._cell_data is not None:
            # A view asks ~8 roles per painted cell; answer the ones a record table never serves at once.
            if role not in _RECORD_ROLES:
                return None
            return self._cell_data(src_row, index.column(), role)
        return self._source.data(self._source.index(src_row, index.column()), role)

    @override
    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if self._source is None:
            return None
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1) if role == Qt.ItemDataRole.DisplayRole else None
        return self._source.headerData(section, orientation, role)

    @override
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if isinstance(self._source, RecordTableModel):
            self._source.sort(column, order)

    def record_at(self, proxy_row: int) -> Any:
        if self._source is None or not 0 <= proxy_row < len(self._rows):
            return None
        return self._source.record(self._rows[proxy_row])

    def row_of_id(self, record_id: int) -> int | None:
        """The shown row of the record with this id, or None."""
        if self._source is None:
            return None
        records = self._source.records_view()
        return next((row for row, src in enumerate(self._rows) if getattr(records[src], "id", None) == record_id), None)

    def proxy_row_of(self, record: Any) -> int | None:
        """Where a record is shown now (identity first, then equal id), or None."""
        if self._source is None:
            return None
        records = self._source.records_view()
        for row, src_row in enumerate(self._rows):
            if records[src_row] is record:
                return row
        wanted = getattr(record, "id", None)
        if wanted is not None:
            for row, src_row in enumerate(self._rows):
                if getattr(records[src_row], "id", None) == wanted:
                    return row
        return None
