"""PostgreSQL support for the test suite: a fresh database per test when a server URL is given."""

from __future__ import annotations

import uuid
from pathlib import Path

from sqlalchemy import create_engine, text

from mentor_desk.db.database import Database, open_url


def _server_url(url: str, name: str) -> str:
    base, _, _ = url.rpartition("/")
    return f"{base}/{name}"


def fresh_pg_database(url: str, files_dir: Path) -> Database:
    """Create a new database on the server named by `url` and open it at head."""
    name = f"md_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    admin.dispose()
    return open_url(_server_url(url, name), files_dir)


def drop_pg_database(url: str, database: Database) -> None:
    database.close()
    name = database.engine.url.database
    admin = create_engine(url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()
