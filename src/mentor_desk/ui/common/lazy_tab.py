"""A tab that loads its data when first shown and again when shown after a change elsewhere."""

from __future__ import annotations

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget
from typing_extensions import override


class LazyTab(QWidget):
    """Hidden tabs do no database work: a change elsewhere only marks them stale."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._stale = True

    def reload(self) -> None:
        self._stale = False
        self._load()

    def _load(self) -> None:
        raise NotImplementedError

    def mark_stale(self) -> None:
        if self.isVisible():
            self.reload()
        else:
            self._stale = True

    def ensure_loaded(self) -> None:
        if self._stale:
            self.reload()

    @override
    def showEvent(self, event: QShowEvent) -> None:
        self.ensure_loaded()
        super().showEvent(event)

    # the common tab interface of the main window
    def new_item(self) -> None:
        pass

    def focus_search(self) -> None:
        pass

    def save_state(self) -> None:
        pass
