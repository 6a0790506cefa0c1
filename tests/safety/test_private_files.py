"""Personal data stays out of logs, error text and other users' reach.

Engines hide statement parameters; the command line shows a database error in Russian without
the row's values and writes the log file its message names; every file holding personal data
is created 0600 and every folder the app creates for it 0700 (POSIX; checked by st_mode, which
holds whoever runs the tests).
"""

from __future__ import annotations

import logging
import os
import sqlite3
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from mentor_desk.cli import main
from mentor_desk.db.database import files_dir_for, open_sqlite
from mentor_desk.db.lock import lock_path_for
from mentor_desk.db.opening import open_for_writing
from mentor_desk.logfile import PrivateRotatingFileHandler
from mentor_desk.services.container import Services
from mentor_desk.services.safety import DataSafety
from tests.imports.files import write_staff_xlsx
from tests.safety.helpers import populate

SURNAME = "Кондратьев"
PHONE = "+7 912 000-11-22"

pytestmark = pytest.mark.skipif(os.name == "nt", reason="POSIX file modes")


@pytest.fixture
def usual_umask() -> Iterator[None]:
    old = os.umask(0o022)  # what most desktops use: without care, files come out world-readable
    yield
    os.umask(old)


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_a_database_error_never_carries_the_values(tmp_path: Path) -> None:
    db = open_sqlite(tmp_path / "school.db")
    try:
        with pytest.raises(DBAPIError) as err, db.engine.begin() as conn:
            conn.execute(text("INSERT INTO person (id, last_name, phone) VALUES (:i, :n, :p)"),
                         [{"i": 1, "n": SURNAME, "p": PHONE}, {"i": 1, "n": SURNAME, "p": PHONE}])
        assert SURNAME not in str(err.value) and PHONE not in str(err.value)
    finally:
        db.close()


def test_the_cli_names_no_person_and_logs_where_it_says(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    from mentor_desk.services import imports as import_service

    path = tmp_path / "school.db"
    open_sqlite(path).close()
    source = tmp_path / "list.xlsx"
    write_staff_xlsx(source)

    def failing_apply(self: import_service.ImportService, preview: object, **_k: object) -> object:
        with self._sf.begin() as s:  # a real database error, values and all
            s.execute(text("INSERT INTO person (id, last_name, phone) VALUES (1, :n, :p)"), {"n": SURNAME, "p": PHONE})
            s.execute(text("INSERT INTO person (id, last_name, phone) VALUES (1, :n, :p)"), {"n": SURNAME, "p": PHONE})
        raise AssertionError("unreachable")

    monkeypatch.setattr(import_service.ImportService, "apply", failing_apply)
    code = main(["import", "people", str(source), "--db", str(path)])
    err = capsys.readouterr().err
    assert code != 0 and "Traceback" not in err
    assert SURNAME not in err and PHONE not in err
    assert "не сохранено" in err or "базой данных" in err  # one Russian line with the next step

    def boom(self: import_service.ImportService, preview: object, **_k: object) -> object:
        raise RuntimeError(f"{SURNAME} {PHONE}")  # an unexpected error whose text names a person

    monkeypatch.setattr(import_service.ImportService, "apply", boom)
    code = main(["import", "people", str(source), "--db", str(path)])
    err = capsys.readouterr().err
    assert code == 1 and SURNAME not in err and "Непредвиденная ошибка" in err
    log_file = data_dir / "logs" / "mentor-desk.log"
    assert f"«{log_file}»" in err
    for handler in logging.getLogger().handlers:
        handler.flush()
    logged = log_file.read_text(encoding="utf-8")
    assert "RuntimeError" in logged and SURNAME not in logged and PHONE not in logged


def test_files_holding_personal_data_are_private(tmp_path: Path, usual_umask: None) -> None:
    path = tmp_path / "new-folder" / "school.db"
    db = open_for_writing(path, heartbeat=False)
    try:
        populate(Services.for_database(db), 1, tmp_path / "work")
        assert _mode(path) == 0o600 and _mode(path.parent) == 0o700
        assert _mode(lock_path_for(path)) == 0o600
        files = files_dir_for(path)
        assert {_mode(p) for p in [files, *files.rglob("*")] if p.is_dir()} == {0o700}
        assert {_mode(p) for p in files.rglob("*") if p.is_file()} == {0o600}
        conn = sqlite3.connect(path, timeout=1)
        try:
            conn.execute("BEGIN IMMEDIATE")
            conn.execute("CREATE TABLE scratch(x)")  # the rollback journal appears now (rolled back below)
            journal = Path(f"{path}-journal")
            assert journal.exists() and _mode(journal) == 0o600
        finally:
            conn.rollback()
            conn.close()
        safety = DataSafety(path)
        backup = safety.forced_backup("manual")
        copy = safety.save_copy(tmp_path / "usb" / "copy.zip")
    finally:
        db.close()
    assert _mode(backup.path) == 0o600 and _mode(copy.path) == 0o600
    assert {_mode(p) for p in [safety.backups_dir, *safety.backups_dir.rglob("*")] if p.is_dir()} == {0o700}
    assert {_mode(p) for p in safety.backups_dir.rglob("*") if p.is_file()} == {0o600}
    restored = tmp_path / "other" / "school.db"
    DataSafety(restored).restore(copy.path)
    assert _mode(restored) == 0o600 and _mode(restored.parent) == 0o700

    log = tmp_path / "logs" / "mentor-desk.log"
    log.parent.mkdir()
    handler = PrivateRotatingFileHandler(log, maxBytes=50, backupCount=2, encoding="utf-8")
    try:
        for n in range(5):
            handler.emit(logging.LogRecord("t", logging.INFO, __file__, 1, "line %d of the log", (n,), None))
    finally:
        handler.close()
    assert {_mode(p) for p in log.parent.iterdir()} == {0o600} and len(list(log.parent.iterdir())) == 3
