"""Kill the writing process at random moments, then check integrity, foreign keys and domain invariants."""

from __future__ import annotations

import gc
import multiprocessing
import random
import sqlite3
import time
from pathlib import Path

import pytest

from mentor_desk.db.backup import BackupManager, verify_backup
from mentor_desk.db.database import files_dir_for, open_sqlite
from mentor_desk.db.lock import lock_path_for
from mentor_desk.db.opening import open_for_writing
from mentor_desk.services.container import Services
from tests.safety.crash_writer import child_main
from tests.safety.helpers import sha256

KILLS = 50


def _invariants(path: Path) -> dict[str, int]:
    """Integrity, foreign keys and the domain rules the services promise; returns counts."""
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        q = lambda sql: conn.execute(sql).fetchall()  # noqa: E731
        # a pair is written with its mentees in one transaction: never a pair without one
        assert q("SELECT id FROM pair WHERE id NOT IN (SELECT pair_id FROM pair_mentee)") == []
        # the mentor and mentee kinds match the pair's form
        assert q(
            "SELECT p.id FROM pair p JOIN mentoring_form f ON f.id = p.form_id JOIN person m ON m.id = p.mentor_id "
            "WHERE m.kind != f.mentor_kind"
        ) == []
        assert q(
            "SELECT pm.id FROM pair_mentee pm JOIN pair p ON p.id = pm.pair_id "
            "JOIN mentoring_form f ON f.id = p.form_id JOIN person e ON e.id = pm.mentee_id WHERE e.kind != f.mentee_kind"
        ) == []
        # open_slot is 1 exactly while the pair is open
        assert q(
            "SELECT pm.id FROM pair_mentee pm JOIN pair p ON p.id = pm.pair_id WHERE "
            "(p.status IN ('planned','active') AND pm.open_slot IS NOT 1) OR "
            "(p.status NOT IN ('planned','active') AND pm.open_slot IS NOT NULL)"
        ) == []
        assert q("SELECT id FROM pair WHERE status IN ('completed','interrupted') AND end_date IS NULL") == []
        assert q("SELECT id FROM iom_activity WHERE status = 'done' AND done_on IS NULL") == []
        # every attached file is in the store, unaltered (the file is written before the row)
        for (sha,) in q("SELECT DISTINCT sha256 FROM attachment"):
            stored = files_dir_for(path) / sha[:2] / sha
            assert stored.is_file() and sha256(stored) == sha
        return {
            name: q(f"SELECT count(*) FROM {table}")[0][0]
            for name, table in (("people", "person"), ("pairs", "pair"), ("ioms", "iom"), ("files", "attachment"))
        }
    finally:
        conn.close()


def _count(progress: Path, word: str) -> int:
    try:
        return progress.read_text(encoding="utf-8").splitlines().count(word)
    except FileNotFoundError:
        return 0


@pytest.mark.slow
def test_kill_the_writer_fifty_times(tmp_path: Path) -> None:
    path = tmp_path / "school.db"
    db = open_sqlite(path)
    Services.for_database(db)
    db.close()
    work = tmp_path / "work"
    work.mkdir()
    progress = tmp_path / "progress.log"
    # Forked writers start in milliseconds (the app is already imported); gc.freeze keeps the
    # child's collector away from the parent's objects, so a long test session does not slow it.
    ctx = multiprocessing.get_context("fork")
    rng = random.Random(20260312)
    previous = {"people": 0, "pairs": 0, "ioms": 0, "files": 0}
    committed_units = 0
    crashes_seen = 0
    started = time.monotonic()
    for i in range(KILLS):
        proc = ctx.Process(target=child_main, args=(str(path), str(work), str(progress), rng.randrange(1 << 30)))
        opened_before = _count(progress, "open")
        gc.freeze()
        proc.start()
        gc.unfreeze()
        if rng.random() < 0.2:
            time.sleep(rng.uniform(0.0, 0.25))  # while it opens: lock, checks, migration
        else:
            deadline = time.monotonic() + 15
            while _count(progress, "open") == opened_before and time.monotonic() < deadline:
                time.sleep(0.005)
            time.sleep(rng.uniform(0.0, 0.8))  # while it writes
        if i % 10 == 5:  # a backup taken from another process while the writer works
            info = BackupManager(path).auto_backup_if_changed()
            if info is not None:
                verify_backup(info.path, BackupManager(path).shared_store)
        proc.kill()
        proc.join(timeout=30)
        assert proc.exitcode is not None and proc.exitcode < 0, "the writer must have been killed"
        proc.close()

        lines = progress.read_text(encoding="utf-8").splitlines()
        committed_units = lines.count("unit")
        reopened = open_for_writing(path, heartbeat=False)  # full check after an unclean shutdown
        assert reopened.lock is not None
        crashes_seen += reopened.lock.previous_session_crashed
        reopened.close()
        assert not lock_path_for(path).exists()
        counts = _invariants(path)
        assert counts["people"] >= 2 * committed_units  # nothing reported committed is lost
        assert counts["pairs"] >= committed_units
        for key, value in counts.items():
            assert value >= previous[key], f"{key} went down after kill {i}"
        previous = counts
    assert committed_units >= KILLS // 5, "the writer should have got real work done"
    assert crashes_seen >= KILLS // 2, "most kills happen while the writer holds the lock"
    assert not [p for p in tmp_path.iterdir() if ".damaged-" in p.name]
    assert time.monotonic() - started < 120
