"""«Резервные копии и восстановление»: the backups of the open database and the restore choices."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QHeaderView, QTableWidgetItem, QWidget

from mentor_desk.errors import UserError
from mentor_desk.services.safety import (
    AUTO_INTERVAL,
    FORCED_KEEP_DAYS,
    FORCED_KEEP_NEWEST,
    BackupInfo,
    DataSafety,
    inspect_backup,
)
from mentor_desk.ui.common import prompts
from mentor_desk.ui.generated.ui_backups_dialog import Ui_BackupsDialog

COLUMNS = ("Дата", "Время", "Вид", "Участников", "Пар", "ИОМ", "Мероприятий", "Файлов")
COUNT_KEYS = ("people", "pairs", "ioms", "activities", "files")
RESTORE_FILTER = "Копия базы Mentor Desk (*.zip *.db *.sqlite);;Все файлы (*)"


class BackupsDialog(QDialog):
    """Lists the backups; asks the window to restore one (`restore_requested`) — never restores itself."""

    restore_requested = Signal(Path)

    def __init__(self, manager: DataSafety, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ui = Ui_BackupsDialog()
        self._ui.setupUi(self)
        self.manager = manager
        self.backups: list[BackupInfo] = []
        ui = self._ui
        minutes = int(AUTO_INTERVAL.total_seconds() // 60)
        ui.infoLabel.setText(
            f"Программа сама делает резервную копию базы, когда в ней есть изменения: во время работы не чаще "
            f"раза в {minutes} минут и при выходе. Перед загрузкой списков и восстановлением копия делается "
            f"всегда; такие копии хранятся все за последние {FORCED_KEEP_DAYS} дней и не меньше "
            f"{FORCED_KEEP_NEWEST} последних.\nПапка копий: {manager.backups_dir}"
        )
        table = ui.backupsTable
        table.setColumnCount(len(COLUMNS))
        table.setHorizontalHeaderLabels(list(COLUMNS))
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        ui.errorLabel.setVisible(False)
        ui.buttonBox.rejected.connect(self.reject)
        ui.restoreButton.clicked.connect(self.restore_selected)
        ui.restoreFileButton.clicked.connect(self.restore_from_file)
        ui.backupNowButton.clicked.connect(self.backup_now)
        ui.openFolderButton.clicked.connect(lambda: prompts.open_path(manager.backups_dir))
        table.itemSelectionChanged.connect(self._update_buttons)
        table.itemDoubleClicked.connect(lambda _item: self.restore_selected())
        self.reload()

    @property
    def table(self) -> QWidget:
        return self._ui.backupsTable

    def reload(self) -> None:
        self.backups = self.manager.list_backups()
        table = self._ui.backupsTable
        table.setRowCount(len(self.backups))
        for row, info in enumerate(self.backups):
            values = [f"{info.created:%d.%m.%Y}", f"{info.created:%H:%M}", info.reason_label]
            values += [str(info.counts.get(k, "")) for k in COUNT_KEYS]
            for col, text in enumerate(values):
                item = QTableWidgetItem(text)
                if col >= 3:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                item.setToolTip(info.path.name)
                table.setItem(row, col, item)
        if self.backups:
            table.selectRow(0)
        self._ui.openFolderButton.setEnabled(self.manager.backups_dir.is_dir())
        self._update_buttons()

    def selected(self) -> BackupInfo | None:
        rows = self._ui.backupsTable.selectionModel().selectedRows()
        return self.backups[rows[0].row()] if rows else None

    def select(self, info: BackupInfo) -> None:
        self._ui.backupsTable.selectRow(self.backups.index(info))

    def _update_buttons(self) -> None:
        self._ui.restoreButton.setEnabled(self.selected() is not None)

    def show_problem(self, message: str) -> None:
        self._ui.errorLabel.setText(message)
        self._ui.errorLabel.setVisible(bool(message))

    def restore_selected(self) -> None:
        info = self.selected()
        if info is None:
            return
        self._confirm_and_request(info)

    def restore_from_file(self) -> None:
        source = prompts.open_file(self, "Восстановить базу из копии", RESTORE_FILTER)
        if source is None:
            return
        try:
            info = inspect_backup(source)
        except UserError as exc:
            self.show_problem(exc.message)
            return
        self._confirm_and_request(info)

    def _confirm_and_request(self, info: BackupInfo) -> None:
        question = (
            f"Восстановить базу «{self.manager.db_path.name}» из копии от {info.created:%d.%m.%Y %H:%M} "
            f"({info.reason_label}; {info.counts_text()})?\n\n"
            "Всё, что изменено после этой копии, пропадёт из базы. Текущее состояние программа сначала сохранит "
            "в отдельной резервной копии, так что восстановление можно отменить, восстановив её."
        )
        if not prompts.ask_yes_no(self, question, "Восстановление базы"):
            return
        self.show_problem("")
        self.accept()
        self.restore_requested.emit(info.path)

    def backup_now(self) -> None:
        try:
            info = self.manager.forced_backup("manual")
        except UserError as exc:
            self.show_problem(exc.message)
            return
        self.show_problem("")
        self.reload()
        self.select(next(b for b in self.backups if b.path == info.path))
