"""Which backups to keep: automatic ones by age buckets, forced ones for a stated horizon.

Automatic backups: the 8 newest whatever their age, plus the newest of each of the 14 most
recent days, 8 ISO weeks and 12 months that have one.
Forced backups (before a schema update, an import, a restore, a replacement, an erasure, or
asked for with `mentor-desk backup`): every one of the last FORCED_KEEP_DAYS days, and beyond
that the FORCED_KEEP_NEWEST newest; older ones are removed.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, timedelta
from typing import Any

from mentor_desk.db.backup.archive import BackupInfo

KEEP_RECENT = 8
KEEP_DAILY = 14
KEEP_WEEKLY = 8
KEEP_MONTHLY = 12
FORCED_KEEP_DAYS = 30
FORCED_KEEP_NEWEST = 20


def plan_rotation(
    backups: Iterable[BackupInfo], now: datetime | None = None
) -> tuple[list[BackupInfo], list[BackupInfo]]:
    """Split backups into (keep, remove) by the policy in the module docstring."""
    items = sorted(backups, key=lambda b: b.created, reverse=True)
    forced = [b for b in items if b.forced]
    horizon = (now or datetime.now()) - timedelta(days=FORCED_KEEP_DAYS)
    keep_ids = {b.path for b in forced[:FORCED_KEEP_NEWEST]} | {b.path for b in forced if b.created >= horizon}
    auto = [b for b in items if not b.forced]
    keep_ids.update(b.path for b in auto[:KEEP_RECENT])

    def newest_per(period_of: Any, limit: int) -> None:
        seen: list[object] = []
        for b in auto:
            period = period_of(b.created)
            if period in seen:
                continue
            if len(seen) >= limit:
                break
            seen.append(period)
            keep_ids.add(b.path)

    newest_per(lambda d: d.date(), KEEP_DAILY)
    newest_per(lambda d: d.isocalendar()[:2], KEEP_WEEKLY)
    newest_per(lambda d: (d.year, d.month), KEEP_MONTHLY)
    keep = [b for b in items if b.path in keep_ids]
    remove = [b for b in items if b.path not in keep_ids]
    return keep, remove
