"""Fixtures of this folder."""

from __future__ import annotations

import pytest

from mentor_desk.db.database import Database


@pytest.fixture
def database(sqlite_database: Database) -> Database:
    """These tests are about the SQLite file itself."""
    return sqlite_database
