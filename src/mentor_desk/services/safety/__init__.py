"""Data safety, the one door the window and the commands use for it.

Opening with recovery and locking (`open_database`, `open_services`), backups, restore, saved
copies, the backup before an import (`apply_import`), replacing a database (`replace_database`),
erasure in backups — one policy, over db/ (opening, lock, recovery, backup). ui/ and commands/
never import db/ for any of this.
"""

from __future__ import annotations

from mentor_desk.services.safety.backups import (
    AUTO_INTERVAL,
    FORCED_KEEP_DAYS,
    FORCED_KEEP_NEWEST,
    BackupInfo,
    DataSafety,
    RestoreResult,
    apply_import,
    inspect_backup,
    suggested_copy_name,
)
from mentor_desk.services.safety.erasure_backups import (
    BackupErasureReport,
    archives_in_backups,
    erase_in_backups,
)
from mentor_desk.services.safety.session import (
    CheckReport,
    DamagedDatabaseFound,
    Database,
    DatabaseLockedError,
    LockInfo,
    RemovableLocationError,
    StaleLockError,
    check_database,
    copy_to_local,
    force_unlock,
    known_error,
    open_database,
    open_services,
    open_sqlite,
    replace_database,
    this_user,
    translate,
)

__all__ = [
    "AUTO_INTERVAL",
    "FORCED_KEEP_DAYS",
    "FORCED_KEEP_NEWEST",
    "BackupErasureReport",
    "BackupInfo",
    "CheckReport",
    "DamagedDatabaseFound",
    "DataSafety",
    "Database",
    "DatabaseLockedError",
    "LockInfo",
    "RemovableLocationError",
    "RestoreResult",
    "StaleLockError",
    "apply_import",
    "archives_in_backups",
    "check_database",
    "copy_to_local",
    "erase_in_backups",
    "force_unlock",
    "inspect_backup",
    "known_error",
    "open_database",
    "open_services",
    "open_sqlite",
    "replace_database",
    "suggested_copy_name",
    "this_user",
    "translate",
]
