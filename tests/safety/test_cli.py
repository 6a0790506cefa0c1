"""`mentor-desk backup`, `restore`, `backups`, `unlock` from the command line."""

from __future__ import annotations

import json
import os
from datetime import datetime
from pathlib import Path

import pytest

from mentor_desk.cli import main
from mentor_desk.db.database import files_dir_for, open_sqlite
from mentor_desk.db.lock import lock_path_for, this_host
from mentor_desk.services.container import Services
from tests.safety.helpers import add_unit, facts, populate


@pytest.fixture
def school(tmp_path: Path) -> Path:
    path = tmp_path / "school.db"
    db = open_sqlite(path)
    populate(Services.for_database(db), 2, tmp_path / "work")
    db.close()
    return path


def _facts(path: Path) -> tuple[int, int, int, int, int]:
    db = open_sqlite(path)
    try:
        f = facts(Services.for_database(db))
        return (f.people, f.pairs, f.ioms, f.activities, f.files)
    finally:
        db.close()


def test_backup_to_a_file_and_restore_round_trip(school: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = _facts(school)
    copy = tmp_path / "usb" / "school-copy.zip"
    assert main(["backup", "--db", str(school), "-o", str(copy)]) == 0
    assert "сохранена и проверена" in capsys.readouterr().out
    db = open_sqlite(school)
    add_unit(Services.for_database(db), __import__("random").Random(1), tmp_path / "work")
    db.close()
    assert _facts(school) != before

    assert main(["restore", "--db", str(school), "--from", str(copy)]) == 0
    out = capsys.readouterr().out
    assert "восстановлена из копии от" in out and "Прежняя база сохранена" in out
    assert _facts(school) == before

    assert main(["backups", "--db", str(school)]) == 0
    listing = capsys.readouterr().out
    assert "перед восстановлением" in listing and "[хранится всегда]" in listing
    assert "участников: 6" in listing  # the safety backup holds the newer state


def test_restore_into_a_new_place_brings_the_files(school: Path, tmp_path: Path) -> None:
    copy = tmp_path / "copy.zip"
    assert main(["backup", "--db", str(school), "-o", str(copy)]) == 0
    target = tmp_path / "new-pc" / "school.db"
    assert main(["restore", "--db", str(target), "--from", str(copy)]) == 0
    assert _facts(target) == _facts(school)
    assert sorted(p.name for p in files_dir_for(target).glob("*/*")) == sorted(
        p.name for p in files_dir_for(school).glob("*/*")
    )


def test_backup_without_output_is_kept_forever(school: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["backup", "--db", str(school)]) == 0
    assert "Резервная копия сделана" in capsys.readouterr().out
    assert main(["backups", "--db", str(school)]) == 0
    assert "по команде пользователя" in capsys.readouterr().out


def test_backups_of_a_database_without_any(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["backups", "--db", str(tmp_path / "none.db")]) == 0
    assert "Резервных копий" in capsys.readouterr().out


def test_read_only_commands_write_nothing_and_ignore_the_lock(school: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = sorted((p.name, p.stat().st_mtime_ns) for p in school.parent.iterdir())
    data = school.read_bytes()
    lock_path_for(school).write_text(
        json.dumps({"host": "other-pc", "pid": 1, "since": "2026-03-12T10:15:00", "heartbeat": "2099-01-01T00:00:00"})
    )
    assert main(["stats", "--db", str(school)]) == 0
    assert main(["check", "--db", str(school)]) in (0, 4)
    assert main(["backup", "--db", str(school), "-o", str(school.parent / "copy.zip")]) == 0
    capsys.readouterr()
    lock_path_for(school).unlink()
    (school.parent / "copy.zip").unlink()
    assert school.read_bytes() == data
    assert sorted((p.name, p.stat().st_mtime_ns) for p in school.parent.iterdir()) == before


def test_unlock_removes_a_stale_lock_only(school: Path, capsys: pytest.CaptureFixture[str]) -> None:
    lock_path_for(school).write_text(
        json.dumps({"host": "other-pc", "pid": 1, "user": "anna", "since": "2026-03-12T10:15:00",
                    "heartbeat": "2099-01-01T00:00:00"})
    )
    assert main(["unlock", "--db", str(school)]) == 3
    assert "«other-pc»" in capsys.readouterr().err
    lock_path_for(school).write_text(
        json.dumps({"host": this_host(), "pid": 0, "since": "2026-03-12T10:15:00", "heartbeat": "2026-03-12T10:15:00"})
    )
    written = datetime(2026, 3, 12, 10, 15).timestamp()  # a lock file is as old as its last heartbeat
    os.utime(lock_path_for(school), (written, written))
    assert main(["unlock", "--db", str(school)]) == 0
    assert "Блокировка снята" in capsys.readouterr().out
    assert not lock_path_for(school).exists()
