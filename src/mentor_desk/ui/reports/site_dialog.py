"""Отчёты → «Раздел сайта «Наставничество»…»: choose a folder, write the section off the GUI thread."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QProgressDialog, QWidget

from mentor_desk.errors import UserError
from mentor_desk.services.container import Services
from mentor_desk.services.site import gather_site, write_site
from mentor_desk.ui.common import background, prompts
from mentor_desk.ui.common.dialog_base import FormDialog, InputError
from mentor_desk.ui.common.settings import app_settings
from mentor_desk.ui.generated.ui_site_dialog import Ui_SiteDialog

LAST_FOLDER_KEY = "site/last_folder"


class SiteDialog(FormDialog):
    """Collects the folder; `submitted` carries it as a Path."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ui = Ui_SiteDialog()
        self._ui.setupUi(self)
        self.job: SiteJob | None = None
        ui = self._ui
        self._wire(ui.buttonBox, ui.errorLabel)
        if self._ok_button is not None:
            self._ok_button.setText("Записать")
        last = app_settings().value(LAST_FOLDER_KEY, "")
        ui.folderEdit.setText(str(last) if last else str(Path.home() / "nastavnichestvo"))
        ui.browseButton.clicked.connect(self.browse)
        try:
            data = gather_site(services)
        except UserError as exc:
            ui.summaryLabel.setText("")
            self.show_problem(exc.message)
            return
        forms = sum(f.pairs for f in data.forms)
        ui.summaryLabel.setText(
            f"Будет опубликовано за {data.year} учебный год: пар и групп — {forms}, наставников в базе "
            f"(с согласием на публикацию) — {len(data.mentors)}; куратор — {data.curator.name}."
        )

    def browse(self) -> None:
        current = Path(self._ui.folderEdit.text().strip() or Path.home())
        chosen = prompts.choose_folder(self, "Папка раздела сайта", current.parent)
        if chosen is not None:
            self._ui.folderEdit.setText(str(chosen / "nastavnichestvo") if any(chosen.iterdir()) else str(chosen))

    def value(self) -> Path:
        text = self._ui.folderEdit.text().strip()
        if not text:
            raise InputError(["Укажите папку, куда записать раздел сайта."])
        return Path(text).expanduser()


class SiteJob(QObject):
    """The section being written on the thread pool; the dialog stays open until it ends."""

    def __init__(self, services: Services, dialog: SiteDialog, folder: Path) -> None:
        super().__init__(dialog)
        self.dialog = dialog
        self.folder = folder
        self.finished = False
        self.task = background.Task(lambda progress, _cancel: write_site(services, folder, progress))
        progress = QProgressDialog("Раздел сайта…", "", 0, 0, dialog)
        progress.setCancelButton(None)
        progress.setWindowTitle("Раздел сайта «Наставничество»")
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)
        self.progress: QProgressDialog | None = progress
        self.task.signals.progress.connect(self._on_progress)
        self.task.signals.succeeded.connect(self._on_done)
        self.task.signals.failed.connect(self._on_failed)
        self.task.signals.finished.connect(self._on_finished)
        background.start(self.task)

    def _on_progress(self, done: int, total: int, text: str) -> None:
        progress = self.progress  # a modal setValue() may run _on_finished before it returns
        if progress is not None:
            progress.setLabelText(text)
            progress.setMaximum(max(total, 1))
            progress.setValue(min(done, max(total, 1)))

    def _on_done(self, _data: object) -> None:
        app_settings().setValue(LAST_FOLDER_KEY, str(self.folder))
        self.dialog.done_ok()
        if prompts.ask_yes_no(self.dialog.parentWidget(), f"Раздел сайта записан в папку:\n{self.folder}\n\n"
                              "Открыть страницу в браузере?", "Раздел сайта"):
            prompts.open_path(self.folder / "index.html")

    def _on_failed(self, exc: object, _details: str) -> None:
        message = exc.message if isinstance(exc, UserError) else (
            f"Раздел сайта не записан: {exc}. Подробности записаны в журнал программы.")
        self.dialog.show_problem(message)

    def _on_finished(self) -> None:
        self.finished = True
        if self.progress is not None:
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None


def open_site_dialog(services: Services, parent: QWidget) -> SiteDialog:
    """Show the dialog; on «Записать» the section is written and the dialog closes when it succeeds."""
    dialog = SiteDialog(services, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def start(folder: object) -> None:
        if dialog.job is not None and not dialog.job.finished:
            return
        dialog.job = SiteJob(services, dialog, Path(str(folder)))

    dialog.submitted.connect(start)
    dialog.open()
    return dialog
