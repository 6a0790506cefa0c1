"""«Справочники»: forms, виды, ролевые модели, programmes, directions and product types."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QListWidgetItem, QWidget

from mentor_desk.domain.enums import PersonKind
from mentor_desk.services.container import Services
from mentor_desk.services.reference import Catalogue
from mentor_desk.ui.common.dialog_base import FormDialog, fill_combo, select_data
from mentor_desk.ui.common.operations import Change, Operation
from mentor_desk.ui.generated.ui_reference_dialog import Ui_ReferenceDialog

FORMS = "forms"
PROGRAMMES = "programmes"
ID_ROLE = Qt.ItemDataRole.UserRole


@dataclass(frozen=True)
class ReferenceEntry:
    """What the editor collects for one entry of one list."""

    catalogue: str
    item_id: int | None
    name: str
    active: bool
    mentor_kind: PersonKind | None = None
    mentee_kind: PersonKind | None = None
    for_teachers: bool = False


class ReferenceDialog(FormDialog):
    """Edits the lists in place: each «Сохранить» is one service call."""

    def __init__(self, services: Services, parent: QWidget | None = None, catalogue: str = FORMS) -> None:
        super().__init__(parent)
        self._ui = Ui_ReferenceDialog()
        self._ui.setupUi(self)
        ui = self._ui
        self._services = services
        self._error_label = ui.errorLabel
        ui.errorLabel.setVisible(False)
        ui.buttonBox.rejected.connect(self.reject)
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Close).clicked.connect(self.reject)
        lists = [("Формы наставничества", FORMS), ("Программы наставничества", PROGRAMMES)]
        lists += [(c.label, c.value) for c in Catalogue]
        fill_combo(ui.catalogueCombo, lists)
        kinds = [(k.label, k.value) for k in PersonKind]
        fill_combo(ui.mentorKindCombo, kinds)
        fill_combo(ui.menteeKindCombo, kinds)
        ui.catalogueCombo.currentIndexChanged.connect(self._catalogue_changed)
        ui.itemsList.currentItemChanged.connect(lambda *_: self._item_chosen())
        ui.newButton.clicked.connect(self.new_entry)
        ui.saveButton.clicked.connect(self.submit)
        self.submitted.connect(self._save)
        select_data(ui.catalogueCombo, catalogue)
        self._catalogue_changed()

    def catalogue(self) -> str:
        return str(self._ui.catalogueCombo.currentData())

    def _catalogue_changed(self) -> None:
        ui = self._ui
        cat = self.catalogue()
        is_form = cat == FORMS
        for w in (ui.mentorKindCombo, ui.mentorKindComboLabel, ui.menteeKindCombo, ui.menteeKindComboLabel):
            w.setVisible(is_form)
        ui.teachersCheck.setVisible(cat == PROGRAMMES)
        self._reload()

    def _reload(self, select_id: int | None = None) -> None:
        ui = self._ui
        cat = self.catalogue()
        ref = self._services.reference
        self._entries: dict[int, ReferenceEntry] = {}
        if cat == FORMS:
            for f in ref.forms(include_inactive=True):
                self._entries[f.id] = ReferenceEntry(cat, f.id, f.name, f.active, f.mentor_kind, f.mentee_kind)
        elif cat == PROGRAMMES:
            for p in ref.programmes(include_inactive=True):
                self._entries[p.id] = ReferenceEntry(cat, p.id, p.name, p.active, for_teachers=p.for_teachers)
        else:
            for it in ref.items(Catalogue(cat), include_inactive=True):
                self._entries[it.id] = ReferenceEntry(cat, it.id, it.name, it.active)
        ui.itemsList.blockSignals(True)
        ui.itemsList.clear()
        for entry in self._entries.values():
            text = entry.name + ("" if entry.active else " (не используется)")
            if entry.mentor_kind is not None and entry.mentee_kind is not None:
                text += f" — {entry.mentor_kind.label} → {entry.mentee_kind.label}"
            item = QListWidgetItem(text, ui.itemsList)
            item.setData(ID_ROLE, entry.item_id)
            if entry.item_id == select_id:
                ui.itemsList.setCurrentItem(item)
        ui.itemsList.blockSignals(False)
        if select_id is not None:
            self._item_chosen()
        else:
            self.new_entry()

    def _item_chosen(self) -> None:
        item = self._ui.itemsList.currentItem()
        if item is None:
            return
        entry = self._entries.get(int(item.data(ID_ROLE)))
        if entry is None:
            return
        ui = self._ui
        ui.nameEdit.setText(entry.name)
        ui.activeCheck.setChecked(entry.active)
        ui.teachersCheck.setChecked(entry.for_teachers)
        if entry.mentor_kind is not None:
            select_data(ui.mentorKindCombo, entry.mentor_kind.value)
        if entry.mentee_kind is not None:
            select_data(ui.menteeKindCombo, entry.mentee_kind.value)
        ui.itemGroup.setTitle("Изменить запись")

    def new_entry(self) -> None:
        ui = self._ui
        ui.itemsList.setCurrentRow(-1)
        ui.itemsList.clearSelection()
        ui.nameEdit.clear()
        ui.activeCheck.setChecked(True)
        ui.teachersCheck.setChecked(False)
        ui.itemGroup.setTitle("Новая запись")
        ui.nameEdit.setFocus()

    def value(self) -> ReferenceEntry:
        ui = self._ui
        item = ui.itemsList.currentItem()
        return ReferenceEntry(
            catalogue=self.catalogue(),
            item_id=int(item.data(ID_ROLE)) if item is not None else None,
            name=ui.nameEdit.text().strip(),
            active=ui.activeCheck.isChecked(),
            mentor_kind=PersonKind(ui.mentorKindCombo.currentData()),
            mentee_kind=PersonKind(ui.menteeKindCombo.currentData()),
            for_teachers=ui.teachersCheck.isChecked(),
        )

    def _save(self, entry: ReferenceEntry) -> None:
        ref = self._services.reference

        def save() -> int:
            if entry.catalogue == FORMS:
                assert entry.mentor_kind is not None and entry.mentee_kind is not None
                return ref.save_form(entry.name, entry.mentor_kind, entry.mentee_kind, entry.item_id,
                                     entry.active).id
            if entry.catalogue == PROGRAMMES:
                return ref.save_programme(entry.name, entry.for_teachers, entry.item_id, entry.active).id
            return ref.save_item(Catalogue(entry.catalogue), entry.name, entry.item_id, entry.active).id

        Operation(self, save, Change.REFERENCE).failure(self.show_problem).success(self._saved).run()

    def _saved(self, saved_id: int) -> None:
        self.show_problem("")
        self._reload(select_id=saved_id)
