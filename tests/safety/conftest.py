"""Fixtures of this folder."""

from __future__ import annotations

import pytest

from mentor_desk.db.database import Database


@pytest.fixture
def database(sqlite_database: Database) -> Database:
    """Backups, locks, recovery and erasure are about the SQLite file itself."""
    return sqlite_database
