"""A verified copy of a database file with its attached files at a new path (copy to the local disk)."""

from __future__ import annotations

import logging
import os
from pathlib import Path

from mentor_desk.db.backup.archive import DB_MEMBER, BackupError, is_sha256, wrap
from mentor_desk.db.backup.capture import integrity_problem, read_facts, snapshot
from mentor_desk.db.fileops import copy_verified, files_dir_for, fsync_dir, private_mkdir, store_path
from mentor_desk.db.leftovers import temp_dir

log = logging.getLogger(__name__)


def copy_database(source: Path, target: Path) -> None:
    """Copy `source` (only read) to `target` (a new path) through a verified snapshot."""
    try:
        private_mkdir(target.parent)
        with temp_dir(target, "copy") as tmp:
            snap = Path(tmp) / DB_MEMBER
            snapshot(source, snap)
            _counts, _rev, files = read_facts(snap)
            for f in files:
                if not is_sha256(f.sha256):
                    continue  # a crafted file name is never joined to a path
                target_file = store_path(files_dir_for(target), f.sha256)
                if not copy_verified(store_path(files_dir_for(source), f.sha256), target_file, f.sha256):
                    log.warning("attached file %s is missing or altered; copied without it", f.sha256[:12])
            os.replace(snap, target)
            fsync_dir(target.parent)
    except Exception as exc:
        raise wrap(exc, "База не скопирована") from exc
    problem = integrity_problem(target, full=True)
    if problem:
        raise BackupError(f"Копия базы не прошла проверку ({problem}).")
