"""Справочники → «Шаблоны документов»: open a template in Word/Writer, load it back, reset it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QListWidgetItem, QWidget

from mentor_desk.domain.templates import TemplateInfo
from mentor_desk.errors import UserError
from mentor_desk.paths import data_dir
from mentor_desk.services.container import Services
from mentor_desk.ui.common import prompts
from mentor_desk.ui.generated.ui_templates_dialog import Ui_TemplatesDialog

DOCX_FILTER = "Документ Word (*.docx)"


def editing_folder() -> Path:
    """Copies opened for editing live in the user's data folder, not in a temp folder that may vanish."""
    folder = data_dir() / "шаблоны для правки"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


class TemplatesDialog(QDialog):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ui = Ui_TemplatesDialog()
        self._ui.setupUi(self)
        self._services = services
        self._opened: dict[str, Path] = {}
        ui = self._ui
        ui.errorLabel.setVisible(False)
        ui.buttonBox.rejected.connect(self.reject)
        ui.templatesList.currentRowChanged.connect(lambda _row: self._show_current())
        ui.openButton.clicked.connect(self.open_current)
        ui.loadButton.clicked.connect(self.load_current)
        ui.resetButton.clicked.connect(self.reset_current)
        self.reload()
        ui.templatesList.setCurrentRow(0)

    # ---- state ---------------------------------------------------------------------

    def reload(self) -> None:
        ui = self._ui
        row = max(ui.templatesList.currentRow(), 0)
        ui.templatesList.clear()
        for info in self._services.templates.list_templates():
            mark = " — изменён школой" if info.customised else ""
            item = QListWidgetItem(f"{info.title}{mark}")
            item.setData(Qt.ItemDataRole.UserRole, info)
            ui.templatesList.addItem(item)
        ui.templatesList.setCurrentRow(min(row, ui.templatesList.count() - 1))
        self._show_current()

    def current(self) -> TemplateInfo | None:
        item = self._ui.templatesList.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def _show_current(self) -> None:
        info = self.current()
        ui = self._ui
        if info is None:
            return
        if info.customised:
            when = f"{info.updated_at:%d.%m.%Y %H:%M}" if info.updated_at else ""
            ui.statusLabel.setText(f"<b>{info.title}</b><br>Шаблон школы «{info.file_name}», загружен {when}.")
        else:
            ui.statusLabel.setText(f"<b>{info.title}</b><br>Исходный шаблон программы.")
        ui.resetButton.setEnabled(info.customised)
        ui.fieldsView.setPlainText("\n".join(f"{{{{ {name} }}}} — {text}" for name, text in info.fields))

    def show_problem(self, message: str) -> None:
        self._ui.errorLabel.setText(message)
        self._ui.errorLabel.setVisible(bool(message))

    # ---- actions -------------------------------------------------------------------

    def open_current(self) -> None:
        info = self.current()
        if info is None:
            return
        target = editing_folder() / f"{info.title}.docx"
        try:
            self._services.templates.write_copy(info.kind, target)
        except UserError as exc:
            self.show_problem(exc.message)
            return
        self._opened[info.kind] = target
        if not prompts.open_path(target):
            self.show_problem(f"Не найдена программа для документов Word. Шаблон сохранён: {target}")
            return
        self.show_problem("")
        self._ui.statusLabel.setText(
            self._ui.statusLabel.text() + f"<br>Открыт для правки: {target}. Сохраните его и нажмите "
            "«Загрузить изменённый…»."
        )

    def load_current(self) -> None:
        info = self.current()
        if info is None:
            return
        suggested = self._opened.get(info.kind, editing_folder() / f"{info.title}.docx")
        path = prompts.open_file(self, "Загрузить шаблон", DOCX_FILTER, suggested)
        if path is None:
            return
        try:
            self._services.templates.load_file(info.kind, path)
        except UserError as exc:
            self.show_problem(exc.message)
            return
        self.show_problem("")
        self.reload()

    def reset_current(self) -> None:
        info = self.current()
        if info is None or not info.customised:
            return
        if not prompts.ask_yes_no(self, f"Вернуть исходный шаблон документа «{info.title}»? Шаблон школы будет удалён."):
            return
        try:
            self._services.templates.reset(info.kind)
        except UserError as exc:
            self.show_problem(exc.message)
            return
        self.show_problem("")
        self.reload()
