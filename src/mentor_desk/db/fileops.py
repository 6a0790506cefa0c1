"""File helpers the database layer shares: private files and folders, fsync, hashing, verified copies.

Files that hold personal data (the database, its journal and lock, backups, logs, temporary
copies) are created readable by their owner only (0600, folders 0700) on POSIX; temporary
copies are hidden on Windows. Nothing here imports another module of the package.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import stat
import tempfile
from pathlib import Path

PRIVATE_FILE = 0o600
PRIVATE_DIR = 0o700
FILE_ATTRIBUTE_HIDDEN = 0x2


def files_dir_for(path: Path) -> Path:
    """The folder that belongs to a database file and holds its attached product files."""
    return path.with_name(path.name + ".files")


def store_path(root: Path, sha: str) -> Path:
    """Where a content-addressed file lives in a store folder."""
    return root / sha[:2] / sha


def make_private(path: Path) -> None:
    """Owner-only permissions on a file or folder (POSIX); a failure is not an error."""
    if os.name == "nt":  # pragma: no cover - Windows folders inherit the user profile's ACL
        return
    with contextlib.suppress(OSError):
        mode = PRIVATE_DIR if path.is_dir() else PRIVATE_FILE
        if stat.S_IMODE(path.stat().st_mode) != mode:
            os.chmod(path, mode)


def private_mkdir(folder: Path) -> None:
    """Create a folder (and missing parents) so that the new ones are owner-only."""
    missing: list[Path] = []
    current = folder
    while not current.exists() and current != current.parent:
        missing.append(current)
        current = current.parent
    folder.mkdir(parents=True, exist_ok=True)
    for created in missing:
        make_private(created)


def hide(path: Path) -> None:
    """Mark a temporary file or folder hidden on Windows (its name starts with a dot elsewhere)."""
    if os.name != "nt":
        return
    import ctypes  # pragma: no cover - Windows only

    with contextlib.suppress(Exception):  # pragma: no cover
        kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
        attrs = kernel32.GetFileAttributesW(str(path))
        if attrs != -1:
            kernel32.SetFileAttributesW(str(path), attrs | FILE_ATTRIBUTE_HIDDEN)


def private_temp_dir(prefix: str, folder: Path) -> tempfile.TemporaryDirectory[str]:
    """A hidden, owner-only temporary folder (mkdtemp already makes it 0700)."""
    tmp = tempfile.TemporaryDirectory(prefix=prefix, dir=folder)
    hide(Path(tmp.name))
    return tmp


def fsync_dir(folder: Path) -> None:
    if os.name == "nt":  # pragma: no cover - directories cannot be fsynced on Windows
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def copy_verified(source: Path, target: Path, sha: str) -> bool:
    """Copy a content-addressed file, checking its hash on the way; False if the source is bad."""
    if source.is_symlink() or not source.is_file():
        return False
    private_mkdir(target.parent)
    fd, tmp_name = tempfile.mkstemp(prefix=".incoming-", dir=target.parent)
    tmp = Path(tmp_name)
    try:
        digest = hashlib.sha256()
        with os.fdopen(fd, "wb") as out, source.open("rb") as src:
            for chunk in iter(lambda: src.read(1 << 20), b""):
                digest.update(chunk)
                out.write(chunk)
            out.flush()
            os.fsync(out.fileno())
        if digest.hexdigest() != sha:
            tmp.unlink()
            return False
        os.replace(tmp, target)
        return True
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
