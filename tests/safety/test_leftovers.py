"""Runs killed halfway leave copies of the data beside the database; the next open removes them.

A restore, a demo school being written and a copy to the local disk are each killed right after
they staged a full copy of the data. `check` reports what was left (touching nothing), opening
the database removes it, and so does `erase`.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
from collections.abc import Callable
from pathlib import Path

import pytest

from mentor_desk.cli import main
from mentor_desk.db.backup import restore as restoring
from mentor_desk.db.database import open_sqlite
from mentor_desk.db.opening import open_for_writing
from mentor_desk.services.container import Services
from mentor_desk.services.safety import DataSafety, copy_to_local
from tests.safety.helpers import populate


def _die(*_a: object, **_k: object) -> None:  # pragma: no cover - runs in the killed child
    os.kill(os.getpid(), signal.SIGKILL)


def _in_killed_child(work: Callable[[], object]) -> None:
    def run() -> None:  # pragma: no cover - killed
        try:
            work()
        finally:
            os._exit(0)

    proc = multiprocessing.get_context("fork").Process(target=run)
    proc.start()
    proc.join(timeout=120)
    assert proc.exitcode == -signal.SIGKILL


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith(".") and ".lock" not in p.name)


@pytest.fixture
def school(tmp_path: Path) -> Path:
    path = tmp_path / "school" / "school.db"
    db = open_sqlite(path)
    populate(Services.for_database(db), 2, tmp_path / "work")
    db.close()
    return path


def _restore_killed(school: Path, copy: Path) -> None:
    restoring.replace_database = _die  # type: ignore[assignment]  # in the child only: dies after staging
    DataSafety(school).restore(copy)


def _demo_killed(school: Path) -> None:
    from mentor_desk.demo.generator import write_demo

    restoring.replace_database = _die  # type: ignore[assignment]
    write_demo(school, seed=5, force=True)


def _copy_killed(school: Path, target: Path) -> None:
    os.replace = _die  # type: ignore[assignment]  # the copy's final rename
    copy_to_local(school, target)


def test_killed_runs_leave_copies_that_check_reports_and_open_removes(
    school: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    copy = DataSafety(school).save_copy(tmp_path / "copy.zip").path
    _in_killed_child(lambda: _restore_killed(school, copy))
    _in_killed_child(lambda: _demo_killed(school))
    local = school.parent / "local.db"
    _in_killed_child(lambda: _copy_killed(school, local))
    left = _leftovers(school.parent)
    assert len(left) == 3, left
    # each holds a full copy of the data
    assert all(any(f.stat().st_size > 4096 for f in (school.parent / n).rglob("*") if f.is_file()) for n in left)

    before = school.read_bytes()
    assert main(["check", "--db", str(school)]) == 4
    out = capsys.readouterr().out
    restore_left = next(n for n in left if "restore" in n)
    assert f"«{restore_left}»" in out and "временная копия" in out
    assert _leftovers(school.parent) == left and school.read_bytes() == before  # check touches nothing
    assert not local.exists()
    copy_left = [n for n in left if n.startswith(".local.db")]
    assert copy_left

    db = open_for_writing(school, heartbeat=False)
    db.close()
    assert _leftovers(school.parent) == copy_left  # this database's leftovers are gone
    open_for_writing(local, heartbeat=False).close()  # the copy's own leftovers go when it is opened
    assert _leftovers(school.parent) == []


def test_erase_clears_leftovers(school: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    copy = DataSafety(school).save_copy(tmp_path / "copy.zip").path
    _in_killed_child(lambda: _restore_killed(school, copy))
    assert _leftovers(school.parent)
    db = open_sqlite(school)
    person = Services.for_database(db).people.list_people()[0].id
    db.close()
    assert main(["erase", "--db", str(school), "--person", str(person), "--by", "куратор"]) in (0, 4)
    assert _leftovers(school.parent) == []
