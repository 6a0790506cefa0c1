"""Temporary copies beside a database file, and finding the ones a killed run left behind.

Every temporary that holds a copy of the data (restore staging, a demo school being written, a
copy being made) is created beside its database as `.<name>.tmp-<kind>-<pid>-<random>`: hidden,
owner-only, and tied to the database and the process that made it. A temporary whose process is
gone is a leftover: removed at the next open, reported by `check`, removed by `erase`.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
import time
from pathlib import Path

from mentor_desk.db.fileops import hide, make_private
from mentor_desk.db.lock import pid_alive

KINDS = ("restore", "demo", "copy", "erase")


def temp_prefix(db_path: Path, kind: str) -> str:
    return f".{db_path.name}.tmp-{kind}-{os.getpid()}-"


def temp_dir(db_path: Path, kind: str) -> tempfile.TemporaryDirectory[str]:
    """A hidden owner-only staging folder beside the database, removed when the block ends."""
    tmp = tempfile.TemporaryDirectory(prefix=temp_prefix(db_path, kind), dir=db_path.parent)
    hide(Path(tmp.name))
    make_private(Path(tmp.name))
    return tmp


def _owner_pid(path: Path, db_path: Path) -> int | None:
    rest = path.name.removeprefix(f".{db_path.name}.tmp-")
    parts = rest.split("-")
    if rest == path.name or len(parts) < 3 or parts[0] not in KINDS:
        return None
    try:
        return int(parts[1])
    except ValueError:
        return None


def _gone(pid: int | None) -> bool:
    return pid is not None and (pid == 0 or (pid != os.getpid() and not pid_alive(pid)))


def find_leftovers(db_path: Path) -> list[Path]:
    """Temporaries of this database whose process is gone (and those of earlier versions)."""
    folder = db_path.parent
    if not folder.is_dir():
        return []
    found = [p for p in folder.glob(f".{db_path.name}.tmp-*") if _gone(_owner_pid(p, db_path))]
    # Earlier versions: `.<name>.<pid>.tmp` (demo) and untagged staging folders an hour old.
    for path in folder.glob(f".{db_path.name}.*.tmp"):
        pid = path.name.removeprefix(f".{db_path.name}.").removesuffix(".tmp")
        if pid.isdigit() and _gone(int(pid)):
            found.append(path)
    hour_ago = time.time() - 3600
    for pattern in (".mentor-desk-restore-*", ".mentor-desk-copy-*"):
        for path in folder.glob(pattern):
            with contextlib.suppress(OSError):
                if path.is_dir() and path.stat().st_mtime < hour_ago:
                    found.append(path)
    return sorted(found)


def remove_leftovers(db_path: Path) -> list[Path]:
    """Remove the leftovers of killed runs; returns what was removed."""
    removed = []
    for path in find_leftovers(db_path):
        with contextlib.suppress(OSError):
            if path.is_dir() and not path.is_symlink():
                shutil.rmtree(path)
            else:
                path.unlink()
            removed.append(path)
    return removed
