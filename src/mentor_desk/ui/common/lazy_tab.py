"""A tab that loads its data when first shown and again when shown after a change elsewhere."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget
from typing_extensions import override

from mentor_desk.ui.common.operations import Change


class LazyTab(QWidget):
    """Hidden tabs do no database work: a change elsewhere only marks them stale.

    `changes_made(Change, source)` is emitted by the operations this tab runs; the main window
    relays it to every tab's `on_changes`, which reloads a tab that watches a changed area.
    """

    changes_made = Signal(object, object)
    watches: Change = Change.EVERYTHING

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

    def on_changes(self, changes: Change, source: QObject | None) -> None:
        """Data changed somewhere; a change made by this tab or a widget inside it was already shown."""
        inside = source is self or (isinstance(source, QWidget) and self.isAncestorOf(source))
        if not inside and changes & self.watches:
            self.mark_stale()

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
