"""One writer per database: a "<db>.lock" file made atomically, with a heartbeat.

The lock is a small JSON file (host, pid, user, since, heartbeat, token) created with
O_CREAT|O_EXCL, so exactly one process wins. The holder refreshes the heartbeat every
HEARTBEAT_SECONDS. A lock is *stale* when its holder is provably gone (same computer and
the process no longer exists) or when its heartbeat is older than STALE_AFTER. A stale lock
left by a crash on this computer is taken over silently (and the caller learns that the last
session ended uncleanly); a stale lock of another computer is only taken over on request.
"""

from __future__ import annotations

import contextlib
import errno
import getpass
import json
import logging
import os
import secrets
import socket
import threading
from dataclasses import asdict, dataclass
from datetime import datetime, timedelta
from pathlib import Path

from mentor_desk.errors import DatabaseBusyError, UserError

log = logging.getLogger(__name__)

HEARTBEAT_SECONDS = 60.0
STALE_AFTER = timedelta(minutes=20)


def lock_path_for(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".lock")


def this_host() -> str:
    return socket.gethostname() or "неизвестный компьютер"


def this_user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # getpass raises various errors when no user name is known
        return ""


def pid_alive(pid: int) -> bool:
    """Whether a process with this id exists on this computer."""
    if pid <= 0:
        return False
    if os.name == "nt":  # pragma: no cover - exercised on Windows only
        import ctypes

        kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
        handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if not handle:
            return False
        code = ctypes.c_ulong()
        kernel32.GetExitCodeProcess(handle, ctypes.byref(code))
        kernel32.CloseHandle(handle)
        return code.value == 259  # STILL_ACTIVE
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


@dataclass(frozen=True)
class LockInfo:
    host: str
    pid: int
    user: str
    since: str
    heartbeat: str
    token: str = ""
    purpose: str = "app"

    @property
    def since_dt(self) -> datetime | None:
        return _parse_time(self.since)

    @property
    def heartbeat_dt(self) -> datetime | None:
        return _parse_time(self.heartbeat)

    def is_stale(self, now: datetime | None = None, host: str | None = None) -> bool:
        now = now or datetime.now()
        beat = self.heartbeat_dt
        too_old = beat is None or now - beat > STALE_AFTER
        if self.host == (host or this_host()) and not pid_alive(self.pid):
            return True
        return too_old

    def crashed_here(self, host: str | None = None) -> bool:
        """The holder ran on this computer and its process is gone: a crash, safe to take over."""
        return self.host == (host or this_host()) and not pid_alive(self.pid)

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
    except FileNotFoundError:
        return None
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
        )
    except (ValueError, KeyError, TypeError):
        # A half-written lock (crash while creating it) has no valid heartbeat: stale.
        # Only a crash while writing it leaves such a file; pid 0 marks it as abandoned here.
        return LockInfo(host=this_host(), pid=0, user="", since="", heartbeat="", token="")


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
                db_path.parent.mkdir(parents=True, exist_ok=True)
                _create_exclusive(lock_path_for(db_path), info)
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
            tmp.write_text(json.dumps(asdict(beat), ensure_ascii=False), encoding="utf-8")
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


def _create_exclusive(path: Path, info: LockInfo) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
    try:
        os.write(fd, json.dumps(asdict(info), ensure_ascii=False).encode("utf-8"))
        os.fsync(fd)
    except OSError:
        os.close(fd)
        with contextlib.suppress(OSError):
            path.unlink()
        raise
    os.close(fd)


def _remove_stale(db_path: Path, held: LockInfo) -> bool:
    """Move a stale lock aside atomically; only one of several racing processes succeeds."""
    path = lock_path_for(db_path)
    aside = path.with_name(f"{path.name}.stale-{secrets.token_hex(4)}")
    try:
        os.rename(path, aside)
    except FileNotFoundError:
        return False
    except OSError as exc:
        raise _lock_write_error(db_path, exc) from exc
    moved = read_lock_file(aside)
    if moved is not None and moved.token != held.token and not moved.is_stale():
        # We moved a fresh lock someone created after our read: put it back and give up.
        with contextlib.suppress(OSError):
            os.link(aside, path)
        with contextlib.suppress(OSError):
            aside.unlink()
        raise DatabaseLockedError(_locked_message(db_path, moved), moved)
    with contextlib.suppress(OSError):
        aside.unlink()
    return True


def read_lock_file(path: Path) -> LockInfo | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return LockInfo(**{k: data[k] for k in LockInfo.__dataclass_fields__ if k in data})
    except (OSError, ValueError, TypeError):
        return None


def force_unlock(db_path: Path) -> LockInfo | None:
    """Remove a stale lock (the `unlock` command); a live holder on this computer is refused."""
    held = read_lock(db_path)
    if held is None:
        return None
    if not held.is_stale():
        raise DatabaseLockedError(_locked_message(db_path, held), held)
    try:
        lock_path_for(db_path).unlink()
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise _lock_write_error(db_path, exc) from exc
    return held
