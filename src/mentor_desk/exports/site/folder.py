"""Writing the site folder as a whole: built in a temporary folder beside it, then swapped in."""

from __future__ import annotations

import errno
import os
import shutil
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from mentor_desk.errors import UserError

# A file in every folder this module writes: only such a folder (or an empty one) is ever replaced.
SITE_MARKER = ".mentor-desk-site"


def check_target(target: Path) -> Path:
    """The folder to write, refused with a Russian message before anything is built."""
    target = Path(target).absolute()
    parent = target.parent
    if target.exists() and not target.is_dir():
        raise UserError(f"«{target}» — это файл, а не папка. Укажите папку для раздела сайта.")
    if not parent.is_dir():
        raise UserError(f"Папка «{parent}» не найдена. Выберите существующую папку.")
    if target.is_dir() and any(target.iterdir()) and not (target / SITE_MARKER).exists():
        raise UserError(
            f"Папка «{target}» не пуста и не похожа на раздел сайта, записанный Mentor Desk: "
            "её файлы не будут заменены. Выберите пустую или новую папку."
        )
    if not os.access(parent, os.W_OK | os.X_OK):
        raise UserError(
            f"Нет права записи в папку «{parent}». Выберите другую папку (например, в «Документах»)."
        )
    return target


@contextmanager
def _staging(parent: Path, name: str) -> Iterator[Path]:
    try:
        staging = Path(tempfile.mkdtemp(prefix=f".{name}-", suffix=".tmp", dir=parent))
    except OSError as exc:
        raise _error(exc, parent) from exc
    try:
        yield staging
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def replace_folder(target: Path, build: Callable[[Path], None]) -> None:
    """`build(folder)` writes into a fresh folder beside `target`, which then takes its place.

    If building fails, `target` is left exactly as it was. The old folder is moved aside first
    and removed only once the new one is in place (it is moved back if that step fails).
    """
    target = check_target(target)
    with _staging(target.parent, target.name) as staging:
        try:
            build(staging)
            (staging / SITE_MARKER).write_text("Раздел сайта «Наставничество», Mentor Desk\n", encoding="utf-8")
            _publishable(staging)
        except OSError as exc:
            raise _error(exc, target) from exc
        old = None
        try:
            if target.exists():
                old = Path(tempfile.mkdtemp(prefix=f".{target.name}-old-", dir=target.parent))
                os.replace(target, old / "site")
            os.replace(staging, target)
        except OSError as exc:
            if old is not None and (old / "site").exists() and not target.exists():
                os.replace(old / "site", target)
            raise _error(exc, target) from exc
        finally:
            if old is not None:
                shutil.rmtree(old, ignore_errors=True)
        staging.mkdir(exist_ok=True)  # recreated so the cleanup has something to remove


def _publishable(folder: Path) -> None:
    """Temp files are private to their owner; a site is read by a web server: rw-r--r--, rwxr-xr-x."""
    mask = os.umask(0)
    os.umask(mask)
    folder.chmod(0o777 & ~mask | 0o700)
    for path in folder.rglob("*"):
        path.chmod((0o777 if path.is_dir() else 0o666) & ~mask | (0o700 if path.is_dir() else 0o600))


def _error(exc: OSError, where: Path) -> UserError:
    if exc.errno == errno.ENOSPC:
        return UserError(f"Недостаточно места на диске для «{where}». Освободите место или выберите другой диск.")
    if isinstance(exc, PermissionError):
        return UserError(
            f"Нет доступа к «{where}»: папка защищена от записи или открыта в другой программе. "
            "Выберите другую папку."
        )
    return UserError(f"Не удалось записать «{where}»: {exc.strerror or exc}. Выберите другую папку.")


