"""A person's consent records: processing and publication, who signed, withdrawal."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QCheckBox, QDialogButtonBox, QGridLayout, QWidget

from mentor_desk.domain.enums import ConsentType, PersonKind, Signer
from mentor_desk.domain.publication import DEFAULT_SCOPE, PUBLICATION_FIELDS, scope_label
from mentor_desk.domain.records import ConsentDraft, ConsentRecord, PersonRecord
from mentor_desk.services.container import Services
from mentor_desk.ui.common import prompts
from mentor_desk.ui.common.dialog_base import (
    FormDialog,
    fill_combo,
    format_date,
    from_qdate,
    select_data,
    to_qdate,
)
from mentor_desk.ui.common.operations import Change, Operation
from mentor_desk.ui.common.table_model import Column, RecordTableModel
from mentor_desk.ui.generated.ui_consents_dialog import Ui_ConsentsDialog

CONSENT_COLUMNS = [
    Column[ConsentRecord]("Вид", lambda c: c.consent_type.label, width=240),
    Column[ConsentRecord]("Подписано", lambda c: format_date(c.signed_on), lambda c: c.signed_on.toordinal(), 90),
    Column[ConsentRecord]("Кто подписал", lambda c: c.signer.label + (f": {c.signer_name}" if c.signer_name else ""),
                          width=190),
    Column[ConsentRecord]("Отозвано", lambda c: format_date(c.withdrawn_on), width=90),
    Column[ConsentRecord]("Можно публиковать", lambda c: scope_label(c.scope), width=220),
]


class ConsentsDialog(FormDialog):
    def __init__(self, services: Services, person: PersonRecord, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ui = Ui_ConsentsDialog()
        self._ui.setupUi(self)
        self._services = services
        self._person = person
        ui = self._ui
        ui.errorLabel.setVisible(False)
        self._error_label = ui.errorLabel
        ui.buttonBox.rejected.connect(self.reject)
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Close).clicked.connect(self.reject)
        self.setWindowTitle("Согласия участника")  # no names in window titles: they show in the taskbar
        ui.personLabel.setText(
            f"<b>{person.full_name}</b> ({person.kind.label}). Для несовершеннолетнего согласие подписывает "
            "родитель (законный представитель)."
        )
        fill_combo(ui.typeCombo, [(t.label, t.value) for t in ConsentType])
        fill_combo(ui.signerCombo, [(s.label, s.value) for s in Signer])
        self._scope_boxes = self._add_scope_row()
        ui.typeCombo.currentIndexChanged.connect(self._type_changed)
        self._type_changed()
        if person.kind is PersonKind.PUPIL:
            select_data(ui.signerCombo, Signer.PARENT.value)
        ui.signedOnEdit.setDate(to_qdate(date.today()))
        ui.signedOnEdit.setMaximumDate(to_qdate(date.today()))
        self.model = RecordTableModel[ConsentRecord](CONSENT_COLUMNS, self)
        ui.consentsView.setModel(self.model)
        ui.consentsView.verticalHeader().setVisible(False)
        for i, col in enumerate(CONSENT_COLUMNS):
            ui.consentsView.setColumnWidth(i, col.width)
        ui.consentsView.horizontalHeader().setStretchLastSection(True)
        ui.addButton.clicked.connect(self.add_consent)
        ui.withdrawButton.clicked.connect(self.withdraw_selected)
        self.reload()

    def _add_scope_row(self) -> dict[str, QCheckBox]:
        """Ticks for what a publication consent allows on the school's website."""
        box = QWidget(self)
        grid = QGridLayout(box)
        grid.setContentsMargins(0, 0, 0, 0)
        boxes: dict[str, QCheckBox] = {}
        for index, (key, label) in enumerate(PUBLICATION_FIELDS):
            check = QCheckBox(label, box)
            check.setChecked(key in DEFAULT_SCOPE)
            check.setObjectName(f"scope_{key}")
            grid.addWidget(check, index // 3, index % 3)
            boxes[key] = check
        self._ui.newGroupForm.insertRow(1, "Публиковать:", box)
        return boxes

    def _type_changed(self) -> None:
        publication = self._ui.typeCombo.currentData() == ConsentType.PUBLICATION.value
        self._ui.newGroupForm.setRowVisible(1, publication)

    def reload(self) -> None:
        self.model.set_rows(self._services.people.list_consents(self._person.id))

    def value(self) -> ConsentDraft:
        ui = self._ui
        return ConsentDraft(
            person_id=self._person.id,
            consent_type=ConsentType(ui.typeCombo.currentData()),
            signed_on=from_qdate(ui.signedOnEdit.date()),
            signer=Signer(ui.signerCombo.currentData()),
            signer_name=ui.signerNameEdit.text().strip(),
            scope=tuple(key for key, check in self._scope_boxes.items() if check.isChecked()),
        )

    def add_consent(self) -> None:
        draft = self.value()
        Operation(self, lambda: self._services.people.add_consent(draft), Change.CONSENTS).failure(
            self.show_problem).success(self._added).run()

    def _added(self, _consent: object) -> None:
        self.show_problem("")
        self._ui.signerNameEdit.clear()
        self.reload()

    def withdraw_selected(self) -> None:
        index = self._ui.consentsView.currentIndex()
        if not index.isValid():
            self.show_problem("Выберите согласие в таблице.")
            return
        consent = self.model.record(index.row())
        if consent.withdrawn_on is not None:
            self.show_problem("Это согласие уже отозвано.")
            return
        if not prompts.ask_yes_no(self, f"Отметить согласие «{consent.consent_type.label}» отозванным сегодня?"):
            return
        Operation(self, lambda: self._services.people.withdraw_consent(consent.id, date.today()),
                  Change.CONSENTS).failure(self.show_problem).success(lambda _r: self.reload()).run()
