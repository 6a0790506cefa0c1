"""The one place for message boxes, questions and file pickers, so tests can replace them."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QWidget


def show_error(parent: QWidget | None, message: str, title: str = "Не получилось") -> None:
    QMessageBox.warning(parent, title, message)


def show_info(parent: QWidget | None, message: str, title: str = "Mentor Desk") -> None:
    QMessageBox.information(parent, title, message)


def show_about(parent: QWidget | None, title: str, rich_text: str) -> None:
    QMessageBox.about(parent, title, rich_text)


def ask_yes_no(parent: QWidget | None, question: str, title: str = "Подтверждение") -> bool:
    answer = QMessageBox.question(parent, title, question)
    return answer == QMessageBox.StandardButton.Yes


def accept_warnings(parent: QWidget | None, messages: Sequence[str]) -> bool:
    """Show rule warnings and ask whether to save anyway."""
    text = "Обратите внимание:\n\n" + "\n".join(f"• {m}" for m in messages) + "\n\nСохранить всё равно?"
    return ask_yes_no(parent, text, "Предупреждение")


def ask_text(parent: QWidget | None, title: str, label: str, text: str = "") -> str | None:
    value, ok = QInputDialog.getText(parent, title, label, text=text)
    return value if ok else None


def file_dialog(parent: QWidget | None, caption: str, file_filter: str, save: bool, start: str = "") -> QFileDialog:
    """Qt's own file dialog with every label in Russian, on every system and whatever the desktop's language.

    Windows keeps its native dialog (it speaks the language of Windows); elsewhere the desktop's
    dialog may not follow the app, so Qt's own is used, with its labels set here in Russian
    (and the qtbase_ru translator for the rest: the context menu, the sizes and dates).
    """
    dialog = QFileDialog(parent, caption, start, file_filter)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave if save else QFileDialog.AcceptMode.AcceptOpen)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile if save else QFileDialog.FileMode.ExistingFile)
    if sys.platform != "win32":
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    for label, text in ((QFileDialog.DialogLabel.LookIn, "Папка:"),
                        (QFileDialog.DialogLabel.FileName, "Имя файла:"),
                        (QFileDialog.DialogLabel.FileType, "Тип файлов:"),
                        (QFileDialog.DialogLabel.Accept, "Сохранить" if save else "Открыть"),
                        (QFileDialog.DialogLabel.Reject, "Отмена")):
        dialog.setLabelText(label, text)
    return dialog


def _run_file_dialog(dialog: QFileDialog) -> Path | None:
    if dialog.exec() != QFileDialog.DialogCode.Accepted:
        return None
    files = dialog.selectedFiles()
    return Path(files[0]) if files and files[0] else None


def open_file(
    parent: QWidget | None, caption: str, file_filter: str = "Все файлы (*)", suggested: Path | None = None
) -> Path | None:
    return _run_file_dialog(file_dialog(parent, caption, file_filter, save=False, start=str(suggested or "")))


def save_file(parent: QWidget | None, caption: str, suggested: Path, file_filter: str) -> Path | None:
    return _run_file_dialog(file_dialog(parent, caption, file_filter, save=True, start=str(suggested)))


def choose_folder(parent: QWidget | None, caption: str, suggested: Path | None = None) -> Path | None:
    dialog = file_dialog(parent, caption, "", save=False, start=str(suggested or ""))
    dialog.setFileMode(QFileDialog.FileMode.Directory)
    dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    dialog.setLabelText(QFileDialog.DialogLabel.Accept, "Выбрать папку")
    return _run_file_dialog(dialog)


def open_path(path: Path) -> bool:
    """Open a file or folder with the system's viewer."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def show_in_folder(path: Path) -> bool:
    """Open the folder holding `path` (the system file manager selects nothing: keep it simple)."""
    folder = path if path.is_dir() else path.parent
    if sys.platform == "win32" and path.is_file():  # pragma: no cover - Windows only
        import subprocess

        subprocess.Popen(["explorer", "/select,", str(path)])
        return True
    return open_path(folder)
