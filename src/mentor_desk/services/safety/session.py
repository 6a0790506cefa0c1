"""Opening a database for the window and the commands: writing (lock, recovery), reading only, checks.

Every failure is a UserError in Russian; the ones the user resolves (a stale lock, removable
media, a damaged file with a backup) are subclasses the window handles (ui/application.py).
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable
from pathlib import Path

from sqlalchemy.exc import SQLAlchemyError

from mentor_desk.db import database as _database
from mentor_desk.db import opening as _opening
from mentor_desk.db.backup.manager import BackupManager
from mentor_desk.db.checks import CheckReport, check_database
from mentor_desk.db.database import Database
from mentor_desk.db.errors import translate
from mentor_desk.db.location import RemovableLocationError, copy_to_local
from mentor_desk.db.lock import DatabaseLockedError, LockInfo, StaleLockError, force_unlock, this_user
from mentor_desk.db.recovery import DamagedDatabaseFound
from mentor_desk.errors import DatabaseFileError, UserError
from mentor_desk.services.container import Services

log = logging.getLogger(__name__)

__all__ = [
    "CheckReport", "DamagedDatabaseFound", "Database", "DatabaseLockedError", "LockInfo", "RemovableLocationError",
    "StaleLockError", "check_database", "copy_to_local", "force_unlock", "known_error", "open_database", "open_services",
    "open_sqlite", "replace_database", "this_user", "translate",
]


def known_error(exc: BaseException) -> UserError | None:
    """A database or file-system error in Russian with the next step, without the data it carried."""
    if isinstance(exc, SQLAlchemyError | sqlite3.Error | OSError):
        return translate(exc)
    return None


def open_sqlite(path: Path) -> Database:
    """Open or create a file without the lock: for building a new database in a staging folder."""
    return _database.open_sqlite(Path(path))


def open_database(path: Path, *, create: bool = False, read_only: bool = False, **options: bool) -> Database:
    """Open a file for writing (location, lock, recovery, leftovers) or for reading only (not a byte written)."""
    path = Path(path)
    if not create and not path.exists():
        raise DatabaseFileError(f"Файл базы «{path}» не найден. Проверьте путь.")
    try:
        if read_only:
            return _database.open_read_only(path)
        return _opening.open_for_writing(path, create=create, **options)
    except UserError:
        raise
    except (SQLAlchemyError, OSError) as exc:  # never a traceback
        log.exception("opening a database failed")
        raise translate(exc) from exc


def open_services(
    path: Path, organisation_id: int | None = None, *, create: bool = False, read_only: bool = False,
    **options: bool,
) -> Services:
    """Open a database and build the services over it; the caller closes services.database."""
    database = open_database(path, create=create, read_only=read_only, **options)
    try:
        return Services.for_database(database, organisation_id)
    except BaseException as exc:
        database.close()
        if isinstance(exc, SQLAlchemyError | OSError):
            raise translate(exc) from exc
        raise


def replace_database(path: Path, build: Callable[[Path], None]) -> Path | None:
    """Write a new database with `build(staged_path)` and swap it in for `path` safely.

    The lock is respected, only a Mentor Desk database is replaced, after a forced backup (its
    attached files included); the swap is atomic. Returns the backup's path (None for a new file).
    """
    backup = BackupManager(Path(path)).replace_with(build, kind="demo", reason="replace")
    return backup.path if backup is not None else None
