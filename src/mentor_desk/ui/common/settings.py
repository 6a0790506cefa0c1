"""Remembered window state: geometry, column widths, last tab (QSettings, isolated in tests)."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QHeaderView


def app_settings() -> QSettings:
    return QSettings()


def save_header(header: QHeaderView, key: str) -> None:
    app_settings().setValue(f"headers/{key}", header.saveState())


def restore_header(header: QHeaderView, key: str) -> bool:
    value = app_settings().value(f"headers/{key}")
    if isinstance(value, QByteArray) and not value.isEmpty():
        return bool(header.restoreState(value))
    return False
