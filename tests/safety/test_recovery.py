"""Damaged, truncated, garbage and foreign files at open: set aside (never deleted) or refused untouched."""

from __future__ import annotations

import os
import sqlite3
import time
from pathlib import Path

import pytest

from mentor_desk.db import recovery
from mentor_desk.db.backup import BackupManager
from mentor_desk.db.database import open_sqlite
from mentor_desk.db.lock import lock_path_for, this_host
from mentor_desk.db.opening import open_for_writing
from mentor_desk.db.recovery import DamagedDatabaseFound
from mentor_desk.errors import ForeignDatabaseError, NotADatabaseError
from mentor_desk.services.container import Services
from tests.safety.helpers import facts, populate


@pytest.fixture
def backed_up(tmp_path: Path) -> tuple[Path, int]:
    """A school with one verified automatic backup; returns its path and its people count."""
    path = tmp_path / "school.db"
    db = open_sqlite(path)
    services = Services.for_database(db)
    populate(services, 3, tmp_path / "work")
    people = facts(services).people
    assert BackupManager(path).auto_backup_if_changed() is not None
    db.close()
    return path, people


def _damaged_copies(path: Path) -> list[Path]:
    return sorted(p for p in path.parent.iterdir() if ".damaged-" in p.name)


def _expect_recovery(path: Path, original: bytes, people: int) -> DamagedDatabaseFound:
    with pytest.raises(DamagedDatabaseFound) as err:
        open_for_writing(path, heartbeat=False)
    found = err.value
    assert not path.exists()
    assert found.damaged_copy is not None and found.damaged_copy.read_bytes() == original
    assert found.backup is not None and found.backup.counts["people"] == people
    assert f"{found.backup.created:%d.%m.%Y %H:%M}" in found.message
    assert "не удалён" in found.message
    assert not lock_path_for(path).exists()
    # the offered backup brings the school back
    BackupManager(path).restore(found.backup.path)
    db = open_for_writing(path, heartbeat=False)
    try:
        assert facts(Services.for_database(db)).people == people
    finally:
        db.close()
    return found


def test_garbage_where_the_database_was(backed_up: tuple[Path, int]) -> None:
    path, people = backed_up
    garbage = b"\x8b\x13 not a database at all " * 500
    path.write_bytes(garbage)
    _expect_recovery(path, garbage, people)


def test_truncated_database(backed_up: tuple[Path, int]) -> None:
    path, people = backed_up
    truncated = path.read_bytes()[: 4096 * 3 + 100]
    path.write_bytes(truncated)
    _expect_recovery(path, truncated, people)


def test_malformed_page_is_found_by_the_quick_check(backed_up: tuple[Path, int]) -> None:
    path, people = backed_up
    data = bytearray(path.read_bytes())
    page = int.from_bytes(data[16:18], "big")
    # scribble over the person table's root page (found through sqlite_master)
    conn = sqlite3.connect(path)
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name='person'").fetchone()[0]
    conn.close()
    start = (root - 1) * page
    data[start : start + page] = bytes([0x0D]) + b"\xee" * (page - 1)
    path.write_bytes(bytes(data))
    found = _expect_recovery(path, bytes(data), people)
    assert "повреждён" in found.message


def test_journal_files_go_with_the_damaged_file(backed_up: tuple[Path, int]) -> None:
    path, people = backed_up
    garbage = b"garbage" * 1000
    path.write_bytes(garbage)
    Path(f"{path}-wal").write_bytes(b"wal bytes")
    Path(f"{path}-shm").write_bytes(b"shm bytes")
    found = _expect_recovery(path, garbage, people)
    assert found.damaged_copy is not None
    assert Path(f"{found.damaged_copy}-wal").read_bytes() == b"wal bytes"
    assert Path(f"{found.damaged_copy}-shm").read_bytes() == b"shm bytes"


def test_garbage_without_backups_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_bytes(b"just some text, not ours")
    with pytest.raises(NotADatabaseError):
        open_for_writing(path)
    assert path.read_bytes() == b"just some text, not ours"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.db"]


def test_foreign_sqlite_file_is_refused_untouched_even_with_backups(backed_up: tuple[Path, int]) -> None:
    path, _ = backed_up
    path.unlink()
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE photos(id INTEGER PRIMARY KEY, name TEXT)")
    conn.execute("INSERT INTO photos(name) VALUES ('x')")
    conn.commit()
    conn.close()
    original = path.read_bytes()
    with pytest.raises(ForeignDatabaseError) as err:
        open_for_writing(path)
    assert "другой программы" in err.value.message and "не изменён" in err.value.message
    assert "резервная копия" in err.value.message
    assert path.read_bytes() == original
    assert _damaged_copies(path) == []
    assert not lock_path_for(path).exists()


def test_unclean_shutdown_runs_the_full_check(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "school.db"
    open_sqlite(path).close()
    calls: list[bool] = []
    real = recovery.storage_problem

    def spy(p: Path, full: bool) -> str | None:
        calls.append(full)
        return real(p, full)

    monkeypatch.setattr(recovery, "storage_problem", spy)
    open_for_writing(path, heartbeat=False).close()
    lock_path_for(path).write_text(f'{{"host": "{this_host()}", "pid": 0, "since": "", "heartbeat": ""}}')
    long_ago = time.time() - 3600  # a lock is as old as its last write: left by a crash an hour ago
    os.utime(lock_path_for(path), (long_ago, long_ago))
    db = open_for_writing(path, heartbeat=False)
    db.close()
    assert calls == [False, True]


def test_quarantine_never_overwrites_an_earlier_damaged_copy(tmp_path: Path) -> None:
    from datetime import datetime

    path = tmp_path / "school.db"
    now = datetime(2026, 3, 12, 10, 15)
    path.write_bytes(b"one")
    first = recovery.quarantine(path, now)
    path.write_bytes(b"two")
    second = recovery.quarantine(path, now)
    assert first != second
    assert first.read_bytes() == b"one" and second.read_bytes() == b"two"
    assert first.name == "school.db.damaged-20260312-101500"


def test_a_locked_file_is_never_taken_for_damage(tmp_path: Path) -> None:
    """A busy file gives "locked", which must be raised, not treated as a damaged file."""
    path = tmp_path / "school.db"
    open_sqlite(path).close()
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("PRAGMA journal_mode=DELETE")
    holder.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(sqlite3.OperationalError):
            recovery.storage_problem(path, full=False)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert path.exists()
