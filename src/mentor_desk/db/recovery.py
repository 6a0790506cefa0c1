"""A damaged database is set aside (renamed, never deleted) and the newest verified backup offered.

The renamed file keeps its journal files beside it under the same suffix:
`school.db.damaged-20260312-101500`, `school.db.damaged-20260312-101500-wal`, …
"""

from __future__ import annotations

import logging
import os
from datetime import datetime
from pathlib import Path

from mentor_desk.db.backup import BackupInfo, BackupManager
from mentor_desk.db.filecheck import inspect_file, integrity_problem
from mentor_desk.errors import DamagedDatabaseError, UserError

log = logging.getLogger(__name__)

JOURNAL_SUFFIXES = ("-wal", "-shm", "-journal")


class DamagedDatabaseFound(DamagedDatabaseError):
    """The file was damaged; it was renamed to `damaged_copy`; `backup` is the newest verified one."""

    def __init__(self, message: str, db_path: Path, damaged_copy: Path | None, backup: BackupInfo | None) -> None:
        super().__init__(message)
        self.db_path = db_path
        self.damaged_copy = damaged_copy
        self.backup = backup


def is_healthy(path: Path) -> bool:
    """Ours, readable and passing quick_check (read-only)."""
    try:
        inspect_file(path)
    except (UserError, OSError):
        return False
    return integrity_problem(path, full=False) is None


def quarantine(path: Path, now: datetime | None = None) -> Path:
    """Rename a damaged database and its journal files to `*.damaged-<timestamp>`; never delete."""
    stamp = f"{(now or datetime.now()):%Y%m%d-%H%M%S}"
    target = path.with_name(f"{path.name}.damaged-{stamp}")
    n = 1
    while target.exists():
        n += 1
        target = path.with_name(f"{path.name}.damaged-{stamp}-{n}")
    # Journals first: a -wal left beside a new file of the old name would be replayed into it.
    for suffix in JOURNAL_SUFFIXES:
        journal = Path(f"{path}{suffix}")
        if journal.exists():
            os.replace(journal, Path(f"{target}{suffix}"))
    if path.exists():
        os.replace(path, target)
    log.warning("damaged database set aside as %s", target.name)
    return target


def backup_offer_text(backup: BackupInfo | None) -> str:
    if backup is None:
        return "Проверенных резервных копий этой базы нет."
    return (
        f"Последняя проверенная резервная копия — от {backup.created:%d.%m.%Y %H:%M} ({backup.counts_text()}). "
        "Восстановите базу из неё: Файл → «Восстановить из копии…»."
    )


def set_aside_and_offer(path: Path, problem: str) -> DamagedDatabaseFound:
    """Quarantine a damaged file and build the error that offers the newest verified backup."""
    damaged = quarantine(path)
    backup = BackupManager(path).newest_verified()
    message = (
        f"Файл базы «{path.name}» повреждён ({problem}). Он не удалён: переименован в «{damaged.name}». "
        + backup_offer_text(backup)
    )
    return DamagedDatabaseFound(message, path, damaged, backup)


def has_backups(path: Path) -> bool:
    return bool(BackupManager(path).list_backups())


def storage_problem(path: Path, full: bool) -> str | None:
    """quick_check (or integrity_check) of the file itself; None when it is sound.

    Runs on an ordinary connection (the caller holds the write lock), so SQLite first replays
    a WAL left by a crash. Only answers that mean damage are returned as a problem; "locked",
    "read-only" or I/O errors are raised, so that a sound file is never set aside by mistake.
    """
    import sqlite3

    conn = sqlite3.connect(path, timeout=5)
    try:
        rows = conn.execute("PRAGMA integrity_check" if full else "PRAGMA quick_check").fetchall()
        if rows != [("ok",)]:
            return "; ".join(str(r[0]) for r in rows[:3])
        return None
    except sqlite3.DatabaseError as exc:
        text = str(exc).lower()
        if any(word in text for word in DAMAGE_WORDS):
            return str(exc)
        raise
    finally:
        conn.close()


DAMAGE_WORDS = ("malformed", "not a database", "corrupt", "disk image")
