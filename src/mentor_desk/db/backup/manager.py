"""BackupManager: the backups of one database file — automatic, forced, saved copies, rotation.

The backups folder keeps the attached files of its backups once, in `files/` (content-addressed:
an attached file never changes under its name), which every backup zip there refers to. Each zip
is written to a temporary name in the same folder, flushed, fsynced, renamed into place and read
back: an interrupted backup never touches the earlier ones. Rotation: see rotation.py.
"""

from __future__ import annotations

import contextlib
import logging
import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from mentor_desk.db.backup import restore as restoring
from mentor_desk.db.backup.archive import (
    DB_MEMBER,
    FILES_PREFIX,
    FORCED_REASONS,
    SHARED_FILES,
    BackupError,
    BackupInfo,
    build_manifest,
    is_sha256,
    read_manifest,
    verify_backup,
    wrap,
    write_zip,
)
from mentor_desk.db.backup.capture import AttachedFile, read_facts, snapshot
from mentor_desk.db.backup.rotation import plan_rotation
from mentor_desk.db.fileops import copy_verified, files_dir_for, hide, private_mkdir, sha256_file, store_path
from mentor_desk.db.leftovers import temp_dir
from mentor_desk.errors import UserError
from mentor_desk.paths import backups_dir_for

log = logging.getLogger(__name__)

AUTO_INTERVAL = timedelta(minutes=30)


@dataclass
class BackupManager:
    """Backups of one database file; see db/backup/__init__.py for the API."""

    db_path: Path
    backups_dir: Path = field(default=Path())
    last_error: str | None = field(default=None, init=False)
    _last_signature: tuple[int, ...] | None = field(default=None, init=False, repr=False)
    _last_auto_at: datetime | None = field(default=None, init=False, repr=False)

    def __post_init__(self) -> None:
        self.db_path = Path(self.db_path)
        if self.backups_dir == Path():
            self.backups_dir = backups_dir_for(self.db_path)

    @property
    def files_dir(self) -> Path:
        return files_dir_for(self.db_path)

    @property
    def shared_store(self) -> Path:
        return self.backups_dir / SHARED_FILES

    # ---- listing ---------------------------------------------------------------------------

    def list_backups(self) -> list[BackupInfo]:
        """Readable backups in the backups folder, newest first; unreadable or refused ones are skipped."""
        found: list[BackupInfo] = []
        if not self.backups_dir.is_dir():
            return found
        for path in self.backups_dir.glob("mentor-desk-*.zip"):
            try:
                found.append(read_manifest(path))
            except UserError:
                log.warning("skipping an unreadable backup %s", path.name)
        return sorted(found, key=lambda b: (b.created, b.path.name), reverse=True)

    def newest_verified(self) -> BackupInfo | None:
        """The newest backup that passes a full verification, or None."""
        for info in self.list_backups():
            try:
                return verify_backup(info.path, self.shared_store)
            except UserError as exc:
                log.warning("backup %s failed verification: %s", info.path.name, exc.message)
        return None

    # ---- making backups ---------------------------------------------------------------------

    def _signature(self) -> tuple[int, ...]:
        parts: list[int] = []
        for p in (self.db_path, Path(f"{self.db_path}-wal")):
            try:
                st = p.stat()
                parts += [st.st_size, st.st_mtime_ns]
            except FileNotFoundError:
                parts += [-1, -1]
        return tuple(parts)

    def auto_backup_if_changed(
        self, *, min_interval: timedelta | None = None, now: datetime | None = None
    ) -> BackupInfo | None:
        """An automatic backup if the data changed since the newest one; never raises."""
        now = now or datetime.now()
        try:
            if min_interval is not None and self._last_auto_at is not None and now - self._last_auto_at < min_interval:
                return None
            signature = self._signature()
            if signature == self._last_signature:
                return None
            info = self._make_backup("auto", now, skip_if_same=True)
            self._last_signature = signature
            self._last_auto_at = now
            self.last_error = None
            if info is not None:
                self.rotate(now)
                if info.missing_files:
                    self.last_error = (
                        f"Резервная копия сделана, но без {len(info.missing_files)} файл(ов) продуктов: их нет в папке "
                        "базы или они изменены. Проверьте базу (Файл → «Проверить базу»)."
                    )
            return info
        except Exception as exc:  # a failed automatic backup never blocks work
            err = wrap(exc, "Автоматическая резервная копия не сделана")
            self.last_error = err.message
            log.error("automatic backup failed: %s", err.message)
            return None

    def forced_backup(self, reason: str, now: datetime | None = None) -> BackupInfo:
        """A backup kept for the forced horizon, before a migration, import, restore…; raises on failure."""
        if reason not in FORCED_REASONS:
            raise ValueError(f"not a forced backup reason: {reason}")
        now = now or datetime.now()
        try:
            info = self._make_backup(reason, now, skip_if_same=False)
        except Exception as exc:
            raise wrap(exc, "Не удалось сделать резервную копию, операция отменена") from exc
        assert info is not None
        with contextlib.suppress(Exception):  # rotating is housekeeping: it never fails the backup
            self.rotate(now)
        return info

    def _make_backup(self, reason: str, now: datetime, skip_if_same: bool) -> BackupInfo | None:
        private_mkdir(self.backups_dir)
        self._clean_temporaries()
        with tempfile.TemporaryDirectory(prefix=".snapshot-", dir=self.backups_dir) as tmp:
            hide(Path(tmp))
            snap = Path(tmp) / DB_MEMBER
            snapshot(self.db_path, snap)
            db_sha = sha256_file(snap)
            if skip_if_same:
                newest = next((b for b in self.list_backups()), None)
                if newest is not None and newest.db_sha256 == db_sha:
                    return None
            counts, revision, files = read_facts(snap)
            present, missing = self._store_files(files)
            manifest = build_manifest(now, reason, counts, revision, db_sha, present, False, self.db_path.name, missing)
            target = self.backups_dir / f"mentor-desk-{now:%Y%m%d-%H%M%S-%f}-{reason}.zip"
            write_zip(target, manifest, snap, ())
        info = verify_backup(target, self.shared_store)
        log.info("backup written: %s (%s)", target.name, reason)
        return info

    def _store_files(self, files: list[AttachedFile]) -> tuple[list[AttachedFile], list[str]]:
        """Copy attached files into the backups folder's store once; returns (present, missing names)."""
        present: list[AttachedFile] = []
        missing: list[str] = []
        for f in files:
            target = store_path(self.shared_store, f.sha256)
            if target.is_file() or copy_verified(store_path(self.files_dir, f.sha256), target, f.sha256):
                present.append(f)
            else:
                missing.append(f.name)
                log.warning("attached file %s is missing or altered; backed up without it", f.sha256[:12])
        return present, missing

    def _clean_temporaries(self) -> None:
        """Remove temporaries of backups interrupted more than an hour ago."""
        limit = datetime.now().timestamp() - 3600
        for pattern in (".tmp-*", ".snapshot-*", ".verify-*"):
            for path in self.backups_dir.glob(pattern):
                with contextlib.suppress(OSError):
                    if path.stat().st_mtime < limit:
                        if path.is_dir():
                            shutil.rmtree(path, ignore_errors=True)
                        else:
                            path.unlink()

    def rotate(self, now: datetime | None = None) -> list[Path]:
        """Apply the rotation policy (rotation.py); returns the removed backup files."""
        _keep, remove = plan_rotation(self.list_backups(), now)
        removed = []
        for info in remove:
            try:
                info.path.unlink()
                removed.append(info.path)
            except OSError as exc:
                log.warning("could not remove old backup %s: %s", info.path.name, exc.strerror)
        self._collect_garbage()
        return removed

    def _collect_garbage(self) -> None:
        store = self.shared_store
        if not store.is_dir():
            return
        referenced: set[str] = set()
        for path in self.backups_dir.glob("mentor-desk-*.zip"):
            try:
                referenced.update(f.sha256 for f in read_manifest(path).files)
            except UserError:
                return  # an unreadable backup might need any file: remove nothing
        for path in store.glob("*/*"):
            if path.is_file() and path.name not in referenced and not path.name.startswith("."):
                with contextlib.suppress(OSError):
                    path.unlink()

    # ---- saved copy --------------------------------------------------------------------------

    def save_copy(self, target: Path, now: datetime | None = None) -> BackupInfo:
        """One self-contained verified .zip with the database and its files, re-read after writing."""
        target = Path(target)
        if target.resolve() == self.db_path.resolve():
            raise BackupError("Копию нельзя сохранить поверх самой базы. Выберите другое имя файла.")
        now = now or datetime.now()
        try:
            private_mkdir(target.parent)
            with tempfile.TemporaryDirectory(prefix=".mentor-desk-copy-", dir=target.parent) as tmp:
                hide(Path(tmp))
                snap = Path(tmp) / DB_MEMBER
                snapshot(self.db_path, snap)
                db_sha = sha256_file(snap)
                counts, revision, files = read_facts(snap)
                inner: list[tuple[str, Path]] = []
                present: list[AttachedFile] = []
                for f in files:
                    staged = Path(tmp) / "files" / f.sha256
                    if copy_verified(store_path(self.files_dir, f.sha256), staged, f.sha256):
                        inner.append((FILES_PREFIX + f.sha256, staged))
                        present.append(f)
                    else:
                        log.warning("attached file %s is missing or altered; copy made without it", f.sha256[:12])
                manifest = build_manifest(
                    now, "copy", counts, revision, db_sha, present, True, self.db_path.name,
                    [f.name for f in files if f not in present],
                )
                write_zip(target, manifest, snap, inner)
            info = verify_backup(target)
        except Exception as exc:
            raise wrap(exc, "Копия базы не сохранена") from exc
        missing = len(files) - len(present)
        if missing:
            raise BackupError(
                f"Копия базы сохранена в «{target}», но без {missing} файл(ов) продуктов: их нет или они изменены "
                "в папке базы. Проверьте базу командой «Проверить базу»."
            )
        return info

    # ---- restore -----------------------------------------------------------------------------

    def replace_with(
        self, build: Callable[[Path], None], *, kind: str = "demo", reason: str = "replace"
    ) -> BackupInfo | None:
        """Build a new database with `build(staged_path)` and swap it in safely; returns the safety backup.

        The lock is taken first (a running window keeps its database); a target that is not a
        Mentor Desk database is refused before anything is built; see restore.replace_database.
        """
        from mentor_desk.db.lock import DatabaseLock

        lock = DatabaseLock.acquire(self.db_path, purpose=kind)
        try:
            restoring.check_replaceable(self.db_path, bool(self.list_backups()))
            with temp_dir(self.db_path, kind) as tmp:
                staged = Path(tmp) / self.db_path.name
                build(staged)
                staged_files = [(p.name, p) for p in files_dir_for(staged).glob("*/*") if is_sha256(p.name)]
                try:
                    safety, _damaged = restoring.replace_database(self, staged, staged_files, reason)
                except Exception as exc:
                    raise wrap(exc, "База не заменена, прежний файл на месте") from exc
            return safety
        finally:
            lock.release()

    def restore(self, source: Path, *, lock: Any = None) -> restoring.RestoreResult:
        """Replace the database from a verified backup or copy (see restore.py); close the Database first."""
        return restoring.restore(self, Path(source), lock=lock)


def suggested_copy_name(db_path: Path, now: datetime | None = None) -> str:
    """A file name for «Сохранить копию базы…»: «school-копия-2026-03-12-1015.zip»."""
    return f"{Path(db_path).stem}-копия-{(now or datetime.now()):%Y-%m-%d-%H%M}.zip"


def backup_hook(db_path: Path, reason: str) -> Path:
    """The `backup_before_migration` hook of open_sqlite: a forced backup, its path returned."""
    return BackupManager(db_path).forced_backup(reason).path
