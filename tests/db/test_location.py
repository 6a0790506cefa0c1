"""Network, removable and local paths, classified from fake mount tables."""

from __future__ import annotations

from pathlib import Path

import pytest

from mentor_desk.db import location
from mentor_desk.db.location import (
    DRIVE_REMOTE,
    DRIVE_REMOVABLE,
    Location,
    NetworkLocationError,
    RemovableLocationError,
    classify_linux,
    classify_windows,
    is_unc,
    mount_for,
    parse_mounts,
    removable_block_devices,
)

MOUNTS = """\
/dev/nvme0n1p2 / ext4 rw,relatime 0 0
proc /proc proc rw 0 0
/dev/nvme0n1p1 /boot/efi vfat rw 0 0
server:/export/home /home/shared nfs4 rw,vers=4.2 0 0
//fileserver/school /mnt/school cifs rw,vers=3.0 0 0
//nas/docs /mnt/nas smb3 rw 0 0
teacher@host:/data /home/anna/remote fuse.sshfs rw 0 0
sshuser@h:/x /srv/plain-sshfs sshfs rw 0 0
/dev/sdb1 /media/anna/FLASH\\040DRIVE vfat rw 0 0
/dev/sdc1 /run/media/ivan/USB exfat rw 0 0
/dev/sdd1 /data ext4 rw 0 0
/dev/mmcblk0p1 /mnt/card vfat rw 0 0
"""


@pytest.fixture
def mounts() -> list[location.Mount]:
    return parse_mounts(MOUNTS)


def test_parse_mounts_unescapes_spaces(mounts: list[location.Mount]) -> None:
    flash = next(m for m in mounts if m.device == "/dev/sdb1")
    assert flash.mountpoint == "/media/anna/FLASH DRIVE"
    assert flash.fstype == "vfat"


def test_longest_mount_point_wins(mounts: list[location.Mount]) -> None:
    found = mount_for("/home/shared/school.db", mounts)
    assert found is not None and found.fstype == "nfs4"
    assert mount_for("/home/sharedness/x.db", mounts).mountpoint == "/"  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("/home/anna/Документы/school.db", Location.LOCAL),
        ("/home/shared/school.db", Location.NETWORK),
        ("/mnt/school/2025/school.db", Location.NETWORK),
        ("/mnt/nas/school.db", Location.NETWORK),
        ("/home/anna/remote/school.db", Location.NETWORK),
        ("/srv/plain-sshfs/school.db", Location.NETWORK),
        ("/media/anna/FLASH DRIVE/school.db", Location.REMOVABLE),
        ("/run/media/ivan/USB/school.db", Location.REMOVABLE),
        ("/data/school.db", Location.LOCAL),
        ("/mnt/card/school.db", Location.REMOVABLE),  # mmcblk0 is in the removable list
    ],
)
def test_classify_linux(mounts: list[location.Mount], path: str, expected: Location) -> None:
    assert classify_linux(path, mounts, removable={"mmcblk0"}) is expected


def test_removable_flag_of_the_block_device_counts_outside_media(mounts: list[location.Mount]) -> None:
    assert classify_linux("/data/school.db", mounts, removable={"sdd"}) is Location.REMOVABLE
    assert classify_linux("/data/school.db", mounts, removable=set()) is Location.LOCAL


def test_removable_block_devices_reads_sys_block(tmp_path: Path) -> None:
    for name, flag in (("sda", "0"), ("sdb", "1"), ("mmcblk0", "1")):
        (tmp_path / name).mkdir()
        (tmp_path / name / "removable").write_text(flag + "\n")
    (tmp_path / "loop0").mkdir()  # no flag file: ignored
    assert removable_block_devices(tmp_path) == {"sdb", "mmcblk0"}


@pytest.mark.parametrize(
    ("path", "drive_type", "expected"),
    [
        (r"\\server\share\school.db", None, Location.NETWORK),
        ("//server/share/school.db", None, Location.NETWORK),
        (r"\\?\UNC\server\share\school.db", None, Location.NETWORK),
        (r"Z:\school.db", DRIVE_REMOTE, Location.NETWORK),
        (r"E:\school.db", DRIVE_REMOVABLE, Location.REMOVABLE),
        (r"C:\Users\anna\school.db", 3, Location.LOCAL),
        (r"\\?\C:\Users\anna\school.db", 3, Location.LOCAL),
    ],
)
def test_classify_windows(path: str, drive_type: int | None, expected: Location) -> None:
    assert classify_windows(path, drive_type) is expected


def test_unc_detection() -> None:
    assert is_unc(r"\\srv\x")
    assert not is_unc(r"C:\x")
    assert not is_unc(r"\\.\PhysicalDrive0")


def test_check_location_refuses_network_and_asks_for_removable(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    fake = parse_mounts(f"/dev/sda1 / ext4 rw 0 0\nsrv:/x {tmp_path}/net nfs rw 0 0\n/dev/sdb1 {tmp_path}/usb vfat rw 0 0\n")
    monkeypatch.setattr(location, "read_mounts", lambda: fake)
    monkeypatch.setattr(location, "removable_block_devices", lambda: {"sdb"})
    with pytest.raises(NetworkLocationError) as net:
        location.check_location(tmp_path / "net" / "school.db")
    assert "PostgreSQL" in net.value.message and "«Подключиться к серверу…»" in net.value.message
    with pytest.raises(RemovableLocationError) as usb:
        location.check_location(tmp_path / "usb" / "school.db")
    assert "скопировать базу" in usb.value.message
    assert location.check_location(tmp_path / "usb" / "school.db", allow_removable=True) is Location.REMOVABLE
    assert location.check_location(tmp_path / "local.db") is Location.LOCAL


def test_open_for_writing_refuses_a_network_path_without_creating_anything(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from mentor_desk.db.opening import open_for_writing

    share = tmp_path / "share"
    share.mkdir()
    monkeypatch.setattr(location, "read_mounts", lambda: parse_mounts(f"//srv/s {share} cifs rw 0 0\n"))
    with pytest.raises(NetworkLocationError):
        open_for_writing(share / "school.db")
    assert list(share.iterdir()) == []


def test_copy_to_local_carries_files_and_verifies(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from mentor_desk.db.database import files_dir_for, open_sqlite
    from mentor_desk.services.container import Services
    from tests.safety.helpers import facts, populate

    usb = tmp_path / "usb"
    monkeypatch.setattr(location, "read_mounts", lambda: parse_mounts(f"/dev/sda1 / ext4 rw 0 0\n/dev/sdb1 {usb} vfat rw 0 0\n"))
    monkeypatch.setattr(location, "removable_block_devices", lambda: {"sdb"})
    db = open_sqlite(usb / "school.db")
    populate(Services.for_database(db), 2, tmp_path / "work")
    before = facts(Services.for_database(db))
    db.close()
    source_bytes = (usb / "school.db").read_bytes()
    target = tmp_path / "local" / "school.db"
    assert location.copy_to_local(usb / "school.db", target) == target
    assert (usb / "school.db").read_bytes() == source_bytes
    copy = open_sqlite(target)
    try:
        assert facts(Services.for_database(copy)) == before
        for sha, _name in Services.for_database(copy).roadmaps.all_attachment_hashes():
            assert (files_dir_for(target) / sha[:2] / sha).is_file()
    finally:
        copy.close()
    with pytest.raises(location.UserError):
        location.copy_to_local(usb / "school.db", target)  # never overwrites
    with pytest.raises(location.UserError):
        location.copy_to_local(usb / "school.db", usb / "again.db")  # target must be local
