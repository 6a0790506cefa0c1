"""After a personal-data erasure: make sure the deleted text is gone from the file and its WAL.

Every connection runs with secure_delete=ON (engine.py), so freed cells are zeroed. Old
versions of changed pages can still sit in the WAL, so it is checkpointed and truncated; then
the raw bytes are searched for the erased strings and, if any is still found, the database is
VACUUMed and checked again.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterable
from pathlib import Path

from mentor_desk.db.database import Database

log = logging.getLogger(__name__)


def _raw_files(path: Path) -> list[Path]:
    return [p for p in (path, Path(f"{path}-wal"), Path(f"{path}-journal")) if p.exists()]


def _as_word(data: bytes, needle: bytes) -> bool:
    """Whether `needle` occurs in `data` not followed by a letter («Кондратьев» is not in «Кондратьева»)."""
    start = data.find(needle)
    while start >= 0:
        after = data[start + len(needle) : start + len(needle) + 4].decode("utf-8", errors="ignore")[:1]
        if not after.isalpha():
            return True
        start = data.find(needle, start + 1)
    return False


def strings_present(path: Path, needles: Iterable[str]) -> list[str]:
    """Which of the strings occur, as whole words, in the raw bytes of the database file or its journals."""
    wanted = [n for n in {n.strip() for n in needles} if n]
    found: list[str] = []
    for file in _raw_files(path):
        data = file.read_bytes()
        found += [n for n in wanted if n not in found and _as_word(data, n.encode("utf-8"))]
    return found


def _run(database: Database, sql: str) -> list[tuple[object, ...]]:
    raw = database.engine.raw_connection()
    try:
        conn = raw.driver_connection
        assert isinstance(conn, sqlite3.Connection)
        rows = conn.execute(sql).fetchall()
        return [tuple(r) for r in rows]
    finally:
        raw.close()


def scrub_storage(database: Database, needles: Iterable[str], vacuum: bool = False) -> bool:
    """Checkpoint/truncate the WAL and VACUUM if needed; True when none of `needles` remains.

    On a server database this is the server's business (autovacuum); True is returned.
    """
    path = database.path
    if path is None:
        return True
    needles = [n for n in needles if n.strip()]
    database.engine.dispose()  # idle pooled connections must not pin old WAL frames
    _run(database, "PRAGMA wal_checkpoint(TRUNCATE)")
    if not vacuum and not strings_present(path, needles):
        return True
    log.info("erased text still in the file after checkpoint; running VACUUM")
    _run(database, "VACUUM")
    _run(database, "PRAGMA wal_checkpoint(TRUNCATE)")
    left = strings_present(path, needles)
    if left:
        log.error("%d erased string(s) still present in the database file after VACUUM", len(left))
    return not left
