"""The right panel of the «ИОМ» tab: one ИОМ's passport, progress and roadmap, with its activity actions."""

from __future__ import annotations

import html
import shutil
import tempfile
from datetime import date
from pathlib import Path

from PySide6.QtCore import QModelIndex, QRect, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from mentor_desk.domain.enums import ActivityStatus
from mentor_desk.domain.records import ActivityDraft, ActivityRecord, CatalogueItem, IomDraft, IomRecord
from mentor_desk.domain.responsible import codes_in, legend_text
from mentor_desk.errors import UserError
from mentor_desk.services.container import Services
from mentor_desk.services.reference import Catalogue
from mentor_desk.ui.common import prompts
from mentor_desk.ui.common.dialog_base import FormDialog
from mentor_desk.ui.common.operations import Change, Operation
from mentor_desk.ui.common.table_model import OVERDUE_COLOR
from mentor_desk.ui.iom.iom_dialogs import ActivityDialog, DoneMark, IomPassportDialog, MarkDoneDialog
from mentor_desk.ui.iom.roadmap_model import WIDTHS as ROADMAP_WIDTHS
from mentor_desk.ui.iom.roadmap_model import WRAPPED_COLUMNS, RoadmapModel


def viewable_copy(stored: Path, original_name: str) -> Path:
    """The store names files by hash; the system viewer needs the original name and extension."""
    folder = Path(tempfile.gettempdir()) / "mentor-desk-files" / stored.name[:16]
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / (Path(original_name).name or stored.name)
    if not target.exists() or target.stat().st_size != stored.stat().st_size:
        shutil.copyfile(stored, target)
    return target


class RoadmapPanel(QWidget):
    """Edits the shown ИOM; after each saved change emits `iom_changed` so the tab refreshes the list."""

    iom_changed = Signal()

    def __init__(self, services: Services, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._today = today
        self.current: IomRecord | None = None
        self.dialog: FormDialog | None = None
        self.passport_label = QLabel(self)
        self.passport_label.setWordWrap(True)
        self.passport_label.setTextFormat(Qt.TextFormat.RichText)
        self.passport_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.passport_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.passport_button = QPushButton("Паспор&т, дефициты, цель, задачи…", self)
        self.progress = QProgressBar(self)
        self.progress.setFormat("выполнено %v из %m")
        self.overdue_label = QLabel(self)
        self.overdue_label.setStyleSheet(f"color: {OVERDUE_COLOR.name()}; font-weight: bold;")
        self.roadmap = RoadmapModel(self)
        self.tree = QTreeView(self)
        self.tree.setModel(self.roadmap)
        self.roadmap.measure = self._text_height
        self.tree.setRootIsDecorated(False)
        self.tree.setIndentation(0)
        self.tree.setItemsExpandable(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setAllColumnsShowFocus(True)
        self.tree.setWordWrap(True)
        self.tree.setUniformRowHeights(False)
        for i, w in enumerate(ROADMAP_WIDTHS):
            self.tree.setColumnWidth(i, w)
        self.legend_label = QLabel(self)
        self.legend_label.setWordWrap(True)
        self.legend_label.setObjectName("rolesLegend")
        self.add_button = QPushButton("Добавить…", self)
        self.edit_button = QPushButton("Изменить…", self)
        self.up_button = QPushButton("Выше", self)
        self.down_button = QPushButton("Ниже", self)
        self.done_button = QPushButton("&Выполнено…", self)
        self.attach_button = QPushButton("При&крепить продукт…", self)
        self.open_file_button = QPushButton("Открыть файл", self)
        self.delete_button = QPushButton("Удалить", self)
        self.up_button.setToolTip("Ctrl+↑")
        self.down_button.setToolTip("Ctrl+↓")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addWidget(self.passport_label, 1)
        top.addWidget(self.passport_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(top)
        bar = QHBoxLayout()
        bar.addWidget(self.progress, 1)
        bar.addWidget(self.overdue_label)
        layout.addLayout(bar)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.legend_label)
        # two rows of buttons, so that the panel fits beside the list on a 1280-pixel screen
        for group in ((self.add_button, self.edit_button, self.up_button, self.down_button),
                      (self.done_button, self.attach_button, self.open_file_button, self.delete_button)):
            row = QHBoxLayout()
            for b in group:
                row.addWidget(b)
            row.addStretch(1)
            layout.addLayout(row)

        self.passport_button.clicked.connect(self.edit_passport)
        self.add_button.clicked.connect(self.add_activity)
        self.edit_button.clicked.connect(self.edit_activity)
        self.up_button.clicked.connect(lambda: self.move_activity(-1))
        self.down_button.clicked.connect(lambda: self.move_activity(+1))
        self.done_button.clicked.connect(self.mark_done)
        self.attach_button.clicked.connect(self.attach_file)
        self.open_file_button.clicked.connect(self.open_file)
        self.delete_button.clicked.connect(self.delete_activity)
        self.tree.activated.connect(lambda _index: self.edit_activity())  # double-click or Enter
        delete = QShortcut(QKeySequence(Qt.Key.Key_Delete), self.tree)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self.delete_activity)
        for key, step in ((Qt.Key.Key_Up, -1), (Qt.Key.Key_Down, +1)):
            move = QShortcut(QKeySequence(Qt.KeyboardModifier.ControlModifier | key), self.tree)
            move.setContext(Qt.ShortcutContext.WidgetShortcut)
            move.activated.connect(lambda s=step: self.move_activity(s))
        self.tree.selectionModel().currentChanged.connect(lambda *_: self._update_buttons())
        self.tree.header().sectionResized.connect(self._column_resized)

    # ---- showing -------------------------------------------------------------------

    def show_iom(self, iom: IomRecord | None) -> None:
        keep_activity = self.selected_activity()
        self.current = iom
        if iom is None:
            self.roadmap.set_activities([], self._today)
            self.passport_label.setText("<i>Выберите ИОМ слева или создайте новый (Ctrl+N).</i>")
            self.progress.setMaximum(1)
            self.progress.setValue(0)
            self.progress.setFormat("")
            self.overdue_label.setText("")
            self.legend_label.setText("")
            self._update_buttons()
            return
        self.passport_label.setText(passport_html(iom))
        total = len(iom.activities)
        self.progress.setMaximum(max(total, 1))
        self.progress.setValue(iom.done_count)
        self.progress.setFormat(f"выполнено {iom.done_count} из {total}" if total else "мероприятий пока нет")
        overdue = iom.overdue_count(self._today)
        self.overdue_label.setText(f"просрочено: {overdue}" if overdue else "")
        self.roadmap.set_activities(iom.activities, self._today)
        self.legend_label.setText(legend_text(codes_in(a.responsible for a in iom.activities)))
        self.tree.expandAll()
        for group in range(self.roadmap.group_count()):
            self.tree.setFirstColumnSpanned(group, QModelIndex(), True)
        if keep_activity is not None:
            self.select_activity(keep_activity)
        self._update_buttons()

    def _text_height(self, text: str, width: int) -> int:
        flags = int(Qt.AlignmentFlag.AlignLeft) | int(Qt.TextFlag.TextWordWrap)
        return self.tree.fontMetrics().boundingRect(QRect(0, 0, width, 10_000), flags, text).height()

    def _column_resized(self, column: int, _old: int, _new: int) -> None:
        if column in WRAPPED_COLUMNS:
            self.roadmap.set_widths([self.tree.columnWidth(c) for c in range(self.roadmap.columnCount())])

    def selected_activity(self) -> int | None:
        act = self.roadmap.activity(self.tree.currentIndex())
        return act.id if act is not None else None

    def select_activity(self, activity_id: int) -> bool:
        index = self.roadmap.index_of(activity_id)
        if not index.isValid():
            return False
        self.tree.setCurrentIndex(index)
        return True

    def _activity(self, activity_id: int | None) -> ActivityRecord | None:
        if self.current is None or activity_id is None:
            return None
        return next((a for a in self.current.activities if a.id == activity_id), None)

    def _update_buttons(self) -> None:
        act = self._activity(self.selected_activity())
        self.passport_button.setEnabled(self.current is not None)
        self.add_button.setEnabled(self.current is not None)
        for b in (self.edit_button, self.up_button, self.down_button, self.attach_button, self.delete_button):
            b.setEnabled(act is not None)
        self.done_button.setEnabled(act is not None and act.status is not ActivityStatus.DONE)
        self.open_file_button.setEnabled(act is not None and bool(act.attachments))

    def _changed(self, select_activity: int | None = None) -> None:
        self.iom_changed.emit()  # the tab shows the fresh ИОМ and list
        if select_activity is not None:
            self.select_activity(select_activity)

    def _open(self, dialog: FormDialog) -> None:
        self.dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    # ---- passport ------------------------------------------------------------------

    def edit_passport(self) -> None:
        iom = self.current
        if iom is None:
            return
        dialog = IomPassportDialog(iom, self)
        dialog.submitted.connect(lambda draft: self._save_passport(dialog, iom.id, draft, iom.version))
        self._open(dialog)

    def _save_passport(self, dialog: IomPassportDialog, iom_id: int, draft: IomDraft, version: int) -> None:
        def save() -> IomRecord:
            self._services.organisation.ensure_year(draft.school_year)
            return self._services.roadmaps.update(iom_id, draft, expected_version=version)

        Operation(self, save, Change.IOM).in_dialog(dialog).success(lambda _r: self._changed()).run()

    # ---- activities ----------------------------------------------------------------

    def _catalogues(self) -> tuple[list[CatalogueItem], list[CatalogueItem]]:
        ref = self._services.reference
        return ref.items(Catalogue.DIRECTIONS), ref.items(Catalogue.PRODUCT_TYPES)

    def add_activity(self) -> None:
        if self.current is None:
            return
        directions, products = self._catalogues()
        dialog = ActivityDialog(directions, products, None, self)
        dialog.submitted.connect(lambda draft: self._save_activity(dialog, None, draft))
        self._open(dialog)

    def edit_activity(self) -> None:
        act = self._activity(self.selected_activity())
        if act is None:
            return
        directions, products = self._catalogues()
        dialog = ActivityDialog(directions, products, act, self)
        dialog.submitted.connect(lambda draft: self._save_activity(dialog, act.id, draft, act.version))
        self._open(dialog)

    def _save_activity(
        self, dialog: ActivityDialog, activity_id: int | None, draft: ActivityDraft, version: int | None = None
    ) -> None:
        assert self.current is not None
        iom_id, roadmaps = self.current.id, self._services.roadmaps
        Operation(self, lambda: roadmaps.add_activity(iom_id, draft) if activity_id is None
                  else roadmaps.update_activity(activity_id, draft, expected_version=version), Change.IOM).in_dialog(dialog).success(
            lambda saved: self._changed(saved.id)).run()

    def move_activity(self, direction: int) -> None:
        """Move within its direction group: swap with the neighbour of the same direction."""
        iom = self.current
        act = self._activity(self.selected_activity())
        if iom is None or act is None:
            return
        order = [a.id for a in iom.activities]
        same = [a.id for a in iom.activities if a.direction == act.direction]
        target = same.index(act.id) + direction
        if not 0 <= target < len(same):
            return
        delta = order.index(same[target]) - order.index(act.id)
        Operation(self, lambda: self._services.roadmaps.move_activity(act.id, delta), Change.IOM).success(
            lambda _r: self._changed(act.id)).run()

    def mark_done(self) -> None:
        act = self._activity(self.selected_activity())
        if act is None:
            return
        dialog = MarkDoneDialog(act, self)
        dialog.submitted.connect(lambda mark: self._save_done(dialog, act.id, mark))
        self._open(dialog)

    def _save_done(self, dialog: MarkDoneDialog, activity_id: int, mark: DoneMark) -> None:
        Operation(self, lambda: self._services.roadmaps.mark_done(activity_id, mark.done_on, mark.mark),
                  Change.IOM).in_dialog(dialog).success(lambda _r: self._changed(activity_id)).run()

    def attach_file(self) -> None:
        act = self._activity(self.selected_activity())
        if act is None:
            return
        path = prompts.open_file(self, "Файл продукта (программа сохранит свою копию)")
        if path is None:
            return
        Operation(self, lambda: self._services.roadmaps.attach_file(act.id, path), Change.IOM).success(
            lambda _r: self._changed(act.id)).run()

    def open_file(self) -> None:
        act = self._activity(self.selected_activity())
        if act is None or not act.attachments:
            return
        attachment = act.attachments[-1]
        try:
            path = self._services.roadmaps.attachment_path(attachment.id)
        except UserError as exc:
            prompts.show_error(self, exc.message)
            return
        try:
            viewable = viewable_copy(path, attachment.original_name)
        except OSError as exc:
            prompts.show_error(self, f"Не удалось подготовить файл к просмотру: {exc.strerror}.")
            return
        if not prompts.open_path(viewable):
            prompts.show_error(self, f"Не удалось открыть «{attachment.original_name}»: нет программы для этого типа "
                                     f"файлов. Файл лежит здесь: {path}")

    def delete_activity(self) -> None:
        act = self._activity(self.selected_activity())
        if act is None:
            return
        if not prompts.ask_yes_no(self, f"Удалить мероприятие «{act.title}»?"):
            return
        Operation(self, lambda: self._services.roadmaps.delete_activity(act.id), Change.IOM).success(
            lambda _r: self._changed()).run()


def passport_html(iom: IomRecord) -> str:
    def esc(text: str) -> str:
        return html.escape(text).replace("\n", "<br>")

    m = iom.mentee
    who = m.class_or_position or m.kind.label
    mentor = f"{iom.mentor.full_name}" if iom.mentor else "не указан"
    parts = [f"<b>{esc(m.full_name)}</b> — {esc(who)}; наставник: {esc(mentor)}; {esc(iom.school_year)} уч. год"]
    if iom.topic:
        parts.append(f"<b>Тема самообразования:</b> {esc(iom.topic)}")
    parts.append(f"<b>Дефициты:</b> {esc(iom.deficits) or '—'}")
    parts.append(f"<b>Цель:</b> {esc(iom.goal) or '—'}")
    if iom.tasks:
        parts.append(f"<b>Задачи:</b> {esc(iom.tasks)}")
    return "<br>".join(parts)
