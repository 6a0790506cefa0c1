"""Erasure reaches the backups, and its check looks for the person, not for a shared surname."""

from __future__ import annotations

import sqlite3
import zipfile
from datetime import date
from pathlib import Path

import pytest

from mentor_desk.cli import main
from mentor_desk.db.backup import verify_backup
from mentor_desk.db.database import open_sqlite
from mentor_desk.domain.enums import PersonKind
from mentor_desk.domain.records import PersonDraft, PupilProfile
from mentor_desk.services.container import Services
from mentor_desk.services.safety import DataSafety
from tests.safety.helpers import populate

ERASED = ("Кондратьев", "Ярополк", "Ильич")
NAMESAKE = ("Кондратьева", "Ярослава", "Ильинична")
PHONE = "+7 922 555-01-02"


@pytest.fixture
def school(tmp_path: Path) -> tuple[Path, int]:
    path = tmp_path / "school.db"
    db = open_sqlite(path)
    services = Services.for_database(db)
    populate(services, 2, tmp_path / "work")
    ids = []
    for last, first, middle in (ERASED, NAMESAKE):
        ids.append(services.people.create(PersonDraft(
            last_name=last, first_name=first, middle_name=middle, kind=PersonKind.PUPIL, phone=PHONE if
            last == ERASED[0] else "", birth_date=date(2012, 1, 2), pupil=PupilProfile(class_name="6А"),
        )).id)
    db.close()
    return path, ids[0]


def _erasures(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return int(conn.execute("SELECT count(*) FROM erasure_log").fetchone()[0])
    finally:
        conn.close()


def _holds(archive: Path) -> bool:
    """Whether the database inside an archive still has the erased person's row."""
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "db.sqlite3"
        db.write_bytes(_db_bytes(archive))
        conn = sqlite3.connect(db)
        try:
            return bool(conn.execute("SELECT count(*) FROM person WHERE last_name = ?", (ERASED[0],)).fetchone()[0])
        finally:
            conn.close()


def _db_bytes(archive: Path) -> bytes:
    with zipfile.ZipFile(archive) as zf:
        return zf.read("database.sqlite3")


def test_a_namesake_raises_no_false_alarm_and_a_rerun_adds_no_record(
    school: tuple[Path, int], capsys: pytest.CaptureFixture[str]
) -> None:
    path, person = school
    assert main(["erase", "--db", str(path), "--person", str(person), "--by", "куратор"]) == 0
    assert "Внимание" not in capsys.readouterr().err
    raw = path.read_bytes()
    assert (ERASED[0] + ERASED[1]).encode() not in raw and PHONE.encode() not in raw
    assert NAMESAKE[0].encode() in raw  # the other person keeps her name
    assert _erasures(path) == 1
    assert main(["erase", "--db", str(path), "--person", str(person), "--by", "куратор"]) == 0
    assert _erasures(path) == 1


def test_erase_in_backups_rewrites_every_backup_and_saved_copy(
    school: tuple[Path, int], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path, person = school
    safety = DataSafety(path)
    forced = safety.forced_backup("manual")
    copy = safety.save_copy(safety.backups_dir / "школа-копия.zip")
    elsewhere = safety.save_copy(tmp_path / "usb" / "копия.zip")  # outside the folder: not ours to change
    outside = elsewhere.path.read_bytes()
    for archive in (forced.path, copy.path):
        assert PHONE.encode() in _db_bytes(archive) and _holds(archive)

    assert main(["erase", "--db", str(path), "--person", str(person), "--by", "куратор"]) == 0
    out = capsys.readouterr().out
    assert "--in-backups" in out and "2" in out
    assert _holds(forced.path)  # untouched until asked

    assert main(["erase", "--db", str(path), "--person", str(person), "--by", "куратор", "--in-backups"]) == 0
    out = capsys.readouterr().out
    assert "удалены данные участника: 2" in out
    for archive in (forced.path, copy.path):
        data = _db_bytes(archive)
        assert not _holds(archive) and PHONE.encode() not in data
        assert (ERASED[0] + ERASED[1]).encode() not in data and f"{ERASED[0]} {ERASED[1]}".encode() not in data
        assert NAMESAKE[0].encode() in data
        verify_backup(archive, safety.shared_store)
    after = {b.path: b for b in safety.list_backups()}
    assert after[forced.path].reason == "manual" and after[forced.path].created == forced.created
    assert after[forced.path].counts["people"] == forced.counts["people"] - 1  # nobody referred to the person
    assert elsewhere.path.read_bytes() == outside
    assert _erasures(path) == 1
    assert not [p for p in path.parent.iterdir() if ".tmp-" in p.name]
    assert not [p for p in safety.backups_dir.iterdir() if p.name.startswith(".")]
