"""Where a database file lives: a local disk, a network share (refused) or removable media.

SQLite over a network file system is the first cause of corrupted databases, so such a path
is refused with a pointer to the PostgreSQL mode. A file on a USB stick works, but the app
offers to copy it to the local disk first (`copy_to_local`). Classification functions take
the mount table and removable-device list as arguments, so tests use fake ones.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from enum import Enum
from pathlib import Path, PureWindowsPath

from mentor_desk.db.copying import copy_database
from mentor_desk.errors import UserError

log = logging.getLogger(__name__)

NETWORK_FSTYPES = frozenset(
    {
        "nfs",
        "nfs4",
        "cifs",
        "smb",
        "smb2",
        "smb3",
        "smbfs",
        "sshfs",
        "fuse.sshfs",
        "9p",
        "afs",
        "ncpfs",
        "davfs",
        "fuse.davfs2",
        "fuse.gvfsd-fuse",
        "fuse.rclone",
        "glusterfs",
        "fuse.glusterfs",
        "ceph",
        "fuse.ceph",
        "lustre",
    }
)
REMOVABLE_MOUNT_PREFIXES = ("/media/", "/run/media/", "/mnt/usb")

# GetDriveTypeW results
DRIVE_REMOVABLE = 2
DRIVE_REMOTE = 4


class Location(Enum):
    LOCAL = "local"
    NETWORK = "network"
    REMOVABLE = "removable"


@dataclass(frozen=True)
class Mount:
    device: str
    mountpoint: str
    fstype: str


def _unescape(field: str) -> str:
    """/proc/mounts writes spaces and tabs in paths as octal escapes (\\040)."""
    out, i = [], 0
    while i < len(field):
        code = field[i + 1 : i + 4]
        if field[i] == "\\" and len(code) == 3 and code.isdigit():
            out.append(chr(int(code, 8)))
            i += 4
        else:
            out.append(field[i])
            i += 1
    return "".join(out)


def parse_mounts(text: str) -> list[Mount]:
    """Parse the text of /proc/mounts (or /proc/self/mounts)."""
    mounts = []
    for line in text.splitlines():
        parts = line.split()
        if len(parts) >= 3:
            mounts.append(Mount(_unescape(parts[0]), _unescape(parts[1]), parts[2]))
    return mounts


def read_mounts() -> list[Mount]:
    for name in ("/proc/self/mounts", "/proc/mounts"):
        try:
            return parse_mounts(Path(name).read_text(encoding="utf-8", errors="replace"))
        except OSError:
            continue
    return []


def removable_block_devices(sys_block: Path = Path("/sys/block")) -> set[str]:
    """Names of block devices the kernel marks removable (sdb, mmcblk0, …)."""
    found: set[str] = set()
    try:
        entries = list(sys_block.iterdir())
    except OSError:
        return found
    for entry in entries:
        try:
            if (entry / "removable").read_text().strip() == "1":
                found.add(entry.name)
        except OSError:
            continue
    return found


def mount_for(path: Path | str, mounts: Iterable[Mount]) -> Mount | None:
    """The mount holding a path: the one with the longest mount point that is a prefix of it."""
    text = str(path)
    best: Mount | None = None
    for mount in mounts:
        point = mount.mountpoint.rstrip("/") or "/"
        if (text == point or text.startswith(point + "/") or point == "/") and (
            best is None or len(point) > len(best.mountpoint.rstrip("/") or "/")
        ):
            best = mount
    return best


def _device_base(device: str) -> str:
    """/dev/sdb1 -> sdb, /dev/mmcblk0p1 -> mmcblk0, /dev/nvme0n1p2 -> nvme0n1."""
    name = device.rsplit("/", 1)[-1]
    if name.startswith(("mmcblk", "nvme")) and "p" in name[5:]:
        head, _, tail = name.rpartition("p")
        return head if tail.isdigit() else name
    return name.rstrip("0123456789") or name


def classify_linux(path: Path | str, mounts: Iterable[Mount], removable: Iterable[str]) -> Location:
    """Classify an absolute path from a mount table and the removable device names."""
    mount = mount_for(path, list(mounts))
    if mount is None:
        return Location.LOCAL
    fstype = mount.fstype.lower()
    if fstype in NETWORK_FSTYPES or fstype.startswith("nfs") or mount.device.startswith("//"):
        return Location.NETWORK
    if _device_base(mount.device) in set(removable):
        return Location.REMOVABLE
    point = mount.mountpoint.rstrip("/") + "/"
    if point.startswith(REMOVABLE_MOUNT_PREFIXES) and mount.device.startswith("/dev/"):
        return Location.REMOVABLE
    return Location.LOCAL


def is_unc(path: str) -> bool:
    r"""\\server\share\… or //server/share/… (also \\?\UNC\…)."""
    text = path.replace("/", "\\")
    if text.upper().startswith("\\\\?\\UNC\\"):
        return True
    if text.startswith("\\\\?\\") or text.startswith("\\\\.\\"):
        return False
    return text.startswith("\\\\")


def classify_windows(path: str, drive_type: int | None) -> Location:
    """Classify a Windows path from its UNC form and GetDriveTypeW's answer for its root."""
    if is_unc(path) or drive_type == DRIVE_REMOTE:
        return Location.NETWORK
    if drive_type == DRIVE_REMOVABLE:
        return Location.REMOVABLE
    return Location.LOCAL


def _windows_drive_type(path: str) -> int | None:  # pragma: no cover - Windows only
    if sys.platform != "win32":
        return None
    import ctypes

    anchor = PureWindowsPath(path).anchor
    if not anchor:
        return None
    return int(ctypes.windll.kernel32.GetDriveTypeW(ctypes.c_wchar_p(anchor)))


def classify(path: Path) -> Location:
    """Classify the folder a database file is (or will be) in, on the running system."""
    if sys.platform == "win32":  # pragma: no cover - Windows only
        text = str(path)
        if is_unc(text):
            return Location.NETWORK
        full = os.path.abspath(text)
        return classify_windows(full, _windows_drive_type(full))
    if is_unc(str(path)):
        return Location.NETWORK
    folder = Path(os.path.abspath(path))
    with contextlib.suppress(OSError):
        folder = folder.resolve()
    return classify_linux(folder, read_mounts(), removable_block_devices())


class NetworkLocationError(UserError):
    """A database on a network share: refused, the district mode is PostgreSQL."""

    def __init__(self, path: Path) -> None:
        super().__init__(
            f"База «{path}» находится в сетевой папке. Работа с файлом базы по сети приводит к его порче, "
            "поэтому Mentor Desk так не работает. Скопируйте базу на диск этого компьютера, а для общей базы "
            "нескольких рабочих мест или школ используйте районный сервер PostgreSQL: Файл → «Подключиться к "
            "серверу…» (см. раздел «Районный сервер» в руководстве)."
        )
        self.path = path


class RemovableLocationError(UserError):
    """A database on removable media: the caller offers `copy_to_local` or proceeds explicitly."""

    def __init__(self, path: Path) -> None:
        super().__init__(
            f"База «{path.name}» находится на съёмном диске (флешке). Если флешку вынуть во время работы, "
            "база может испортиться. Рекомендуется скопировать базу на этот компьютер и работать с копией."
        )
        self.path = path


def check_location(path: Path, *, allow_removable: bool = False) -> Location:
    """Refuse a network path; refuse removable media unless allowed. Returns the location."""
    location = classify(path)
    if location is Location.NETWORK:
        raise NetworkLocationError(path)
    if location is Location.REMOVABLE and not allow_removable:
        raise RemovableLocationError(path)
    return location


def copy_to_local(source: Path, target: Path) -> Path:
    """Copy a database (and its attached files) to a local path through a verified saved copy.

    The source is only read; the target must not exist yet. Returns the target path.
    """
    if target.exists():
        raise UserError(f"Файл «{target}» уже существует. Выберите другое имя.")
    if classify(target) is not Location.LOCAL:
        raise UserError("Выберите папку на диске этого компьютера, а не сетевую папку или флешку.")
    copy_database(source, target)
    log.info("copied a database from removable media to the local disk")
    return target
