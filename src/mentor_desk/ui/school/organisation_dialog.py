"""School requisites and the current school year («Настройки»)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import QWidget

from mentor_desk.domain.records import OrganisationDraft, OrganisationRecord
from mentor_desk.domain.schoolyear import SchoolYear
from mentor_desk.ui.common.dialog_base import FormDialog, InputError
from mentor_desk.ui.generated.ui_organisation_dialog import Ui_OrganisationDialog


@dataclass(frozen=True)
class OrganisationSettings:
    draft: OrganisationDraft
    current_year: str


class OrganisationDialog(FormDialog):
    def __init__(self, org: OrganisationRecord, school_years: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ui = Ui_OrganisationDialog()
        self._ui.setupUi(self)
        ui = self._ui
        self._wire(ui.buttonBox, ui.errorLabel)
        ui.fullNameEdit.setPlainText(org.full_name)
        ui.shortNameEdit.setText(org.short_name)
        ui.directorNameEdit.setText(org.director_name)
        ui.directorPositionEdit.setText(org.director_position)
        ui.coordinatorNameEdit.setText(org.coordinator_name)
        ui.coordinatorPositionEdit.setText(org.coordinator_position)
        ui.addressEdit.setText(org.address)
        ui.municipalityEdit.setText(org.municipality)
        years = list(dict.fromkeys([*school_years, org.current_year]))
        if years:
            last = SchoolYear.parse(years[-1])
            years.append(SchoolYear(last.start + 1).title)
        ui.schoolYearCombo.addItems([y for y in years if y])
        ui.schoolYearCombo.setCurrentText(org.current_year)

    def value(self) -> OrganisationSettings:
        ui = self._ui
        problems = []
        full = ui.fullNameEdit.toPlainText().strip()
        short = ui.shortNameEdit.text().strip()
        if not full:
            problems.append("Укажите полное наименование школы.")
        if not short:
            problems.append("Укажите краткое наименование школы (оно в заголовке окна).")
        year = ui.schoolYearCombo.currentText().strip()
        try:
            year = SchoolYear.parse(year).title
        except ValueError as exc:
            problems.append(str(exc) + ".")
        if problems:
            raise InputError(problems)
        return OrganisationSettings(
            OrganisationDraft(
                full_name=full, short_name=short, director_name=ui.directorNameEdit.text().strip(),
                director_position=ui.directorPositionEdit.text().strip(),
                coordinator_name=ui.coordinatorNameEdit.text().strip(),
                coordinator_position=ui.coordinatorPositionEdit.text().strip(),
                address=ui.addressEdit.text().strip(), municipality=ui.municipalityEdit.text().strip(),
            ),
            year,
        )
