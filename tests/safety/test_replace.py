"""Replacing a database file (`demo --force`, `restore`) is always safe.

It respects the lock of a running window, refuses a file that is not a Mentor Desk database,
makes a forced backup of the database it replaces (its attached files included), keeps the
attached files, and swaps atomically: at no moment is there no database file.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from mentor_desk.cli import main
from mentor_desk.db.backup import BackupManager
from mentor_desk.db.database import files_dir_for, open_sqlite
from mentor_desk.db.opening import open_for_writing
from mentor_desk.services.container import Services
from tests.safety.helpers import populate


@pytest.fixture
def school(tmp_path: Path) -> Path:
    path = tmp_path / "school.db"
    db = open_sqlite(path)
    populate(Services.for_database(db), 2, tmp_path / "work")
    db.close()
    return path


def _tree(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


@pytest.fixture
def never_without_file(monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[[Path], None]]:
    """Watch a path: after every rename, replace or unlink anywhere, the database file must exist."""
    watched: list[Path] = []
    gaps: list[str] = []
    real_replace, real_rename, real_unlink = os.replace, os.rename, os.unlink

    def check(what: str) -> None:
        for path in watched:
            if not path.exists():
                gaps.append(f"{path.name} missing after {what}")

    def replace(src: object, dst: object, *a: object, **k: object) -> None:
        real_replace(src, dst, *a, **k)  # type: ignore[arg-type]
        check(f"replace → {dst}")

    def rename(src: object, dst: object, *a: object, **k: object) -> None:
        real_rename(src, dst, *a, **k)  # type: ignore[arg-type]
        check(f"rename → {dst}")

    def unlink(path: object, *a: object, **k: object) -> None:
        real_unlink(path, *a, **k)  # type: ignore[arg-type]
        check(f"unlink {path}")

    monkeypatch.setattr(os, "replace", replace)
    monkeypatch.setattr(os, "rename", rename)
    monkeypatch.setattr(os, "unlink", unlink)
    yield watched.append
    assert gaps == []


def test_demo_force_is_refused_while_a_window_holds_the_database(
    school: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    holder = open_for_writing(school, heartbeat=False)
    try:
        before = _tree(school.parent)
        assert main(["demo", str(school), "--force"]) != 0
        err = capsys.readouterr().err
        assert "уже открыта" in err and "Traceback" not in err
        assert _tree(school.parent) == before
    finally:
        holder.close()


@pytest.mark.parametrize("kind", ["foreign sqlite", "text file"])
def test_demo_force_refuses_what_is_not_a_mentor_desk_database(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], kind: str
) -> None:
    target = tmp_path / "other.db"
    if kind == "text file":
        target.write_text("список класса, не база", encoding="utf-8")
    else:
        conn = sqlite3.connect(target)
        conn.execute("CREATE TABLE accounts(id, owner)")
        conn.execute("INSERT INTO accounts VALUES (1, 'x')")
        conn.commit()
        conn.close()
    before = _tree(tmp_path)
    assert main(["demo", str(target), "--force"]) != 0
    err = capsys.readouterr().err
    assert "не заменён" in err and "Traceback" not in err
    assert _tree(tmp_path) == before


def test_demo_force_backs_up_keeps_files_and_swaps_atomically(
    school: Path, never_without_file: Callable[[Path], None], capsys: pytest.CaptureFixture[str]
) -> None:
    old_files = sorted(p.name for p in files_dir_for(school).glob("*/*"))
    assert old_files
    never_without_file(school)
    assert main(["demo", str(school), "--force", "--seed", "3"]) == 0
    assert "резервн" in capsys.readouterr().out
    backups = BackupManager(school).list_backups()
    assert [b.reason for b in backups] == ["replace"]
    assert backups[0].counts["people"] == 4 and backups[0].forced
    store = BackupManager(school).shared_store
    assert sorted(p.name for p in store.glob("*/*")) == old_files  # the attached files are in the backup
    assert sorted(p.name for p in files_dir_for(school).glob("*/*")) == old_files  # and still beside the file
    db = open_sqlite(school)
    try:
        assert Services.for_database(db).reports.stats()["persons_total"] != 4
    finally:
        db.close()
    assert not [p for p in school.parent.iterdir() if p.name.startswith(".")]


@pytest.mark.parametrize("kind", ["foreign sqlite", "text file"])
def test_restore_refuses_to_replace_what_is_not_a_mentor_desk_database(
    school: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], kind: str
) -> None:
    copy = tmp_path / "copy.zip"
    BackupManager(school).save_copy(copy)
    target = tmp_path / "target" / "other.db"
    target.parent.mkdir()
    if kind == "text file":
        target.write_text("заметки", encoding="utf-8")
    else:
        conn = sqlite3.connect(target)
        conn.execute("CREATE TABLE t(x)")
        conn.commit()
        conn.close()
    before = _tree(target.parent)
    assert main(["restore", "--db", str(target), "--from", str(copy)]) != 0
    assert "не заменён" in capsys.readouterr().err
    assert _tree(target.parent) == before


def test_restore_over_a_damaged_file_is_never_without_a_file(
    school: Path, tmp_path: Path, never_without_file: Callable[[Path], None]
) -> None:
    copy = BackupManager(school).save_copy(tmp_path / "copy.zip")
    data = bytearray(school.read_bytes())
    data[4096:8192] = b"\xff" * 4096  # a damaged page
    school.write_bytes(bytes(data))
    never_without_file(school)
    result = BackupManager(school).restore(copy.path)
    assert result.damaged_copy is not None and result.damaged_copy.read_bytes() == bytes(data)
    assert result.safety_backup is None


def test_restore_backs_up_and_swaps_atomically(
    school: Path, tmp_path: Path, never_without_file: Callable[[Path], None]
) -> None:
    copy = BackupManager(school).save_copy(tmp_path / "copy.zip")
    never_without_file(school)
    result = BackupManager(school).restore(copy.path)
    assert result.safety_backup is not None and result.safety_backup.reason == "restore"
