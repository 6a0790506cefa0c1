"""Starting the GUI: smoke test exit code, Russian standard dialogs, a broken database message."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from mentor_desk.ui import application
from mentor_desk.ui.common import prompts

SRC = Path(application.__file__).resolve().parents[2]


def test_smoke_run_opens_and_exits(tmp_path: Path) -> None:
    """In a child process, as packaging tests run it: a finished app.exec() ends a Qt process."""
    db = tmp_path / "новая.db"
    code = (
        "import sys; from pathlib import Path; from PySide6.QtCore import QCoreApplication as A;"
        "from mentor_desk.ui.application import run;"
        f"rc = run(Path({str(db)!r}), smoke_test=True);"
        "print(A.applicationName(), '|', A.organizationName());"
        "sys.exit(rc)"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "MENTOR_DESK_DATA_DIR": str(tmp_path / "data"),
           "XDG_CONFIG_HOME": str(tmp_path / "config"), "PYTHONPATH": str(SRC)}
    result = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "Mentor Desk | MentorDesk" in result.stdout
    assert "Traceback" not in result.stderr
    assert db.exists()


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


def test_session_switches_databases_and_keeps_the_window_on_failure(
    qtbot: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    session = application.GuiSession()
    try:
        assert session.open(tmp_path / "первая.db")
        first_window, first_db = session.window, session.database
        assert first_window is not None and first_window.isVisible()
        first_window.new_database_requested.emit(tmp_path / "вторая.db")
        assert session.window is not first_window and session.database is not first_db
        assert (tmp_path / "вторая.db").exists()
        second = session.window
        bogus = tmp_path / "не-база.db"
        bogus.write_bytes(b"garbage" * 200)
        shown: list[str] = []
        monkeypatch.setattr(prompts, "show_error", lambda _p, message, *a: shown.append(message))
        assert second is not None
        second.open_database_requested.emit(bogus)
        assert shown and session.window is second  # the open database stays open
    finally:
        if session.window is not None:
            session.window.close()
        session.close()


def _fresh_db(path: Path) -> None:
    from mentor_desk.db.database import open_sqlite
    from mentor_desk.services.container import Services

    db = open_sqlite(path)
    Services.for_database(db)
    db.close()


def test_a_database_open_elsewhere_is_refused_with_who_holds_it(tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    from mentor_desk.db.opening import open_for_writing

    path = tmp_path / "школа.db"
    _fresh_db(path)
    holder = open_for_writing(path, heartbeat=False)
    shown: list[str] = []
    monkeypatch.setattr(prompts, "show_error", lambda _p, message, *a: shown.append(message))
    try:
        assert application.open_interactively(path) is None
    finally:
        holder.close()
    assert shown and "Traceback" not in shown[0]
    opened = application.open_interactively(path)
    assert opened is not None
    opened[1].close()


def test_removable_media_offers_a_local_copy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from mentor_desk.db import location

    stick = tmp_path / "stick"
    stick.mkdir()
    path = stick / "школа.db"
    _fresh_db(path)
    monkeypatch.setenv("MENTOR_DESK_DATA_DIR", str(tmp_path / "local"))
    monkeypatch.setattr(location, "classify",
                        lambda p: location.Location.REMOVABLE if stick in Path(p).parents else location.Location.LOCAL)
    questions: list[str] = []
    monkeypatch.setattr(prompts, "ask_yes_no", lambda _p, q, *a: questions.append(q) or True)
    opened = application.open_interactively(path)
    assert opened is not None
    new_path, database, services = opened
    try:
        assert new_path == tmp_path / "local" / "школа.db" and new_path.exists()
        assert "съёмном диске" in questions[0]
        assert services.organisation.get().short_name
    finally:
        database.close()


def test_damaged_database_is_restored_from_the_newest_backup_when_asked(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from mentor_desk.db.backup import BackupManager

    path = tmp_path / "школа.db"
    _fresh_db(path)
    BackupManager(path).forced_backup("manual")
    data = bytearray(path.read_bytes())
    page = 4096
    for offset in range(page + 16, min(len(data), 6 * page), 7):  # scribble over the b-tree pages
        data[offset] = 0xA5
    path.write_bytes(bytes(data))
    questions: list[str] = []
    monkeypatch.setattr(prompts, "ask_yes_no", lambda _p, q, *a: questions.append(q) or True)
    monkeypatch.setattr(prompts, "show_error", lambda _p, message, *a: questions.append("ERROR " + message))
    opened = application.open_interactively(path)
    assert questions and "Восстановить базу из резервной копии" in questions[0], questions
    assert opened is not None
    opened[1].close()
    assert list(tmp_path.glob("школа.db.damaged-*")), "the damaged file is kept aside, never deleted"


def test_the_splash_is_painted_first_and_closed_when_opening_ends(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from mentor_desk.ui.common.splash import show_splash

    splash = show_splash()
    assert splash.isVisible() and not splash.pixmap().isNull()
    bogus = tmp_path / "отчёт.db"
    bogus.write_bytes(b"not a database" * 100)
    monkeypatch.setattr(prompts, "show_error", lambda *a, **k: None)
    assert application.run(bogus, smoke_test=True, splash=splash) != 0
    assert not splash.isVisible()
