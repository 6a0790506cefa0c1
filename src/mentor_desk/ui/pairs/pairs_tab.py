"""The «Пары и группы» tab: every pair and group, filters, create/edit/close, the meetings log."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from mentor_desk.domain.enums import OrderKind, PairStatus
from mentor_desk.domain.records import MeetingDraft, PairDraft, PairRecord
from mentor_desk.services.container import Services
from mentor_desk.ui.common import prompts
from mentor_desk.ui.common.dialog_base import FormDialog, open_dialog
from mentor_desk.ui.common.id_filter_bar import IdFilterBar
from mentor_desk.ui.common.lazy_tab import LazyTab
from mentor_desk.ui.common.operations import Change, Operation
from mentor_desk.ui.common.pdf_preview import PdfJob
from mentor_desk.ui.common.search_proxy import SearchProxy
from mentor_desk.ui.common.table_view import RecordTableView
from mentor_desk.ui.pairs.close_pair_dialog import ClosePairDialog, CloseRequest
from mentor_desk.ui.pairs.meeting_dialog import MeetingDialog
from mentor_desk.ui.pairs.meetings_box import MeetingsBox
from mentor_desk.ui.pairs.order_actions import OrderActions
from mentor_desk.ui.pairs.orders_dialog import OrdersDialog, new_order_menu
from mentor_desk.ui.pairs.pair_dialog import PairDialog
from mentor_desk.ui.pairs.pairs_model import (
    PAIR_COLUMNS,
    make_pairs_model,
)


class PairsTab(LazyTab):
    watches = Change.PEOPLE | Change.PAIRS | Change.ORDERS | Change.REFERENCE | Change.SCHOOL
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.dialog: FormDialog | None = None

        self.search_edit = QLineEdit(self)
        self.search_edit.setPlaceholderText("Поиск: наставник, наставляемый, программа (Ctrl+F)")
        self.search_edit.setClearButtonEnabled(True)
        self.form_combo = QComboBox(self)
        self.status_combo = QComboBox(self)
        self.programme_combo = QComboBox(self)
        self.year_combo = QComboBox(self)
        for combo in (self.form_combo, self.programme_combo):
            combo.setMinimumContentsLength(16)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.count_label = QLabel(self)
        self.add_button = QPushButton("Со&здать…", self)
        self.add_button.setToolTip("Ctrl+N")
        self.edit_button = QPushButton("&Изменить…", self)
        self.close_button = QPushButton("За&крыть пару…", self)
        self.orders = OrderActions(services, self, self._orders_changed)
        self.new_order_button = QPushButton("Н&овый приказ", self)
        self.new_order_button.setToolTip("Приказ о назначении куратора, о закреплении пар или о завершении")
        self.new_order_button.setMenu(new_order_menu(self.new_order_button, self.orders))
        self.orders_button = QPushButton("П&риказы…", self)
        self.orders_button.setToolTip("Реестр приказов: номер, дата, вид, учебный год, статус; изменить и печать")
        self.orders_button.clicked.connect(self.open_orders)
        self.order_button = QPushButton("Печать приказа", self)
        self.order_button.setToolTip("Приказ в PDF, готовый к подписи")
        order_menu = QMenu(self.order_button)
        self.order_of_pair_action = order_menu.addAction("Приказ, которым закреплена выбранная пара",
                                                         self.print_order_of_selected)
        order_menu.addAction("Последний приказ о закреплении пар", lambda: self.print_order(None))
        order_menu.addAction("Сохранить последний приказ в PDF…", lambda: self.print_order(None, save_as=True))
        self.order_button.setMenu(order_menu)
        self.orders_dialog: OrdersDialog | None = None
        self.model = make_pairs_model()
        self.proxy = SearchProxy(self)
        self.proxy.setSourceModel(self.model)
        self.view = RecordTableView("pairs", self)
        self.view.setModel(self.proxy)
        self.view.set_empty_text("Пар и групп пока нет. Нажмите «Создать…» (Ctrl+N): выберите форму наставничества, "
                                 "наставника и наставляемых. Участников сначала добавьте во вкладке «Участники».")
        self.id_bar = IdFilterBar(self)

        self.meetings_box = MeetingsBox(self)
        box = self.meetings_box
        self.meetings_model, self.meetings_view = box.model, box.view
        self.meeting_add, self.meeting_edit, self.meeting_delete = box.add_button, box.edit_button, box.delete_button

        filters = QHBoxLayout()
        filters.addWidget(self.search_edit, 2)
        for label, combo in (("Форма:", self.form_combo), ("Статус:", self.status_combo),
                             ("Программа:", self.programme_combo), ("Год:", self.year_combo)):
            lab = QLabel(label, self)
            lab.setBuddy(combo)
            filters.addWidget(lab)
            filters.addWidget(combo, 1)
        buttons = QHBoxLayout()
        for b in (self.add_button, self.edit_button, self.close_button):
            buttons.addWidget(b)
        buttons.addSpacing(16)
        for b in (self.new_order_button, self.orders_button, self.order_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.count_label)
        top = QWidget(self)
        tl = QVBoxLayout(top)
        tl.setContentsMargins(0, 0, 0, 0)
        tl.addLayout(filters)
        tl.addWidget(self.id_bar)
        tl.addWidget(self.view, 1)
        tl.addLayout(buttons)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.addWidget(top)
        self.splitter.addWidget(self.meetings_box)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)

        self._fill_filters()
        self.search_edit.textChanged.connect(self._search_changed)
        for combo in (self.form_combo, self.status_combo, self.programme_combo, self.year_combo):
            combo.currentIndexChanged.connect(self._apply_filters)
        self.id_bar.cleared.connect(self._apply_filters)
        self.add_button.clicked.connect(self.add_pair)
        self.edit_button.clicked.connect(self.edit_pair)
        self.close_button.clicked.connect(self.close_pair)
        self.view.activated_record.connect(self.edit_pair)
        self.view.delete_pressed.connect(self.close_pair)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())
        self.meeting_add.clicked.connect(self.add_meeting)
        self.meeting_edit.clicked.connect(self.edit_meeting)
        self.meeting_delete.clicked.connect(self.delete_meeting)
        self.meetings_view.activated_record.connect(self.edit_meeting)
        self.meetings_view.delete_pressed.connect(self.delete_meeting)
        self.view.apply_columns(PAIR_COLUMNS)
        self._selection_changed()

    # ---- data ----------------------------------------------------------------------

    def _fill_filters(self) -> None:
        ref = self._services.reference
        self.form_combo.addItem("все", None)
        for f in ref.forms(include_inactive=True):
            self.form_combo.addItem(f.name, f.id)
        self.status_combo.addItem("все", None)
        self.status_combo.addItem("открытые (действует, планируется)", "open")
        for st in PairStatus:
            self.status_combo.addItem(st.label, st.value)
        self.programme_combo.addItem("все", None)
        for p in ref.programmes(include_inactive=True):
            self.programme_combo.addItem(p.name, p.id)
        self.year_combo.addItem("все", None)
        for y in reversed(self._services.organisation.school_years()):
            self.year_combo.addItem(y, y)

    def _load(self) -> None:
        selected = self.selected()
        self.model.set_rows(self._services.pairs.list_pairs())
        header = self.view.horizontalHeader()
        if header.sortIndicatorSection() >= 0:
            self.model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        self._apply_filters()
        if selected is not None:
            self.select_pair(selected.id)
        self._selection_changed()

    def selected(self) -> PairRecord | None:
        row = self.view.current_source_row()
        if row is None:
            return None
        rec = self.proxy.record_at(row)
        return rec if isinstance(rec, PairRecord) else None

    def select_pair(self, pair_id: int) -> bool:
        return self.view.select_record_id(pair_id)

    def show_ids(self, ids: list[int], text: str) -> None:
        for combo in (self.form_combo, self.status_combo, self.programme_combo, self.year_combo):
            combo.setCurrentIndex(0)
        self.search_edit.clear()
        self.id_bar.set_ids(frozenset(ids), text, "Показать все")
        self._apply_filters()

    def show_form(self, form_name: str) -> None:
        """Open pairs of one form (the overview's «pairs per form» was clicked)."""
        self.id_bar.ids = None
        self.id_bar.setVisible(False)
        self.search_edit.clear()
        idx = self.form_combo.findText(form_name)
        self.form_combo.setCurrentIndex(max(idx, 0))
        self.status_combo.setCurrentIndex(self.status_combo.findData("open"))

    def _apply_filters(self) -> None:
        form_id = self.form_combo.currentData()
        status = self.status_combo.currentData()
        programme_id = self.programme_combo.currentData()
        year = self.year_combo.currentData()
        ids = self.id_bar.ids

        def accepts(p: PairRecord) -> bool:
            if ids is not None and p.id not in ids:
                return False
            if form_id is not None and p.form.id != form_id:
                return False
            if status == "open" and not p.status.is_open:
                return False
            if status not in (None, "open") and p.status.value != status:
                return False
            if programme_id is not None and p.programme.id != programme_id:
                return False
            return year is None or p.school_year == year

        self.proxy.set_predicate(accepts)
        self._update_count()

    def _search_changed(self, text: str) -> None:
        self.proxy.set_search(text)
        self._update_count()

    def _update_count(self) -> None:
        self.count_label.setText(f"Показано: {self.proxy.rowCount()} из {self.model.rowCount()}")

    def _selection_changed(self) -> None:
        pair = self.selected()
        self.edit_button.setEnabled(pair is not None)
        self.close_button.setEnabled(pair is not None and pair.status.is_open)
        self.order_of_pair_action.setEnabled(pair is not None and pair.order is not None)
        if pair is not None and pair.order is not None:
            self.order_of_pair_action.setText(
                f"Приказ № {pair.order.number} от {pair.order.signed_on:%d.%m.%Y} (выбранная пара)")
        else:
            self.order_of_pair_action.setText("Приказ, которым закреплена выбранная пара")
        for b in (self.meeting_add, self.meeting_edit, self.meeting_delete):
            b.setEnabled(pair is not None)
        if pair is None:
            self.meetings_model.set_rows([])
            self.meetings_box.setTitle("Журнал встреч (выберите пару)")
            return
        self.meetings_model.set_rows(self._services.pairs.meetings(pair.id))
        self.meetings_box.setTitle(
            f"Журнал встреч: {pair.mentor.surname_initials} → "
            + ", ".join(m.surname_initials for m in pair.mentees)
            + f" ({self.meetings_model.rowCount()})"
        )

    # ---- pairs ---------------------------------------------------------------------

    def new_item(self) -> None:
        self.add_pair()

    def focus_search(self) -> None:
        self.search_edit.setFocus()
        self.search_edit.selectAll()

    def add_pair(self) -> None:
        dialog = PairDialog(self._services, None, self)
        dialog.submitted.connect(lambda draft: self._save(dialog, None, draft))
        open_dialog(self, dialog)

    def edit_pair(self) -> None:
        pair = self.selected()
        if pair is None:
            return
        dialog = PairDialog(self._services, pair, self)
        dialog.submitted.connect(lambda draft: self._save(dialog, pair.id, draft, pair.version))
        open_dialog(self, dialog)

    def _open(self, dialog: FormDialog) -> None:
        self.dialog = dialog
        open_dialog(self, dialog)

    def _save(self, dialog: PairDialog, pair_id: int | None, draft: PairDraft, version: int | None = None) -> None:
        pairs = self._services.pairs

        def save(accept: bool) -> PairRecord:
            if pair_id is None:
                return pairs.create(draft, accept)
            return pairs.update(pair_id, draft, accept, expected_version=version)

        Operation(self, lambda: save(False), Change.PAIRS).confirm_warnings(lambda: save(True)).in_dialog(
            dialog).success(lambda saved: self._show_pair(saved.id)).run()

    def _show_pair(self, pair_id: int) -> None:
        self.reload()
        self.select_pair(pair_id)

    def close_pair(self) -> None:
        pair = self.selected()
        if pair is None or not pair.status.is_open:
            return
        dialog = ClosePairDialog(pair, self)
        dialog.submitted.connect(lambda req: self._close(dialog, pair.id, req))
        open_dialog(self, dialog)

    def _close(self, dialog: ClosePairDialog, pair_id: int, req: CloseRequest) -> None:
        Operation(self, lambda: self._services.pairs.close(pair_id, req.status, req.end_date, req.reason, req.result),
                  Change.PAIRS).in_dialog(dialog).success(lambda _r: self._show_pair(pair_id)).run()

    # ---- orders --------------------------------------------------------------------

    @property
    def pdf_job(self) -> PdfJob | None:
        return self.orders.pdf_job

    def new_order(self, kind: OrderKind = OrderKind.FIX_PAIRS) -> None:
        order_dialog = self.orders.new_order(kind)
        if order_dialog is not None:
            self.dialog = order_dialog

    def open_orders(self) -> OrdersDialog:
        """The register of orders, non-modal; saving an order there refreshes this tab."""
        if self.orders_dialog is None:
            self.orders_dialog = OrdersDialog(self._services, self, self._register_changed)
        self.orders_dialog.reload()
        self.orders_dialog.show()
        self.orders_dialog.activateWindow()
        return self.orders_dialog

    def _register_changed(self) -> None:
        self.reload()

    def _orders_changed(self) -> None:
        self.dialog = None
        self.reload()
        if self.orders_dialog is not None:
            self.orders_dialog.reload()

    def print_order_of_selected(self) -> PdfJob | None:
        pair = self.selected()
        if pair is None or pair.order is None:
            prompts.show_error(self, "Выбранная пара не закреплена приказом. Создайте приказ: «Новый приказ».")
            return None
        return self.print_order(pair.order.id)

    def print_order(self, order_id: int | None, save_as: bool = False) -> PdfJob | None:
        """The order (default: the latest fixing pairs) as PDF, opened in the system viewer or saved."""
        return self.orders.print_order(order_id, save_as)

    # ---- meetings ------------------------------------------------------------------

    def add_meeting(self) -> None:
        pair = self.selected()
        if pair is None:
            return
        dialog = MeetingDialog(pair.id, None, self)
        dialog.submitted.connect(lambda draft: self._save_meeting(dialog, None, draft))
        open_dialog(self, dialog)

    def edit_meeting(self) -> None:
        pair = self.selected()
        index = self.meetings_view.currentIndex()
        if pair is None or not index.isValid():
            return
        meeting = self.meetings_model.record(index.row())
        dialog = MeetingDialog(pair.id, meeting, self)
        dialog.submitted.connect(lambda draft: self._save_meeting(dialog, meeting.id, draft))
        open_dialog(self, dialog)

    def _save_meeting(self, dialog: MeetingDialog, meeting_id: int | None, draft: MeetingDraft) -> None:
        Operation(self, lambda: self._services.pairs.save_meeting(draft, meeting_id), Change.MEETINGS).in_dialog(
            dialog).success(lambda _r: self._selection_changed()).run()

    def delete_meeting(self) -> None:
        index = self.meetings_view.currentIndex()
        if not index.isValid():
            return
        meeting = self.meetings_model.record(index.row())
        if not prompts.ask_yes_no(self, f"Удалить запись о встрече {meeting.held_on:%d.%m.%Y} «{meeting.topic}»?"):
            return
        Operation(self, lambda: self._services.pairs.delete_meeting(meeting.id), Change.MEETINGS).success(
            lambda _r: self._selection_changed()).run()

    def save_state(self) -> None:
        self.view.remember_columns()
        self.meetings_view.remember_columns()
