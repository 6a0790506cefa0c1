"""Writing a finished file atomically: a temp file in the target folder, flushed, then os.replace."""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from mentor_desk.errors import UserError


def write_atomically(target: Path, build: Callable[[BinaryIO], None]) -> None:
    """Call `build(stream)` on a temp file next to `target`, then put it in place in one step.

    If anything fails (or the work is cancelled) the temp file is removed and an existing
    `target` keeps its old contents.
    """
    target = Path(target)
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise UserError(f"Папка «{folder}» не найдена. Выберите существующую папку для сохранения.")
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.stem}-", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise _write_error(exc, folder) from exc
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as stream:
            build(stream)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(tmp, target)
    except OSError as exc:
        _remove(tmp)
        raise _write_error(exc, target) from exc
    except BaseException:
        _remove(tmp)
        raise


def _remove(path: Path) -> None:
    with contextlib.suppress(OSError):
        path.unlink()


def _write_error(exc: OSError, where: Path) -> UserError:
    if exc.errno == errno.ENOSPC:
        return UserError(f"Недостаточно места на диске для «{where}». Освободите место или выберите другой диск.")
    if isinstance(exc, PermissionError):
        return UserError(
            f"Нет доступа к «{where}»: файл открыт в другой программе или папка защищена от записи. "
            "Закройте файл или выберите другую папку."
        )
    return UserError(f"Не удалось записать «{where}»: {exc.strerror or exc}. Выберите другую папку.")
