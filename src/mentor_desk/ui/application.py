"""Start the GUI: the Qt application, Russian translations, the error hook, the database, the window."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, Qt, QTimer, QTranslator
from PySide6.QtGui import QCursor, QGuiApplication
from PySide6.QtWidgets import QApplication

from mentor_desk import APP_NAME
from mentor_desk.db.database import Database, open_sqlite
from mentor_desk.errors import UserError
from mentor_desk.paths import demo_database
from mentor_desk.services.container import Services
from mentor_desk.ui import prompts
from mentor_desk.ui.error_dialog import ExceptionHook
from mentor_desk.ui.main_window import MainWindow

log = logging.getLogger(__name__)
ORGANISATION_NAME = "MentorDesk"


def make_application() -> QApplication:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORGANISATION_NAME)
    app.setApplicationDisplayName(APP_NAME)
    QGuiApplication.setDesktopFileName("mentor-desk")
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


def open_services(path: Path) -> tuple[Database, Services]:
    """Open a database file and build the services; every failure becomes a UserError."""
    try:
        database = open_sqlite(path)
    except UserError:
        raise
    except Exception as exc:  # SQLAlchemy, sqlite3 and OS errors: translated, never a traceback
        from mentor_desk.db.errors import translate

        log.exception("opening %s failed", path.name)
        raise translate(exc) from exc
    try:
        return database, Services.for_database(database)
    except Exception as exc:
        database.close()
        if isinstance(exc, UserError):
            raise
        from mentor_desk.db.errors import translate

        raise translate(exc) from exc


class GuiSession:
    """Owns the open database and its window; switching databases replaces both."""

    def __init__(self) -> None:
        self.database: Database | None = None
        self.window: MainWindow | None = None

    def open(self, path: Path) -> bool:
        try:
            database, services = open_services(path)
        except UserError as exc:
            prompts.show_error(self.window, exc.message, "Не удалось открыть базу")
            return False
        old_window, old_db = self.window, self.database
        window = MainWindow(services, path)
        window.open_database_requested.connect(self.open)
        window.new_database_requested.connect(self.open)
        window.demo_requested.connect(self.open_demo)
        self.window, self.database = window, database
        if old_window is not None:
            old_window.close()
            old_window.deleteLater()
        if old_db is not None:
            old_db.close()
        window.show()
        log.info("database opened: %s", path.name)
        return True

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
        if self.database is not None:
            self.database.close()
            self.database = None


def _wait_cursor() -> QCursor:
    return QCursor(Qt.CursorShape.WaitCursor)


def run(db_path: Path, smoke_test: bool = False) -> int:
    app = make_application()
    install_translators(app)
    hook = ExceptionHook()
    hook.install()
    session = GuiSession()
    try:
        if not session.open(Path(db_path)):
            return 3
        if smoke_test:
            QTimer.singleShot(300, app.quit)
        return int(app.exec())
    finally:
        if session.window is not None:
            session.window.save_state()
        session.close()
        hook.uninstall()
