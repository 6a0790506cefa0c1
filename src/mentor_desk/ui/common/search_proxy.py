"""The proxy that shows the rows of a record model matching the search words and a predicate."""

from __future__ import annotations

from collections.abc import Callable
from itertools import compress
from typing import Any

from PySide6.QtCore import QAbstractListModel, QAbstractProxyModel, QModelIndex, Qt
from typing_extensions import override

from mentor_desk.ui.common.table_model import RECORD_ROLES, AnyIndex, RecordTableModel

_ROOT = QModelIndex()


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
        if self._saved:  # the map of every shown row is built only when indexes must follow it
            records = self._source.records_view()
            proxy_row = {id(records[src_row]): row for row, src_row in enumerate(self._rows)}
            old, new = [], []
            for before, record in self._saved:
                row = proxy_row.get(id(record))
                old.append(before)
                new.append(self.index(row, before.column()) if row is not None else QModelIndex())
            self._saved = []
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
                self._base = list(compress(range(count), map(pred, src.records_view())))
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
            if role not in RECORD_ROLES:
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
