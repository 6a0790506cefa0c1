"""Alembic migrations run from inside the package, in one transaction.

A new database is created at head; an older one is upgraded (after a forced backup by the
caller); one made by a newer version is refused with its bytes untouched.
"""

from __future__ import annotations

import sqlite3
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, insert, inspect, select, text

from mentor_desk import __version__
from mentor_desk.db.engine import APPLICATION_ID, is_sqlite_url
from mentor_desk.db.models import AppMeta
from mentor_desk.errors import DamagedDatabaseError, NewerDatabaseError

if TYPE_CHECKING:
    from alembic.config import Config

WRITTEN_BY_KEY = "schema_written_by"
# The newest revision in migrations/versions (a test keeps the two equal). A database already
# there opens without loading Alembic at all, which keeps the window's start-up short.
HEAD_REVISION = "0009"


def stored_revision(path: Path) -> str | None:
    """The schema revision recorded in a SQLite file, read without writing anything."""
    conn = sqlite3.connect(f"file:{path.resolve().as_posix()}?mode=ro", uri=True)
    try:
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        return str(row[0]) if row else None
    except sqlite3.Error:
        return None
    finally:
        conn.close()


def migrations_dir() -> Path:
    return Path(str(resources.files("mentor_desk.db") / "migrations"))


def alembic_config(script_location: Path | None = None) -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(script_location or migrations_dir()))
    return cfg


def head_revision(script_location: Path | None = None) -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config(script_location)).get_current_head()
    assert head is not None
    return head


def current_revision(conn: Connection) -> str | None:
    from alembic.runtime.migration import MigrationContext

    return MigrationContext.configure(conn).get_current_revision()


def known_revisions(script_location: Path | None = None) -> set[str]:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config(script_location))
    return {rev.revision for rev in script.walk_revisions()}


def _written_by(conn: Connection) -> str:
    if not inspect(conn).has_table("app_meta"):
        return ""
    value = conn.execute(select(AppMeta.value).where(AppMeta.key == WRITTEN_BY_KEY)).scalar_one_or_none()
    return value or ""


NO_VERSION_TABLE = "в нём нет таблицы версии схемы alembic_version"


def has_tables(engine: Engine) -> bool:
    with engine.connect() as conn:
        return bool(inspect(conn).get_table_names())


def schema_state(
    engine: Engine, script_location: Path | None = None, *, strict: bool = False
) -> tuple[str | None, str]:
    """Return (current revision, head revision); refuse a database from a newer version.

    strict (for reading without migrating): tables without the schema-version table are damage.
    """
    head = head_revision(script_location)
    with engine.connect() as conn:
        current = current_revision(conn)
        if current is not None and current not in known_revisions(script_location):
            version = _written_by(conn)
            needed = f" (версия {version} или новее)" if version else ""
            raise NewerDatabaseError(
                "База данных создана более новой версией Mentor Desk"
                f"{needed}. Обновите программу; файл базы не изменён."
            )
        tables = inspect(conn).get_table_names()
        if current is None and tables and "organisation" not in tables:
            raise DamagedDatabaseError("В файле нет таблиц Mentor Desk: это не база данных программы.")
    if current is None and tables and strict:
        raise DamagedDatabaseError(NO_VERSION_TABLE)
    return current, head


def upgrade(engine: Engine, script_location: Path | None = None) -> None:
    """Bring the schema to head in a single transaction: all of it, or nothing."""
    from alembic import command

    cfg = alembic_config(script_location)
    sqlite = is_sqlite_url(str(engine.url))
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
        if sqlite:
            problems = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            if problems:
                raise DamagedDatabaseError("После обновления схемы нарушены связи между записями; обновление отменено.")
            conn.exec_driver_sql(f"PRAGMA application_id={APPLICATION_ID}")
        existing = conn.execute(select(AppMeta).where(AppMeta.key == WRITTEN_BY_KEY)).scalar_one_or_none()
        if existing is None:
            conn.execute(insert(AppMeta).values(key=WRITTEN_BY_KEY, value=__version__))
        else:
            conn.execute(
                text("UPDATE app_meta SET value = :v WHERE key = :k"), {"v": __version__, "k": WRITTEN_BY_KEY}
            )
