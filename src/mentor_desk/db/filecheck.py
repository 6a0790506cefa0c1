"""Look at a database file's bytes before anything opens it for writing.

A text file, a truncated file or another program's SQLite file is refused here, so that
nothing is ever written into a file that is not ours.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from mentor_desk.db.engine import APPLICATION_ID
from mentor_desk.errors import DamagedDatabaseError, ForeignDatabaseError, NotADatabaseError

SQLITE_MAGIC = b"SQLite format 3\x00"


class FileState(Enum):
    MISSING = "missing"
    EMPTY = "empty"
    OURS = "ours"


@dataclass(frozen=True)
class HeaderInfo:
    page_size: int
    page_count: int
    application_id: int
    file_size: int


def read_header(path: Path) -> HeaderInfo:
    with path.open("rb") as fh:
        header = fh.read(100)
    size = path.stat().st_size
    if len(header) < 100 or not header.startswith(SQLITE_MAGIC):
        raise NotADatabaseError(
            f"Файл «{path.name}» не является базой данных Mentor Desk. "
            "Выберите другой файл или восстановите базу из резервной копии."
        )
    page_size = int.from_bytes(header[16:18], "big")
    if page_size == 1:
        page_size = 65536
    page_count = int.from_bytes(header[28:32], "big")
    application_id = int.from_bytes(header[68:72], "big")
    return HeaderInfo(page_size, page_count, application_id, size)


def inspect_file(path: Path) -> FileState:
    """Classify a path without writing to it; raise a UserError for files that are not ours."""
    if not path.exists():
        return FileState.MISSING
    if path.is_dir():
        raise NotADatabaseError(f"«{path}» — это папка, а не файл базы данных.")
    if path.stat().st_size == 0:
        return FileState.EMPTY
    info = read_header(path)
    if info.application_id != APPLICATION_ID:
        raise ForeignDatabaseError(
            f"Файл «{path.name}» — база данных другой программы, Mentor Desk её не открывает. "
            "Выберите файл базы Mentor Desk."
        )
    wal = Path(f"{path}-wal")
    has_wal = wal.exists() and wal.stat().st_size > 0
    if info.page_size < 512 or (
        not has_wal and (info.file_size % info.page_size or info.file_size < info.page_count * info.page_size)
    ):
        raise DamagedDatabaseError(
            f"Файл базы «{path.name}» повреждён (обрезан или испорчен). Восстановите базу из резервной копии."
        )
    return FileState.OURS


def damaged_message(path: Path, problem: str) -> str:
    """What every command says about a damaged file: the same words, the same next step."""
    return (
        f"Файл базы «{path.name}» повреждён ({problem}). Файл не изменён. Восстановите базу из резервной копии: "
        "в программе — Файл → «Восстановить из копии…», в командной строке — mentor-desk restore."
    )


def integrity_problem(path: Path, full: bool = False, links: bool = True) -> str | None:
    """Run quick_check (or integrity_check) read-only, and the foreign-key check with links; the problem or None."""
    uri = f"file:{path.resolve().as_posix()}?mode=ro"
    try:
        conn = sqlite3.connect(uri, uri=True)
    except sqlite3.Error as exc:
        return str(exc)
    try:
        pragma = "integrity_check" if full else "quick_check"
        rows = conn.execute(f"PRAGMA {pragma}").fetchall()
        if rows != [("ok",)]:
            return "; ".join(str(r[0]) for r in rows[:5])
        fk = conn.execute("PRAGMA foreign_key_check").fetchall() if links else []
        if fk:
            return f"нарушены связи между записями ({len(fk)})"
        return None
    except sqlite3.DatabaseError as exc:
        return str(exc)
    finally:
        conn.close()
