"""Crafted backup archives: restore and inspection trust nothing inside the zip.

Each archive is built from a real saved copy and then altered the way an attacker would:
a traversal in the manifest or in a member name, a link member, a duplicate member, a member
larger than any attached file may be, too many members. Every one is refused with a Russian
message, and nothing is written anywhere (no file outside the staging folder, no staging
folder left, the database untouched).
"""

from __future__ import annotations

import hashlib
import json
import stat
import warnings
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from mentor_desk.db.backup import BackupError, BackupManager, archive, inspect_backup
from mentor_desk.db.database import open_sqlite
from mentor_desk.services.container import Services
from tests.safety.helpers import populate

Mutator = Callable[[dict[str, Any], list[tuple[zipfile.ZipInfo, bytes]]], None]


@pytest.fixture
def saved_copy(tmp_path: Path) -> Iterator[tuple[Path, Path]]:
    """(database path, a genuine saved copy of it with its product files inside)."""
    path = tmp_path / "school" / "school.db"
    db = open_sqlite(path)
    populate(Services.for_database(db), 2, tmp_path / "work")
    copy = BackupManager(path).save_copy(tmp_path / "incoming" / "genuine.zip")
    db.close()
    yield path, copy.path


def _tree(root: Path) -> dict[str, int]:
    return {str(p.relative_to(root)): (p.stat().st_size if p.is_file() else -1) for p in root.rglob("*")}


def _craft(genuine: Path, target: Path, mutate: Mutator) -> Path:
    with zipfile.ZipFile(genuine) as zf:
        manifest = json.loads(zf.read(archive.MANIFEST))
        members = [(info, zf.read(info)) for info in zf.infolist() if info.filename != archive.MANIFEST]
    mutate(manifest, members)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # zipfile warns about the duplicate names we write on purpose
        with zipfile.ZipFile(target, "w", compression=zipfile.ZIP_DEFLATED) as out:
            out.writestr(archive.MANIFEST, json.dumps(manifest))
            for info, data in members:
                out.writestr(info, data, compress_type=zipfile.ZIP_DEFLATED, compresslevel=1)
    return target


def _add_file(manifest: dict[str, Any], members: list[tuple[zipfile.ZipInfo, bytes]], name: str, data: bytes,
              sha: str | None = None, info: zipfile.ZipInfo | None = None) -> None:
    sha = sha or hashlib.sha256(data).hexdigest()
    manifest["files"].append({"sha256": sha, "name": "продукт.txt", "size": len(data)})
    members.append((info or zipfile.ZipInfo(name), data))


def traversal_in_manifest(manifest: dict[str, Any], members: list[tuple[zipfile.ZipInfo, bytes]]) -> None:
    _add_file(manifest, members, "files/../../../evil-from-manifest", b"payload", sha="../../../evil-from-manifest")


def traversal_in_member_name(manifest: dict[str, Any], members: list[tuple[zipfile.ZipInfo, bytes]]) -> None:
    members.append((zipfile.ZipInfo("../evil-member.txt"), b"payload"))


def absolute_member_name(manifest: dict[str, Any], members: list[tuple[zipfile.ZipInfo, bytes]]) -> None:
    members.append((zipfile.ZipInfo("/tmp/evil-absolute.txt"), b"payload"))


def link_member(manifest: dict[str, Any], members: list[tuple[zipfile.ZipInfo, bytes]]) -> None:
    target = b"/etc/passwd"
    sha = hashlib.sha256(target).hexdigest()  # the link's own bytes match its hash: only its type betrays it
    info = zipfile.ZipInfo("files/" + sha)
    info.create_system = 3
    info.external_attr = (stat.S_IFLNK | 0o777) << 16
    _add_file(manifest, members, info.filename, target, sha=sha, info=info)


def duplicate_member(manifest: dict[str, Any], members: list[tuple[zipfile.ZipInfo, bytes]]) -> None:
    members.append((zipfile.ZipInfo(archive.DB_MEMBER), b"SQLite format 3\x00" + b"\x00" * 4000))


def oversized_member(manifest: dict[str, Any], members: list[tuple[zipfile.ZipInfo, bytes]]) -> None:
    data = b"\x00" * (archive.MAX_FILE_BYTES + 1)  # compresses to a few hundred KB: a zip bomb
    _add_file(manifest, members, "files/" + hashlib.sha256(data).hexdigest(), data)


def uppercase_hash(manifest: dict[str, Any], members: list[tuple[zipfile.ZipInfo, bytes]]) -> None:
    data = b"product"
    sha = hashlib.sha256(data).hexdigest().upper()
    _add_file(manifest, members, "files/" + sha, data, sha=sha)


ATTACKS: dict[str, Mutator] = {
    "traversal in the manifest": traversal_in_manifest,
    "traversal in a member name": traversal_in_member_name,
    "absolute member name": absolute_member_name,
    "link member": link_member,
    "duplicate member": duplicate_member,
    "oversized member": oversized_member,
    "hash not in lowercase hex": uppercase_hash,
}


@pytest.mark.parametrize("attack", list(ATTACKS), ids=list(ATTACKS))
def test_crafted_archive_is_refused_and_writes_nothing(
    saved_copy: tuple[Path, Path], tmp_path: Path, attack: str
) -> None:
    db_path, genuine = saved_copy
    crafted = _craft(genuine, tmp_path / "incoming" / "crafted.zip", ATTACKS[attack])
    before = _tree(tmp_path)
    db_bytes = db_path.read_bytes()
    with pytest.raises(BackupError) as refused:
        inspect_backup(crafted)
    assert "копи" in refused.value.message
    with pytest.raises(BackupError):
        BackupManager(db_path).restore(crafted)
    with pytest.raises(BackupError):
        BackupManager(tmp_path / "elsewhere" / "new.db").restore(crafted)
    assert _tree(tmp_path) == before, "a refused archive wrote something"
    assert db_path.read_bytes() == db_bytes
    assert not list(Path("/tmp").glob("evil-*"))


def test_crafted_archive_in_the_backups_folder_is_not_listed(saved_copy: tuple[Path, Path], tmp_path: Path) -> None:
    db_path, genuine = saved_copy
    manager = BackupManager(db_path)
    manager.backups_dir.mkdir(parents=True, exist_ok=True)
    _craft(genuine, manager.backups_dir / "mentor-desk-20260101-000000-000000-auto.zip", traversal_in_manifest)
    assert manager.list_backups() == []
    assert manager.newest_verified() is None


def test_too_many_members_are_refused(saved_copy: tuple[Path, Path], tmp_path: Path,
                                      monkeypatch: pytest.MonkeyPatch) -> None:
    _db_path, genuine = saved_copy
    monkeypatch.setattr(archive, "MAX_MEMBERS", 1)  # two product files are one too many
    with pytest.raises(BackupError, match="слишком много"):
        inspect_backup(genuine)


def test_the_genuine_copy_still_restores(saved_copy: tuple[Path, Path], tmp_path: Path) -> None:
    _db_path, genuine = saved_copy
    result = BackupManager(tmp_path / "elsewhere" / "new.db").restore(genuine)
    assert result.missing_files == ()
    assert (tmp_path / "elsewhere" / "new.db").is_file()
