"""Data safety, the one door the window and the commands use for it.

Opening with recovery and locking (`open_database`, `open_services`), backups, restore, saved
copies, the backup before an import (`apply_import`), replacing a database (`replace_database`),
erasure in backups — one policy, over db/ (opening, lock, recovery, backup). ui/ and commands/
never import db/ for any of this.
"""

from __future__ import annotations

from mentor_desk.services.safety.backups import (
    AUTO_INTERVAL,
    BackupInfo,
    DataSafety,
    RestoreResult,
    apply_import,
    inspect_backup,
    suggested_copy_name,
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
    "AUTO_INTERVAL", "BackupInfo", "CheckReport", "DamagedDatabaseFound", "DataSafety", "Database",
    "DatabaseLockedError", "LockInfo", "RemovableLocationError", "RestoreResult", "StaleLockError", "apply_import",
    "check_database", "copy_to_local", "force_unlock", "inspect_backup", "known_error", "open_database", "open_services",
    "open_sqlite", "replace_database", "suggested_copy_name", "this_user", "translate",
]
