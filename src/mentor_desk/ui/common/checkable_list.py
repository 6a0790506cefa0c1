"""A list of people with check boxes, as a model: thousands of pupils without one widget item each."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from typing_extensions import override

AnyIndex = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
ID_ROLE = Qt.ItemDataRole.UserRole + 10


@dataclass(frozen=True)
class CheckableRow:
    id: int
    text: str
    search: str


class CheckableListModel(QAbstractListModel):
    """Rows are (id, text); checked ids are a Python set; data() only reads lists."""

    checked_changed = Signal()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[CheckableRow] = []
        self._search: list[str] = []
        self._checked: set[int] = set()

    def set_rows(self, rows: list[tuple[int, str]], checked: set[int]) -> None:
        self.beginResetModel()
        self._rows = [CheckableRow(i, t, t.casefold().replace("ё", "е")) for i, t in rows]
        self._search = [r.search for r in self._rows]
        self._checked = {i for i in checked if any(r.id == i for r in self._rows)}
        self.endResetModel()
        self.checked_changed.emit()

    # ---- what SearchProxy reads -----------------------------------------------------

    def search_texts(self) -> list[str]:
        return self._search

    def records_view(self) -> list[CheckableRow]:
        return self._rows

    def record(self, row: int) -> CheckableRow:
        return self._rows[row]

    # ---- checks --------------------------------------------------------------------

    def checked_ids(self) -> list[int]:
        """Checked ids in list order."""
        return [r.id for r in self._rows if r.id in self._checked]

    def ids(self) -> list[int]:
        return [r.id for r in self._rows]

    def set_checked(self, person_id: int, checked: bool = True) -> bool:
        for row, r in enumerate(self._rows):
            if r.id == person_id:
                if checked:
                    self._checked.add(person_id)
                else:
                    self._checked.discard(person_id)
                index = self.index(row, 0)
                self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
                self.checked_changed.emit()
                return True
        return False

    def checked_texts(self) -> list[str]:
        return [r.text for r in self._rows if r.id in self._checked]

    # ---- Qt ------------------------------------------------------------------------

    @override
    def rowCount(self, parent: AnyIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    @override
    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        r = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return r.text
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if r.id in self._checked else Qt.CheckState.Unchecked
        if role == ID_ROLE:
            return r.id
        return None

    @override
    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.CheckStateRole:
            return False
        checked = value == Qt.CheckState.Checked or value == Qt.CheckState.Checked.value
        return self.set_checked(self._rows[index.row()].id, bool(checked))

    @override
    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable
