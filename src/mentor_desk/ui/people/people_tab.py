"""The «Участники» tab: everyone of the school, search-as-you-type, filters, add/edit/archive.

The table holds a compact row per person (PersonRow); the full record is read when a person is
opened for editing or for consents."""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt
from PySide6.QtGui import QCursor, QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mentor_desk.domain.enums import PersonKind
from mentor_desk.domain.records import PersonDraft, PersonRecord, PersonRow
from mentor_desk.errors import UserError
from mentor_desk.services.container import Services
from mentor_desk.services.imports import ImportOutcome
from mentor_desk.ui.common import background, prompts
from mentor_desk.ui.common.id_filter_bar import IdFilterBar
from mentor_desk.ui.common.lazy_tab import LazyTab
from mentor_desk.ui.common.operations import Change, Operation, announce
from mentor_desk.ui.common.search_proxy import SearchProxy
from mentor_desk.ui.common.table_view import RecordTableView
from mentor_desk.ui.people.consents_dialog import ConsentsDialog
from mentor_desk.ui.people.erase_flow import erase_personal_data
from mentor_desk.ui.people.import_dialog import ImportDialog, ImportRequest
from mentor_desk.ui.people.people_model import RoleFilter, columns_for, make_people_model
from mentor_desk.ui.people.person_dialog import PersonDialog

log = logging.getLogger(__name__)
IMPORT_FILTER = ("Таблицы Excel, LibreOffice и CSV (*.xlsx *.xlsm *.xls *.ods *.csv *.txt);;"
                 "Книга Excel (*.xlsx *.xlsm);;Книга Excel 97–2003 (*.xls);;Таблица LibreOffice (*.ods);;"
                 "Текст CSV (*.csv *.txt);;Все файлы (*)")


class PeopleTab(LazyTab):
    watches = Change.PEOPLE | Change.CONSENTS | Change.PAIRS | Change.SCHOOL
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.dialog: PersonDialog | None = None
        self.consents_dialog: ConsentsDialog | None = None
        self.import_dialog: ImportDialog | None = None
        self.import_task: background.Task | None = None

        self.search_edit = QLineEdit(self)
        self.search_edit.setPlaceholderText("Поиск: ФИО, класс, должность, предмет (Ctrl+F)")
        self.search_edit.setClearButtonEnabled(True)
        self.kind_combo = QComboBox(self)
        self.kind_combo.addItem("все категории", None)
        for kind in PersonKind:
            self.kind_combo.addItem(kind.plural_label, kind.value)
        self.role_combo = QComboBox(self)
        for role in RoleFilter:
            self.role_combo.addItem(role.label, role.value)
        self.archived_check = QCheckBox("архив", self)
        self.archived_check.setToolTip("Показывать участников, переведённых в архив")
        self.count_label = QLabel(self)

        self.add_button = QPushButton("&Добавить…", self)
        self.add_button.setToolTip("Ctrl+N")
        self.edit_button = QPushButton("&Изменить…", self)
        self.edit_button.setToolTip("Enter")
        self.archive_button = QPushButton("В архив", self)
        self.archive_button.setToolTip("Del")
        self.consents_button = QPushButton("Со&гласия…", self)
        self.bulk_consents_button = QPushButton("Согласия спис&ком…", self)
        self.bulk_consents_button.setToolTip("Отметить согласие или напечатать бланки сразу для класса или списка")
        self.import_button = QPushButton("&Загрузить списки…", self)
        self.import_button.setToolTip("Списки сотрудников и классов из Excel (.xlsx, .xls), LibreOffice (.ods) или CSV")
        self.erase_button = QPushButton("Удалить персональные данные…", self)
        self.erase_button.setToolTip("По заявлению участника (152-ФЗ): данные удаляются из базы безвозвратно")

        self.model = make_people_model()
        self.proxy = SearchProxy(self)
        self.proxy.setSourceModel(self.model)
        self.view = RecordTableView("people", self)
        self.view.setModel(self.proxy)
        self.view.set_empty_text("Участников пока нет. Нажмите «Загрузить…», чтобы взять педагогов и учеников "
                                 "из списков Excel или CSV, или «Добавить…» (Ctrl+N), чтобы ввести человека вручную.")
        self.id_bar = IdFilterBar(self)

        filters = QHBoxLayout()
        filters.addWidget(self.search_edit, 3)
        filters.addWidget(self.kind_combo, 1)
        filters.addWidget(self.role_combo, 1)
        filters.addWidget(self.archived_check)
        buttons = QHBoxLayout()
        for b in (self.add_button, self.edit_button, self.archive_button, self.consents_button,
                  self.bulk_consents_button):
            buttons.addWidget(b)
        buttons.addSpacing(16)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.erase_button)
        buttons.addStretch(1)
        buttons.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.id_bar)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)

        self.search_edit.textChanged.connect(self._search_changed)
        self.kind_combo.currentIndexChanged.connect(self._kind_changed)
        self.role_combo.currentIndexChanged.connect(self._apply_filters)
        self.archived_check.toggled.connect(self._apply_filters)
        self.id_bar.cleared.connect(self._apply_filters)
        self.add_button.clicked.connect(self.add_person)
        self.edit_button.clicked.connect(self.edit_person)
        self.archive_button.clicked.connect(self.toggle_archive)
        self.consents_button.clicked.connect(self.open_consents)
        self.bulk_consents_button.clicked.connect(self.open_bulk_consents)
        self.import_button.clicked.connect(self.import_people)
        self.erase_button.clicked.connect(self.erase_person)
        self.view.activated_record.connect(self.edit_person)
        self.view.delete_pressed.connect(self.toggle_archive)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.view.apply_columns(self.model.columns, "/all")
        self.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self._apply_filters()

    def _load(self) -> None:
        selected = self.selected()
        header = self.view.horizontalHeader()
        section = header.sortIndicatorSection()
        # sorted before the one reset: the filters (set once in __init__) run once over the new rows
        self.model.set_rows(self._services.people.table_rows(),
                            sort=(section, header.sortIndicatorOrder()) if section >= 0 else None)
        self._update_count()
        if selected is not None:
            self.select_person(selected.id)

    def selected(self) -> PersonRow | None:
        row = self.view.current_source_row()
        if row is None:
            return None
        record = self.proxy.record_at(row)
        return record if isinstance(record, PersonRow) else None

    def selected_record(self) -> PersonRecord | None:
        """The full record of the selected person, read now (None, with a message, if it is gone)."""
        row = self.selected()
        if row is None:
            return None
        try:
            return self._services.people.get(row.id)
        except UserError as exc:
            prompts.show_error(self, exc.message)
            self.reload()
            return None

    def select_person(self, person_id: int) -> bool:
        return self.view.select_record_id(person_id)

    def show_ids(self, ids: list[int], text: str) -> None:
        """Show only these people (a figure of the overview was clicked)."""
        self.kind_combo.setCurrentIndex(0)
        self.role_combo.setCurrentIndex(0)
        self.archived_check.setChecked(False)
        self.search_edit.clear()
        self.id_bar.set_ids(frozenset(ids), text)
        self._apply_filters()

    def _current_kind(self) -> PersonKind | None:
        value = self.kind_combo.currentData()
        return PersonKind(value) if value else None

    def _kind_changed(self) -> None:
        self.view.remember_columns()
        kind = self._current_kind()
        self.model.set_columns(columns_for(kind))
        self.view.apply_columns(self.model.columns, f"/{kind.value if kind else 'all'}")
        self._apply_filters()

    def _search_changed(self, text: str) -> None:
        self.proxy.set_search(text)
        self._update_count()

    def _apply_filters(self) -> None:
        kind = self._current_kind()
        role = RoleFilter(self.role_combo.currentData())
        archived = self.archived_check.isChecked()
        ids = self.id_bar.ids

        def accepts(p: PersonRow) -> bool:
            if ids is not None and p.id not in ids:
                return False
            if p.archived is not archived:
                return False
            if kind is not None and p.kind is not kind:
                return False
            return role.accepts(p)

        def shown(p: PersonRow) -> bool:  # the filters as the tab opens: one test per row
            return p.archived is archived

        plain = ids is None and kind is None and role is RoleFilter.ANY
        self.proxy.set_predicate(shown if plain else accepts)
        self.archive_button.setText("Вернуть из архива" if archived else "В архив")
        self._update_count()

    def _update_count(self) -> None:
        self.count_label.setText(f"Показано: {self.proxy.rowCount()} из {self.model.rowCount()}")
        self._update_buttons()

    def _update_buttons(self) -> None:
        has = self.selected() is not None
        for b in (self.edit_button, self.archive_button, self.consents_button, self.erase_button):
            b.setEnabled(has)

    def new_item(self) -> None:
        self.add_person()

    def focus_search(self) -> None:
        self.search_edit.setFocus()
        self.search_edit.selectAll()

    def add_person(self) -> None:
        dialog = PersonDialog(self, kind=self._current_kind() or PersonKind.STAFF)
        dialog.submitted.connect(lambda draft: self._save(dialog, None, draft))
        self._open(dialog)

    def edit_person(self) -> None:
        person = self.selected_record()
        if person is None:
            return
        dialog = PersonDialog(self, record=person)
        dialog.submitted.connect(lambda draft: self._save(dialog, person.id, draft, person.version))
        self._open(dialog)

    def _open(self, dialog: PersonDialog) -> None:
        self.dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def _save(self, dialog: PersonDialog, person_id: int | None, draft: PersonDraft, version: int | None = None) -> None:
        people = self._services.people
        Operation(self, lambda: people.create(draft) if person_id is None
                  else people.update(person_id, draft, expected_version=version),
                  Change.PEOPLE).in_dialog(dialog).success(self._show_saved).run()

    def _show_saved(self, saved: PersonRecord) -> None:
        self.reload()
        self.select_person(saved.id)

    def toggle_archive(self) -> None:
        person = self.selected()
        if person is None:
            return
        archive = not person.archived
        question = (
            f"Перевести «{person.full_name}» в архив? Запись сохранится, её можно вернуть."
            if archive
            else f"Вернуть «{person.full_name}» из архива?"
        )
        if not prompts.ask_yes_no(self, question):
            return
        Operation(self, lambda: self._services.people.set_archived(person.id, archive),
                  Change.PEOPLE).success(lambda _r: self.reload()).run()

    def open_consents(self) -> None:
        person = self.selected_record()
        if person is None:
            return
        dialog = ConsentsDialog(self._services, person, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(self._consents_closed)
        self.consents_dialog = dialog
        dialog.open()

    def open_bulk_consents(self) -> None:
        from mentor_desk.ui.people.bulk_consents_dialog import BulkConsentsDialog

        dialog = BulkConsentsDialog(self._services, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(self._consents_closed)
        self.bulk_consents_dialog = dialog
        dialog.open()

    def _consents_closed(self, _result: int) -> None:
        self.reload()  # the dialog announced its changes to the other tabs as it made them

    def import_people(self) -> None:
        from mentor_desk.services.imports import read_rows

        path = prompts.open_file(self, "Загрузить участников из таблицы", IMPORT_FILTER)
        if path is None:
            return
        QGuiApplication.setOverrideCursor(QCursor(Qt.CursorShape.WaitCursor))
        try:
            rows = read_rows(path)
        except UserError as exc:
            prompts.show_error(self, exc.message, "Список не прочитан")
            return
        except Exception as exc:  # a damaged file: a message, never a traceback
            log.exception("reading an import file failed")
            prompts.show_error(self, f"Файл «{path.name}» не удалось прочитать: {exc}.", "Список не прочитан")
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        dialog = ImportDialog(path, rows, self._services.imports.plan, self)
        dialog.submitted.connect(lambda request: self._apply_import(dialog, request))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.import_dialog = dialog
        dialog.open()

    def _apply_import(self, dialog: ImportDialog, request: ImportRequest) -> None:
        """A forced backup (for a database file), then one transaction — both off the GUI thread."""
        if self.import_task is not None:
            return
        services = self._services

        def work(_progress: background.ProgressCallback, _cancel: background.CancelFlag) -> ImportOutcome:
            from mentor_desk.services.safety import apply_import

            return apply_import(services, request.preview, update_existing=request.update_existing)

        task = background.Task(work)
        task.signals.succeeded.connect(lambda outcome: self._import_done(dialog, outcome))
        task.signals.failed.connect(lambda exc, _details: self._import_failed(dialog, exc))
        task.signals.finished.connect(lambda: self._import_finished(dialog))
        self.import_task = task
        dialog.setEnabled(False)
        dialog.show_problem("")
        QGuiApplication.setOverrideCursor(QCursor(Qt.CursorShape.WaitCursor))
        background.start(task)

    def _import_done(self, dialog: ImportDialog, outcome: ImportOutcome) -> None:
        dialog.done_ok()
        self.import_dialog = None
        self.reload()
        announce(self, Change.PEOPLE)
        lines = [f"Добавлено участников: {outcome.created}."]
        if outcome.updated:
            lines.append(f"Обновлено: {outcome.updated}.")
        if outcome.unchanged:
            lines.append(f"Уже были в базе и не изменены: {len(outcome.unchanged)}.")
        if outcome.rejected_rows:
            lines.append(f"Не загружено строк с ошибками: {outcome.rejected_rows}.")
        lines.append("Перед загрузкой сделана резервная копия базы." if self._services.database.path else "")
        prompts.show_info(self, "\n".join(line for line in lines if line), "Список загружен")

    def _import_failed(self, dialog: ImportDialog, exc: object) -> None:
        message = exc.message if isinstance(exc, UserError) else (
            f"Список не загружен: {exc}. Подробности записаны в журнал программы.")
        dialog.show_problem(message)

    def _import_finished(self, dialog: ImportDialog) -> None:
        QGuiApplication.restoreOverrideCursor()
        self.import_task = None
        if self.import_dialog is dialog:  # still open (a failure); after success it is already deleted
            dialog.setEnabled(True)

    def erase_person(self) -> None:
        person = self.selected()
        if person is not None:
            erase_personal_data(self, self._services, person, self.reload)

    def save_state(self) -> None:
        self.view.remember_columns()
