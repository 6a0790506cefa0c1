"""A consistent, integrity-checked copy of a live database file, and the facts a manifest records."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from mentor_desk.db.engine import APPLICATION_ID
from mentor_desk.db.filecheck import SQLITE_MAGIC
from mentor_desk.db.fileops import make_private
from mentor_desk.errors import DatabaseFileError, UserError

COUNT_QUERIES = {
    "people": "SELECT count(*) FROM person",
    "pairs": "SELECT count(*) FROM pair",
    "ioms": "SELECT count(*) FROM iom",
    "activities": "SELECT count(*) FROM iom_activity",
    "files": "SELECT count(*) FROM attachment",
}


class BackupError(UserError):
    """A backup could not be made or a backup file is not usable."""


@dataclass(frozen=True)
class AttachedFile:
    sha256: str
    name: str
    size: int


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


def is_ours(path: Path) -> bool:
    """A SQLite file carrying Mentor Desk's application id."""
    with path.open("rb") as fh:
        head = fh.read(100)
    return head.startswith(SQLITE_MAGIC) and int.from_bytes(head[68:72], "big") == APPLICATION_ID


def snapshot(db_path: Path, target: Path) -> None:
    """Copy a live database with SQLite's backup API into `target` and make it self-contained."""
    if not db_path.is_file():
        raise DatabaseFileError(f"Файл базы «{db_path}» не найден.")
    if not is_ours(db_path):
        raise DatabaseFileError(f"Файл «{db_path.name}» не является базой данных Mentor Desk.")
    src = sqlite3.connect(f"file:{db_path.resolve().as_posix()}?mode=ro", uri=True, timeout=10)
    try:
        target.touch(mode=0o600, exist_ok=True)
        make_private(target)
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


def read_facts(db_file: Path) -> tuple[dict[str, int], str, list[AttachedFile]]:
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
