"""One writer per database: the lock file, stale locks, and a second process that touches nothing."""

from __future__ import annotations

import errno
import json
import os
import subprocess
import sys
import textwrap
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from mentor_desk.db import lock as lockmod
from mentor_desk.db.database import open_sqlite
from mentor_desk.db.lock import (
    DatabaseLock,
    DatabaseLockedError,
    StaleLockError,
    force_unlock,
    lock_path_for,
    read_lock,
)
from mentor_desk.db.opening import open_for_writing
from mentor_desk.errors import UserError

SRC = str(Path(__file__).resolve().parents[2] / "src")


def _write_lock(db: Path, **fields: object) -> None:
    now = datetime.now().isoformat(timespec="seconds")
    data = {"host": "other-pc", "pid": 4242, "user": "anna", "since": now, "heartbeat": now, "token": "t"}
    data.update(fields)
    lock_path_for(db).write_text(json.dumps(data), encoding="utf-8")
    _age(db, str(data["heartbeat"]))


def _age(db: Path, when: str | None = None) -> None:
    """Date the lock file's last write back to its heartbeat (or a minute ago), as a real one would be."""
    stamp = datetime.fromisoformat(when).timestamp() if when else datetime.now().timestamp() - 60
    os.utime(lock_path_for(db), (stamp, stamp))


def _dead_pid() -> int:
    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()
    return proc.pid


def _raw(db: Path) -> bytes:
    return b"".join(p.read_bytes() for p in (db, Path(f"{db}-wal")) if p.exists())


def test_lock_file_says_who_holds_it_and_goes_away_on_release(tmp_path: Path) -> None:
    db = tmp_path / "school.db"
    held = DatabaseLock.acquire(db)
    data = json.loads(lock_path_for(db).read_text(encoding="utf-8"))
    assert data["pid"] == os.getpid()
    assert data["host"] == lockmod.this_host()
    assert {"user", "since", "heartbeat"} <= data.keys()
    assert not held.previous_session_crashed
    held.release()
    assert not lock_path_for(db).exists()


def test_second_acquire_is_refused_with_computer_and_time(tmp_path: Path) -> None:
    db = tmp_path / "school.db"
    with DatabaseLock.acquire(db), pytest.raises(DatabaseLockedError) as err:
        DatabaseLock.acquire(db)
    assert lockmod.this_host() in err.value.message
    assert f"с {datetime.now():%d.%m.%Y}" in err.value.message
    assert "не изменён" in err.value.message


def test_another_computer_with_a_fresh_heartbeat_holds_the_database(tmp_path: Path) -> None:
    db = tmp_path / "school.db"
    _write_lock(db, since="2026-03-12T10:15:00")
    with pytest.raises(DatabaseLockedError) as err:
        DatabaseLock.acquire(db, takeover_stale=True)
    assert not isinstance(err.value, StaleLockError)
    assert "«other-pc»" in err.value.message and "12.03.2026 10:15" in err.value.message


def test_crashed_session_on_this_computer_is_taken_over(tmp_path: Path) -> None:
    db = tmp_path / "school.db"
    _write_lock(db, host=lockmod.this_host(), pid=_dead_pid())
    held = DatabaseLock.acquire(db)
    assert held.previous_session_crashed
    assert read_lock(db).pid == os.getpid()  # type: ignore[union-attr]
    held.release()


def test_old_heartbeat_of_another_computer_needs_consent(tmp_path: Path) -> None:
    db = tmp_path / "school.db"
    old = (datetime.now() - lockmod.STALE_AFTER - timedelta(minutes=1)).isoformat(timespec="seconds")
    _write_lock(db, heartbeat=old)
    with pytest.raises(StaleLockError) as err:
        DatabaseLock.acquire(db)
    assert "давно не отвечает" in err.value.message
    assert read_lock(db).host == "other-pc"  # type: ignore[union-attr]  # untouched
    held = DatabaseLock.acquire(db, takeover_stale=True)
    assert held.previous_session_crashed
    held.release()


def test_half_written_lock_counts_as_a_crash(tmp_path: Path) -> None:
    db = tmp_path / "school.db"
    lock_path_for(db).write_text('{"host": "vm", "pi', encoding="utf-8")
    _age(db)
    held = DatabaseLock.acquire(db)
    assert held.previous_session_crashed
    held.release()


def test_heartbeat_refresh_and_lost_lock(tmp_path: Path) -> None:
    db = tmp_path / "school.db"
    held = DatabaseLock.acquire(db)
    past = (datetime.now() - timedelta(minutes=5)).isoformat(timespec="seconds")
    _write_lock(db, host=held.info.host, pid=held.info.pid, heartbeat=past, token=held.info.token)
    assert held.refresh()
    assert read_lock(db).heartbeat_dt > datetime.now() - timedelta(minutes=1)  # type: ignore[union-attr,operator]
    _write_lock(db, token="someone-else")
    assert not held.refresh()
    assert held.lost
    held.release()
    assert read_lock(db).token == "someone-else"  # type: ignore[union-attr]  # not ours: left alone


def test_heartbeat_thread_refreshes(tmp_path: Path) -> None:
    db = tmp_path / "school.db"
    import time

    held = DatabaseLock.acquire(db)
    past = (datetime.now() - timedelta(minutes=5)).isoformat(timespec="seconds")
    _write_lock(db, host=held.info.host, pid=held.info.pid, heartbeat=past, token=held.info.token)
    held.start_heartbeat(interval=0.05)
    deadline = time.monotonic() + 5
    while read_lock(db).heartbeat == past and time.monotonic() < deadline:  # type: ignore[union-attr]
        time.sleep(0.01)
    assert read_lock(db).heartbeat != past  # type: ignore[union-attr]
    held.release()
    assert not lock_path_for(db).exists()


def test_force_unlock_refuses_a_live_holder_and_removes_a_stale_one(tmp_path: Path) -> None:
    db = tmp_path / "school.db"
    with DatabaseLock.acquire(db), pytest.raises(DatabaseLockedError):
        force_unlock(db)
    _write_lock(db, host=lockmod.this_host(), pid=_dead_pid())
    assert force_unlock(db) is not None
    assert not lock_path_for(db).exists()
    assert force_unlock(db) is None


@pytest.mark.parametrize(
    ("code", "words"),
    [(errno.EACCES, "только для чтения"), (errno.EROFS, "только для чтения"), (errno.ENOSPC, "закончилось место")],
)
def test_lock_cannot_be_written(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, code: int, words: str) -> None:
    db = tmp_path / "school.db"
    real_open = os.open

    def failing_open(path: object, flags: int, *args: object) -> int:
        if str(path).endswith(".lock"):
            raise OSError(code, os.strerror(code), str(path))
        return real_open(path, flags, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(lockmod.os, "open", failing_open)
    with pytest.raises(UserError) as err:
        open_for_writing(db)
    assert words in err.value.message
    assert not db.exists()


@pytest.mark.skipif(os.name == "nt" or os.geteuid() == 0, reason="root ignores folder permissions")
def test_read_only_folder_by_chmod(tmp_path: Path) -> None:  # pragma: no cover - not run as root
    folder = tmp_path / "ro"
    folder.mkdir()
    db = open_sqlite(folder / "school.db")
    db.close()
    folder.chmod(0o555)
    try:
        with pytest.raises(UserError) as err:
            open_for_writing(folder / "school.db")
        assert "только для чтения" in err.value.message
    finally:
        folder.chmod(0o755)


HOLDER = textwrap.dedent(
    """
    import sys
    sys.path.insert(0, {src!r})
    from pathlib import Path
    from mentor_desk.db.opening import open_for_writing
    from mentor_desk.services.container import Services
    db = open_for_writing(Path({db!r}))
    Services.for_database(db)
    print("ready", flush=True)
    sys.stdin.readline()
    db.close()
    print("closed", flush=True)
    """
)


def test_second_process_is_refused_and_the_file_is_unchanged(tmp_path: Path) -> None:
    db = tmp_path / "school.db"
    first = open_sqlite(db)
    first.close()
    with subprocess.Popen(
        [sys.executable, "-c", HOLDER.format(src=SRC, db=str(db))],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    ) as holder:
        assert holder.stdout is not None and holder.stdin is not None
        assert holder.stdout.readline().strip() == "ready"
        before = _raw(db)
        files_before = sorted(p.name for p in tmp_path.iterdir())
        with pytest.raises(DatabaseLockedError) as err:
            open_for_writing(db)
        assert "уже открыта" in err.value.message
        from mentor_desk.cli import main

        assert main(["erase", "--db", str(db), "--person", "1"]) == 3  # CLI write refused too
        assert _raw(db) == before
        assert sorted(p.name for p in tmp_path.iterdir()) == files_before
        holder.stdin.write("\n")
        holder.stdin.flush()
        assert holder.stdout.readline().strip() == "closed"
        holder.wait(timeout=30)
    reopened = open_for_writing(db, heartbeat=False)
    assert not reopened.lock.previous_session_crashed  # type: ignore[union-attr]
    reopened.close()


def test_killed_holder_is_detected_as_crash(tmp_path: Path) -> None:
    db = tmp_path / "school.db"
    open_sqlite(db).close()
    with subprocess.Popen(
        [sys.executable, "-c", HOLDER.format(src=SRC, db=str(db))], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    ) as holder:
        assert holder.stdout is not None
        assert holder.stdout.readline().strip() == "ready"
        holder.kill()
        holder.wait(timeout=30)
    reopened = open_for_writing(db, heartbeat=False)
    try:
        assert reopened.lock is not None and reopened.lock.previous_session_crashed
    finally:
        reopened.close()


def test_an_empty_lock_file_being_written_is_never_taken_over(tmp_path: Path) -> None:
    db = tmp_path / "school.db"
    lock_path_for(db).touch()  # a live process has just created it and is writing it now
    with pytest.raises(DatabaseLockedError) as refused:
        DatabaseLock.acquire(db)
    assert not isinstance(refused.value, StaleLockError)
    assert lock_path_for(db).read_bytes() == b""
    with pytest.raises(DatabaseLockedError):
        force_unlock(db)
    _age(db)  # its writer died while writing it, long ago: now it is a crash
    held = DatabaseLock.acquire(db)
    assert held.previous_session_crashed
    held.release()


def test_a_young_lock_of_another_computer_is_never_stale(tmp_path: Path) -> None:
    db = tmp_path / "school.db"
    old = (datetime.now() - timedelta(hours=3)).isoformat(timespec="seconds")
    _write_lock(db, heartbeat=old)
    now = datetime.now().timestamp()
    os.utime(lock_path_for(db), (now, now))  # but the file was written a moment ago
    with pytest.raises(DatabaseLockedError) as refused:
        DatabaseLock.acquire(db, takeover_stale=True)
    assert not isinstance(refused.value, StaleLockError)


def test_a_live_process_here_is_never_stale_even_with_an_old_heartbeat(tmp_path: Path) -> None:
    db = tmp_path / "school.db"
    old = (datetime.now() - timedelta(hours=3)).isoformat(timespec="seconds")
    _write_lock(db, host=lockmod.this_host(), pid=os.getppid(), heartbeat=old)
    with pytest.raises(DatabaseLockedError) as refused:
        DatabaseLock.acquire(db, takeover_stale=True)
    assert not isinstance(refused.value, StaleLockError)
