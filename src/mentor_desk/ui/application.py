"""Start the GUI: the Qt application, Russian translations, the error hook, the database, the window."""

from __future__ import annotations

import gc
import logging
import sys
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, Qt, QTimer, QTranslator
from PySide6.QtGui import QCursor, QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QSplashScreen, QWidget

from mentor_desk import APP_NAME
from mentor_desk.errors import UserError
from mentor_desk.paths import data_dir, demo_database
from mentor_desk.resources import resource_path
from mentor_desk.services import safety
from mentor_desk.services.container import Services
from mentor_desk.services.credentials import forget_password, save_password
from mentor_desk.services.district import is_server_url
from mentor_desk.services.safety import (
    DamagedDatabaseFound,
    Database,
    DataSafety,
    RemovableLocationError,
    StaleLockError,
    copy_to_local,
)
from mentor_desk.ui.common import prompts
from mentor_desk.ui.common.dialog_base import FormDialog
from mentor_desk.ui.common.error_dialog import ExceptionHook
from mentor_desk.ui.district.connect_dialog import ServerLogin, remember_address
from mentor_desk.ui.district.district_window import DistrictWindow
from mentor_desk.ui.main_window import MainWindow
from mentor_desk.ui.safety.data_safety import describe_restore

log = logging.getLogger(__name__)
ORGANISATION_NAME = "MentorDesk"


def make_application() -> QApplication:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORGANISATION_NAME)
    # No application display name: X11 would append it to a title that already says "Mentor Desk".
    QGuiApplication.setDesktopFileName("mentor-desk")
    icon = QIcon()
    for size in (16, 24, 32, 48, 64, 128, 256):
        path = resource_path("icons", f"mentor-desk-{size}.png")
        if path.is_file():
            icon.addFile(str(path))
    app.setWindowIcon(icon)
    return app


def install_translators(app: QApplication) -> list[QTranslator]:
    """Qt's own buttons and dialogs («Отмена», «Открыть») in Russian."""
    QLocale.setDefault(QLocale(QLocale.Language.Russian, QLocale.Country.Russia))
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    installed = []
    for name in ("qtbase_ru",):
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            installed.append(translator)
        else:
            log.warning("Qt translation %s not found in %s", name, folder)
    return installed


def open_services(path: Path, **open_options: bool) -> tuple[Database, Services]:
    """Open a database file for writing (location, lock, checks) and build the services.

    Every failure is a UserError; the ones the user can resolve (a stale lock, removable
    media, a damaged file with a backup) are subclasses that `open_interactively` handles.
    """
    services = safety.open_services(path, create=True, **open_options)
    return services.database, services


def open_interactively(path: Path, parent: QWidget | None = None) -> tuple[Path, Database, Services] | None:
    """Open a database, asking the user where a choice is theirs; None if it stays closed.

    A stale lock: open anyway? Removable media: work with a copy on this computer (or, if not,
    open on the stick)? A damaged file (already set aside): restore the newest verified backup?
    """
    options: dict[str, bool] = {}
    for _attempt in range(4):
        try:
            database, services = open_services(path, **options)
            return path, database, services
        except StaleLockError as exc:
            if not prompts.ask_yes_no(parent, exc.message + "\n\nОткрыть базу всё равно?"):
                return None
            options["takeover_stale"] = True
        except RemovableLocationError as exc:
            local = _free_name(data_dir() / path.name)
            if prompts.ask_yes_no(parent, f"{exc.message}\n\nСкопировать базу в «{local}» и открыть копию?"):
                try:
                    local.parent.mkdir(parents=True, exist_ok=True)
                    path = copy_to_local(path, local)
                except UserError as copy_error:
                    prompts.show_error(parent, copy_error.message, "Не удалось скопировать базу")
                    return None
            elif prompts.ask_yes_no(parent, "Открыть базу прямо на съёмном диске? Не вынимайте его до выхода."):
                options["allow_removable"] = True
            else:
                return None
        except DamagedDatabaseFound as exc:
            if exc.backup is None:
                prompts.show_error(parent, exc.message, "База повреждена")
                return None
            question = f"{exc.message}\n\nВосстановить базу из резервной копии от {exc.backup.describe()}?"
            if not prompts.ask_yes_no(parent, question, "База повреждена"):
                return None
            try:
                DataSafety(path).restore(exc.backup.path)
            except UserError as restore_error:
                prompts.show_error(parent, restore_error.message, "Не удалось восстановить базу")
                return None
        except UserError as exc:
            prompts.show_error(parent, exc.message, "Не удалось открыть базу")
            return None
    return None


def _free_name(path: Path) -> Path:
    candidate, n = path, 1
    while candidate.exists():
        n += 1
        candidate = path.with_name(f"{path.stem}-{n}{path.suffix}")
    return candidate


class GuiSession:
    """Owns the open database and its window; switching databases replaces both."""

    def __init__(self) -> None:
        self.database: Database | None = None
        self.window: MainWindow | None = None
        self.district_window: DistrictWindow | None = None

    def open(self, path: Path) -> bool:
        opened = open_interactively(path, self.window)
        if opened is None:
            return False
        path, database, services = opened
        self._show(MainWindow(services, path), database)
        log.info("database opened: %s", path.name)
        return True

    def _wire(self, window: MainWindow | DistrictWindow) -> None:
        window.open_database_requested.connect(self.open)
        window.server_requested.connect(self.connect_from_dialog)
        if isinstance(window, MainWindow):
            window.new_database_requested.connect(self.open)
            window.demo_requested.connect(self.open_demo)
            window.restore_requested.connect(self.restore)

    def _show(self, window: MainWindow | DistrictWindow, database: Database) -> None:
        self._wire(window)
        old_windows = [w for w in (self.window, self.district_window) if w is not None]
        old_db = self.database
        if isinstance(window, MainWindow):
            self.window, self.district_window = window, None
        else:
            self.window, self.district_window = None, window
        self.database = database
        for old in old_windows:
            old.close()
            old.deleteLater()
        if old_db is not None:
            old_db.close()
        window.show()

    @property
    def front(self) -> QWidget | None:
        return self.window or self.district_window

    def open_server(self, url: str) -> None:
        """Connect as a school (its main window) or a methodist (the district window). UserError on failure."""
        from mentor_desk.services.district import connect

        session = connect(url)
        try:
            if session.school is None:
                window: MainWindow | DistrictWindow = DistrictWindow(session.database)
            else:
                window = MainWindow(Services.for_database(session.database, session.school), None)
        except BaseException:
            session.database.close()
            raise
        self._show(window, session.database)
        log.info("connected to a district server as %s", "methodist" if session.school is None else "school")

    def open_server_interactively(self, url: str) -> bool:
        try:
            self.open_server(url)
        except UserError as exc:
            prompts.show_error(self.front, exc.message, "Не удалось подключиться к серверу")
            return False
        return True

    def connect_from_dialog(self, login: ServerLogin, dialog: FormDialog) -> None:
        """The connect dialog's value: on failure the dialog stays open with the message."""
        try:
            self.open_server(login.url)
        except UserError as exc:
            dialog.show_problem(exc.message)
            return
        remember_address(login.address)
        warning = save_password(login.address, login.password) if login.remember else None
        if not login.remember:
            forget_password(login.address)
        dialog.done_ok()
        if warning:
            prompts.show_info(self.front, warning)

    def restore(self, source: Path) -> bool:
        """Close the database, restore it from `source`, reopen it the usual way (a new window)."""
        window, database = self.window, self.database
        if database is None or database.path is None:
            return False
        path = database.path
        if window is not None and window.auto_backup is not None:
            window.auto_backup.stop()  # the file is being replaced: no exit backup of it from this window
        database.close()
        self.database = None
        message: str | None = None
        try:
            result = DataSafety(path).restore(source)
        except UserError as exc:
            prompts.show_error(window, exc.message, "Не удалось восстановить базу")
        else:
            message = describe_restore(result.restored_from.created, result.safety_backup, result.missing_files,
                                       result.damaged_copy)
        if not self.open(path):
            prompts.show_error(window, "База закрыта. Откройте её снова: «Файл» → «Открыть базу…».")
            return False
        if message is not None:
            log.info("database restored from a backup")
            prompts.show_info(self.window, message, "База восстановлена")
        return message is not None

    def open_demo(self) -> None:
        path = demo_database()
        if not path.exists():
            try:
                from mentor_desk.demo.generator import write_demo
            except ImportError:
                prompts.show_error(self.window, "Демо-школа не входит в эту сборку программы.")
                return
            QGuiApplication.setOverrideCursor(QGuiApplication.overrideCursor() or _wait_cursor())
            try:
                write_demo(path, seed=2025)
            finally:
                QGuiApplication.restoreOverrideCursor()
        self.open(path)

    def close(self) -> None:
        if self.district_window is not None:
            self.district_window.close()
        if self.database is not None:
            self.database.close()
            self.database = None


def _wait_cursor() -> QCursor:
    return QCursor(Qt.CursorShape.WaitCursor)


def run(db_path: Path | str, smoke_test: bool = False, splash: QSplashScreen | None = None) -> int:
    # Start-up makes objects that live as long as the app (modules, widgets, Qt wrappers): no
    # collection while they are made, and frozen afterwards so that later collections skip them.
    gc.disable()
    app = make_application()
    install_translators(app)
    hook = ExceptionHook()
    hook.install()
    session = GuiSession()
    try:
        if isinstance(db_path, str) and is_server_url(db_path):
            opened = session.open_server_interactively(db_path)
        else:
            opened = session.open(Path(db_path))
        if splash is not None:
            front = session.front
            if front is not None:
                splash.finish(front)
            else:
                splash.close()
        gc.freeze()
        gc.enable()
        if not opened:
            return 3
        if smoke_test:
            QTimer.singleShot(0, app.quit)  # right after the window is shown and painted
        return int(app.exec())
    finally:
        if session.window is not None:
            session.window.save_state()
            if session.window.auto_backup is not None:
                session.window.auto_backup.at_exit()  # app.quit() without closing the window
        session.close()
        hook.uninstall()
        gc.enable()  # also when opening failed with an exception
