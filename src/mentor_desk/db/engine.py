"""Engine factory: SQLite pragmas on every connection and real transactions for DDL.

Python's sqlite3 driver does not open a transaction before DDL, so a migration failing
halfway would leave half-made tables. Following SQLAlchemy's documented recipe we switch
the driver's own transaction handling off and emit BEGIN ourselves.

The rollback journal (journal_mode=DELETE) is used rather than WAL: a closed database is one
self-contained file (what coordinators copy to a USB stick), and a read-only look at a file
(`check`, the newer-version refusal) creates no side files next to it.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url

APPLICATION_ID = 0x4D444553  # "MDES": marks a Mentor Desk SQLite file
BUSY_TIMEOUT_MS = 5000
SERVER_CONNECT_TIMEOUT_S = 8


def sqlite_url(path: Path, read_only: bool = False) -> str:
    if read_only:
        return f"sqlite:///file:{path.resolve().as_posix()}?mode=ro&uri=true"
    return f"sqlite:///{path.resolve().as_posix()}"


def is_sqlite_url(url: str) -> bool:
    return make_url(url).get_backend_name() == "sqlite"


def server_url(url: str) -> str:
    """A server URL as users write it (postgresql://…) with the driver the app ships (psycopg 3)."""
    for prefix in ("postgresql://", "postgres://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix):]
    return url


def is_server_url(url: str) -> bool:
    return url.startswith(("postgresql://", "postgres://", "postgresql+"))


def make_engine(url: str, *, foreign_keys: bool = True, read_only: bool = False) -> Engine:
    """Create an engine; for SQLite install the pragmas and the BEGIN recipe."""
    if not is_sqlite_url(url):
        try:
            # hide_parameters: a database error's text must never carry people's names (TRAPS #12).
            return create_engine(server_url(url), pool_pre_ping=True, hide_parameters=True,
                                 connect_args={"connect_timeout": SERVER_CONNECT_TIMEOUT_S})
        except ImportError as exc:  # the bundle for school PCs ships no PostgreSQL driver
            from mentor_desk.errors import UserError

            raise UserError(
                "Эта установка Mentor Desk работает только с файлом базы. Для районного сервера установите "
                'программу с дополнением postgres: pip install "mentor-desk[postgres]".'
            ) from exc

    engine = create_engine(
        url,
        connect_args={"check_same_thread": False, "timeout": BUSY_TIMEOUT_MS / 1000},
        hide_parameters=True,  # an error's text never carries a row's values (names, phones)
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        dbapi_connection.isolation_level = None  # we emit BEGIN ourselves, see below
        cursor = dbapi_connection.cursor()
        try:
            cursor.execute(f"PRAGMA foreign_keys={'ON' if foreign_keys else 'OFF'}")
            cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
            if not read_only:
                cursor.execute("PRAGMA journal_mode=DELETE")
                cursor.execute("PRAGMA synchronous=FULL")
                cursor.execute("PRAGMA secure_delete=ON")
        finally:
            cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        conn.exec_driver_sql("BEGIN")

    return engine
