"""The «ИОМ» tab: pick a mentee's ИОМ, see its passport and the roadmap grouped by direction."""

from __future__ import annotations

import html
import shutil
import tempfile
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QModelIndex, QRect, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from mentor_desk.domain.enums import ActivityStatus, PairStatus
from mentor_desk.domain.names import collation_key
from mentor_desk.domain.records import (
    ActivityDraft,
    ActivityRecord,
    CatalogueItem,
    IomDraft,
    IomRecord,
    IomSummary,
)
from mentor_desk.errors import UserError
from mentor_desk.services.container import Services
from mentor_desk.services.pairs import PairFilter
from mentor_desk.services.reference import Catalogue
from mentor_desk.services.roadmaps import list_templates
from mentor_desk.ui.common import prompts
from mentor_desk.ui.common.dialog_base import FormDialog
from mentor_desk.ui.common.id_filter_bar import IdFilterBar
from mentor_desk.ui.common.lazy_tab import LazyTab
from mentor_desk.ui.common.pdf_preview import PdfJob, choose_target
from mentor_desk.ui.common.table_model import OVERDUE_COLOR, Column, RecordTableModel, SearchProxy
from mentor_desk.ui.common.table_view import RecordTableView
from mentor_desk.ui.iom.iom_dialogs import (
    ActivityDialog,
    DoneMark,
    IomPassportDialog,
    MarkDoneDialog,
    NewIomDialog,
    NewIomRequest,
)
from mentor_desk.ui.iom.roadmap_model import WIDTHS as ROADMAP_WIDTHS
from mentor_desk.ui.iom.roadmap_model import WRAPPED_COLUMNS, RoadmapModel

IOM_COLUMNS = [
    Column[IomSummary]("Наставляемый", lambda s: s.mentee.full_name, lambda s: collation_key(s.mentee.full_name), 215),
    Column[IomSummary]("Наставник", lambda s: s.mentor.surname_initials if s.mentor else "", width=110),
    Column[IomSummary]("Год", lambda s: s.school_year, width=70),
    Column[IomSummary]("Выполнено", lambda s: f"{s.done} из {s.planned}", lambda s: s.percent_done, 95,
                       searchable=False),
    Column[IomSummary]("Просрочено", lambda s: str(s.overdue) if s.overdue else "", lambda s: s.overdue, 85,
                       searchable=False),
]
def viewable_copy(stored: Path, original_name: str) -> Path:
    """The store names files by hash; the system viewer needs the original name and extension."""
    folder = Path(tempfile.gettempdir()) / "mentor-desk-files" / stored.name[:16]
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / (Path(original_name).name or stored.name)
    if not target.exists() or target.stat().st_size != stored.stat().st_size:
        shutil.copyfile(stored, target)
    return target


YEAR_COLUMN = [c.title for c in IOM_COLUMNS].index("Год")


class IomTab(LazyTab):
    def __init__(self, services: Services, parent: QWidget | None = None, today: date | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._today = today or date.today()
        self.dialog: FormDialog | None = None
        self.changed_callbacks: list[Callable[[], None]] = []
        self.current: IomRecord | None = None

        # left: the list of ИОМ
        self.search_edit = QLineEdit(self)
        self.search_edit.setPlaceholderText("Поиск по ФИО (Ctrl+F)")
        self.search_edit.setClearButtonEnabled(True)
        self.year_combo = QComboBox(self)
        self.list_model = RecordTableModel[IomSummary](IOM_COLUMNS, self)
        self.list_model.alert = lambda s: s.overdue > 0
        self.list_proxy = SearchProxy(self)
        self.list_proxy.setSourceModel(self.list_model)
        self.list_view = RecordTableView("ioms", self)
        self.list_view.setModel(self.list_proxy)
        self.id_bar = IdFilterBar(self)
        self.new_button = QPushButton("Н&овый ИОМ…", self)
        self.new_button.setToolTip("Ctrl+N")
        self.delete_iom_button = QPushButton("Удалить ИОМ", self)
        self.print_button = QPushButton("Пе&чать / PDF…", self)
        self.print_button.setToolTip("ИОМ с дорожной картой в PDF: откроется в программе просмотра, "
                                     "оттуда его можно напечатать")
        print_menu = QMenu(self.print_button)
        print_menu.addAction("Открыть PDF с отметками о выполнении", lambda: self.print_iom(blank=False))
        print_menu.addAction("Открыть бланк для подписи (без отметок)", lambda: self.print_iom(blank=True))
        print_menu.addSeparator()
        print_menu.addAction("Сохранить PDF с отметками…", lambda: self.print_iom(blank=False, save_as=True))
        print_menu.addAction("Сохранить бланк для подписи…", lambda: self.print_iom(blank=True, save_as=True))
        self.print_button.setMenu(print_menu)
        self.pdf_job: PdfJob | None = None
        left = QWidget(self)
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.addWidget(self.search_edit, 2)
        row.addWidget(self.year_combo, 1)
        ll.addLayout(row)
        ll.addWidget(self.id_bar)
        ll.addWidget(self.list_view, 1)
        lb = QHBoxLayout()
        lb.addWidget(self.new_button)
        lb.addWidget(self.delete_iom_button)
        lb.addWidget(self.print_button)
        lb.addStretch(1)
        ll.addLayout(lb)

        # right: passport, progress, roadmap
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
        self.add_button = QPushButton("Добавить…", self)
        self.edit_button = QPushButton("Изменить…", self)
        self.up_button = QPushButton("Выше", self)
        self.down_button = QPushButton("Ниже", self)
        self.done_button = QPushButton("&Выполнено…", self)
        self.attach_button = QPushButton("При&крепить продукт…", self)
        self.open_file_button = QPushButton("Открыть файл", self)
        self.delete_button = QPushButton("Удалить", self)
        right = QWidget(self)
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        ph = QHBoxLayout()
        ph.addWidget(self.passport_label, 1)
        ph.addWidget(self.passport_button, 0, Qt.AlignmentFlag.AlignTop)
        rl.addLayout(ph)
        pr = QHBoxLayout()
        pr.addWidget(self.progress, 1)
        pr.addWidget(self.overdue_label)
        rl.addLayout(pr)
        rl.addWidget(self.tree, 1)
        rb = QHBoxLayout()
        for b in (self.add_button, self.edit_button, self.up_button, self.down_button, self.done_button,
                  self.attach_button, self.open_file_button, self.delete_button):
            rb.addWidget(b)
        rb.addStretch(1)
        rl.addLayout(rb)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 5)
        self.splitter.setSizes([545, 895])
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)

        self.search_edit.textChanged.connect(self.list_proxy.set_search)
        self.year_combo.currentIndexChanged.connect(self._apply_filters)
        self.id_bar.cleared.connect(self._apply_filters)
        self.list_view.selectionModel().selectionChanged.connect(lambda *_: self._iom_selected())
        self.list_view.activated_record.connect(self.edit_passport)
        self.new_button.clicked.connect(self.new_iom)
        self.delete_iom_button.clicked.connect(self.delete_iom)
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
        self.up_button.setToolTip("Ctrl+↑")
        self.down_button.setToolTip("Ctrl+↓")
        self.tree.selectionModel().currentChanged.connect(lambda *_: self._update_buttons())
        self.tree.header().sectionResized.connect(self._column_resized)
        self.list_view.apply_columns(IOM_COLUMNS)
        self._fill_years()
        self.list_view.sortByColumn(0, Qt.SortOrder.AscendingOrder)

    # ---- list ----------------------------------------------------------------------

    def _fill_years(self) -> None:
        self.year_combo.blockSignals(True)
        self.year_combo.clear()
        self.year_combo.addItem("все годы", None)
        for y in reversed(self._services.organisation.school_years()):
            self.year_combo.addItem(y, y)
        current = self._services.organisation.current_year().title
        idx = self.year_combo.findData(current)
        self.year_combo.setCurrentIndex(max(idx, 0))
        self.year_combo.blockSignals(False)

    def reload(self, select_id: int | None = None) -> None:
        self._stale = False
        keep = select_id if select_id is not None else (self.current.id if self.current else None)
        self.list_model.set_rows(self._services.roadmaps.list_ioms())
        header = self.list_view.horizontalHeader()
        if header.sortIndicatorSection() >= 0:
            self.list_model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        self._apply_filters()
        if keep is None or not self.select_iom(keep):
            self._show(None)

    def _load(self) -> None:
        self.reload()

    def _apply_filters(self) -> None:
        year = self.year_combo.currentData()
        self.list_view.setColumnHidden(YEAR_COLUMN, year is not None)  # the filter already says which year
        ids = self.id_bar.ids
        self.list_proxy.set_predicate(
            lambda s: (year is None or s.school_year == year) and (ids is None or s.id in ids)
        )

    def select_iom(self, iom_id: int) -> bool:
        if not self.list_view.select_record_id(iom_id):
            return False
        self._iom_selected()
        return True

    def show_ids(self, ids: list[int], text: str) -> None:
        self.year_combo.setCurrentIndex(0)
        self.search_edit.clear()
        self.id_bar.set_ids(frozenset(ids), text, "Показать все ИОМ")
        self._apply_filters()

    def _selected_summary(self) -> IomSummary | None:
        row = self.list_view.current_source_row()
        if row is None:
            return None
        rec = self.list_proxy.record_at(row)
        return rec if isinstance(rec, IomSummary) else None

    def _iom_selected(self) -> None:
        summary = self._selected_summary()
        self._show(self._services.roadmaps.get(summary.id) if summary is not None else None)

    # ---- one ИОМ -------------------------------------------------------------------

    def _show(self, iom: IomRecord | None) -> None:
        keep_activity = self.selected_activity()
        self.current = iom
        if iom is None:
            self.roadmap.set_activities([], self._today)
            self.passport_label.setText("<i>Выберите ИОМ слева или создайте новый (Ctrl+N).</i>")
            self.progress.setMaximum(1)
            self.progress.setValue(0)
            self.progress.setFormat("")
            self.overdue_label.setText("")
            self._update_buttons()
            return
        self.passport_label.setText(self._passport_html(iom))
        total = len(iom.activities)
        self.progress.setMaximum(max(total, 1))
        self.progress.setValue(iom.done_count)
        self.progress.setFormat(f"выполнено {iom.done_count} из {total}" if total else "мероприятий пока нет")
        overdue = iom.overdue_count(self._today)
        self.overdue_label.setText(f"просрочено: {overdue}" if overdue else "")
        self.roadmap.set_activities(iom.activities, self._today)
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

    def _passport_html(self, iom: IomRecord) -> str:
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
        has_iom = self.current is not None
        act = self._activity(self.selected_activity())
        self.passport_button.setEnabled(has_iom)
        self.delete_iom_button.setEnabled(has_iom)
        self.print_button.setEnabled(has_iom)
        self.add_button.setEnabled(has_iom)
        for b in (self.edit_button, self.up_button, self.down_button, self.attach_button, self.delete_button):
            b.setEnabled(act is not None)
        self.done_button.setEnabled(act is not None and act.status is not ActivityStatus.DONE)
        self.open_file_button.setEnabled(act is not None and bool(act.attachments))

    def _refresh(self) -> None:
        if self.current is not None:
            self._show(self._services.roadmaps.get(self.current.id))
            # keep the list's counts in step without losing the selection
            current = self.current
            self.list_model.set_rows(self._services.roadmaps.list_ioms())
            self._apply_filters()
            self.select_iom(current.id)
        self._notify()

    # ---- actions: ИОМ --------------------------------------------------------------

    def new_item(self) -> None:
        self.new_iom()

    def focus_search(self) -> None:
        self.search_edit.setFocus()
        self.search_edit.selectAll()

    def new_iom(self) -> None:
        s = self._services
        open_pairs = [p for p in s.pairs.list_pairs(PairFilter()) if p.status in (PairStatus.ACTIVE, PairStatus.PLANNED)]
        dialog = NewIomDialog(
            s.people.list_people(include_archived=False), open_pairs, list_templates(), s.roadmaps.list_ioms(),
            s.organisation.school_years(), s.organisation.current_year().title, self,
        )
        dialog.submitted.connect(lambda req: self._create(dialog, req))
        self._open(dialog)

    def _create(self, dialog: NewIomDialog, req: NewIomRequest) -> None:
        try:
            self._services.organisation.ensure_year(req.draft.school_year)
            iom = self._services.roadmaps.create(req.draft, template_key=req.template_key, copy_from=req.copy_from)
        except UserError as exc:
            dialog.show_problem(exc.message)
            return
        dialog.done_ok()
        self.dialog = None
        self.id_bar.ids = None
        self.id_bar.setVisible(False)
        self._fill_years()
        idx = self.year_combo.findData(iom.school_year)
        self.year_combo.setCurrentIndex(max(idx, 0))
        self.reload(select_id=iom.id)
        self._notify()

    def edit_passport(self) -> None:
        iom = self.current
        if iom is None:
            return
        dialog = IomPassportDialog(iom, self)
        dialog.submitted.connect(lambda draft: self._save_passport(dialog, iom.id, draft, iom.version))
        self._open(dialog)

    def _save_passport(self, dialog: IomPassportDialog, iom_id: int, draft: IomDraft, version: int) -> None:
        try:
            self._services.organisation.ensure_year(draft.school_year)
            self._services.roadmaps.update(iom_id, draft, expected_version=version)
        except UserError as exc:
            dialog.show_problem(exc.message)
            return
        dialog.done_ok()
        self.dialog = None
        self._refresh()

    def delete_iom(self) -> None:
        iom = self.current
        if iom is None:
            return
        if not prompts.ask_yes_no(
            self, f"Удалить ИОМ «{iom.mentee.full_name}» ({iom.school_year}) со всеми мероприятиями? "
                  "Это действие не отменить."):
            return
        try:
            self._services.roadmaps.delete(iom.id)
        except UserError as exc:
            prompts.show_error(self, exc.message)
            return
        self.current = None
        self.reload()
        self._notify()

    def print_iom(self, blank: bool, save_as: bool = False) -> PdfJob | None:
        """The selected ИОМ as PDF (written off the GUI thread), opened in the system viewer or saved."""
        iom = self.current
        if iom is None or (self.pdf_job is not None and self.pdf_job.running):
            return None
        from mentor_desk.exports.pdf import write_iom_pdf
        from mentor_desk.services.documents import ioms_for_print

        try:
            records = ioms_for_print(self._services, iom.id)
            org = self._services.organisation.get()
        except UserError as exc:
            prompts.show_error(self, exc.message)
            return None
        variant = "бланк" if blank else "с отметками"
        # the temporary file for the viewer carries no name (viewers show it in their title bar)
        who = iom.mentee.short_name if save_as else f"№ {iom.id}"
        name = f"ИОМ {who} {iom.school_year.replace('/', '-')} ({variant})"
        target = choose_target(self, "Сохранить ИОМ в PDF", name, save_as)
        if target is None:
            return None
        job = PdfJob(self, "ИОМ в PDF",
                     lambda path, progress, cancelled: write_iom_pdf(records, org, path, blank, progress, cancelled),
                     target, open_after=not save_as)
        self.pdf_job = job
        return job.start()

    # ---- actions: activities -------------------------------------------------------

    def _catalogues(self) -> tuple[list[CatalogueItem], list[CatalogueItem]]:
        ref = self._services.reference
        return ref.items(Catalogue.DIRECTIONS), ref.items(Catalogue.PRODUCT_TYPES)

    def add_activity(self) -> None:
        iom = self.current
        if iom is None:
            return
        directions, products = self._catalogues()
        dialog = ActivityDialog(directions, products, None, self)
        dialog.submitted.connect(lambda draft: self._save_activity(dialog, None, draft, None))
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
        self, dialog: ActivityDialog, activity_id: int | None, draft: ActivityDraft, version: int | None
    ) -> None:
        assert self.current is not None
        try:
            if activity_id is None:
                saved = self._services.roadmaps.add_activity(self.current.id, draft)
            else:
                saved = self._services.roadmaps.update_activity(activity_id, draft, expected_version=version)
        except UserError as exc:
            dialog.show_problem(exc.message)
            return
        dialog.done_ok()
        self.dialog = None
        self._refresh()
        self.select_activity(saved.id)

    def move_activity(self, direction: int) -> None:
        """Move within its direction group: swap with the neighbour of the same direction."""
        iom = self.current
        act = self._activity(self.selected_activity())
        if iom is None or act is None:
            return
        order = [a.id for a in iom.activities]
        same = [a.id for a in iom.activities if a.direction == act.direction]
        pos = same.index(act.id)
        target = pos + direction
        if not 0 <= target < len(same):
            return
        delta = order.index(same[target]) - order.index(act.id)
        self._services.roadmaps.move_activity(act.id, delta)
        self._refresh()
        self.select_activity(act.id)

    def mark_done(self) -> None:
        act = self._activity(self.selected_activity())
        if act is None:
            return
        dialog = MarkDoneDialog(act, self)
        dialog.submitted.connect(lambda mark: self._save_done(dialog, act.id, mark))
        self._open(dialog)

    def _save_done(self, dialog: MarkDoneDialog, activity_id: int, mark: DoneMark) -> None:
        try:
            self._services.roadmaps.mark_done(activity_id, mark.done_on, mark.mark)
        except UserError as exc:
            dialog.show_problem(exc.message)
            return
        dialog.done_ok()
        self.dialog = None
        self._refresh()
        self.select_activity(activity_id)

    def attach_file(self) -> None:
        act = self._activity(self.selected_activity())
        if act is None:
            return
        path = prompts.open_file(self, "Файл продукта (программа сохранит свою копию)")
        if path is None:
            return
        try:
            self._services.roadmaps.attach_file(act.id, path)
        except UserError as exc:
            prompts.show_error(self, exc.message)
            return
        self._refresh()
        self.select_activity(act.id)

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
        self._services.roadmaps.delete_activity(act.id)
        self._refresh()

    def _open(self, dialog: FormDialog) -> None:
        self.dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def _notify(self) -> None:
        for callback in self.changed_callbacks:
            callback()

    def save_state(self) -> None:
        self.list_view.remember_columns()
