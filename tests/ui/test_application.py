"""Starting the GUI: smoke test exit code, Russian standard dialogs, a broken database message."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from mentor_desk.ui import application, prompts


def test_smoke_run_opens_and_exits(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db = tmp_path / "новая.db"
    assert application.run(db, smoke_test=True) == 0
    assert db.exists()
    assert QCoreApplication.applicationName() == "Mentor Desk"
    assert QCoreApplication.organizationName() == "MentorDesk"


def test_qt_dialogs_speak_russian(qapp: QApplication) -> None:
    application.install_translators(qapp)
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Отмена"


def test_not_a_database_is_a_message_not_a_traceback(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    bogus = tmp_path / "отчёт.db"
    bogus.write_bytes(b"this is not sqlite at all" * 100)
    shown: list[str] = []
    monkeypatch.setattr(prompts, "show_error", lambda _p, message, *a: shown.append(message))
    assert application.run(bogus, smoke_test=True) != 0
    assert shown and "Traceback" not in shown[0]
    assert bogus.read_bytes() == b"this is not sqlite at all" * 100
