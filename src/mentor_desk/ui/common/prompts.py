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


def open_file(
    parent: QWidget | None, caption: str, file_filter: str = "Все файлы (*)", suggested: Path | None = None
) -> Path | None:
    name, _ = QFileDialog.getOpenFileName(parent, caption, str(suggested or ""), file_filter)
    return Path(name) if name else None


def save_file(parent: QWidget | None, caption: str, suggested: Path, file_filter: str) -> Path | None:
    name, _ = QFileDialog.getSaveFileName(parent, caption, str(suggested), file_filter)
    return Path(name) if name else None


def choose_folder(parent: QWidget | None, caption: str, suggested: Path | None = None) -> Path | None:
    name = QFileDialog.getExistingDirectory(parent, caption, str(suggested or ""))
    return Path(name) if name else None


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
