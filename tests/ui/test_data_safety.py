"""«Файл» menu data safety: automatic backups on the timer and at exit, the backups dialog, restore."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from mentor_desk.db.backup import BackupManager
from mentor_desk.domain.enums import PersonKind
from mentor_desk.domain.records import PersonDraft
from mentor_desk.services.container import Services
from mentor_desk.ui import application
from mentor_desk.ui.common import prompts
from mentor_desk.ui.main_window import MainWindow
from mentor_desk.ui.safety.backups_dialog import BackupsDialog


def _add(services: Services, last: str) -> None:
    services.people.create(PersonDraft(last, "Тест", PersonKind.STAFF, "Тестович"))


@pytest.fixture
def window(qtbot: QtBot, services: Services, db_path: Path) -> MainWindow:
    w = MainWindow(services, db_path)
    qtbot.addWidget(w)
    w.show()
    return w


def test_timer_backs_up_after_a_change_and_exit_backs_up_again(window: MainWindow, services: Services,
                                                                db_path: Path, qtbot: QtBot) -> None:
    auto = window.auto_backup
    assert auto is not None and auto.timer.isActive()
    manager = BackupManager(db_path)
    assert manager.list_backups() == []
    _add(services, "Первова")
    auto.timer.timeout.emit()  # as the timer does
    qtbot.waitUntil(lambda: auto.task is None and bool(manager.list_backups()), timeout=20000)
    first = manager.list_backups()
    assert [b.reason for b in first] == ["auto"] and first[0].counts["people"] == 1
    assert "Резервная копия базы сохранена" in window.statusBar().currentMessage()
    _add(services, "Вторая")
    auto.run_in_background()  # within the interval: nothing new
    qtbot.waitUntil(lambda: auto.task is None, timeout=20000)
    assert len(manager.list_backups()) == 1
    window.close()  # the exit backup ignores the interval
    after = manager.list_backups()
    assert len(after) == 2 and after[0].counts["people"] == 2
    assert not auto.timer.isActive()


def test_a_failed_backup_is_shown_and_never_raises(window: MainWindow, services: Services, db_path: Path) -> None:
    auto = window.auto_backup
    assert auto is not None
    auto.manager.backups_dir.parent.mkdir(parents=True, exist_ok=True)
    auto.manager.backups_dir.write_text("not a folder", encoding="utf-8")  # the backups folder cannot be made
    _add(services, "Сбойкина")
    assert auto.at_exit() is None
    assert "не сделана" in window.statusBar().currentMessage()


def test_backups_action_in_the_file_menu(window: MainWindow) -> None:
    texts = [a.text() for a in window.file_menu.actions()]
    assert "&Резервные копии и восстановление…" in texts and "&Сохранить копию базы…" in texts
    assert texts.index("&Резервные копии и восстановление…") < texts.index("&Выход")


def test_dialog_lists_backups_in_russian(qtbot: QtBot, services: Services, db_path: Path) -> None:
    manager = BackupManager(db_path)
    _add(services, "Списочная")
    manager.forced_backup("import")
    dialog = BackupsDialog(manager)
    qtbot.addWidget(dialog)
    table = dialog._ui.backupsTable
    assert table.rowCount() == 1
    assert table.item(0, 2).text() == "перед импортом" and table.item(0, 3).text() == "1"
    dialog._ui.backupNowButton.click()
    assert table.rowCount() == 2 and dialog.selected() is not None
    assert dialog.selected().reason_label == "по команде пользователя"  # type: ignore[union-attr]


def _fresh(path: Path) -> None:
    from mentor_desk.db.database import open_sqlite

    db = open_sqlite(path)
    try:
        _add(Services.for_database(db), "Исходная")
    finally:
        db.close()


def _people(path: Path) -> list[str]:
    import sqlite3

    conn = sqlite3.connect(path)
    try:
        return sorted(r[0] for r in conn.execute("SELECT last_name FROM person"))
    finally:
        conn.close()


@pytest.mark.parametrize("from_file", [None, ".zip", ".db"])
def test_restore_from_the_dialog_brings_back_earlier_data(qtbot: QtBot, tmp_path: Path, from_file: str | None,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "школа.db"
    _fresh(path)
    session = application.GuiSession()
    asked: list[str] = []
    shown: list[str] = []
    monkeypatch.setattr(prompts, "ask_yes_no", lambda _p, q, *a: asked.append(q) or True)
    monkeypatch.setattr(prompts, "show_info", lambda _p, message, *a: shown.append(message))
    monkeypatch.setattr(prompts, "show_error", lambda _p, message, *a: pytest.fail(message))
    try:
        assert session.open(path)
        window = session.window
        assert window is not None and window.backup_manager is not None
        if from_file == ".zip":
            saved = tmp_path / "копия.zip"
            window.backup_manager.save_copy(saved)
        elif from_file == ".db":
            from mentor_desk.db.backup import snapshot

            saved = tmp_path / "копия.db"
            snapshot(path, saved)
        else:
            window.backup_manager.forced_backup("manual")
        _add(window.services, "Лишняя")
        window.people_tab.ensure_loaded()
        assert window.people_tab.model.rowCount() == 2
        window.open_backups()
        dialog = window.dialog
        assert isinstance(dialog, BackupsDialog)
        if from_file:
            monkeypatch.setattr(prompts, "open_file", lambda *_a: saved)
            dialog._ui.restoreFileButton.click()
        else:
            dialog.select(next(b for b in dialog.backups if b.reason == "manual"))
            dialog._ui.restoreButton.click()
        assert asked and "Всё, что изменено после этой копии, пропадёт" in asked[0]
        assert session.window is not window  # reopened the usual way: a fresh window on the restored file
        assert _people(path) == ["Исходная"]
        new = session.window
        assert new is not None
        new.people_tab.ensure_loaded()
        assert [new.people_tab.model.record(r).last_name for r in range(new.people_tab.model.rowCount())] \
            == ["Исходная"]
        assert shown and "База восстановлена" in shown[0] and "до восстановления сохранено" in shown[0]
        safety = [b for b in BackupManager(path).list_backups() if b.reason == "restore"]
        assert len(safety) == 1 and safety[0].counts["people"] == 2
    finally:
        if session.window is not None:
            session.window.close()
        session.close()
