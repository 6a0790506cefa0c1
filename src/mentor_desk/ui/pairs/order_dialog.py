"""One order of the register: number, date, wording, the year it governs, the curator or the pairs
it names, and the earlier order it changes or cancels."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QComboBox, QWidget

from mentor_desk.domain.enums import OrderAmendment, OrderKind
from mentor_desk.domain.records import OrderDraft, OrderRecord, PairRecord, PersonRef
from mentor_desk.domain.schoolyear import SchoolYear
from mentor_desk.ui.common.checkable_list import CheckableListModel
from mentor_desk.ui.common.dialog_base import (
    FormDialog,
    InputError,
    fill_combo,
    from_qdate,
    select_data,
    to_qdate,
)
from mentor_desk.ui.common.search_proxy import SearchProxy
from mentor_desk.ui.generated.ui_order_dialog import Ui_OrderDialog

PAIRS_LABEL = {
    OrderKind.FIX_PAIRS: "&Пары и группы, которые закрепляет приказ:",
    OrderKind.COMPLETION: "&Завершённые пары и группы, о которых приказ:",
}


def pair_text(pair: PairRecord) -> str:
    end = f" по {pair.end_date:%d.%m.%Y}" if pair.end_date else ""
    return (f"№ {pair.id}. {pair.mentor.full_name} → {pair.mentee_names} ({pair.form.name}, "
            f"с {pair.start_date:%d.%m.%Y}{end}, {pair.status.label}"
            + (f"; закреплена приказом № {pair.order.number}" if pair.order is not None else "") + ")")


class OrderDialog(FormDialog):
    """A new order of `kind` (or `order` to edit); `pairs` are offered, `suggested` checked."""

    def __init__(
        self,
        kind: OrderKind,
        pairs: list[PairRecord],
        parent: QWidget | None = None,
        today: date | None = None,
        suggested: tuple[int, ...] = (),
        staff: list[PersonRef] | None = None,
        orders: list[OrderRecord] | None = None,
        order: OrderRecord | None = None,
        default_coordinator: int | None = None,
    ) -> None:
        super().__init__(parent)
        self._ui = Ui_OrderDialog()
        self._ui.setupUi(self)
        ui = self._ui
        self._wire(ui.buttonBox, ui.errorLabel)
        self.kind = kind
        self.order = order
        today = today or date.today()
        verb = "Приказ" if order is None else f"Приказ № {order.number}"
        self.setWindowTitle(f"{verb} {kind.label}")
        ui.dateEdit.setDate(to_qdate(order.signed_on if order else today))
        ui.dateEdit.setMaximumDate(to_qdate(today))
        ui.titleEdit.setPlaceholderText(f"если пусто — «{kind.label.capitalize()}»")
        fill_combo(ui.coordinatorCombo, [(p.full_name, p.id) for p in staff or []], "— выберите сотрудника —")
        fill_combo(ui.amendmentCombo, [(a.label, a.value) for a in OrderAmendment], "не изменяет других")
        others = [o for o in orders or [] if order is None or o.id != order.id]
        fill_combo(ui.amendsCombo, [(f"№ {o.number} от {o.signed_on:%d.%m.%Y} {o.kind.label}", o.id) for o in
                                    reversed(others)], "—")
        ui.amendsCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        ui.amendsCombo.setMinimumContentsLength(20)
        ui.amendmentCombo.currentIndexChanged.connect(self._amendment_changed)
        ui.coordinatorComboLabel.setVisible(kind is OrderKind.APPOINT_COORDINATOR)
        ui.coordinatorCombo.setVisible(kind is OrderKind.APPOINT_COORDINATOR)
        self.pairs_model = CheckableListModel(self)
        self.pairs_proxy = SearchProxy(self)
        self.pairs_proxy.setSourceModel(self.pairs_model)
        ui.pairsView.setModel(self.pairs_proxy)
        ui.pairsSearchEdit.textChanged.connect(self.pairs_proxy.set_search)
        self.pairs_model.checked_changed.connect(self._update_count)
        checked = set(order.pair_ids) if order is not None else set(suggested)
        self.pairs_model.set_rows([(p.id, pair_text(p)) for p in pairs], checked)
        with_pairs = kind is not OrderKind.APPOINT_COORDINATOR
        for widget in (ui.pairsLabel, ui.pairsSearchEdit, ui.pairsView, ui.countLabel):
            widget.setVisible(with_pairs)
        if with_pairs:
            ui.pairsLabel.setText(PAIRS_LABEL[kind])
        else:
            self.setMinimumHeight(0)
            self.resize(self.width(), 0)
        if order is not None:
            ui.numberEdit.setText(order.number)
            ui.titleEdit.setText(order.title if order.title != kind.label.capitalize() else "")
            ui.preambleEdit.setPlainText(order.preamble)
            ui.yearEdit.setText(order.school_year)
            if order.coordinator is not None:
                select_data(ui.coordinatorCombo, order.coordinator.id)
            if order.amends is not None:
                select_data(ui.amendmentCombo, order.amendment.value if order.amendment else None)
                select_data(ui.amendsCombo, order.amends.id)
        elif default_coordinator is not None:
            select_data(ui.coordinatorCombo, default_coordinator)
        self._amendment_changed()
        self._update_count()

    def _amendment_changed(self) -> None:
        self._ui.amendsCombo.setEnabled(self._ui.amendmentCombo.currentData() is not None)

    def _update_count(self) -> None:
        self._ui.countLabel.setText(f"Отмечено: {len(self.pairs_model.checked_ids())} "
                                    f"из {self.pairs_model.rowCount()}")

    def value(self) -> OrderDraft:
        ui = self._ui
        problems = []
        number = ui.numberEdit.text().strip()
        if not number:
            problems.append("Укажите номер приказа, например «87-о».")
        pair_ids = tuple(self.pairs_model.checked_ids()) if self.kind is not OrderKind.APPOINT_COORDINATOR else ()
        if self.kind is OrderKind.FIX_PAIRS and not pair_ids:
            problems.append("Отметьте пары и группы, которые закрепляет приказ.")
        coordinator = ui.coordinatorCombo.currentData() if self.kind is OrderKind.APPOINT_COORDINATOR else None
        if self.kind is OrderKind.APPOINT_COORDINATOR and coordinator is None:
            problems.append("Выберите куратора, которого назначает приказ.")
        year = ui.yearEdit.text().strip()
        if year:
            try:
                year = SchoolYear.parse(year).title
            except ValueError as exc:
                problems.append(f"Поле «Учебный год»: {exc}.")
        chosen = ui.amendmentCombo.currentData()
        amendment = OrderAmendment(chosen) if chosen is not None else None
        amends = ui.amendsCombo.currentData() if amendment is not None else None
        if amendment is not None and amends is None:
            problems.append("Выберите приказ, который этот приказ изменяет или отменяет.")
        if problems:
            raise InputError(problems)
        return OrderDraft(
            kind=self.kind, number=number, signed_on=from_qdate(ui.dateEdit.date()),
            title=ui.titleEdit.text().strip(), preamble=ui.preambleEdit.toPlainText().strip(),
            coordinator_id=coordinator, pair_ids=pair_ids, school_year=year,
            amends_id=amends, amendment=amendment,
        )
