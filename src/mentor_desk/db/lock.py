"""One writer per database: a "<db>.lock" file published atomically, with a heartbeat.

The lock is a small JSON file (host, pid, user, since, heartbeat, token, purpose). It is written
completely to a private temporary file first and then published with os.link, which fails if
the lock exists: exactly one process wins, and nobody ever sees a lock file that is still being
written. (Where the file system has no hard links, e.g. FAT on a USB stick, an exclusive create
is used and the age rule below covers the moment before its contents are written.)

A lock is *stale* only when its holder is provably gone: the lock names this computer and a
process that no longer exists; or it cannot be read and is older than MIN_AGE_SECONDS; or it
names another computer and its heartbeat is older than STALE_AFTER. A lock younger than
MIN_AGE_SECONDS whose process is not proven gone, or naming a live process on this computer, is
never stale. Taking a stale lock over happens under a short operating-system lock on the folder,
after reading the lock again, so two processes never both remove and replace it. A stale lock
left by a crash on this computer is taken over silently (the caller learns that the last session
ended uncleanly); a stale lock of another computer is only taken over on request.
"""

from __future__ import annotations

import contextlib
import errno
import json
import logging
import os
import secrets
import threading
import time
from dataclasses import asdict, dataclass
from datetime import datetime, timedelta
from pathlib import Path

from mentor_desk.db.fileops import private_mkdir
from mentor_desk.db.lockfile import create_exclusive, pid_alive, takeover_guard, this_host, this_user
from mentor_desk.errors import DatabaseBusyError, UserError

log = logging.getLogger(__name__)

HEARTBEAT_SECONDS = 60.0
STALE_AFTER = timedelta(minutes=20)
MIN_AGE_SECONDS = 5.0


def lock_path_for(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".lock")


@dataclass(frozen=True)
class LockInfo:
    host: str
    pid: int
    user: str
    since: str
    heartbeat: str
    token: str = ""
    purpose: str = "app"
    written: float = 0.0  # the lock file's mtime when it was read (0: unknown)

    @property
    def since_dt(self) -> datetime | None:
        return _parse_time(self.since)

    @property
    def heartbeat_dt(self) -> datetime | None:
        return _parse_time(self.heartbeat)

    def is_stale(self, now: datetime | None = None, host: str | None = None) -> bool:
        """Whether the holder is provably gone (see the module docstring)."""
        now = now or datetime.now()
        if self.host == (host or this_host()) and self.pid > 0:
            return not pid_alive(self.pid)  # this computer: the process table is the proof
        if self.written and now.timestamp() - self.written < MIN_AGE_SECONDS:
            return False  # being written right now, or refreshed a moment ago
        if self.pid <= 0 and self.host == (host or this_host()):
            return True  # unreadable, and old: a crash while it was being written
        beat = self.heartbeat_dt
        return beat is None or now - beat > STALE_AFTER

    def crashed_here(self, host: str | None = None) -> bool:
        """The holder ran on this computer and its process is gone: a crash, safe to take over."""
        return self.host == (host or this_host()) and self.is_stale(host=host)

    def describe(self) -> str:
        """«на компьютере «X» (пользователь Y) с 12.03.2026 10:15»"""
        since = self.since_dt
        when = f" с {since:%d.%m.%Y %H:%M}" if since else ""
        who = f" (пользователь {self.user})" if self.user else ""
        return f"на компьютере «{self.host}»{who}{when}"


def _parse_time(text: str) -> datetime | None:
    try:
        return datetime.fromisoformat(text)
    except (TypeError, ValueError):
        return None


class DatabaseLockedError(DatabaseBusyError):
    """The database is open for writing elsewhere; nothing was touched."""

    def __init__(self, message: str, info: LockInfo | None) -> None:
        super().__init__(message)
        self.info = info


class StaleLockError(DatabaseLockedError):
    """The lock looks abandoned (old heartbeat) but was left by another computer: ask first."""


def read_lock(db_path: Path) -> LockInfo | None:
    """The current lock of a database, or None; an unreadable lock file counts as stale."""
    path = lock_path_for(db_path)
    try:
        raw = path.read_text(encoding="utf-8")
        written = path.stat().st_mtime
    except FileNotFoundError:
        return None
    except UnicodeDecodeError:
        raw, written = "", _mtime(path)
    try:
        data = json.loads(raw)
        return LockInfo(
            host=str(data["host"]),
            pid=int(data["pid"]),
            user=str(data.get("user", "")),
            since=str(data.get("since", "")),
            heartbeat=str(data.get("heartbeat", "")),
            token=str(data.get("token", "")),
            purpose=str(data.get("purpose", "app")),
            written=written,
        )
    except (ValueError, KeyError, TypeError):
        # Unreadable: being written right now (no hard links here) or left by a crash while it
        # was written. pid 0 says "unknown"; the age rule decides (LockInfo.is_stale).
        return LockInfo(host=this_host(), pid=0, user="", since="", heartbeat="", token="", written=written)


def _mtime(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except OSError:
        return 0.0


def _locked_message(db_path: Path, info: LockInfo) -> str:
    return (
        f"База «{db_path.name}» уже открыта {info.describe()}. "
        "Одновременно с базой может работать только одна программа: закройте Mentor Desk там "
        "и повторите. Файл базы не изменён."
    )


def _stale_message(db_path: Path, info: LockInfo) -> str:
    beat = info.heartbeat_dt
    last = f" Последний признак работы — {beat:%d.%m.%Y %H:%M}." if beat else ""
    return (
        f"База «{db_path.name}» отмечена как открытая {info.describe()}, но та программа давно не отвечает."
        f"{last} Если Mentor Desk там закрыт или компьютер выключен, можно продолжить работу здесь "
        "(в программе — «Открыть всё равно», в командной строке — «mentor-desk unlock --db …»). "
        "Файл базы пока не изменён."
    )


def _lock_write_error(db_path: Path, exc: OSError) -> UserError:
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return UserError(
            f"Папка «{db_path.parent}» доступна только для чтения: Mentor Desk не может работать с базой в ней. "
            "Скопируйте базу в папку, в которую можно записывать (например, «Документы»), "
            "или попросите администратора дать права на запись."
        )
    if exc.errno == errno.ENOSPC:
        return UserError(
            f"На диске с базой «{db_path.name}» закончилось место. Освободите место и откройте базу снова."
        )
    return UserError(f"Не удалось открыть базу «{db_path.name}» для записи: {exc.strerror or exc}.")


class DatabaseLock:
    """The write lock of one database, held by this process until release()."""

    def __init__(self, db_path: Path, info: LockInfo, took_over: LockInfo | None) -> None:
        self.db_path = db_path
        self.path = lock_path_for(db_path)
        self.info = info
        self.took_over = took_over
        self.lost = False
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    @property
    def previous_session_crashed(self) -> bool:
        """True when this lock replaced one left by a session that did not close cleanly."""
        return self.took_over is not None

    @classmethod
    def acquire(cls, db_path: Path, *, takeover_stale: bool = False, purpose: str = "app") -> DatabaseLock:
        """Take the lock or raise DatabaseLockedError / StaleLockError, changing nothing."""
        db_path = Path(db_path)
        now = datetime.now().isoformat(timespec="seconds")
        info = LockInfo(
            host=this_host(),
            pid=os.getpid(),
            user=this_user(),
            since=now,
            heartbeat=now,
            token=secrets.token_hex(8),
            purpose=purpose,
        )
        took_over: LockInfo | None = None
        for _attempt in range(5):
            try:
                private_mkdir(db_path.parent)
                create_exclusive(lock_path_for(db_path), _lock_bytes(info), info.token)
                lock = cls(db_path, info, took_over)
                if took_over is not None:
                    log.warning("took over a stale lock (pid %s) of %s", took_over.pid, db_path.name)
                return lock
            except FileExistsError:
                pass
            except OSError as exc:
                raise _lock_write_error(db_path, exc) from exc
            held = read_lock(db_path)
            if held is None:
                continue  # released between our attempt and the read: try again
            if not held.is_stale():
                raise DatabaseLockedError(_locked_message(db_path, held), held)
            if not held.crashed_here() and not takeover_stale:
                raise StaleLockError(_stale_message(db_path, held), held)
            if _remove_stale(db_path, held):
                took_over = held
            else:
                time.sleep(0.01)
        raise DatabaseLockedError(
            f"База «{db_path.name}» сейчас открывается другой программой. Повторите через минуту.", read_lock(db_path)
        )

    def refresh(self) -> bool:
        """Write a new heartbeat; returns False (and sets `lost`) if the lock is no longer ours."""
        current = read_lock(self.db_path)
        if current is None or current.token != self.info.token:
            if not self.lost:
                log.error("the write lock of %s was taken by another session", self.db_path.name)
            self.lost = True
            return False
        beat = LockInfo(**{**asdict(self.info), "heartbeat": datetime.now().isoformat(timespec="seconds")})
        tmp = self.path.with_name(f"{self.path.name}.{self.info.token}.tmp")
        try:
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                fh.write(json.dumps({k: v for k, v in asdict(beat).items() if k != "written"}, ensure_ascii=False))
            os.replace(tmp, self.path)
        except OSError as exc:
            log.warning("could not refresh the lock heartbeat: %s", exc.strerror)
            with contextlib.suppress(OSError):
                tmp.unlink()
            return True
        self.info = beat
        return True

    def start_heartbeat(self, interval: float = HEARTBEAT_SECONDS) -> None:
        """Refresh the heartbeat from a daemon thread until release()."""
        if self._thread is not None:
            return

        def run() -> None:
            while not self._stop.wait(interval):
                if not self.refresh():
                    return

        self._thread = threading.Thread(target=run, name="mentor-desk-lock-heartbeat", daemon=True)
        self._thread.start()

    def release(self) -> None:
        """Remove the lock file if it is still ours."""
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=5)
            self._thread = None
        current = read_lock(self.db_path)
        if current is not None and current.token == self.info.token:
            with contextlib.suppress(FileNotFoundError):
                self.path.unlink()

    def __enter__(self) -> DatabaseLock:
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()


def _lock_bytes(info: LockInfo) -> bytes:
    return json.dumps({k: v for k, v in asdict(info).items() if k != "written"}, ensure_ascii=False).encode("utf-8")


def _remove_stale(db_path: Path, held: LockInfo) -> bool:
    """Remove a stale lock if it is still the one we judged; only one racing process does it."""
    path = lock_path_for(db_path)
    try:
        with takeover_guard(db_path.parent):
            current = read_lock(db_path)
            if current is None or current.token != held.token or not current.is_stale():
                return False  # released, replaced or refreshed meanwhile: look again
            path.unlink()
    except FileNotFoundError:
        return False
    except OSError as exc:
        raise _lock_write_error(db_path, exc) from exc
    return True


def force_unlock(db_path: Path) -> LockInfo | None:
    """Remove a stale lock (the `unlock` command); a live holder on this computer is refused."""
    held = read_lock(db_path)
    if held is None:
        return None
    if not held.is_stale():
        raise DatabaseLockedError(_locked_message(db_path, held), held)
    return held if _remove_stale(db_path, held) else None
