"""Replacing a database file: restore from a backup or saved copy, and any other replacement.

Every replacement goes through `replace_database`: the caller holds the write lock; a file at
the target that is not a Mentor Desk database (another program's SQLite file, a text file) is
refused untouched; an existing sound database gets a forced backup first (its attached files
included); a damaged one is kept as `*.damaged-<time>` (a hard link or copy made before the
swap); the new file is swapped in with one os.replace, so there is never a moment without a
database file. Attached files are only ever added to the files folder, never removed.
"""

from __future__ import annotations

import logging
import os
import shutil
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from mentor_desk.db import recovery
from mentor_desk.db.backup.archive import (
    DB_MEMBER,
    FILES_PREFIX,
    SHARED_FILES,
    BackupError,
    BackupInfo,
    extract_db,
    extract_member,
    inspect_backup,
    is_sha256,
    verify_backup,
    wrap,
)
from mentor_desk.db.backup.capture import integrity_problem, is_ours, read_facts, snapshot
from mentor_desk.db.filecheck import inspect_file
from mentor_desk.db.fileops import (
    copy_verified,
    files_dir_for,
    fsync_dir,
    private_mkdir,
    sha256_file,
    store_path,
)
from mentor_desk.db.leftovers import temp_dir
from mentor_desk.errors import DamagedDatabaseError, ForeignDatabaseError, NotADatabaseError, UserError

if TYPE_CHECKING:
    from mentor_desk.db.backup.manager import BackupManager

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class RestoreResult:
    restored_from: BackupInfo
    safety_backup: BackupInfo | None
    damaged_copy: Path | None
    missing_files: tuple[str, ...] = ()


def check_replaceable(db_path: Path, has_backups: bool) -> bool:
    """Refuse a target that is not a Mentor Desk database; True when it exists and is damaged.

    Garbage where our database used to be (it has backups) counts as damage, as at opening.
    """
    try:
        inspect_file(db_path)
    except ForeignDatabaseError as exc:
        raise UserError(f"{exc.message} Файл не заменён: выберите другое имя файла.") from exc
    except NotADatabaseError as exc:
        if not db_path.is_file() or not has_backups:
            raise UserError(
                f"Файл «{db_path.name}» — не база Mentor Desk, поэтому он не заменён. Выберите другое имя файла."
            ) from exc
        return True
    except DamagedDatabaseError:
        return True
    return db_path.exists() and not recovery.is_healthy(db_path)


def _keep_damaged(db_path: Path) -> Path:
    """Keep the damaged file under *.damaged-<time> while it stays in place until the swap."""
    target = recovery.damaged_name(db_path)
    try:
        os.link(db_path, target)
    except OSError:
        shutil.copy2(db_path, target)
    recovery.move_journals(db_path, target)
    return target


def replace_database(
    manager: BackupManager, staged_db: Path, staged_files: list[tuple[str, Path]], reason: str
) -> tuple[BackupInfo | None, Path | None]:
    """Swap a verified staged file in for the database (the caller holds the lock); see the docstring."""
    db_path = manager.db_path
    damaged_state = check_replaceable(db_path, bool(manager.list_backups()))
    safety: BackupInfo | None = None
    damaged: Path | None = None
    if db_path.exists():
        if damaged_state:
            damaged = _keep_damaged(db_path)
        else:
            safety = manager.forced_backup(reason)
    files_dir = files_dir_for(db_path)
    for sha, staged in staged_files:
        target = store_path(files_dir, sha)
        if not (target.is_file() and sha256_file(target) == sha):
            private_mkdir(target.parent)
            os.replace(staged, target)
    for suffix in recovery.JOURNAL_SUFFIXES:
        Path(f"{db_path}{suffix}").unlink(missing_ok=True)
    os.replace(staged_db, db_path)
    fsync_dir(db_path.parent)
    return safety, damaged


def restore(manager: BackupManager, source: Path, *, lock: object = None) -> RestoreResult:
    """Replace the database (and add its files) from a verified backup; the current file is kept.

    The caller must have closed its Database. `lock` is a DatabaseLock this process already
    holds; without it the lock is taken for the duration of the restore. The source is validated
    before the lock or any temporary is made.
    """
    from mentor_desk.db.lock import DatabaseLock

    source = Path(source)
    info = inspect_backup(source)
    held = lock if lock is not None else DatabaseLock.acquire(manager.db_path, purpose="restore")
    try:
        return _restore_locked(manager, source, info)
    finally:
        if lock is None:
            assert isinstance(held, DatabaseLock)
            held.release()


def _restore_locked(manager: BackupManager, source: Path, info: BackupInfo) -> RestoreResult:
    db_path = manager.db_path
    check_replaceable(db_path, bool(manager.list_backups()))
    try:
        private_mkdir(db_path.parent)
        staging = temp_dir(db_path, "restore")
    except OSError as exc:
        raise wrap(exc, "Восстановление отменено, база не изменена") from exc
    with staging as tmp:
        try:
            staged_db, staged_files = stage(source, info, Path(tmp))
        except Exception as exc:
            raise wrap(exc, "Восстановление отменено, база не изменена") from exc
        try:
            safety, damaged = replace_database(manager, staged_db, staged_files, "restore")
        except Exception as exc:
            raise wrap(exc, "Восстановление не завершено, прежняя база на месте") from exc
    problem = integrity_problem(db_path, full=False)
    if problem:
        raise BackupError(f"Восстановленная база не прошла проверку ({problem}). Выберите другую копию.")
    _counts, _revision, referenced = read_facts(db_path)
    files_dir = files_dir_for(db_path)
    missing = tuple(f.name for f in referenced if not store_path(files_dir, f.sha256).is_file())
    log.info("database restored from a copy")
    return RestoreResult(info, safety, damaged, missing)


def stage(source: Path, info: BackupInfo, folder: Path) -> tuple[Path, list[tuple[str, Path]]]:
    """Extract and verify everything a restore needs into `folder` before anything is replaced."""
    from mentor_desk.db.engine import make_engine, sqlite_url
    from mentor_desk.db.migrate import schema_state

    staged_files: list[tuple[str, Path]] = []
    files_folder = folder / "files"
    files_folder.mkdir(mode=0o700)
    if info.path.suffix.lower() != ".zip" and not zipfile.is_zipfile(source):
        staged_db = folder / DB_MEMBER
        snapshot(source, staged_db)
        side_store = files_dir_for(source)
        for f in info.files:
            staged = files_folder / f.sha256
            if is_sha256(f.sha256) and copy_verified(store_path(side_store, f.sha256), staged, f.sha256):
                staged_files.append((f.sha256, staged))
    else:
        verify_backup(source)
        with zipfile.ZipFile(source) as zf:
            staged_db = extract_db(zf, info, folder)
            names = set(zf.namelist())
            for f in info.files:
                if FILES_PREFIX + f.sha256 in names:
                    staged = extract_member(zf, FILES_PREFIX + f.sha256, files_folder, f.sha256, source)
                    if sha256_file(staged) != f.sha256:
                        raise BackupError(f"Файл продукта «{f.name}» в копии повреждён.")
                    staged_files.append((f.sha256, staged))
                    continue
                staged = files_folder / f.sha256
                if copy_verified(store_path(source.parent / SHARED_FILES, f.sha256), staged, f.sha256):
                    staged_files.append((f.sha256, staged))
    if not is_ours(staged_db):
        raise BackupError(f"В копии «{source.name}» не база Mentor Desk.")
    engine = make_engine(sqlite_url(staged_db, read_only=True), read_only=True)
    try:
        schema_state(engine)  # refuses a copy made by a newer version
    finally:
        engine.dispose()
    return staged_db, staged_files

