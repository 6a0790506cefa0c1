"""Backups, restore and saved copies of one database file, and the backup before an import."""

from __future__ import annotations

from typing import TYPE_CHECKING

from mentor_desk.db.backup.archive import BackupInfo, inspect_backup
from mentor_desk.db.backup.manager import AUTO_INTERVAL, BackupManager, suggested_copy_name
from mentor_desk.db.backup.restore import RestoreResult
from mentor_desk.db.backup.rotation import FORCED_KEEP_DAYS, FORCED_KEEP_NEWEST

if TYPE_CHECKING:
    from mentor_desk.imports.people import ImportPreview
    from mentor_desk.services.container import Services
    from mentor_desk.services.imports import ImportOutcome

__all__ = ["AUTO_INTERVAL", "FORCED_KEEP_DAYS", "FORCED_KEEP_NEWEST", "BackupInfo", "DataSafety", "RestoreResult", "apply_import", "inspect_backup",
           "suggested_copy_name"]


class DataSafety(BackupManager):
    """The data-safety policy of one database file: its backups, restore and saved copies.

    Automatic backups while working and at exit, forced ones before a migration, an import, a
    restore or a replacement, rotation (db/backup/rotation.py), verified saved copies, restore
    after the current file is backed up. See db/backup for how each is made.
    """

    @classmethod
    def for_services(cls, services: Services) -> DataSafety | None:
        """The policy of the services' database file; None for a server database."""
        path = services.database.path
        return cls(path) if path is not None else None


def apply_import(
    services: Services, preview: ImportPreview, *, update_existing: bool = False, dry_run: bool = False
) -> ImportOutcome:
    """An import with its policy: a forced backup of a database file first, unless nothing would be written."""
    safety = DataSafety.for_services(services)
    if safety is not None and not dry_run and preview.rows:
        safety.forced_backup("import")
    return services.imports.apply(preview, update_existing=update_existing, dry_run=dry_run)
