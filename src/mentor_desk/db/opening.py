"""Opening a database file for writing: location, header, lock, recovery, leftovers, migration backup.

This module sits on top of the rest of db/ (database, lock, recovery, backup, location) and
nothing in db/ imports it, so the package has no import cycle. The application reaches it
through services/safety.
"""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path

from sqlalchemy.exc import SQLAlchemyError

from mentor_desk.db import recovery
from mentor_desk.db.backup.manager import BackupManager, backup_hook
from mentor_desk.db.database import Database, open_sqlite
from mentor_desk.db.errors import translate
from mentor_desk.db.filecheck import FileState, damaged_message, inspect_file
from mentor_desk.db.fileops import make_private
from mentor_desk.db.leftovers import remove_leftovers
from mentor_desk.db.location import check_location
from mentor_desk.db.lock import DatabaseLock
from mentor_desk.errors import (
    DamagedDatabaseError,
    DatabaseFileError,
    ForeignDatabaseError,
    NotADatabaseError,
)

log = logging.getLogger(__name__)


def has_backups(path: Path) -> bool:
    return bool(BackupManager(path).list_backups())


def set_aside_and_offer(path: Path, problem: str) -> recovery.DamagedDatabaseFound:
    """Quarantine a damaged file and build the error that offers the newest verified backup."""
    damaged = recovery.quarantine(path)
    backup = BackupManager(path).newest_verified()
    message = (
        f"Файл базы «{path.name}» повреждён ({problem}). Он не удалён: переименован в «{damaged.name}». "
        + recovery.backup_offer_text(backup)
    )
    return recovery.DamagedDatabaseFound(message, path, damaged, backup)


def open_for_writing(
    path: Path,
    *,
    create: bool = True,
    takeover_stale: bool = False,
    allow_removable: bool = False,
    heartbeat: bool = True,
    set_aside: bool = True,
) -> Database:
    """The one way the GUI and the write commands open a SQLite file.

    In order, each step touching nothing if it refuses: the location (a network share is
    refused, removable media needs allow_removable); the file's header (a foreign or non-database
    file is refused); the write lock (another session holding it is refused, see db/lock.py);
    leftovers of killed runs beside the file are removed; a quick check, or a full integrity
    check when the previous session ended uncleanly — a damaged file is renamed
    *.damaged-<timestamp> and the newest verified backup offered (recovery.DamagedDatabaseFound);
    a forced backup before a schema migration. The returned Database holds the lock until
    close(). Every failure is a UserError in Russian. With set_aside=False (commands that only
    read, or export) a damaged file is refused untouched instead of being set aside.
    """
    path = Path(path)
    try:
        check_location(path, allow_removable=allow_removable)
        header_problem: str | None = None
        try:
            state = inspect_file(path)
        except ForeignDatabaseError as exc:
            raise ForeignDatabaseError(
                exc.message + " Файл не изменён." + (
                    " " + recovery.backup_offer_text(BackupManager(path).newest_verified())
                    if has_backups(path) else ""
                )
            ) from exc
        except NotADatabaseError:
            # Garbage where our database used to be (it has backups) is treated as damage;
            # any other file that is not a database is refused untouched.
            if not path.is_file() or not has_backups(path):
                raise
            header_problem = "содержимое файла не похоже на базу данных"
            state = FileState.OURS
        except DamagedDatabaseError:
            header_problem = "файл обрезан или испорчен"
            state = FileState.OURS
        if state is FileState.MISSING and not create:
            raise DatabaseFileError(f"Файл базы «{path}» не найден.")
        lock = DatabaseLock.acquire(path, takeover_stale=takeover_stale)
    except (SQLAlchemyError, sqlite3.Error, OSError) as exc:
        raise translate(exc) from exc
    try:
        for leftover in remove_leftovers(path):
            log.warning("removed a leftover temporary copy %s", leftover.name)
        if state is FileState.OURS:
            problem = header_problem or recovery.storage_problem(path, full=lock.previous_session_crashed)
            if problem and set_aside:
                raise set_aside_and_offer(path, problem)
            if problem:
                raise DamagedDatabaseError(damaged_message(path, problem))
        database = open_sqlite(path, create=create, backup_before_migration=backup_hook)
        make_private(path)
    except BaseException as exc:
        lock.release()
        if isinstance(exc, SQLAlchemyError | sqlite3.Error | OSError):
            raise translate(exc) from exc
        raise
    database.lock = lock
    if heartbeat:
        lock.start_heartbeat()
    return database
