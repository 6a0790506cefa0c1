"""Write a PDF off the GUI thread with a progress dialog, then open it in the system viewer (which prints)."""

from __future__ import annotations

import re
import tempfile
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QProgressDialog, QWidget

from mentor_desk.errors import UserError
from mentor_desk.ui.common import background, prompts

# write(target, progress(done, total, text), cancelled() -> bool) -> result; raises errors.Cancelled
PdfWriter = Callable[[Path, Callable[[int, int, str], None], Callable[[], bool]], object]
PDF_FILTER = "Документ PDF (*.pdf)"
# «Сохранить как…» also offers the editable variant: the name's suffix chooses the writer.
SAVE_FILTER = f"{PDF_FILTER};;Документ Word для правки (*.docx)"


def preview_folder() -> Path:
    folder = Path(tempfile.gettempdir()) / "mentor-desk-print"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def safe_file_name(text: str) -> str:
    """A file name without characters Windows or Linux refuse."""
    return re.sub(r'[\\/:*?"<>|\n\r\t]+', " ", text).strip() or "документ"


class PdfJob(QObject):
    """One PDF being written; `done` is called on the GUI thread with the path when it is ready."""

    def __init__(self, parent: QWidget, title: str, write: PdfWriter, target: Path, open_after: bool) -> None:
        super().__init__(parent)
        self._parent = parent
        self.target = target
        self.open_after = open_after
        self.result: Path | None = None
        self.error: str | None = None

        def work(progress: background.ProgressCallback, cancel: background.CancelFlag) -> object:
            return write(target, progress, lambda: cancel.is_set)

        self.task = background.Task(work)
        dialog = QProgressDialog(f"{title}…", "Отмена", 0, 0, parent)
        dialog.setWindowTitle("Подготовка PDF")
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(400)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.canceled.connect(self.task.cancel_flag.cancel)
        self.progress_dialog: QProgressDialog | None = dialog
        self.task.signals.progress.connect(self._on_progress)
        self.task.signals.succeeded.connect(self._on_done)
        self.task.signals.failed.connect(self._on_failed)
        self.task.signals.finished.connect(self._on_finished)

    def start(self) -> PdfJob:
        background.start(self.task)
        return self

    @property
    def running(self) -> bool:
        return self.progress_dialog is not None

    def _on_progress(self, done: int, total: int, _text: str) -> None:
        if self.progress_dialog is not None:
            self.progress_dialog.setMaximum(max(total, 1))
            self.progress_dialog.setValue(min(done, max(total, 1)))

    def _on_done(self, _pages: object) -> None:
        self.result = self.target
        if self.open_after and not prompts.open_path(self.target):
            prompts.show_error(self._parent, f"Нет программы для просмотра PDF. Файл сохранён: {self.target}")

    def _on_failed(self, exc: object, _details: str) -> None:
        self.error = exc.message if isinstance(exc, UserError) else (
            f"PDF не сформирован: {exc}. Подробности записаны в журнал программы.")
        prompts.show_error(self._parent, self.error)

    def _on_finished(self) -> None:
        if self.progress_dialog is not None:
            self.progress_dialog.close()
            self.progress_dialog.deleteLater()
            self.progress_dialog = None


def choose_target(parent: QWidget, title: str, name: str, save_as: bool) -> Path | None:
    """A temporary file for the viewer, or (save_as) a file the user names."""
    file_name = safe_file_name(name) + ".pdf"
    if not save_as:
        # a new name each time: a viewer may still hold the previous file open (Windows locks it)
        return preview_folder() / f"{safe_file_name(name)} {datetime.now():%H-%M-%S}.pdf"
    target = prompts.save_file(parent, title, Path.home() / file_name, SAVE_FILTER)
    if target is not None and target.suffix.lower() not in (".pdf", ".docx"):
        target = target.with_name(target.name + ".pdf")
    return target
