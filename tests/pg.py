"""PostgreSQL support for the test suite: a fresh schema per test when a server URL is given."""

from __future__ import annotations

import uuid
from pathlib import Path

from sqlalchemy import create_engine, text

from mentor_desk.db.database import Database, open_url


def fresh_pg_database(url: str, files_dir: Path) -> Database:
    """Create a new database on the server named by `url` and open it at head."""
    name = f"md_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    admin.dispose()
    base, _, _ = url.rpartition("/")
    return open_url(f"{base}/{name}", files_dir)
