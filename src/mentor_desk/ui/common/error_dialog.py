"""Unhandled errors: logged, shown with versions and details and a copy button; the app keeps running."""

from __future__ import annotations

import logging
import platform
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import qVersion
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QWidget

from mentor_desk import __version__
from mentor_desk.errors import UserError
from mentor_desk.paths import log_dir
from mentor_desk.ui.common import prompts
from mentor_desk.ui.generated.ui_error_dialog import Ui_ErrorDialog

log = logging.getLogger("mentor_desk.ui")


def versions_text() -> str:
    return (
        f"Mentor Desk {__version__}; Python {platform.python_version()}; PySide6 {pyside_version}; "
        f"Qt {qVersion()}; {platform.system()} {platform.release()}"
    )


class ErrorDialog(QDialog):
    def __init__(self, message: str, details: str, log_folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ui = Ui_ErrorDialog()
        self._ui.setupUi(self)
        ui = self._ui
        self._log_folder = log_folder
        ui.messageLabel.setText(
            f"{message}\n\nВведённые данные сохранены в базе до этой ошибки; программа продолжает работать. "
            f"Подробности записаны в журнал: {log_folder}"
        )
        ui.detailsEdit.setPlainText(f"{versions_text()}\n\n{details}")
        ui.copyButton.clicked.connect(self.copy_details)
        ui.logButton.clicked.connect(lambda: prompts.open_path(self._log_folder))
        ui.buttonBox.rejected.connect(self.reject)
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Close).clicked.connect(self.reject)

    def details(self) -> str:
        return self._ui.detailsEdit.toPlainText()

    def copy_details(self) -> None:
        QApplication.clipboard().setText(self.details())


class ExceptionHook:
    """sys.excepthook for the GUI: a user error is a plain message, anything else a report."""

    def __init__(self) -> None:
        self.dialogs: list[ErrorDialog] = []
        self.previous: Callable[..., object] | None = None

    def __call__(self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            QApplication.quit()
            return
        parent = QApplication.activeWindow()
        if isinstance(exc, UserError):
            log.warning("user error shown: %s", exc_type.__name__)  # the text may name a pupil: not logged
            prompts.show_error(parent, exc.message)
            return
        details = "".join(traceback.format_exception(exc_type, exc, tb))
        log.error("unhandled exception\n%s", details)
        dialog = ErrorDialog(f"Непредвиденная ошибка: {exc_type.__name__}: {exc}", details, log_dir(), parent)
        dialog.finished.connect(lambda _r, d=dialog: self.dialogs.remove(d) if d in self.dialogs else None)
        self.dialogs.append(dialog)
        dialog.open()

    def install(self) -> None:
        self.previous = sys.excepthook
        sys.excepthook = self

    def uninstall(self) -> None:
        if self.previous is not None:
            sys.excepthook = self.previous
            self.previous = None
