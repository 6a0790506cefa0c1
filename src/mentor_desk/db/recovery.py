"""A damaged database is set aside (renamed, never deleted); what the offer of a backup says.

The renamed file keeps its journal files beside it under the same suffix:
`school.db.damaged-20260312-101500`, `school.db.damaged-20260312-101500-wal`, …
Finding the newest verified backup to offer is the caller's part (db/opening.py).
"""

from __future__ import annotations

import logging
import os
import sqlite3
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from mentor_desk.db.filecheck import inspect_file, integrity_problem
from mentor_desk.errors import DamagedDatabaseError, UserError

if TYPE_CHECKING:
    from mentor_desk.db.backup.archive import BackupInfo

log = logging.getLogger(__name__)

JOURNAL_SUFFIXES = ("-wal", "-shm", "-journal")
DAMAGE_WORDS = ("malformed", "not a database", "corrupt", "disk image")


class DamagedDatabaseFound(DamagedDatabaseError):
    """The file was damaged; it was renamed to `damaged_copy`; `backup` is the newest verified one."""

    def __init__(
        self, message: str, db_path: Path, damaged_copy: Path | None, backup: BackupInfo | None
    ) -> None:
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


def damaged_name(path: Path, now: datetime | None = None) -> Path:
    """A free `*.damaged-<timestamp>` name beside the file."""
    stamp = f"{(now or datetime.now()):%Y%m%d-%H%M%S}"
    target = path.with_name(f"{path.name}.damaged-{stamp}")
    n = 1
    while target.exists():
        n += 1
        target = path.with_name(f"{path.name}.damaged-{stamp}-{n}")
    return target


def move_journals(path: Path, target: Path) -> None:
    """Move the journal files of `path` to those of `target` (a -wal left beside would be replayed)."""
    for suffix in JOURNAL_SUFFIXES:
        journal = Path(f"{path}{suffix}")
        if journal.exists():
            os.replace(journal, Path(f"{target}{suffix}"))


def quarantine(path: Path, now: datetime | None = None) -> Path:
    """Rename a damaged database and its journal files to `*.damaged-<timestamp>`; never delete."""
    target = damaged_name(path, now)
    move_journals(path, target)  # journals first
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


def storage_problem(path: Path, full: bool) -> str | None:
    """quick_check (or integrity_check) of the file itself; None when it is sound.

    Runs on an ordinary connection (the caller holds the write lock), so SQLite first replays
    a WAL left by a crash. Only answers that mean damage are returned as a problem; "locked",
    "read-only" or I/O errors are raised, so that a sound file is never set aside by mistake.
    """
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
