"""Verified backups of a database with its attached files: automatic, forced, saved copies, restore.

The package, one module per concern: `archive` (the zip format; reading an archive without
trusting it; verification; writing), `capture` (a consistent copy of a live file and its
facts), `rotation` (which backups to keep), `restore` (replacing a database file safely),
`manager` (BackupManager over one database). No Qt; every failure a user can meet is a
UserError with a Russian message, except auto_backup_if_changed, which never raises:

    manager = BackupManager(db_path)                 # backups go to paths.backups_dir_for(db_path)
    manager.auto_backup_if_changed(min_interval=AUTO_INTERVAL)  # timer while working (≤ every 30 min)
    manager.auto_backup_if_changed()                 # at exit; -> BackupInfo | None, logs failures,
                                                     #    sets manager.last_error (Russian) if it failed
    manager.forced_backup("import")                  # before an import/migration/restore/replacement
    manager.list_backups()  -> list[BackupInfo]      # newest first: path, created, reason, counts
    manager.newest_verified() -> BackupInfo | None   # for the recovery offer after a damaged file
    manager.save_copy(target)  -> BackupInfo         # «Сохранить копию базы…»: one self-contained .zip
    manager.restore(source)    -> RestoreResult      # a backup, a saved copy or a bare .db file
    inspect_backup(source) -> BackupInfo             # what a file holds, validated, nothing written

The application reaches all of this through services/safety, never directly.
"""

from __future__ import annotations

from mentor_desk.db.backup.archive import (
    FORCED_REASONS,
    REASON_LABELS,
    BackupInfo,
    inspect_backup,
    read_manifest,
    verify_backup,
)
from mentor_desk.db.backup.capture import AttachedFile, BackupError, integrity_problem, snapshot
from mentor_desk.db.backup.manager import AUTO_INTERVAL, BackupManager, backup_hook, suggested_copy_name
from mentor_desk.db.backup.restore import RestoreResult
from mentor_desk.db.backup.rotation import (
    FORCED_KEEP_DAYS,
    FORCED_KEEP_NEWEST,
    KEEP_DAILY,
    KEEP_MONTHLY,
    KEEP_RECENT,
    KEEP_WEEKLY,
    plan_rotation,
)

__all__ = [
    "AUTO_INTERVAL", "FORCED_KEEP_DAYS", "FORCED_KEEP_NEWEST", "FORCED_REASONS", "KEEP_DAILY", "KEEP_MONTHLY",
    "KEEP_RECENT", "KEEP_WEEKLY", "REASON_LABELS", "AttachedFile", "BackupError", "BackupInfo", "BackupManager",
    "RestoreResult", "backup_hook", "inspect_backup", "integrity_problem", "plan_rotation", "read_manifest",
    "snapshot", "suggested_copy_name", "verify_backup",
]
