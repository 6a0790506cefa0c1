"""Close a pair: завершена or прервана, the end date, the reason and the result."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtWidgets import QWidget

from mentor_desk.domain.enums import PairStatus
from mentor_desk.domain.records import PairRecord
from mentor_desk.ui.common.dialog_base import FormDialog, InputError, fill_combo, from_qdate, to_qdate
from mentor_desk.ui.generated.ui_close_pair_dialog import Ui_ClosePairDialog


@dataclass(frozen=True)
class CloseRequest:
    status: PairStatus
    end_date: date
    reason: str
    result: str


class ClosePairDialog(FormDialog):
    def __init__(self, pair: PairRecord, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ui = Ui_ClosePairDialog()
        self._ui.setupUi(self)
        ui = self._ui
        self._pair = pair
        self._wire(ui.buttonBox, ui.errorLabel)
        ui.pairLabel.setText(
            f"<b>{pair.form.name}</b>: {pair.mentor.full_name} → {pair.mentee_names}<br>"
            f"{pair.programme.name}, с {pair.start_date:%d.%m.%Y}"
        )
        fill_combo(ui.statusCombo, [(s.label, s.value) for s in (PairStatus.COMPLETED, PairStatus.INTERRUPTED)])
        today = date.today()
        ui.endDateEdit.setDate(to_qdate(min(today, pair.end_date) if pair.end_date else today))
        ui.endDateEdit.setMinimumDate(to_qdate(pair.start_date))
        ui.resultEdit.setPlainText(pair.result)

    def value(self) -> CloseRequest:
        ui = self._ui
        status = PairStatus(ui.statusCombo.currentData())
        reason = ui.reasonEdit.text().strip()
        if status is PairStatus.INTERRUPTED and not reason:
            raise InputError(["Укажите причину, по которой пара прервана."])
        return CloseRequest(status, from_qdate(ui.endDateEdit.date()), reason, ui.resultEdit.toPlainText().strip())
