"""The one way every output (xlsx, pdf, html, docx, a site folder's files) reaches the disk.

A temp file is made in the target folder, written, flushed and fsynced, then `os.replace`d over
the target in one step. Any failure or cancellation removes the temp file and leaves an
existing target byte-identical. Errors of the file system become a Russian message.
"""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

from mentor_desk.errors import UserError

CancelCheck = Callable[[], bool]
ProgressCallback = Callable[[int, int], None]


def locked_message(target: Path) -> str:
    return (
        f"Файл «{target.name}» открыт в другой программе (например, в Excel или в программе просмотра PDF) "
        "или недоступен для записи. Закройте его и повторите, либо сохраните под другим именем."
    )


def folder_message(folder: Path) -> str:
    return f"Нет прав на запись в папку «{folder}». Выберите другую папку."


def _folder(target: Path) -> Path:
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise UserError(f"Папка «{folder}» не найдена. Выберите существующую папку для сохранения.")
    if target.is_dir():
        raise UserError(f"«{target}» — это папка. Укажите имя файла.")
    return folder


def write_error(exc: OSError, where: Path) -> UserError:
    """A Russian message with the next step for a failed write."""
    if exc.errno == errno.ENOSPC:
        return UserError(f"Недостаточно места на диске для «{where}». Освободите место или выберите другой диск.")
    if isinstance(exc, PermissionError):
        return UserError(
            f"Нет доступа к «{where}»: файл открыт в другой программе или папка защищена от записи. "
            "Закройте файл или выберите другую папку."
        )
    return UserError(f"Не удалось записать «{where}»: {exc.strerror or exc}. Выберите другую папку.")


@contextmanager
def atomic_target(target: Path) -> Iterator[Path]:
    """Yield a temp path beside `target` for a writer that wants a file name (openpyxl, XlsxWriter).

    When the block ends normally the temp file replaces `target`; on any exception it is removed.
    """
    target = Path(target)
    folder = _folder(target)
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".~{target.stem[:40]}-", suffix=".tmp", dir=folder)
    except PermissionError as exc:
        raise UserError(folder_message(folder)) from exc
    except OSError as exc:
        raise write_error(exc, folder) from exc
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        yield tmp
        _fsync(tmp)
        try:
            os.replace(tmp, target)
        except PermissionError as exc:
            raise UserError(locked_message(target)) from exc
        except OSError as exc:
            raise write_error(exc, target) from exc
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise


def write_atomically(target: Path, build: Callable[[BinaryIO], None]) -> None:
    """Call `build(stream)` on a temp file beside `target` (reportlab, python-docx), then put it in place."""
    with atomic_target(Path(target)) as tmp:
        try:
            with tmp.open("wb") as stream:
                build(stream)
        except OSError as exc:
            raise write_error(exc, Path(target)) from exc


def write_text_atomically(target: Path, text: str) -> None:
    """A UTF-8 text file (HTML, CSV) with Unix line ends, written atomically."""
    with atomic_target(Path(target)) as tmp:
        try:
            with tmp.open("w", encoding="utf-8", newline="\n") as fh:
                fh.write(text)
        except OSError as exc:
            raise write_error(exc, Path(target)) from exc


def _fsync(path: Path) -> None:
    with path.open("rb+") as fh:
        fh.flush()
        os.fsync(fh.fileno())


def check_writable(target: Path) -> None:
    """Fail early, before any work, when the old file is locked by an open program (Windows)."""
    if not target.exists():
        return
    try:
        with target.open("r+b"):
            pass
    except PermissionError as exc:
        raise UserError(locked_message(target)) from exc
