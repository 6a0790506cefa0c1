"""Verified backups of a database with its attached files: automatic, forced, saved copies, restore.

API for the GUI and the CLI (no Qt; every method that can fail raises UserError with a Russian
message, except auto_backup_if_changed, which never raises):

    manager = BackupManager(db_path)                 # backups go to paths.backups_dir_for(db_path)
    manager.auto_backup_if_changed(min_interval=AUTO_INTERVAL)  # timer while working (≤ every 30 min)
    manager.auto_backup_if_changed()                 # at exit; -> BackupInfo | None, logs failures,
                                                     #    sets manager.last_error (Russian) if it failed
    manager.forced_backup("import")                  # before an import/migration/restore; never rotated
    manager.list_backups()  -> list[BackupInfo]      # newest first: path, created, reason, counts
    manager.newest_verified() -> BackupInfo | None   # for the recovery offer after a damaged file
    manager.save_copy(target)  -> BackupInfo         # «Сохранить копию базы…»: one self-contained .zip
    suggested_copy_name(db_path) -> str              # default file name for that dialog
    manager.restore(source)    -> RestoreResult      # «Восстановить из копии…»: a backup, a saved copy
                                                     #    or a bare .db file; close the Database first
    inspect_backup(source) -> BackupInfo             # what a file holds, for the restore dialog

Restore from the GUI: `database.close()` (releases the write lock), `manager.restore(path)`
(takes the lock itself, refuses if another session holds it), then `open_for_writing(path)`.
Opening is db.database.open_for_writing; what it raises and what the GUI offers for each:
    lock.DatabaseLockedError  -> show the message (who holds it, since when); nothing was touched
    lock.StaleLockError       -> ask «Открыть всё равно?», then open_for_writing(path, takeover_stale=True)
    location.RemovableLocationError -> offer location.copy_to_local(path, local_target) and open the
                                 copy, or open_for_writing(path, allow_removable=True)
    location.NetworkLocationError   -> show the message (points to the PostgreSQL mode)
    recovery.DamagedDatabaseFound   -> the file was renamed *.damaged-<time>; `.backup` (BackupInfo or
                                 None) is the newest verified backup: offer manager.restore(backup.path)
    other UserError           -> show `.message`

A backup is one zip file holding `manifest.json` (format marker, date, reason, app version,
schema revision, counts, the list of attached files with their sha256) and `database.sqlite3`,
a snapshot made with SQLite's online backup API and integrity-checked before it is zipped.
A saved copy also holds the attached files (`files/<sha256>`) and so is self-contained. The
backups folder keeps the attached files of its backups once, in `files/` (content-addressed:
an attached file never changes under its name), which every backup zip there refers to.
Each zip is written to a temporary name in the same folder, flushed, fsynced, renamed into
place and read back: an interrupted backup never touches the earlier ones.

Rotation policy (automatic backups only, applied after each new automatic backup):
- the 8 newest automatic backups are kept, whatever their age;
- plus the newest backup of each of the 14 most recent days that have a backup;
- plus the newest backup of each of the 8 most recent ISO weeks that have one;
- plus the newest backup of each of the 12 most recent months that have one.
Forced backups (before a schema update, an import, a restore, or asked for by the user with
`mentor-desk backup` without -o) are never removed automatically. Attached files in `files/`
that no remaining backup refers to are removed after rotation.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import shutil
import sqlite3
import tempfile
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from mentor_desk import __version__
from mentor_desk.db.engine import APPLICATION_ID
from mentor_desk.db.filecheck import SQLITE_MAGIC
from mentor_desk.errors import DatabaseFileError, UserError
from mentor_desk.paths import backups_dir_for

log = logging.getLogger(__name__)

FORMAT = "mentor-desk-backup"
FORMAT_VERSION = 1
MANIFEST = "manifest.json"
DB_MEMBER = "database.sqlite3"
FILES_PREFIX = "files/"
SHARED_FILES = "files"

AUTO_INTERVAL = timedelta(minutes=30)
KEEP_RECENT = 8
KEEP_DAILY = 14
KEEP_WEEKLY = 8
KEEP_MONTHLY = 12

REASON_LABELS = {
    "auto": "автоматическая",
    "manual": "по команде пользователя",
    "migration": "перед обновлением схемы",
    "import": "перед импортом",
    "restore": "перед восстановлением",
    "copy": "сохранённая копия",
}
FORCED_REASONS = frozenset({"manual", "migration", "import", "restore"})
COUNT_QUERIES = {
    "people": "SELECT count(*) FROM person",
    "pairs": "SELECT count(*) FROM pair",
    "ioms": "SELECT count(*) FROM iom",
    "activities": "SELECT count(*) FROM iom_activity",
    "files": "SELECT count(*) FROM attachment",
}
COUNT_LABELS = {"people": "участников", "pairs": "пар", "ioms": "ИОМ", "activities": "мероприятий", "files": "файлов"}


class BackupError(UserError):
    """A backup could not be made or a backup file is not usable."""


@dataclass(frozen=True)
class AttachedFile:
    sha256: str
    name: str
    size: int


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    created: datetime
    reason: str
    counts: dict[str, int]
    app_version: str = ""
    schema_revision: str = ""
    db_sha256: str = ""
    files: tuple[AttachedFile, ...] = ()
    files_inside: bool = False
    size: int = 0
    missing_files: tuple[str, ...] = ()  # attached files that were missing or altered when it was made

    @property
    def forced(self) -> bool:
        return self.reason in FORCED_REASONS

    @property
    def reason_label(self) -> str:
        return REASON_LABELS.get(self.reason, self.reason)

    def counts_text(self) -> str:
        return ", ".join(f"{COUNT_LABELS[k]}: {self.counts[k]}" for k in COUNT_LABELS if k in self.counts)

    def describe(self) -> str:
        """«12.03.2026 10:15 — автоматическая; участников: 120, пар: 45, …»"""
        return f"{self.created:%d.%m.%Y %H:%M} — {self.reason_label}; {self.counts_text()}"


@dataclass(frozen=True)
class RestoreResult:
    restored_from: BackupInfo
    safety_backup: BackupInfo | None
    damaged_copy: Path | None
    missing_files: tuple[str, ...] = ()


# ---- low-level helpers --------------------------------------------------------------------


def _fsync_dir(folder: Path) -> None:
    if os.name == "nt":  # pragma: no cover - directories cannot be fsynced on Windows
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def _wrap(exc: BaseException, action: str) -> UserError:
    """A UserError for any failure, through db.errors.translate for OS and SQLite errors."""
    if isinstance(exc, UserError):
        return exc
    from mentor_desk.db.errors import translate

    if isinstance(exc, zipfile.BadZipFile | zipfile.LargeZipFile | EOFError):
        return BackupError(f"{action}: файл копии повреждён или это не копия Mentor Desk.")
    return BackupError(f"{action}: {translate(exc).message}")


def integrity_problem(path: Path, full: bool = True) -> str | None:
    """integrity_check (or quick_check) of a file, read-only; None when sound.

    Foreign-key findings are left to `check`: a backup of a file with a broken link is still
    worth more than no backup, and such a file must stay restorable.
    """
    try:
        conn = sqlite3.connect(f"file:{path.resolve().as_posix()}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        return str(exc)
    try:
        rows = conn.execute("PRAGMA integrity_check" if full else "PRAGMA quick_check").fetchall()
        return None if rows == [("ok",)] else "; ".join(str(r[0]) for r in rows[:3])
    except sqlite3.DatabaseError as exc:
        return str(exc)
    finally:
        conn.close()


def _connect_source(db_path: Path) -> sqlite3.Connection:
    """Read-only connection to the live database; WAL content is seen through it."""
    uri = f"file:{db_path.resolve().as_posix()}?mode=ro"
    return sqlite3.connect(uri, uri=True, timeout=10)


def snapshot(db_path: Path, target: Path) -> None:
    """Copy a live database with SQLite's backup API into `target` and make it self-contained."""
    if not db_path.is_file():
        raise DatabaseFileError(f"Файл базы «{db_path}» не найден.")
    with db_path.open("rb") as fh:
        head = fh.read(100)
    if not head.startswith(SQLITE_MAGIC) or int.from_bytes(head[68:72], "big") != APPLICATION_ID:
        raise DatabaseFileError(f"Файл «{db_path.name}» не является базой данных Mentor Desk.")
    src = _connect_source(db_path)
    try:
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode=DELETE")  # one file, no -wal beside it
            dst.commit()
        finally:
            dst.close()
    finally:
        src.close()
    problem = integrity_problem(target, full=True)
    if problem:
        raise BackupError(
            f"Копия базы «{db_path.name}» не прошла проверку целостности ({problem}), поэтому не сохранена: "
            "база, вероятно, повреждена. Закройте программу и откройте базу снова — Mentor Desk проверит её "
            "и предложит восстановить из резервной копии."
        )


def _read_facts(db_file: Path) -> tuple[dict[str, int], str, list[AttachedFile]]:
    """Counts, schema revision and attached files of a (snapshot) database file."""
    conn = sqlite3.connect(f"file:{db_file.resolve().as_posix()}?mode=ro", uri=True)
    try:
        counts = {}
        for key, query in COUNT_QUERIES.items():
            try:
                counts[key] = int(conn.execute(query).fetchone()[0])
            except sqlite3.Error:
                counts[key] = 0
        try:
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            revision = str(row[0]) if row else ""
        except sqlite3.Error:
            revision = ""
        try:
            rows = conn.execute(
                "SELECT sha256, min(original_name), max(size) FROM attachment GROUP BY sha256 ORDER BY sha256"
            ).fetchall()
        except sqlite3.Error:
            rows = []
        return counts, revision, [AttachedFile(str(r[0]), str(r[1]), int(r[2] or 0)) for r in rows]
    finally:
        conn.close()


def _store_path(root: Path, sha: str) -> Path:
    return root / sha[:2] / sha


def _copy_verified(source: Path, target: Path, sha: str) -> bool:
    """Copy a content-addressed file, checking its hash on the way; False if the source is bad."""
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=".incoming-", dir=target.parent)
    tmp = Path(tmp_name)
    try:
        digest = hashlib.sha256()
        with os.fdopen(fd, "wb") as out, source.open("rb") as src:
            for chunk in iter(lambda: src.read(1 << 20), b""):
                digest.update(chunk)
                out.write(chunk)
            out.flush()
            os.fsync(out.fileno())
        if digest.hexdigest() != sha:
            tmp.unlink()
            return False
        os.replace(tmp, target)
        return True
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def _manifest(
    created: datetime, reason: str, counts: dict[str, int], revision: str, db_sha: str,
    files: list[AttachedFile], files_inside: bool, source_name: str, missing: Iterable[str] = (),
) -> dict[str, Any]:
    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "created": created.isoformat(timespec="seconds"),
        "reason": reason,
        "app_version": __version__,
        "schema_revision": revision,
        "database_name": source_name,
        "db_sha256": db_sha,
        "counts": counts,
        "files_inside": files_inside,
        "files": [{"sha256": f.sha256, "name": f.name, "size": f.size} for f in files],
        "missing_files": sorted(missing),
    }


def _info_from_manifest(path: Path, data: dict[str, Any]) -> BackupInfo:
    if data.get("format") != FORMAT:
        raise BackupError(f"Файл «{path.name}» не является резервной копией Mentor Desk.")
    if int(data.get("format_version", 0)) > FORMAT_VERSION:
        raise BackupError(
            f"Копия «{path.name}» сделана более новой версией Mentor Desk. Обновите программу, чтобы её открыть."
        )
    created = datetime.fromisoformat(str(data["created"]))
    files = tuple(
        AttachedFile(str(f["sha256"]), str(f.get("name", "")), int(f.get("size", 0))) for f in data.get("files", [])
    )
    return BackupInfo(
        path=path,
        created=created,
        reason=str(data.get("reason", "auto")),
        counts={str(k): int(v) for k, v in dict(data.get("counts", {})).items()},
        app_version=str(data.get("app_version", "")),
        schema_revision=str(data.get("schema_revision", "")),
        db_sha256=str(data.get("db_sha256", "")),
        files=files,
        files_inside=bool(data.get("files_inside", False)),
        size=path.stat().st_size,
        missing_files=tuple(str(n) for n in data.get("missing_files", [])),
    )


def read_manifest(path: Path) -> BackupInfo:
    """What a backup zip holds, from its manifest only (fast; no verification)."""
    try:
        with zipfile.ZipFile(path) as zf:
            data = json.loads(zf.read(MANIFEST).decode("utf-8"))
            if DB_MEMBER not in zf.namelist():
                raise BackupError(f"В копии «{path.name}» нет файла базы.")
    except KeyError as exc:
        raise BackupError(f"Файл «{path.name}» не является резервной копией Mentor Desk.") from exc
    except (OSError, ValueError, zipfile.BadZipFile, EOFError) as exc:
        raise _wrap(exc, f"Не удалось прочитать копию «{path.name}»") from exc
    return _info_from_manifest(path, data)


def _extract_db(zf: zipfile.ZipFile, info: BackupInfo, folder: Path) -> Path:
    target = folder / DB_MEMBER
    with zf.open(DB_MEMBER) as src, target.open("wb") as out:
        shutil.copyfileobj(src, out, 1 << 20)
    if info.db_sha256 and _sha256_file(target) != info.db_sha256:
        raise BackupError(f"Копия «{info.path.name}» повреждена: база в ней не совпадает с контрольной суммой.")
    problem = integrity_problem(target, full=True)
    if problem:
        raise BackupError(f"Копия «{info.path.name}» повреждена ({problem}).")
    return target


def verify_backup(path: Path, shared_store: Path | None = None) -> BackupInfo:
    """Read a backup back completely: zip checksums, database integrity, attached files."""
    info = read_manifest(path)
    try:
        with zipfile.ZipFile(path) as zf:
            bad = zf.testzip()
            if bad is not None:
                raise BackupError(f"Копия «{path.name}» повреждена (испорчен элемент {bad}).")
            with tempfile.TemporaryDirectory(prefix=".verify-", dir=path.parent) as tmp:
                _extract_db(zf, info, Path(tmp))
            names = set(zf.namelist())
        for f in info.files:
            if info.files_inside:
                if FILES_PREFIX + f.sha256 not in names:
                    raise BackupError(f"В копии «{path.name}» нет файла продукта «{f.name}».")
            elif shared_store is not None and not _store_path(shared_store, f.sha256).is_file():
                raise BackupError(f"Для копии «{path.name}» нет файла продукта «{f.name}» в папке копий.")
    except (OSError, sqlite3.Error, zipfile.BadZipFile, EOFError) as exc:
        raise _wrap(exc, f"Копия «{path.name}» не читается") from exc
    return info


def inspect_backup(source: Path) -> BackupInfo:
    """Describe a restore source: a backup zip, or a bare Mentor Desk .db file."""
    source = Path(source)
    if not source.is_file():
        raise BackupError(f"Файл «{source}» не найден.")
    with source.open("rb") as fh:
        head = fh.read(100)
    if head.startswith(SQLITE_MAGIC):
        if int.from_bytes(head[68:72], "big") != APPLICATION_ID:
            raise BackupError(f"Файл «{source.name}» — база данных другой программы, а не копия Mentor Desk.")
        counts, revision, files = _read_facts(source)
        created = datetime.fromtimestamp(source.stat().st_mtime)
        return BackupInfo(source, created, "copy", counts, "", revision, "", tuple(files), False, source.stat().st_size)
    if head.startswith(b"PK"):
        return read_manifest(source)
    raise BackupError(f"Файл «{source.name}» не является копией базы Mentor Desk.")


def _write_zip(target: Path, manifest: dict[str, Any], db_file: Path, inner_files: Iterable[tuple[str, Path]]) -> None:
    """Write a zip to a temporary name beside `target`, fsync it and rename it into place."""
    fd, tmp_name = tempfile.mkstemp(prefix=".tmp-", suffix=".zip", dir=target.parent)
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as raw:
            with zipfile.ZipFile(raw, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=6) as zf:
                zf.writestr(MANIFEST, json.dumps(manifest, ensure_ascii=False, indent=1))
                zf.write(db_file, DB_MEMBER)
                for arcname, path in inner_files:
                    zf.write(path, arcname, compress_type=zipfile.ZIP_STORED)
            raw.flush()
            os.fsync(raw.fileno())
        os.replace(tmp, target)
        _fsync_dir(target.parent)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


# ---- rotation -----------------------------------------------------------------------------


def plan_rotation(backups: Iterable[BackupInfo]) -> tuple[list[BackupInfo], list[BackupInfo]]:
    """Split backups into (keep, remove) by the policy in the module docstring."""
    items = sorted(backups, key=lambda b: b.created, reverse=True)
    keep_ids: set[Path] = {b.path for b in items if b.forced}
    auto = [b for b in items if not b.forced]
    keep_ids.update(b.path for b in auto[:KEEP_RECENT])

    def newest_per(period_of: Any, limit: int) -> None:
        seen: list[object] = []
        for b in auto:
            period = period_of(b.created)
            if period in seen:
                continue
            if len(seen) >= limit:
                break
            seen.append(period)
            keep_ids.add(b.path)

    newest_per(lambda d: d.date(), KEEP_DAILY)
    newest_per(lambda d: d.isocalendar()[:2], KEEP_WEEKLY)
    newest_per(lambda d: (d.year, d.month), KEEP_MONTHLY)
    keep = [b for b in items if b.path in keep_ids]
    remove = [b for b in items if b.path not in keep_ids]
    return keep, remove


# ---- the manager --------------------------------------------------------------------------


@dataclass
class BackupManager:
    """Backups of one database file; see the module docstring for the API."""

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
        from mentor_desk.db.database import files_dir_for

        return files_dir_for(self.db_path)

    @property
    def shared_store(self) -> Path:
        return self.backups_dir / SHARED_FILES

    # ---- listing ---------------------------------------------------------------------------

    def list_backups(self) -> list[BackupInfo]:
        """Readable backups in the backups folder, newest first; unreadable ones are skipped."""
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
                self.rotate()
                if info.missing_files:
                    self.last_error = (
                        f"Резервная копия сделана, но без {len(info.missing_files)} файл(ов) продуктов: их нет в папке "
                        "базы или они изменены. Проверьте базу (Файл → «Проверить базу»)."
                    )
            return info
        except Exception as exc:  # a failed automatic backup never blocks work
            err = _wrap(exc, "Автоматическая резервная копия не сделана")
            self.last_error = err.message
            log.error("automatic backup failed: %s", err.message)
            return None

    def forced_backup(self, reason: str, now: datetime | None = None) -> BackupInfo:
        """A backup kept forever, before a migration, import or restore; raises on failure."""
        if reason not in FORCED_REASONS:
            raise ValueError(f"not a forced backup reason: {reason}")
        try:
            info = self._make_backup(reason, now or datetime.now(), skip_if_same=False)
        except Exception as exc:
            raise _wrap(exc, "Не удалось сделать резервную копию, операция отменена") from exc
        assert info is not None
        return info

    def _make_backup(self, reason: str, now: datetime, skip_if_same: bool) -> BackupInfo | None:
        self.backups_dir.mkdir(parents=True, exist_ok=True)
        self._clean_temporaries()
        with tempfile.TemporaryDirectory(prefix=".snapshot-", dir=self.backups_dir) as tmp:
            snap = Path(tmp) / DB_MEMBER
            snapshot(self.db_path, snap)
            db_sha = _sha256_file(snap)
            if skip_if_same:
                newest = next((b for b in self.list_backups()), None)
                if newest is not None and newest.db_sha256 == db_sha:
                    return None
            counts, revision, files = _read_facts(snap)
            present, missing = self._store_files(files)
            manifest = _manifest(now, reason, counts, revision, db_sha, present, False, self.db_path.name, missing)
            target = self.backups_dir / f"mentor-desk-{now:%Y%m%d-%H%M%S-%f}-{reason}.zip"
            _write_zip(target, manifest, snap, ())
        info = verify_backup(target, self.shared_store)
        log.info("backup written: %s (%s)", target.name, reason)
        return info

    def _store_files(self, files: list[AttachedFile]) -> tuple[list[AttachedFile], list[str]]:
        """Copy attached files into the backups folder's store once; returns (present, missing names)."""
        present: list[AttachedFile] = []
        missing: list[str] = []
        for f in files:
            target = _store_path(self.shared_store, f.sha256)
            source = _store_path(self.files_dir, f.sha256)
            if target.is_file() or (source.is_file() and _copy_verified(source, target, f.sha256)):
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

    def rotate(self) -> list[Path]:
        """Apply the rotation policy; returns the removed backup files."""
        backups = self.list_backups()
        _keep, remove = plan_rotation(backups)
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
            target.parent.mkdir(parents=True, exist_ok=True)
            with tempfile.TemporaryDirectory(prefix=".mentor-desk-copy-", dir=target.parent) as tmp:
                snap = Path(tmp) / DB_MEMBER
                snapshot(self.db_path, snap)
                db_sha = _sha256_file(snap)
                counts, revision, files = _read_facts(snap)
                inner: list[tuple[str, Path]] = []
                present: list[AttachedFile] = []
                for f in files:
                    staged = Path(tmp) / "files" / f.sha256
                    source = _store_path(self.files_dir, f.sha256)
                    if source.is_file() and _copy_verified(source, staged, f.sha256):
                        inner.append((FILES_PREFIX + f.sha256, staged))
                        present.append(f)
                    else:
                        log.warning("attached file %s is missing or altered; copy made without it", f.sha256[:12])
                manifest = _manifest(
                    now, "copy", counts, revision, db_sha, present, True, self.db_path.name,
                    [f.name for f in files if f not in present],
                )
                _write_zip(target, manifest, snap, inner)
            info = verify_backup(target)
        except Exception as exc:
            raise _wrap(exc, "Копия базы не сохранена") from exc
        missing = len(files) - len(present)
        if missing:
            raise BackupError(
                f"Копия базы сохранена в «{target}», но без {missing} файл(ов) продуктов: их нет или они изменены "
                "в папке базы. Проверьте базу командой «Проверить базу»."
            )
        return info

    # ---- restore -----------------------------------------------------------------------------

    def restore(self, source: Path, *, lock: Any = None) -> RestoreResult:
        """Replace the database (and add its files) from a verified backup; the current file is kept.

        The caller must have closed its Database. `lock` is a DatabaseLock this process already
        holds; without it the lock is taken for the duration of the restore.
        """
        from mentor_desk.db.lock import DatabaseLock

        source = Path(source)
        held = lock if lock is not None else DatabaseLock.acquire(self.db_path, purpose="restore")
        try:
            return self._restore_locked(source)
        finally:
            if lock is None:
                held.release()

    def _restore_locked(self, source: Path) -> RestoreResult:
        from mentor_desk.db import recovery

        info = inspect_backup(source)
        self.db_path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryDirectory(prefix=".mentor-desk-restore-", dir=self.db_path.parent) as tmp:
            folder = Path(tmp)
            try:
                staged_db, staged_files = self._stage(source, info, folder)
            except Exception as exc:
                raise _wrap(exc, "Восстановление отменено, база не изменена") from exc
            safety: BackupInfo | None = None
            damaged: Path | None = None
            if self.db_path.exists():
                if recovery.is_healthy(self.db_path):
                    safety = self.forced_backup("restore")
                else:
                    damaged = recovery.quarantine(self.db_path)
            try:
                for sha, staged in staged_files:
                    target = _store_path(self.files_dir, sha)
                    if not (target.is_file() and _sha256_file(target) == sha):
                        target.parent.mkdir(parents=True, exist_ok=True)
                        os.replace(staged, target)
                for suffix in ("-wal", "-shm", "-journal"):
                    Path(f"{self.db_path}{suffix}").unlink(missing_ok=True)
                os.replace(staged_db, self.db_path)
                _fsync_dir(self.db_path.parent)
            except Exception as exc:
                raise _wrap(exc, "Восстановление не завершено; прежняя база сохранена в резервной копии") from exc
        problem = integrity_problem(self.db_path, full=False)
        if problem:
            raise BackupError(f"Восстановленная база не прошла проверку ({problem}). Выберите другую копию.")
        _counts, _revision, referenced = _read_facts(self.db_path)
        missing = tuple(f.name for f in referenced if not _store_path(self.files_dir, f.sha256).is_file())
        log.info("database restored from %s", source.name)
        return RestoreResult(info, safety, damaged, missing)

    def _stage(
        self, source: Path, info: BackupInfo, folder: Path
    ) -> tuple[Path, list[tuple[str, Path]]]:
        """Extract and verify everything a restore needs before anything is replaced."""
        from mentor_desk.db.engine import make_engine, sqlite_url
        from mentor_desk.db.migrate import schema_state

        staged_files: list[tuple[str, Path]] = []
        if info.path.suffix.lower() != ".zip" and not zipfile.is_zipfile(source):
            staged_db = folder / DB_MEMBER
            snapshot(source, staged_db)
            from mentor_desk.db.database import files_dir_for

            side_store = files_dir_for(source)
            for f in info.files:
                staged = folder / "files" / f.sha256
                src = _store_path(side_store, f.sha256)
                if src.is_file() and _copy_verified(src, staged, f.sha256):
                    staged_files.append((f.sha256, staged))
        else:
            verify_backup(source)
            with zipfile.ZipFile(source) as zf:
                staged_db = _extract_db(zf, info, folder)
                names = set(zf.namelist())
                for f in info.files:
                    staged = folder / "files" / f.sha256
                    staged.parent.mkdir(parents=True, exist_ok=True)
                    if FILES_PREFIX + f.sha256 in names:
                        with zf.open(FILES_PREFIX + f.sha256) as member, staged.open("wb") as out:
                            shutil.copyfileobj(member, out, 1 << 20)
                        if _sha256_file(staged) != f.sha256:
                            raise BackupError(f"Файл продукта «{f.name}» в копии повреждён.")
                        staged_files.append((f.sha256, staged))
                        continue
                    shared = _store_path(source.parent / SHARED_FILES, f.sha256)
                    if shared.is_file() and _copy_verified(shared, staged, f.sha256):
                        staged_files.append((f.sha256, staged))
        with staged_db.open("rb") as fh:
            head = fh.read(100)
        if int.from_bytes(head[68:72], "big") != APPLICATION_ID:
            raise BackupError(f"В копии «{source.name}» не база Mentor Desk.")
        engine = make_engine(sqlite_url(staged_db, read_only=True), read_only=True)
        try:
            schema_state(engine)  # refuses a copy made by a newer version
        finally:
            engine.dispose()
        return staged_db, staged_files


def suggested_copy_name(db_path: Path, now: datetime | None = None) -> str:
    """A file name for «Сохранить копию базы…»: «school-копия-2026-03-12-1015.zip»."""
    return f"{Path(db_path).stem}-копия-{(now or datetime.now()):%Y-%m-%d-%H%M}.zip"


def copy_database(source: Path, target: Path) -> None:
    """A verified copy of a database file and its attached files at `target` (a new path)."""
    from mentor_desk.db.database import files_dir_for

    target.parent.mkdir(parents=True, exist_ok=True)
    try:
        with tempfile.TemporaryDirectory(prefix=".mentor-desk-copy-", dir=target.parent) as tmp:
            snap = Path(tmp) / DB_MEMBER
            snapshot(source, snap)
            _counts, _rev, files = _read_facts(snap)
            for f in files:
                src = _store_path(files_dir_for(source), f.sha256)
                if not src.is_file() or not _copy_verified(src, _store_path(files_dir_for(target), f.sha256), f.sha256):
                    log.warning("attached file %s is missing or altered; copied without it", f.sha256[:12])
            os.replace(snap, target)
            _fsync_dir(target.parent)
    except Exception as exc:
        raise _wrap(exc, "База не скопирована") from exc
    problem = integrity_problem(target, full=True)
    if problem:
        raise BackupError(f"Копия базы не прошла проверку ({problem}).")


def backup_hook(db_path: Path, reason: str) -> Path:
    """The `backup_before_migration` hook of open_sqlite: a forced backup, its path returned."""
    return BackupManager(db_path).forced_backup(reason).path
