"""Writing a file so that it appears only when complete: temp file in the same folder, then os.replace."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from mentor_desk.errors import UserError


def locked_message(target: Path) -> str:
    return (
        f"Файл «{target.name}» открыт в другой программе (например, в Excel) или недоступен для записи. "
        "Закройте его и повторите выгрузку, либо сохраните под другим именем."
    )


def folder_message(folder: Path) -> str:
    return f"Нет прав на запись в папку «{folder}». Выберите другую папку."


@contextmanager
def atomic_target(target: Path) -> Iterator[Path]:
    """Yield a temp path beside `target`; on success it replaces `target`, on failure it is removed.

    The old file at `target` stays byte-identical unless the whole new file was written.
    """
    target = Path(target)
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise UserError(f"Папка «{folder}» не найдена. Выберите существующую папку.")
    if target.is_dir():
        raise UserError(f"«{target}» — это папка. Укажите имя файла.")
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".~{target.stem[:40]}-", suffix=".tmp", dir=folder)
    except PermissionError as exc:
        raise UserError(folder_message(folder)) from exc
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        yield tmp
        _fsync(tmp)
        try:
            os.replace(tmp, target)
        except PermissionError as exc:
            raise UserError(locked_message(target)) from exc
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise


def _fsync(path: Path) -> None:
    with path.open("rb+") as fh:
        fh.flush()
        os.fsync(fh.fileno())


def check_writable(target: Path) -> None:
    """Fail early, before any work, when the old file is locked by an open Excel (Windows)."""
    if not target.exists():
        return
    try:
        with target.open("r+b"):
            pass
    except PermissionError as exc:
        raise UserError(locked_message(target)) from exc


CancelCheck = Callable[[], bool]
ProgressCallback = Callable[[int, int], None]
