"""Erasure reaches the backups (152-ФЗ): a person is removed from every backup and saved copy.

Each archive in the database's backups folder (automatic and forced backups, and saved copies
kept there) is handled on its own: its database is extracted into a private staging folder
beside the database, migrated if it is older, the person is erased in it exactly as in the
database itself (services/erasure.py), the file is checked to hold none of the person's name
combinations, a new archive is written next to the old one, verified, and swapped in with one
rename. An archive that cannot be processed is left as it was and reported. Attached files that
no backup refers to any more are then removed from the folder's store.
"""

from __future__ import annotations

import contextlib
import logging
import sqlite3
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from mentor_desk.db.backup.archive import (
    FILES_PREFIX,
    build_manifest,
    extract_db,
    extract_member,
    read_manifest,
    verify_backup,
    write_zip,
)
from mentor_desk.db.backup.capture import read_facts
from mentor_desk.db.backup.manager import BackupManager
from mentor_desk.db.database import open_sqlite
from mentor_desk.db.fileops import sha256_file
from mentor_desk.db.leftovers import temp_dir
from mentor_desk.errors import UserError
from mentor_desk.services.erasure import ErasureService

log = logging.getLogger(__name__)


@dataclass
class BackupErasureReport:
    erased: list[Path] = field(default_factory=list)  # rewritten without the person
    absent: list[Path] = field(default_factory=list)  # never held the person
    failed: list[tuple[Path, str]] = field(default_factory=list)  # left as they were, with the reason

    def describe(self) -> str:
        lines = [f"Резервных копий и сохранённых копий, из которых удалены данные участника: {len(self.erased)}."]
        if self.absent:
            lines.append(f"Копий, в которых участника не было: {len(self.absent)}.")
        for path, reason in self.failed:
            lines.append(f"Копия «{path.name}» не изменена: {reason}")
        return "\n".join(lines)


def archives_in_backups(db_path: Path) -> list[Path]:
    """Every archive in the backups folder that reads as a Mentor Desk backup or saved copy."""
    folder = BackupManager(db_path).backups_dir
    if not folder.is_dir():
        return []
    found = []
    for path in sorted(folder.glob("*.zip")):
        with contextlib.suppress(UserError):
            read_manifest(path)
            found.append(path)
    return found


def erase_in_backups(db_path: Path, person_id: int, erased_by: str) -> BackupErasureReport:
    """Remove one person from every backup and saved copy of `db_path` (see the module docstring)."""
    manager = BackupManager(db_path)
    report = BackupErasureReport()
    for archive in archives_in_backups(db_path):
        try:
            if _erase_in(manager, archive, person_id, erased_by):
                report.erased.append(archive)
            else:
                report.absent.append(archive)
        except UserError as exc:
            log.warning("erasure in backup %s failed: %s", archive.name, type(exc).__name__)
            report.failed.append((archive, exc.message))
        except (OSError, sqlite3.Error) as exc:
            from mentor_desk.db.errors import translate

            log.warning("erasure in backup %s failed: %s", archive.name, type(exc).__name__)
            report.failed.append((archive, translate(exc).message))
    manager.rotate()  # also drops attached files no backup refers to any more
    return report


def _erase_in(manager: BackupManager, archive: Path, person_id: int, erased_by: str) -> bool:
    info = verify_backup(archive, None)
    with temp_dir(manager.db_path, "erase") as tmp:
        folder = Path(tmp)
        with zipfile.ZipFile(archive) as zf:
            staged = extract_db(zf, info, folder)
        if not _holds(staged, person_id):
            return False
        database = open_sqlite(staged)  # migrates an older copy to the current schema
        try:
            organisation_id = _organisation_of(str(staged), person_id)
            result = ErasureService(database, organisation_id).erase_person(person_id, erased_by)
        finally:
            database.close()
        if not result.storage_clean:
            raise UserError("после удаления имя участника ещё найдено в файле базы копии.")
        counts, revision, files = read_facts(staged)
        inner: list[tuple[str, Path]] = []
        if info.files_inside:
            kept = {f.sha256 for f in files}
            with zipfile.ZipFile(archive) as zf:
                for f in info.files:
                    if f.sha256 in kept:
                        inner.append((FILES_PREFIX + f.sha256,
                                      extract_member(zf, FILES_PREFIX + f.sha256, folder, f.sha256, archive)))
        present = [f for f in files if not info.files_inside or any(n == FILES_PREFIX + f.sha256 for n, _ in inner)]
        manifest = build_manifest(info.created, info.reason, counts, revision, sha256_file(staged), present,
                                  info.files_inside, manager.db_path.name, info.missing_files)
        write_zip(archive, manifest, staged, inner)  # a temporary beside it, then one rename
    verify_backup(archive, None if info.files_inside else manager.shared_store)
    log.info("a person was erased from backup %s", archive.name)
    return True


def _holds(db_file: Path, person_id: int) -> bool:
    conn = sqlite3.connect(f"file:{db_file.resolve().as_posix()}?mode=ro", uri=True)
    try:
        row = conn.execute("SELECT first_name FROM person WHERE id = ?", (person_id,)).fetchone()
        return row is not None and bool(row[0])  # an anonymised placeholder has no first name
    finally:
        conn.close()


def _organisation_of(db_file: str, person_id: int) -> int:
    conn = sqlite3.connect(f"file:{Path(db_file).resolve().as_posix()}?mode=ro", uri=True)
    try:
        return int(conn.execute("SELECT organisation_id FROM person WHERE id = ?", (person_id,)).fetchone()[0])
    finally:
        conn.close()


__all__ = ["BackupErasureReport", "archives_in_backups", "erase_in_backups"]
