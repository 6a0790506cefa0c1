"""Automatic, forced and saved backups; rotation; interrupted backups; restore round trips."""

from __future__ import annotations

import errno
import os
import zipfile
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from mentor_desk.db.backup import (
    AUTO_INTERVAL,
    KEEP_DAILY,
    KEEP_MONTHLY,
    KEEP_RECENT,
    KEEP_WEEKLY,
    BackupError,
    BackupInfo,
    BackupManager,
    capture,
    inspect_backup,
    plan_rotation,
    suggested_copy_name,
    verify_backup,
)
from mentor_desk.db.database import Database, files_dir_for, open_sqlite
from mentor_desk.db.lock import DatabaseLockedError, lock_path_for
from mentor_desk.db.opening import open_for_writing
from mentor_desk.errors import UserError
from mentor_desk.paths import backups_dir_for
from mentor_desk.services.container import Services
from tests.safety.helpers import add_unit, facts, populate, sha256


@pytest.fixture
def school(tmp_path: Path) -> Iterator[tuple[Path, Services]]:
    path = tmp_path / "school.db"
    db = open_sqlite(path)
    services = Services.for_database(db)
    populate(services, 3, tmp_path / "work")
    yield path, services
    db.close()


def _info(created: datetime, reason: str = "auto") -> BackupInfo:
    return BackupInfo(Path(f"/b/{created:%Y%m%d%H%M%S}-{reason}.zip"), created, reason, {})


# ---- rotation --------------------------------------------------------------------------------


def test_rotation_keeps_recent_daily_weekly_monthly_and_every_forced() -> None:
    now = datetime(2026, 6, 30, 18, 0)
    backups = [_info(now - timedelta(hours=3 * i)) for i in range(8 * 365)]  # every 3 hours for 2 years
    forced = [_info(now - timedelta(days=600), "migration"), _info(now - timedelta(days=5), "import")]
    keep, remove = plan_rotation(backups + forced)
    kept = {b.path for b in keep}
    assert all(b.path in kept for b in forced)
    newest_first = sorted(backups, key=lambda b: b.created, reverse=True)
    assert all(b.path in kept for b in newest_first[:KEEP_RECENT])
    days = {b.created.date() for b in keep if not b.forced}
    assert len(days) >= KEEP_DAILY
    for offset in range(KEEP_DAILY):  # the newest backup of each of the last 14 days
        day = (now - timedelta(days=offset)).date()
        newest_that_day = max((b for b in backups if b.created.date() == day), key=lambda b: b.created)
        assert newest_that_day.path in kept
    months = {(b.created.year, b.created.month) for b in keep if not b.forced}
    assert len(months) == KEEP_MONTHLY
    weeks = {b.created.isocalendar()[:2] for b in keep if not b.forced}
    assert len(weeks) >= KEEP_WEEKLY
    auto_kept = [b for b in keep if not b.forced]
    assert len(auto_kept) <= KEEP_RECENT + KEEP_DAILY + KEEP_WEEKLY + KEEP_MONTHLY
    assert len(keep) + len(remove) == len(backups) + len(forced)
    assert min(b.created for b in auto_kept) >= now - timedelta(days=366)


def test_rotation_keeps_everything_while_there_are_few() -> None:
    now = datetime(2026, 6, 30, 18, 0)
    backups = [_info(now - timedelta(minutes=30 * i)) for i in range(KEEP_RECENT)]
    keep, remove = plan_rotation(backups)
    assert remove == [] and len(keep) == KEEP_RECENT


def test_rotate_deletes_old_zips_and_unreferenced_files(school: tuple[Path, Services], tmp_path: Path) -> None:
    path, services = school
    manager = BackupManager(path)
    start = datetime(2026, 1, 1, 9, 0)
    for day in range(40):
        add_unit(services, __import__("random").Random(day), tmp_path / "work")
        manager._last_signature = None
        assert manager.auto_backup_if_changed(now=start + timedelta(days=day)) is not None
    forced = manager.forced_backup("import", now=start - timedelta(days=400))
    names = {b.path.name for b in manager.list_backups()}
    assert forced.path.name in names
    auto = [b for b in manager.list_backups() if not b.forced]
    assert len(auto) < 40
    referenced = {f.sha256 for b in manager.list_backups() for f in b.files}
    stored = {p.name for p in manager.shared_store.glob("*/*")}
    assert stored == referenced
    for info in manager.list_backups():
        verify_backup(info.path, manager.shared_store)


# ---- automatic and forced backups ---------------------------------------------------------------


def test_automatic_backup_only_when_something_changed(school: tuple[Path, Services], tmp_path: Path) -> None:
    path, services = school
    manager = BackupManager(path)
    first = manager.auto_backup_if_changed()
    assert first is not None and first.reason == "auto"
    assert first.path.parent == backups_dir_for(path)
    assert first.counts == {"people": 6, "pairs": 3, "ioms": 3, "activities": 6, "files": 3}
    assert manager.auto_backup_if_changed() is None  # nothing changed (same signature)
    manager._last_signature = None
    assert manager.auto_backup_if_changed() is None  # nothing changed (same content)
    add_unit(services, __import__("random").Random(99), tmp_path / "work")
    second = manager.auto_backup_if_changed()
    assert second is not None and second.counts["people"] == 8
    assert [b.path for b in manager.list_backups()] == [second.path, first.path]


def test_automatic_backup_waits_for_the_interval(school: tuple[Path, Services], tmp_path: Path) -> None:
    path, services = school
    manager = BackupManager(path)
    t0 = datetime(2026, 3, 12, 10, 0)
    assert manager.auto_backup_if_changed(min_interval=AUTO_INTERVAL, now=t0) is not None
    add_unit(services, __import__("random").Random(5), tmp_path / "work")
    assert manager.auto_backup_if_changed(min_interval=AUTO_INTERVAL, now=t0 + timedelta(minutes=29)) is None
    later = manager.auto_backup_if_changed(min_interval=AUTO_INTERVAL, now=t0 + timedelta(minutes=31))
    assert later is not None and later.created == t0 + timedelta(minutes=31)


def test_backup_carries_the_attached_files(school: tuple[Path, Services]) -> None:
    path, _services = school
    manager = BackupManager(path)
    info = manager.forced_backup("import")
    assert info.forced and len(info.files) == 3
    for f in info.files:
        stored = manager.shared_store / f.sha256[:2] / f.sha256
        assert sha256(stored) == f.sha256
    with zipfile.ZipFile(info.path) as zf:
        assert set(zf.namelist()) == {"manifest.json", "database.sqlite3"}


@pytest.mark.parametrize("where", ["zip-write", "replace"])
def test_interrupted_backup_leaves_earlier_backups_intact(
    school: tuple[Path, Services], tmp_path: Path, monkeypatch: pytest.MonkeyPatch, where: str
) -> None:
    path, services = school
    manager = BackupManager(path)
    earlier = manager.auto_backup_if_changed()
    assert earlier is not None
    earlier_bytes = earlier.path.read_bytes()
    add_unit(services, __import__("random").Random(3), tmp_path / "work")

    def disk_full(*_args: object, **_kwargs: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    if where == "zip-write":
        monkeypatch.setattr(zipfile.ZipFile, "write", disk_full)
    else:
        monkeypatch.setattr(os, "replace", disk_full)
    assert manager.auto_backup_if_changed() is None  # never raises: work goes on
    assert manager.last_error is not None and "закончилось место" in manager.last_error
    with pytest.raises(UserError) as err:
        manager.forced_backup("import")
    assert "закончилось место" in err.value.message
    monkeypatch.undo()
    assert earlier.path.read_bytes() == earlier_bytes
    assert [b.path for b in manager.list_backups()] == [earlier.path]
    assert not [p for p in manager.backups_dir.iterdir() if p.name.startswith(".")]
    verify_backup(earlier.path, manager.shared_store)
    assert manager.auto_backup_if_changed() is not None  # and the next one works


def test_failed_snapshot_check_makes_no_backup(school: tuple[Path, Services], monkeypatch: pytest.MonkeyPatch) -> None:
    path, _ = school
    monkeypatch.setattr(capture, "integrity_problem", lambda *_a, **_k: "row 3 missing from index")
    manager = BackupManager(path)
    assert manager.auto_backup_if_changed() is None
    assert manager.last_error is not None and "целостности" in manager.last_error
    assert manager.list_backups() == []


def test_forced_backup_before_migration_is_wired(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from mentor_desk.db import database as dbmod

    path = tmp_path / "school.db"
    open_sqlite(path).close()
    real = dbmod.schema_state
    monkeypatch.setattr(dbmod, "schema_state", lambda engine: ("0000", real(engine)[1]))
    monkeypatch.setattr(dbmod, "stored_revision", lambda _path: "0000")  # looks older than the code
    db = open_for_writing(path, heartbeat=False)
    db.close()
    reasons = [b.reason for b in BackupManager(path).list_backups()]
    assert reasons == ["migration"]


def test_verify_detects_a_damaged_backup(school: tuple[Path, Services]) -> None:
    path, _ = school
    info = BackupManager(path).forced_backup("manual")
    data = bytearray(info.path.read_bytes())
    middle = len(data) // 2
    data[middle : middle + 64] = b"\x00" * 64
    info.path.write_bytes(bytes(data))
    with pytest.raises(BackupError):
        verify_backup(info.path)
    assert BackupManager(path).newest_verified() is None


# ---- saved copy and restore --------------------------------------------------------------------


def test_saved_copy_is_self_contained_and_restores_elsewhere(school: tuple[Path, Services], tmp_path: Path) -> None:
    path, services = school
    before = facts(services)
    hashes = {sha for sha, _ in services.roadmaps.all_attachment_hashes()}
    copy = BackupManager(path).save_copy(tmp_path / "usb" / "копия.zip")
    assert copy.files_inside and copy.reason == "copy"
    with zipfile.ZipFile(copy.path) as zf:
        assert {n.removeprefix("files/") for n in zf.namelist() if n.startswith("files/")} == hashes
    assert not [p for p in (tmp_path / "usb").iterdir() if p.name != "копия.zip"]

    target = tmp_path / "other-pc" / "school.db"
    result = BackupManager(target).restore(copy.path)
    assert result.safety_backup is None and result.missing_files == ()
    restored = open_sqlite(target)
    try:
        rs = Services.for_database(restored)
        assert facts(rs) == before
        for sha, _name in rs.roadmaps.all_attachment_hashes():
            assert sha256(files_dir_for(target) / sha[:2] / sha) == sha
    finally:
        restored.close()


def test_restore_keeps_the_current_file_as_a_backup_and_round_trips(
    school: tuple[Path, Services], tmp_path: Path
) -> None:
    path, services = school
    manager = BackupManager(path)
    old = manager.auto_backup_if_changed()
    assert old is not None
    before = facts(services)
    add_unit(services, __import__("random").Random(11), tmp_path / "work")
    newer = facts(services)
    services.database.close()
    # a product file lost from the database folder comes back from the backup
    lost_sha = old.files[0].sha256
    (files_dir_for(path) / lost_sha[:2] / lost_sha).unlink()

    result = manager.restore(old.path)
    assert result.safety_backup is not None and result.safety_backup.reason == "restore"
    assert result.safety_backup.counts["people"] == newer.people
    db = open_sqlite(path)
    try:
        assert facts(Services.for_database(db)) == before
    finally:
        db.close()
    assert sha256(files_dir_for(path) / lost_sha[:2] / lost_sha) == lost_sha
    assert not lock_path_for(path).exists()
    assert not Path(f"{path}-wal").exists() or Path(f"{path}-wal").stat().st_size == 0
    # and back again: the safety backup holds the newer state
    manager.restore(result.safety_backup.path)
    db = open_sqlite(path)
    try:
        assert facts(Services.for_database(db)) == newer
    finally:
        db.close()


def test_restore_from_a_damaged_copy_changes_nothing(school: tuple[Path, Services], tmp_path: Path) -> None:
    path, services = school
    copy = BackupManager(path).save_copy(tmp_path / "copy.zip")
    services.database.close()
    with zipfile.ZipFile(copy.path) as zf:
        members = {n: zf.read(n) for n in zf.namelist()}
    db_bytes = bytearray(members["database.sqlite3"])
    db_bytes[5000:5100] = b"\xff" * 100
    members["database.sqlite3"] = bytes(db_bytes)
    bad = tmp_path / "bad.zip"
    with zipfile.ZipFile(bad, "w") as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    before = path.read_bytes()
    with pytest.raises(BackupError) as err:
        BackupManager(path).restore(bad)
    assert "повреждена" in err.value.message
    assert path.read_bytes() == before
    assert BackupManager(path).list_backups() == []  # refused before even the safety backup


def test_restore_refuses_garbage_and_foreign_files(school: tuple[Path, Services], tmp_path: Path) -> None:
    path, services = school
    services.database.close()
    garbage = tmp_path / "notes.zip"
    garbage.write_bytes(b"PK\x03\x04 this is not really a zip")
    text = tmp_path / "notes.txt"
    text.write_text("просто текст", encoding="utf-8")
    foreign = tmp_path / "other.sqlite"
    import sqlite3

    conn = sqlite3.connect(foreign)
    conn.execute("CREATE TABLE t(x)")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    for source in (garbage, text, foreign):
        with pytest.raises(BackupError):
            BackupManager(path).restore(source)
    assert path.read_bytes() == before


def test_restore_from_a_bare_database_file(school: tuple[Path, Services], tmp_path: Path) -> None:
    path, services = school
    before = facts(services)
    services.database.close()
    target = tmp_path / "new" / "school.db"
    BackupManager(target).restore(path)
    info = inspect_backup(path)
    assert info.counts["people"] == before.people
    db = open_sqlite(target)
    try:
        rs = Services.for_database(db)
        assert facts(rs) == before
        for sha, _ in rs.roadmaps.all_attachment_hashes():
            assert (files_dir_for(target) / sha[:2] / sha).is_file()
    finally:
        db.close()


def test_restore_is_refused_while_the_database_is_open(school: tuple[Path, Services], tmp_path: Path) -> None:
    path, services = school
    copy = BackupManager(path).save_copy(tmp_path / "copy.zip")
    services.database.close()
    holder: Database = open_for_writing(path, heartbeat=False)
    try:
        before = path.read_bytes()
        with pytest.raises(DatabaseLockedError):
            BackupManager(path).restore(copy.path)
        assert path.read_bytes() == before
        holder.engine.dispose()
        # the holder itself may restore with its own lock
        BackupManager(path).restore(copy.path, lock=holder.lock)
    finally:
        holder.close()


def test_save_copy_never_overwrites_the_database(school: tuple[Path, Services]) -> None:
    path, _ = school
    with pytest.raises(BackupError):
        BackupManager(path).save_copy(path)


def test_save_copy_reports_missing_product_files(school: tuple[Path, Services], tmp_path: Path) -> None:
    path, services = school
    sha, _ = services.roadmaps.all_attachment_hashes()[0]
    (files_dir_for(path) / sha[:2] / sha).write_bytes(b"altered")
    with pytest.raises(BackupError) as err:
        BackupManager(path).save_copy(tmp_path / "copy.zip")
    assert "без 1 файл" in err.value.message
    assert (tmp_path / "copy.zip").is_file()  # the rest is saved and verified
    verify_backup(tmp_path / "copy.zip")


def test_restore_over_a_damaged_file_sets_it_aside(school: tuple[Path, Services]) -> None:
    path, services = school
    info = BackupManager(path).forced_backup("manual")
    services.database.close()
    garbage = b"\x00garbage\xff" * 300
    path.write_bytes(garbage)
    result = BackupManager(path).restore(info.path)
    assert result.safety_backup is None
    assert result.damaged_copy is not None and result.damaged_copy.read_bytes() == garbage
    assert ".damaged-" in result.damaged_copy.name
    db = open_sqlite(path)
    try:
        assert facts(Services.for_database(db)).people == info.counts["people"]
    finally:
        db.close()


def test_a_missing_product_file_does_not_stop_automatic_backups(school: tuple[Path, Services]) -> None:
    path, services = school
    sha, name = services.roadmaps.all_attachment_hashes()[0]
    (files_dir_for(path) / sha[:2] / sha).unlink()
    manager = BackupManager(path)
    info = manager.auto_backup_if_changed()
    assert info is not None
    assert info.missing_files == (name,)
    assert len(info.files) == 2
    assert manager.last_error is not None and "без 1 файл" in manager.last_error
    verify_backup(info.path, manager.shared_store)


def test_restore_reports_product_files_it_could_not_bring_back(school: tuple[Path, Services], tmp_path: Path) -> None:
    path, services = school
    sha, name = services.roadmaps.all_attachment_hashes()[0]
    (files_dir_for(path) / sha[:2] / sha).unlink()
    info = BackupManager(path).auto_backup_if_changed()
    assert info is not None
    services.database.close()
    result = BackupManager(tmp_path / "elsewhere" / "school.db").restore(info.path)
    assert result.missing_files == (name,)


def test_a_broken_link_does_not_prevent_a_backup(school: tuple[Path, Services]) -> None:
    import sqlite3

    path, services = school
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA foreign_keys=OFF")
    conn.execute(
        "INSERT INTO consent(organisation_id, person_id, consent_type, signed_on, signer, signer_name) "
        "VALUES (?, 99999, 'processing', '2025-09-01', 'self', '')",
        (services.organisation_id,),
    )
    conn.close()
    info = BackupManager(path).forced_backup("manual")
    verify_backup(info.path)


def test_suggested_copy_name() -> None:
    name = suggested_copy_name(Path("/data/school.db"), datetime(2026, 3, 12, 10, 15))
    assert name == "school-копия-2026-03-12-1015.zip"


# ---- forced backups: a stated horizon ---------------------------------------------------------------


def test_forced_backups_are_kept_for_the_horizon_and_then_rotated() -> None:
    from mentor_desk.db.backup import FORCED_KEEP_DAYS, FORCED_KEEP_NEWEST

    now = datetime(2026, 6, 30, 18, 0)
    forced = [_info(now - timedelta(hours=12 * i), "import") for i in range(200)]  # an import twice a day
    keep, remove = plan_rotation(forced, now)
    kept = {b.path for b in keep}
    assert all(b.path in kept for b in forced if b.created >= now - timedelta(days=FORCED_KEEP_DAYS))
    newest = sorted(forced, key=lambda b: b.created, reverse=True)[:FORCED_KEEP_NEWEST]
    assert all(b.path in kept for b in newest)
    assert len(keep) == max(FORCED_KEEP_NEWEST, 2 * FORCED_KEEP_DAYS + 1)
    assert remove and all(b.created < now - timedelta(days=FORCED_KEEP_DAYS) for b in remove)


def test_old_forced_backups_go_when_a_new_one_is_made(
    school: tuple[Path, Services], monkeypatch: pytest.MonkeyPatch
) -> None:
    from mentor_desk.db.backup import rotation

    path, _ = school
    monkeypatch.setattr(rotation, "FORCED_KEEP_NEWEST", 2)
    manager = BackupManager(path)
    now = datetime.now()
    old = [manager.forced_backup("import", now=now - timedelta(days=60 - i)) for i in range(3)]
    recent = manager.forced_backup("import", now=now)
    left = [b.path for b in manager.list_backups()]
    assert left == [recent.path, old[-1].path]  # the newest two; the rest are past the 30-day horizon
