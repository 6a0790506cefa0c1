"""The coordinator's main window: tabs, menus, shortcuts and remembered geometry."""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Protocol, cast

from PySide6.QtCore import QByteArray, QEvent, QRect, QSize, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent
from PySide6.QtWidgets import QMainWindow, QTabWidget, QWidget
from typing_extensions import override

from mentor_desk import APP_NAME, __version__
from mentor_desk.errors import UserError
from mentor_desk.paths import log_dir
from mentor_desk.services.container import Services
from mentor_desk.services.safety import DataSafety, suggested_copy_name
from mentor_desk.ui.common import background, long_work, prompts
from mentor_desk.ui.common.error_dialog import versions_text
from mentor_desk.ui.common.lazy_tab import LazyTab
from mentor_desk.ui.common.operations import Change, Operation
from mentor_desk.ui.common.settings import app_settings
from mentor_desk.ui.main_menus import build_menus
from mentor_desk.ui.reports.overview_tab import OverviewTab
from mentor_desk.ui.safety.backups_dialog import BackupsDialog
from mentor_desk.ui.safety.data_safety import AutoBackup
from mentor_desk.ui.school.organisation_dialog import OrganisationDialog, OrganisationSettings
from mentor_desk.ui.school.reference_dialog import ReferenceDialog
from mentor_desk.ui.year.area import install_year_area

if TYPE_CHECKING:
    from mentor_desk.ui.iom.iom_tab import IomTab
    from mentor_desk.ui.pairs.pairs_tab import PairsTab
    from mentor_desk.ui.people.people_tab import PeopleTab
    from mentor_desk.ui.reports.reports_tab import ReportsTab

log = logging.getLogger(__name__)
TAB_TITLES = ("Обзор", "Участники", "Пары и группы", "ИОМ", "Отчёты")
DB_FILTER = "База Mentor Desk (*.db *.sqlite);;Все файлы (*)"
COPY_FILTER = "Копия базы Mentor Desk (*.zip)"


def initial_window_size(available: QRect) -> QSize:
    """The first window size: most of the available screen (a laptop's 1366×728 is used whole)."""
    width = available.width() if available.width() <= 1440 else min(1440, int(available.width() * 0.85))
    height = available.height() if available.height() <= 800 else min(900, int(available.height() * 0.85))
    return QSize(width, height)


class Tab(Protocol):
    def new_item(self) -> None: ...
    def focus_search(self) -> None: ...
    def save_state(self) -> None: ...


class MainWindow(QMainWindow):
    """Asks the application (via signals) to open another database; never opens one itself."""

    changes_made = Signal(object, object)  # Change, the widget that made it (see ui/common/operations.py)
    open_database_requested = Signal(Path)
    new_database_requested = Signal(Path)
    demo_requested = Signal()
    restore_requested = Signal(Path)  # a backup or saved copy to restore the open database from
    server_requested = Signal(object, object)  # (ServerLogin, ConnectDialog): connect to a district server

    def __init__(self, services: Services, db_path: Path | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.db_path = db_path
        self.dialog: QWidget | None = None
        self.setObjectName("MainWindow")
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.setCentralWidget(self.tabs)
        # Only the Overview is made now; the other tabs (and the dialogs they import) are imported
        # and made when first shown or asked for, so start-up does not pay for all of them.
        self._built: dict[int, QWidget] = {}
        self.overview_tab = OverviewTab(services, self)
        for number, title in enumerate(TAB_TITLES, start=1):
            index = self.tabs.addTab(self.overview_tab if number == 1 else QWidget(), title)
            self.tabs.setTabToolTip(index, f"Ctrl+{number}")  # Ctrl+1…Ctrl+5 (menus own the Alt letters)
        self._built[0] = self.overview_tab
        self._wire(self.overview_tab)
        self._connect_overview()
        self.changes_made.connect(self._school_changed)
        self.tabs.currentChanged.connect(self._tab)  # disconnected on close: no tab is made while closing
        self._build_menus()
        install_year_area(self)
        self.backup_manager: DataSafety | None = None
        self.auto_backup: AutoBackup | None = None
        if db_path is not None and services.database.is_sqlite:
            self.backup_manager = DataSafety(db_path)
            self.auto_backup = AutoBackup(self.backup_manager, self)
            self.auto_backup.message.connect(lambda text: self.statusBar().showMessage(text, 20000))
            self.auto_backup.start()
        backups = QAction("&Резервные копии и восстановление…", self)
        backups.triggered.connect(self.open_backups)
        backups.setEnabled(self.backup_manager is not None)
        self.add_file_actions([backups])
        self.read_only_look = False
        self._update_title()
        self._restore_state()

    # ---- wiring --------------------------------------------------------------------

    def _connect_overview(self) -> None:
        ov = self.overview_tab
        ov.show_people.connect(lambda ids, text: self._goto(self.people_tab, lambda: self.people_tab.show_ids(ids, text)))
        ov.show_pairs.connect(lambda ids, text: self._goto(self.pairs_tab, lambda: self.pairs_tab.show_ids(ids, text)))
        ov.show_form.connect(lambda name: self._goto(self.pairs_tab, lambda: self.pairs_tab.show_form(name)))
        ov.show_ioms.connect(lambda ids, text: self._goto(self.iom_tab, lambda: self.iom_tab.show_ids(ids, text)))

    def _wire(self, tab: LazyTab) -> None:
        """One signal refreshes the tabs: every tab's changes are relayed through the window's signal."""
        tab.changes_made.connect(self.changes_made.emit)
        self.changes_made.connect(tab.on_changes)

    def _make_tab(self, index: int) -> QWidget:
        services = self.services
        if index == 1:
            from mentor_desk.ui.people.people_tab import PeopleTab

            return PeopleTab(services, self)
        if index == 2:
            from mentor_desk.ui.pairs.pairs_tab import PairsTab

            return PairsTab(services, self)
        if index == 3:
            from mentor_desk.ui.iom.iom_tab import IomTab

            return IomTab(services, self)
        from mentor_desk.ui.reports.reports_tab import ReportsTab

        return ReportsTab(services, self)

    def _tab(self, index: int) -> QWidget | None:
        """The tab at `index`, made (and put in place of its placeholder) the first time it is needed."""
        if index in self._built:
            return self._built[index]
        if not 0 <= index < len(TAB_TITLES):
            return None
        tab = self._make_tab(index)
        self._built[index] = tab
        if isinstance(tab, LazyTab):
            self._wire(tab)
        was_current = self.tabs.currentIndex() == index
        placeholder = self.tabs.widget(index)
        blocked = self.tabs.blockSignals(True)
        try:
            # In first, placeholder out second: no other tab is shown (and loaded) in between.
            self.tabs.insertTab(index, tab, TAB_TITLES[index])
            self.tabs.setTabToolTip(index, f"Ctrl+{index + 1}")
            if was_current:
                self.tabs.setCurrentIndex(index)
            self.tabs.removeTab(index + 1)
        finally:
            self.tabs.blockSignals(blocked)
        if placeholder is not None:
            placeholder.deleteLater()
        splitter_key = {2: "pairs", 3: "iom"}.get(index)
        if splitter_key is not None:
            value = app_settings().value(f"splitters/{splitter_key}")
            if isinstance(value, QByteArray) and not value.isEmpty():
                tab.splitter.restoreState(value)  # type: ignore[attr-defined]
        return tab

    @property
    def people_tab(self) -> PeopleTab:
        return cast("PeopleTab", self._tab(1))

    @property
    def pairs_tab(self) -> PairsTab:
        return cast("PairsTab", self._tab(2))

    @property
    def iom_tab(self) -> IomTab:
        return cast("IomTab", self._tab(3))

    @property
    def reports_tab(self) -> ReportsTab:
        return cast("ReportsTab", self._tab(4))

    def _school_changed(self, changes: Change, _source: object) -> None:
        if changes & Change.SCHOOL:
            self._update_title()

    def _goto(self, tab: LazyTab, then: Callable[[], None]) -> None:  # tab: made by its property
        self.tabs.setCurrentWidget(tab)
        tab.ensure_loaded()
        then()

    def _build_menus(self) -> None:
        self.file_menu, self._exit_separator = build_menus(self)

    def add_file_actions(self, actions: list[QAction]) -> None:
        """Place data-safety actions (backup, restore) in the «Файл» menu, above «Выход»."""
        for action in actions:
            self.file_menu.insertAction(self._exit_separator, action)

    def _update_title(self) -> None:
        org = self.services.organisation.get()
        database = self.services.database
        if database.is_sqlite:
            self.setWindowTitle(f"{APP_NAME} — {org.short_name}")
            self.statusBar().showMessage(f"База: {database.display_name}")
            return
        look = " — только просмотр" if self.read_only_look else ""
        self.setWindowTitle(f"{APP_NAME} — {org.short_name} — сервер {database.server_name}{look}")
        self.statusBar().showMessage(f"Сервер: {database.display_name} · школа «{org.short_name}» (№ {org.id}){look}")

    def set_read_only_look(self) -> None:
        """A methodist's look into a school: the server refuses every change; the title says so."""
        self.read_only_look = True
        self._update_title()

    def connect_to_server(self) -> None:
        from mentor_desk.ui.district.connect_dialog import ConnectDialog

        dialog = ConnectDialog(self)
        dialog.submitted.connect(lambda login: self.server_requested.emit(login, dialog))
        self.dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _r: setattr(self, "dialog", None))
        dialog.open()

    # ---- tab commands --------------------------------------------------------------

    def current_tab(self) -> Tab:
        return self.tabs.currentWidget()  # type: ignore[return-value]

    def new_item(self) -> None:
        self.current_tab().new_item()

    def focus_search(self) -> None:
        self.current_tab().focus_search()

    # ---- file ----------------------------------------------------------------------

    def open_database(self) -> None:
        path = prompts.open_file(self, "Открыть базу Mentor Desk", DB_FILTER)
        if path is not None:
            self.open_database_requested.emit(path)

    def new_database(self) -> None:
        suggested = (self.db_path.parent if self.db_path else Path.home()) / "новая-школа.db"
        path = prompts.save_file(self, "Новая база Mentor Desk", suggested, DB_FILTER)
        if path is None:
            return
        if path.exists():
            prompts.show_error(self, f"Файл «{path.name}» уже существует. Выберите другое имя: "
                                     "существующую базу открывают через «Открыть базу…».")
            return
        self.new_database_requested.emit(path)

    def save_copy(self) -> None:
        if self.db_path is None:
            prompts.show_error(self, "Копию можно сохранить только для базы-файла.")
            return
        suggested = Path.home() / suggested_copy_name(self.db_path)
        target = prompts.save_file(self, "Сохранить копию базы", suggested, COPY_FILTER)
        if target is None:
            return
        if target.suffix.lower() != ".zip":
            target = target.with_name(target.name + ".zip")
        try:
            info = DataSafety(self.db_path).save_copy(target)
        except UserError as exc:
            prompts.show_error(self, exc.message)
            return
        prompts.show_info(self, f"Копия базы с файлами продуктов сохранена и проверена:\n{target}\n\n"
                                f"{info.describe()}")

    def open_backups(self) -> None:
        if self.backup_manager is None:
            prompts.show_error(self, "Резервные копии делаются только для базы-файла.")
            return
        dialog = BackupsDialog(self.backup_manager, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.restore_requested.connect(self.restore_requested.emit)
        self.dialog = dialog
        dialog.open()

    # ---- reference and settings ----------------------------------------------------

    def edit_reference(self, catalogue: str) -> None:
        dialog = ReferenceDialog(self.services, self, catalogue)
        self.dialog = dialog
        dialog.open()

    def edit_templates(self) -> None:
        from mentor_desk.ui.school.templates_dialog import TemplatesDialog

        dialog = TemplatesDialog(self.services, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.open()

    def publish_site(self) -> None:
        from mentor_desk.ui.reports.site_dialog import open_site_dialog

        self.dialog = open_site_dialog(self.services, self)

    def edit_organisation(self) -> None:
        org = self.services.organisation
        record = org.get()
        dialog = OrganisationDialog(record, org.school_years(), self)
        dialog.submitted.connect(lambda value: self._save_organisation(dialog, value, record.version))
        self.dialog = dialog
        dialog.open()

    def _save_organisation(self, dialog: OrganisationDialog, value: OrganisationSettings, version: int) -> None:
        def save() -> None:
            self.services.organisation.update(value.draft, expected_version=version)
            self.services.organisation.set_current_year(value.current_year)

        Operation(self, save, Change.SCHOOL).in_dialog(dialog).run()

    def reload_all(self) -> None:
        self.changes_made.emit(Change.EVERYTHING, self)

    def open_help(self) -> None:
        from mentor_desk.ui.common.help_window import HelpWindow

        window = HelpWindow(self)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.help_window = window
        window.show()

    def about(self) -> None:
        prompts.show_about(
            self,
            "О программе",
            f"<b>{APP_NAME} {__version__}</b><br>Рабочее место куратора наставничества школы: участники, пары "
            f"и группы, ИОМ, реестры и документы.<br><br>{versions_text()}<br>База: "
            f"{self.services.database.display_name}<br>Журнал: {log_dir()}",
        )

    # ---- state ---------------------------------------------------------------------

    def _restore_state(self) -> None:
        s = app_settings()
        geometry = s.value("window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(initial_window_size(self.screen().availableGeometry()))
        tab = s.value("window/tab", 0)
        if self.services.organisation.needs_setup():
            self.tabs.setCurrentWidget(self.overview_tab)  # a new database leads with the first-run form
            return
        with contextlib.suppress(TypeError, ValueError):
            self.tabs.setCurrentIndex(int(tab))  # type: ignore[call-overload]

    def save_state(self) -> None:
        s = app_settings()
        s.setValue("window/geometry", self.saveGeometry())
        s.setValue("window/tab", self.tabs.currentIndex())
        for index, name in ((2, "pairs"), (3, "iom")):
            built = self._built.get(index)
            if built is not None:  # a tab never shown keeps what was saved before
                s.setValue(f"splitters/{name}", built.splitter.saveState())  # type: ignore[attr-defined]
        for tab in self._built.values():
            tab.save_state()  # type: ignore[attr-defined]
        s.sync()

    def running_exports(self) -> list[background.Task]:
        """Documents and registers being written right now (off the GUI thread)."""
        return long_work.running_exports(self._built)

    @override
    def changeEvent(self, event: QEvent) -> None:
        # On a server others change the data too: coming back to the window shows their changes.
        if (event.type() == QEvent.Type.ActivationChange and self.isActiveWindow()
                and not self.services.database.is_sqlite and not self.services.database.closed
                and self.dialog is None):
            self.reload_all()
        super().changeEvent(event)

    @override
    def closeEvent(self, event: QCloseEvent) -> None:
        if not long_work.leave_running_exports(self, self.running_exports()):
            event.ignore()
            return
        with contextlib.suppress(RuntimeError, TypeError):
            self.tabs.currentChanged.disconnect(self._tab)
        self.save_state()
        if self.auto_backup is not None:
            self.auto_backup.at_exit()  # never raises; a failure is logged and shown in the status bar
        super().closeEvent(event)
