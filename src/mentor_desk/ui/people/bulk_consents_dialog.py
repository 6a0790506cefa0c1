"""Consents for many people at once: mark a signed consent, or print the forms, for a class or a list."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mentor_desk.domain.enums import ConsentType, PersonKind, Signer
from mentor_desk.domain.names import collation_key
from mentor_desk.domain.records import ConsentDraft, PersonRow
from mentor_desk.services.container import Services
from mentor_desk.ui.common.checkable_list import CheckableListModel
from mentor_desk.ui.common.dialog_base import from_qdate, to_qdate
from mentor_desk.ui.common.operations import Change, Operation
from mentor_desk.ui.common.pdf_preview import PdfJob, choose_target
from mentor_desk.ui.common.search_proxy import SearchProxy


class BulkConsentsDialog(QDialog):
    """Tick people (a whole class with one click), then mark their consent or print their forms."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Согласия для многих участников")
        self._services = services
        self._people = {p.id: p for p in services.people.table_rows() if not p.archived}
        self.pdf_job: PdfJob | None = None
        self.kind_combo = QComboBox(self)
        self.kind_combo.addItem("все категории", None)
        for kind in PersonKind:
            self.kind_combo.addItem(kind.plural_label, kind.value)
        self.class_combo = QComboBox(self)
        self.class_combo.addItem("все классы", None)
        classes = sorted({p.class_name for p in self._people.values() if p.class_name},
                         key=_class_key)
        for name in classes:
            self.class_combo.addItem(name, name)
        self.without_combo = QComboBox(self)
        self.without_combo.addItem("все", False)
        self.without_combo.addItem("без согласия на обработку", True)
        self.search_edit = QLineEdit(self)
        self.search_edit.setPlaceholderText("Поиск по ФИО")
        self.search_edit.setClearButtonEnabled(True)
        self.model = CheckableListModel(self)
        people = sorted(self._people.values(), key=lambda p: collation_key(p.full_name))
        self.model.set_rows([(p.id, _text(p)) for p in people], set())
        self.proxy = SearchProxy(self)
        self.proxy.setSourceModel(self.model)
        self.list_view = QListView(self)
        self.list_view.setModel(self.proxy)
        self.list_view.setUniformItemSizes(True)
        self.check_all_button = QPushButton("Отметить всех показанных", self)
        self.uncheck_button = QPushButton("Снять отметки", self)
        self.count_label = QLabel(self)
        self.type_combo = QComboBox(self)
        for t in ConsentType:
            self.type_combo.addItem(t.label, t.value)
        self.signed_edit = QDateEdit(self)
        self.signed_edit.setCalendarPopup(True)
        self.signed_edit.setDisplayFormat("dd.MM.yyyy")
        self.signed_edit.setDate(to_qdate(date.today()))
        self.signed_edit.setMaximumDate(to_qdate(date.today()))
        self.mark_button = QPushButton("Отметить согласие получен&ным", self)
        self.print_button = QPushButton("&Бланки согласия (PDF)…", self)
        self.print_button.setToolTip("Бланк на каждого отмеченного; за обучающегося подписывает родитель")
        self.result_label = QLabel(self)
        self.result_label.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)

        filters = QHBoxLayout()
        filters.addWidget(self.search_edit, 2)
        filters.addWidget(self.kind_combo, 1)
        filters.addWidget(self.class_combo, 1)
        filters.addWidget(self.without_combo, 1)
        checks = QHBoxLayout()
        checks.addWidget(self.check_all_button)
        checks.addWidget(self.uncheck_button)
        checks.addStretch(1)
        checks.addWidget(self.count_label)
        form = QFormLayout()
        form.addRow("Вид согласия", self.type_combo)
        form.addRow("Дата подписания", self.signed_edit)
        actions = QHBoxLayout()
        actions.addWidget(self.mark_button)
        actions.addWidget(self.print_button)
        actions.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.list_view, 1)
        layout.addLayout(checks)
        layout.addLayout(form)
        note = QLabel("За обучающегося согласие подписывает родитель (законный представитель): так оно и "
                      "отмечается, и печатается бланк для родителя.", self)
        note.setWordWrap(True)
        layout.addWidget(note)
        layout.addLayout(actions)
        layout.addWidget(self.result_label)
        layout.addWidget(buttons)
        self.resize(720, 600)

        self.search_edit.textChanged.connect(self.proxy.set_search)
        for combo in (self.kind_combo, self.class_combo, self.without_combo):
            combo.currentIndexChanged.connect(self._apply_filters)
        self.check_all_button.clicked.connect(lambda: self._check_shown(True))
        self.uncheck_button.clicked.connect(lambda: self._check_shown(False))
        self.model.checked_changed.connect(self._update_count)
        self.mark_button.clicked.connect(self.mark_consents)
        self.print_button.clicked.connect(lambda: self.print_forms())
        self._apply_filters()

    # ---- choosing ------------------------------------------------------------------

    def _apply_filters(self) -> None:
        kind = self.kind_combo.currentData()
        class_name = self.class_combo.currentData()
        without = bool(self.without_combo.currentData())
        people = self._people

        def accepts(row: object) -> bool:
            person = people.get(getattr(row, "id", -1))
            if person is None:
                return False
            if kind is not None and person.kind.value != kind:
                return False
            if class_name is not None and person.class_name != class_name:
                return False
            return not (without and person.has_processing_consent)

        self.proxy.set_predicate(accepts)
        self._update_count()

    def choose_class(self, class_name: str) -> bool:
        index = self.class_combo.findData(class_name)
        if index >= 0:
            self.class_combo.setCurrentIndex(index)
        return index >= 0

    def shown_ids(self) -> list[int]:
        return [self.proxy.record_at(r).id for r in range(self.proxy.rowCount())]

    def _check_shown(self, checked: bool) -> None:
        for person_id in self.shown_ids():
            self.model.set_checked(person_id, checked)

    def checked_ids(self) -> list[int]:
        return self.model.checked_ids()

    def _update_count(self) -> None:
        self.count_label.setText(f"Отмечено: {len(self.checked_ids())}, показано: {self.proxy.rowCount()}")
        has = bool(self.checked_ids())
        self.mark_button.setEnabled(has)
        self.print_button.setEnabled(has)

    # ---- acting --------------------------------------------------------------------

    def mark_consents(self) -> None:
        ids = self.checked_ids()
        consent_type = ConsentType(self.type_combo.currentData())
        signed_on = from_qdate(self.signed_edit.date())
        people = self._services.people
        drafts = [ConsentDraft(i, consent_type, signed_on,
                               Signer.PARENT if self._people[i].kind is PersonKind.PUPIL else Signer.SELF)
                  for i in ids]

        def mark() -> int:
            for draft in drafts:
                people.add_consent(draft)
            return len(drafts)

        Operation(self, mark, Change.CONSENTS).failure(self.result_label.setText).success(self._marked).run()

    def _marked(self, count: int) -> None:
        self.result_label.setText(f"Согласие «{ConsentType(self.type_combo.currentData()).label}» отмечено "
                                  f"у {count} участников.")
        self._people = {p.id: p for p in self._services.people.table_rows() if not p.archived}
        self._apply_filters()

    def print_forms(self, save_as: bool = False) -> PdfJob | None:
        """The forms of the ticked people in one PDF (class by class), opened in the PDF viewer."""
        from mentor_desk.services.documents import export_consent_pdf

        ids = self.checked_ids()
        if not ids or (self.pdf_job is not None and self.pdf_job.running):
            return None
        class_name = self.class_combo.currentData()
        name = f"Согласия {class_name} класс" if class_name else f"Согласия ({len(ids)})"
        target = choose_target(self, "Сохранить бланки согласия", name, save_as)
        if target is None:
            return None
        services = self._services
        job = PdfJob(self, "Бланки согласия",
                     lambda path, progress, cancelled: export_consent_pdf(
                         services, path, ids, lambda d, t, text: progress(d, t, text), cancelled),
                     target, open_after=not save_as)
        self.pdf_job = job
        return job.start()


def _text(person: PersonRow) -> str:
    extra = person.class_or_position or person.kind.label
    mark = "" if person.has_processing_consent else " — нет согласия"
    return f"{person.full_name} — {extra}{mark}"


def _class_key(name: str) -> tuple[int, str]:
    digits = "".join(ch for ch in name if ch.isdigit())
    return (int(digits) if digits else 99, name)


__all__ = ["BulkConsentsDialog"]
