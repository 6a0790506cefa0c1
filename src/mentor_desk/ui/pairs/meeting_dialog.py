"""One entry of a pair's meetings log: date, topic, form, duration, what was done, next steps."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QWidget

from mentor_desk.domain.records import MeetingDraft, MeetingRecord
from mentor_desk.ui.common.dialog_base import FormDialog, InputError, from_qdate, to_qdate
from mentor_desk.ui.generated.ui_meeting_dialog import Ui_MeetingDialog

MEETING_FORMS = ["очно", "дистанционно", "посещение урока", "консультация", "мастер-класс", "совместный проект"]


class MeetingDialog(FormDialog):
    def __init__(self, pair_id: int, record: MeetingRecord | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ui = Ui_MeetingDialog()
        self._ui.setupUi(self)
        ui = self._ui
        self._pair_id = pair_id
        self._wire(ui.buttonBox, ui.errorLabel)
        ui.formCombo.addItems(MEETING_FORMS)
        today = date.today()
        ui.heldOnEdit.setDate(to_qdate(today))
        ui.heldOnEdit.setMaximumDate(to_qdate(today))
        self.setWindowTitle("Новая встреча" if record is None else "Встреча")
        if record is not None:
            ui.heldOnEdit.setDate(to_qdate(record.held_on))
            ui.topicEdit.setText(record.topic)
            ui.formCombo.setCurrentText(record.form)
            ui.durationSpin.setValue(record.duration_minutes)
            ui.doneEdit.setPlainText(record.done)
            ui.nextStepsEdit.setPlainText(record.next_steps)

    def value(self) -> MeetingDraft:
        ui = self._ui
        if not ui.topicEdit.text().strip():
            raise InputError(["Укажите тему встречи."])
        return MeetingDraft(
            pair_id=self._pair_id,
            held_on=from_qdate(ui.heldOnEdit.date()),
            topic=ui.topicEdit.text().strip(),
            form=ui.formCombo.currentText().strip(),
            duration_minutes=ui.durationSpin.value(),
            done=ui.doneEdit.toPlainText().strip(),
            next_steps=ui.nextStepsEdit.toPlainText().strip(),
        )
