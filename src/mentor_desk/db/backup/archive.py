"""The backup archive: its format, reading it without trusting it, verifying it, writing it.

A backup is one zip holding `manifest.json` (format marker, date, reason, app version, schema
revision, counts, the attached files with their sha256) and `database.sqlite3`; a saved copy
also holds the attached files as `files/<sha256>`.

An archive is untrusted input (it may come from a USB stick or a stranger). Before anything is
extracted, every member and every manifest entry is validated: the only member names allowed
are the manifest, the database and `files/` followed by a lowercase hex SHA-256; no links, no
encrypted or duplicate members, no directory entries; counts and sizes bounded (a product file
no larger than the app accepts, so a zip bomb is refused by its declared size, and extraction
stops at the declared size). Extraction writes only into a staging folder, under names built
from validated hashes.
"""

from __future__ import annotations

import json
import os
import re
import sqlite3
import stat
import tempfile
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import IO, Any

from mentor_desk import __version__
from mentor_desk.db.backup.capture import AttachedFile, BackupError, integrity_problem, is_ours, read_facts
from mentor_desk.db.filecheck import SQLITE_MAGIC
from mentor_desk.db.fileops import fsync_dir, hide, make_private, sha256_file, store_path
from mentor_desk.db.filestore import MAX_ATTACHMENT_BYTES
from mentor_desk.errors import UserError

FORMAT = "mentor-desk-backup"
FORMAT_VERSION = 1
MANIFEST = "manifest.json"
DB_MEMBER = "database.sqlite3"
FILES_PREFIX = "files/"
SHARED_FILES = "files"

MAX_MEMBERS = 100_000
MAX_MANIFEST_BYTES = 64 * 1024 * 1024
MAX_DB_BYTES = 8 * 1024**3
MAX_FILE_BYTES = MAX_ATTACHMENT_BYTES
MAX_TOTAL_BYTES = 64 * 1024**3
MAX_NAME_CHARS = 1000
_SHA256 = re.compile(r"[0-9a-f]{64}")

REASON_LABELS = {
    "auto": "автоматическая",
    "manual": "по команде пользователя",
    "migration": "перед обновлением схемы",
    "import": "перед импортом",
    "restore": "перед восстановлением",
    "replace": "перед заменой базы",
    "erasure": "перед удалением персональных данных",
    "new-year": "перед переходом на новый учебный год",
    "copy": "сохранённая копия",
}
FORCED_REASONS = frozenset({"manual", "migration", "import", "restore", "replace", "erasure", "new-year"})
COUNT_LABELS = {"people": "участников", "pairs": "пар", "ioms": "ИОМ", "activities": "мероприятий", "files": "файлов"}


def is_sha256(text: object) -> bool:
    return isinstance(text, str) and _SHA256.fullmatch(text) is not None


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


def wrap(exc: BaseException, action: str) -> UserError:
    """A UserError for any failure, through db.errors.translate for OS and SQLite errors."""
    if isinstance(exc, UserError):
        return exc
    from mentor_desk.db.errors import translate

    if isinstance(exc, zipfile.BadZipFile | zipfile.LargeZipFile | EOFError):
        return BackupError(f"{action}: файл копии повреждён или это не копия Mentor Desk.")
    return BackupError(f"{action}: {translate(exc).message}")


# ---- validation -----------------------------------------------------------------------------


def _refuse(path: Path, why: str) -> BackupError:
    return BackupError(
        f"Файл «{path.name}» не принят как копия Mentor Desk: {why}. Ничего не изменено; "
        "используйте копию, сделанную программой."
    )


def check_members(zf: zipfile.ZipFile, path: Path) -> dict[str, zipfile.ZipInfo]:
    """Validate every member of an archive before anything is read from it; name -> member."""
    members = zf.infolist()
    if len(members) > MAX_MEMBERS + 2:
        raise _refuse(path, f"в нём слишком много элементов ({len(members)})")
    seen: dict[str, zipfile.ZipInfo] = {}
    total = 0
    for info in members:
        name = info.filename
        if name in seen:
            raise _refuse(path, f"элемент «{name[:80]}» встречается дважды")
        if name not in (MANIFEST, DB_MEMBER) and not (name.startswith(FILES_PREFIX) and is_sha256(name[6:])):
            raise _refuse(path, f"в нём есть посторонний элемент «{name[:80]}»")
        kind = stat.S_IFMT(info.external_attr >> 16)  # 0 when the archiver recorded no file type
        if info.is_dir() or kind not in (0, stat.S_IFREG):
            raise _refuse(path, f"элемент «{name[:80]}» — ссылка или папка, а не файл")
        if info.flag_bits & 0x1:
            raise _refuse(path, "он защищён паролем")
        limit = MAX_MANIFEST_BYTES if name == MANIFEST else MAX_DB_BYTES if name == DB_MEMBER else MAX_FILE_BYTES
        if info.file_size > limit:
            raise _refuse(path, f"элемент «{name[:80]}» слишком большой ({info.file_size} байт)")
        total += info.file_size
        seen[name] = info
    if total > MAX_TOTAL_BYTES:
        raise _refuse(path, "распакованные данные слишком велики")
    if MANIFEST not in seen:
        raise BackupError(f"Файл «{path.name}» не является резервной копией Mentor Desk.")
    if DB_MEMBER not in seen:
        raise BackupError(f"В копии «{path.name}» нет файла базы.")
    return seen


def _int(value: object, path: Path, what: str, limit: int = MAX_TOTAL_BYTES) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= limit:
        raise _refuse(path, f"в описании копии неверное значение «{what}»")
    return value


def _text(value: object, path: Path, what: str) -> str:
    if not isinstance(value, str) or len(value) > MAX_NAME_CHARS:
        raise _refuse(path, f"в описании копии неверное значение «{what}»")
    return value


def parse_manifest(path: Path, data: object, members: dict[str, zipfile.ZipInfo] | None = None) -> BackupInfo:
    """A BackupInfo from a manifest, every field checked; `members` cross-checks the files inside."""
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise BackupError(f"Файл «{path.name}» не является резервной копией Mentor Desk.")
    if _int(data.get("format_version", 0), path, "format_version") > FORMAT_VERSION:
        raise BackupError(
            f"Копия «{path.name}» сделана более новой версией Mentor Desk. Обновите программу, чтобы её открыть."
        )
    try:
        created = datetime.fromisoformat(_text(data.get("created"), path, "created"))
    except ValueError as exc:
        raise _refuse(path, "в описании копии неверная дата") from exc
    raw_files = data.get("files", [])
    if not isinstance(raw_files, list) or len(raw_files) > MAX_MEMBERS:
        raise _refuse(path, "в описании копии неверный список файлов")
    files: list[AttachedFile] = []
    hashes: set[str] = set()
    for entry in raw_files:
        if not isinstance(entry, dict) or not is_sha256(entry.get("sha256")):
            raise _refuse(path, "в описании копии файл продукта с недопустимым именем")
        sha = str(entry["sha256"])
        if sha in hashes:
            raise _refuse(path, "в описании копии файл продукта указан дважды")
        hashes.add(sha)
        size = _int(entry.get("size", 0), path, "size", MAX_FILE_BYTES)
        files.append(AttachedFile(sha, _text(entry.get("name", ""), path, "name"), size))
    if members is not None:
        inside = {n[len(FILES_PREFIX):] for n in members if n.startswith(FILES_PREFIX)}
        if inside - hashes:
            raise _refuse(path, "в нём есть файлы продуктов, не указанные в описании")
    counts = data.get("counts", {})
    if not isinstance(counts, dict) or len(counts) > 50:
        raise _refuse(path, "в описании копии неверные счётчики")
    missing = data.get("missing_files", [])
    if not isinstance(missing, list) or len(missing) > MAX_MEMBERS:
        raise _refuse(path, "в описании копии неверный список недостающих файлов")
    db_sha = _text(data.get("db_sha256", ""), path, "db_sha256")
    if db_sha and not is_sha256(db_sha):
        raise _refuse(path, "в описании копии неверная контрольная сумма базы")
    return BackupInfo(
        path=path,
        created=created,
        reason=_text(data.get("reason", "auto"), path, "reason"),
        counts={_text(k, path, "counts"): _int(v, path, "counts") for k, v in counts.items()},
        app_version=_text(data.get("app_version", ""), path, "app_version"),
        schema_revision=_text(data.get("schema_revision", ""), path, "schema_revision"),
        db_sha256=db_sha,
        files=tuple(files),
        files_inside=bool(data.get("files_inside", False)),
        size=path.stat().st_size,
        missing_files=tuple(_text(n, path, "missing_files") for n in missing),
    )


def read_manifest(path: Path) -> BackupInfo:
    """What a backup zip holds, from its validated member list and manifest (no extraction)."""
    try:
        with zipfile.ZipFile(path) as zf:
            members = check_members(zf, path)
            with zf.open(members[MANIFEST]) as fh:
                raw = fh.read(MAX_MANIFEST_BYTES + 1)
            data = json.loads(raw.decode("utf-8"))
    except UserError:
        raise
    except (OSError, ValueError, zipfile.BadZipFile, EOFError, RecursionError) as exc:
        raise wrap(exc, f"Не удалось прочитать копию «{path.name}»") from exc
    return parse_manifest(path, data, members)


# ---- extraction and verification ------------------------------------------------------------


def _copy_bounded(src: IO[bytes], out: IO[bytes], limit: int, path: Path) -> None:
    written = 0
    for chunk in iter(lambda: src.read(1 << 20), b""):
        written += len(chunk)
        if written > limit:
            raise _refuse(path, "распакованный элемент больше заявленного размера")
        out.write(chunk)


def extract_member(zf: zipfile.ZipFile, name: str, folder: Path, target_name: str, source: Path) -> Path:
    """Extract one validated member to `folder/target_name`, never outside `folder`."""
    target = folder / target_name
    if target.resolve().parent != folder.resolve() or not (target_name == DB_MEMBER or is_sha256(target_name)):
        raise _refuse(source, "недопустимое имя элемента")
    info = zf.getinfo(name)
    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0), 0o600)
    with zf.open(info) as src, os.fdopen(fd, "wb") as out:
        _copy_bounded(src, out, info.file_size, source)
    return target


def extract_db(zf: zipfile.ZipFile, info: BackupInfo, folder: Path) -> Path:
    target = extract_member(zf, DB_MEMBER, folder, DB_MEMBER, info.path)
    if info.db_sha256 and sha256_file(target) != info.db_sha256:
        raise BackupError(f"Копия «{info.path.name}» повреждена: база в ней не совпадает с контрольной суммой.")
    if not is_ours(target):
        raise BackupError(f"В копии «{info.path.name}» не база Mentor Desk.")
    problem = integrity_problem(target, full=True)
    if problem:
        raise BackupError(f"Копия «{info.path.name}» повреждена ({problem}).")
    _, _, files = read_facts(target)
    if any(not is_sha256(f.sha256) for f in files):
        raise _refuse(info.path, "в базе внутри копии недопустимые имена файлов продуктов")
    return target


def verify_backup(path: Path, shared_store: Path | None = None) -> BackupInfo:
    """Read a backup back completely: zip checksums, database integrity, attached files."""
    info = read_manifest(path)
    try:
        with zipfile.ZipFile(path) as zf:
            names = set(check_members(zf, path))
            bad = zf.testzip()
            if bad is not None:
                raise BackupError(f"Копия «{path.name}» повреждена (испорчен элемент {bad}).")
            with tempfile.TemporaryDirectory(prefix=".verify-", dir=path.parent) as tmp:
                hide(Path(tmp))
                extract_db(zf, info, Path(tmp))
        for f in info.files:
            if info.files_inside:
                if FILES_PREFIX + f.sha256 not in names:
                    raise BackupError(f"В копии «{path.name}» нет файла продукта «{f.name}».")
            elif shared_store is not None and not store_path(shared_store, f.sha256).is_file():
                raise BackupError(f"Для копии «{path.name}» нет файла продукта «{f.name}» в папке копий.")
    except (OSError, sqlite3.Error, zipfile.BadZipFile, EOFError) as exc:
        raise wrap(exc, f"Копия «{path.name}» не читается") from exc
    return info


def inspect_backup(source: Path) -> BackupInfo:
    """Describe a restore source: a backup zip, or a bare Mentor Desk .db file (validated, nothing written)."""
    source = Path(source)
    if not source.is_file():
        raise BackupError(f"Файл «{source}» не найден.")
    with source.open("rb") as fh:
        head = fh.read(100)
    if head.startswith(SQLITE_MAGIC):
        if not is_ours(source):
            raise BackupError(f"Файл «{source.name}» — база данных другой программы, а не копия Mentor Desk.")
        counts, revision, files = read_facts(source)
        if any(not is_sha256(f.sha256) for f in files):
            raise _refuse(source, "в базе недопустимые имена файлов продуктов")
        created = datetime.fromtimestamp(source.stat().st_mtime)
        return BackupInfo(source, created, "copy", counts, "", revision, "", tuple(files), False, source.stat().st_size)
    if head.startswith(b"PK"):
        return read_manifest(source)
    raise BackupError(f"Файл «{source.name}» не является копией базы Mentor Desk.")


# ---- writing --------------------------------------------------------------------------------


def build_manifest(
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


def write_zip(target: Path, manifest: dict[str, Any], db_file: Path, inner_files: Iterable[tuple[str, Path]]) -> None:
    """Write a zip to a hidden temporary name beside `target`, fsync it and rename it into place (0600)."""
    fd, tmp_name = tempfile.mkstemp(prefix=".tmp-", suffix=".zip", dir=target.parent)
    tmp = Path(tmp_name)
    hide(tmp)
    try:
        with os.fdopen(fd, "wb") as raw:
            with zipfile.ZipFile(raw, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=6) as zf:
                zf.writestr(MANIFEST, json.dumps(manifest, ensure_ascii=False, indent=1))
                zf.write(db_file, DB_MEMBER)
                for arcname, path in inner_files:
                    zf.write(path, arcname, compress_type=zipfile.ZIP_STORED)
            raw.flush()
            os.fsync(raw.fileno())
        make_private(tmp)
        os.replace(tmp, target)
        fsync_dir(target.parent)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise

