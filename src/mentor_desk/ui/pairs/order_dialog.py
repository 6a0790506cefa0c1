"""A new order fixing mentoring pairs: number, date, wording and the pairs it fixes."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QWidget

from mentor_desk.domain.enums import OrderKind
from mentor_desk.domain.records import OrderDraft, PairRecord
from mentor_desk.ui.common.checkable_list import CheckableListModel
from mentor_desk.ui.common.dialog_base import FormDialog, InputError, from_qdate, to_qdate
from mentor_desk.ui.common.search_proxy import SearchProxy
from mentor_desk.ui.generated.ui_order_dialog import Ui_OrderDialog


def pair_text(pair: PairRecord) -> str:
    return (f"{pair.mentor.full_name} → {pair.mentee_names} ({pair.form.name}, с {pair.start_date:%d.%m.%Y}"
            + (f"; уже в приказе № {pair.order.number}" if pair.order is not None else "") + ")")


class OrderDialog(FormDialog):
    """Offers the open pairs; those not yet fixed by any order are checked."""

    def __init__(self, pairs: list[PairRecord], parent: QWidget | None = None, today: date | None = None) -> None:
        super().__init__(parent)
        self._ui = Ui_OrderDialog()
        self._ui.setupUi(self)
        ui = self._ui
        self._wire(ui.buttonBox, ui.errorLabel)
        today = today or date.today()
        ui.dateEdit.setDate(to_qdate(today))
        ui.dateEdit.setMaximumDate(to_qdate(today))
        self.pairs_model = CheckableListModel(self)
        self.pairs_model.set_rows([(p.id, pair_text(p)) for p in pairs],
                                  {p.id for p in pairs if p.order is None})
        self.pairs_proxy = SearchProxy(self)
        self.pairs_proxy.setSourceModel(self.pairs_model)
        ui.pairsView.setModel(self.pairs_proxy)
        ui.pairsSearchEdit.textChanged.connect(self.pairs_proxy.set_search)
        self.pairs_model.checked_changed.connect(self._update_count)
        self._update_count()

    def _update_count(self) -> None:
        self._ui.countLabel.setText(f"Отмечено: {len(self.pairs_model.checked_ids())} "
                                    f"из {self.pairs_model.rowCount()}")

    def value(self) -> OrderDraft:
        ui = self._ui
        problems = []
        number = ui.numberEdit.text().strip()
        if not number:
            problems.append("Укажите номер приказа.")
        pair_ids = tuple(self.pairs_model.checked_ids())
        if not pair_ids:
            problems.append("Отметьте пары и группы, которые закрепляет приказ.")
        if problems:
            raise InputError(problems)
        return OrderDraft(
            kind=OrderKind.FIX_PAIRS, number=number, signed_on=from_qdate(ui.dateEdit.date()),
            title=ui.titleEdit.text().strip(), preamble=ui.preambleEdit.toPlainText().strip(), pair_ids=pair_ids,
        )
