"""The «Сроки» tab: overdue, today and this week in one list; a line opens its record."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)
from typing_extensions import override

from mentor_desk.errors import UserError
from mentor_desk.services.board import BUCKET_TITLES, OVERDUE, TODAY, WEEK, BoardItem
from mentor_desk.services.container import Services
from mentor_desk.ui.common import prompts
from mentor_desk.ui.common.lazy_tab import LazyTab

ITEM_ROLE = Qt.ItemDataRole.UserRole + 1


class BoardTree(QTreeWidget):
    """Enter on a line opens it, as a double click does."""

    @override
    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentItem() is not None:
            self.itemActivated.emit(self.currentItem(), 0)
            return
        super().keyPressEvent(event)


class BoardTab(LazyTab):
    open_record = Signal(str, int)  # target tab ("people", "pairs", "iom", "monitoring") and the record id

    def __init__(self, services: Services, parent: QWidget | None = None, today: date | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._today = today
        self.items: list[BoardItem] = []
        self.heading = QLabel(self)
        self.heading.setStyleSheet("font-size: 13pt; font-weight: bold;")
        self.tree = BoardTree(self)
        self.tree.setColumnCount(3)
        self.tree.setHeaderLabels(["Срок", "Что сделать", "Кого касается"])
        self.tree.setRootIsDecorated(True)
        self.tree.setAlternatingRowColors(True)
        self.stall_spin = QSpinBox(self)
        self.stall_spin.setRange(1, 365)
        self.stall_spin.setSuffix(" дн.")
        self.stall_spin.setToolTip("Пара без записей о встречах дольше этого срока попадает в список")
        self.ics_button = QPushButton("В календарь телефона (.ics)…", self)
        self.message = QLabel(self)
        bar = QHBoxLayout()
        bar.addWidget(QLabel("Пара «застряла», если нет встреч дольше", self))
        bar.addWidget(self.stall_spin)
        bar.addStretch(1)
        bar.addWidget(self.message)
        bar.addWidget(self.ics_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(bar)
        layout.addWidget(self.tree, 1)
        self.tree.itemActivated.connect(self._activated)
        self.ics_button.clicked.connect(self.export_ics)
        self.stall_spin.editingFinished.connect(self._stall_changed)

    def _on(self) -> date:
        return self._today or date.today()

    def _load(self) -> None:
        self.stall_spin.blockSignals(True)
        self.stall_spin.setValue(self._services.board.stalled_after_days())
        self.stall_spin.blockSignals(False)
        self.items = self._services.board.items(self._on())
        self.tree.clear()
        self.heading.setText(f"Сроки на {self._on():%d.%m.%Y}: всего {len(self.items)}")
        colours = {OVERDUE: QColor("#b00020"), TODAY: QColor("#8a5a00"), WEEK: QColor("#1a1a1a")}
        for bucket in (OVERDUE, TODAY, WEEK):
            mine = [i for i in self.items if i.bucket == bucket]
            group = QTreeWidgetItem([f"{BUCKET_TITLES[bucket]} ({len(mine)})", "", ""])
            font = group.font(0)
            font.setBold(True)
            group.setFont(0, font)
            group.setForeground(0, QBrush(colours[bucket]))
            self.tree.addTopLevelItem(group)
            for item in mine:
                line = QTreeWidgetItem([f"{item.due:%d.%m.%Y}", item.title, item.detail])
                line.setData(0, ITEM_ROLE, item)
                line.setToolTip(1, "Enter или двойной щелчок — открыть запись")
                group.addChild(line)
            group.setExpanded(True)
        self.tree.resizeColumnToContents(0)
        self.tree.setColumnWidth(0, max(self.tree.columnWidth(0), 150))
        self.tree.setColumnWidth(1, 560)

    def group(self, bucket: str) -> QTreeWidgetItem:
        index = {OVERDUE: 0, TODAY: 1, WEEK: 2}[bucket]
        item = self.tree.topLevelItem(index)
        assert item is not None
        return item

    def _activated(self, line: QTreeWidgetItem, _column: int = 0) -> None:
        item = line.data(0, ITEM_ROLE)
        if isinstance(item, BoardItem):
            self.open_record.emit(item.target, item.target_id)

    def _stall_changed(self) -> None:
        try:
            self._services.board.set_stalled_after_days(self.stall_spin.value())
        except UserError as exc:
            self.message.setText(exc.message)
            return
        self.reload()

    def export_ics(self) -> None:
        target = prompts.save_file(self, "Сроки в календарь", Path("Сроки наставничества.ics"), "Календарь (*.ics)")
        if target is None:
            return
        try:
            n = self._services.board.export_ics(target, self._on())
        except UserError as exc:
            self.message.setText(exc.message)
            return
        self.message.setText(f"Сохранено событий: {n} — «{target.name}»")
