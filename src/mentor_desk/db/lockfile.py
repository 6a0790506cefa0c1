"""Low-level pieces of the write lock: who and where we are, and atomic lock-file operations."""

from __future__ import annotations

import contextlib
import errno
import getpass
import os
import socket
import sys
from collections.abc import Iterator
from pathlib import Path

_NO_LINKS = (errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.ENOSYS, errno.EXDEV, errno.EMLINK)


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


def create_exclusive(path: Path, data: bytes, token: str) -> None:
    """Publish a complete lock file atomically; FileExistsError if a lock exists."""
    tmp = path.with_name(f".{token}.{path.name}")  # hidden, private, and still a ".lock"
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        try:
            os.write(fd, data)
            os.fsync(fd)
        finally:
            os.close(fd)
        try:
            os.link(tmp, path)
            return
        except FileExistsError:
            raise
        except OSError as exc:
            if exc.errno not in _NO_LINKS:
                raise
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink()
    _create_without_links(path, data)


def _create_without_links(path: Path, data: bytes) -> None:
    """Exclusive create and write, for file systems without hard links (FAT)."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        os.write(fd, data)
        os.fsync(fd)
    except OSError:
        os.close(fd)
        with contextlib.suppress(OSError):
            path.unlink()
        raise
    os.close(fd)


@contextlib.contextmanager
def takeover_guard(folder: Path) -> Iterator[None]:
    """A short operating-system lock that serialises takeovers of locks in one folder."""
    if sys.platform == "win32":  # pragma: no cover - Windows only
        import msvcrt

        guard = folder / ".mentor-desk-takeover"
        fd = os.open(guard, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            msvcrt.locking(fd, msvcrt.LK_LOCK, 1)
            try:
                yield
            finally:
                os.lseek(fd, 0, os.SEEK_SET)
                msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
        finally:
            os.close(fd)
        return
    import fcntl

    fd = os.open(folder, os.O_RDONLY)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(fd, fcntl.LOCK_UN)
    finally:
        os.close(fd)
