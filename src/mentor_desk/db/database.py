"""Opening a database: checks before writing, forced backup before migration, the session factory."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from mentor_desk.db.engine import is_sqlite_url, make_engine, sqlite_url
from mentor_desk.db.filecheck import FileState, inspect_file
from mentor_desk.db.migrate import schema_state, upgrade
from mentor_desk.errors import DatabaseFileError, UserError

BackupHook = Callable[[Path, str], Path | None]


def files_dir_for(path: Path) -> Path:
    """The folder that belongs to a database file and holds its attached product files."""
    return path.with_name(path.name + ".files")


@dataclass
class Database:
    engine: Engine
    url: str
    path: Path | None
    files_dir: Path
    session_factory: sessionmaker[Session] = field(init=False)

    def __post_init__(self) -> None:
        self.session_factory = sessionmaker(self.engine, expire_on_commit=False)

    @property
    def is_sqlite(self) -> bool:
        return self.path is not None

    @property
    def display_name(self) -> str:
        return self.path.name if self.path is not None else self.engine.url.render_as_string(hide_password=True)

    def close(self) -> None:
        self.engine.dispose()


def open_sqlite(
    path: Path,
    *,
    create: bool = True,
    backup_before_migration: BackupHook | None = None,
) -> Database:
    """Open (or create) a Mentor Desk SQLite file, migrating it to the current schema."""
    path = Path(path)
    state = inspect_file(path)
    if state in (FileState.MISSING, FileState.EMPTY):
        if not create:
            raise DatabaseFileError(f"Файл базы «{path}» не найден.")
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise UserError(f"Не удалось создать папку «{path.parent}»: {exc.strerror}. Выберите другую папку.") from exc
    else:
        ro = make_engine(sqlite_url(path, read_only=True), read_only=True)
        try:
            current, head = schema_state(ro)
        except sqlite3.DatabaseError as exc:  # pragma: no cover - mapped by callers
            raise DatabaseFileError(f"Файл базы «{path.name}» не читается: {exc}") from exc
        finally:
            ro.dispose()
        if current != head and backup_before_migration is not None:
            backup_before_migration(path, "migration")
    migrator = make_engine(sqlite_url(path), foreign_keys=False)
    try:
        upgrade(migrator)
    finally:
        migrator.dispose()
    engine = make_engine(sqlite_url(path))
    return Database(engine=engine, url=sqlite_url(path), path=path, files_dir=files_dir_for(path))


def open_for_user(path: Path, *, create: bool = False, backup_before_migration: BackupHook | None = None) -> Database:
    """open_sqlite with every low-level failure turned into a Russian UserError."""
    from sqlalchemy.exc import SQLAlchemyError

    from mentor_desk.db.errors import translate

    if not create and not Path(path).exists():
        raise DatabaseFileError(f"Файл базы «{path}» не найден. Проверьте путь.")
    try:
        return open_sqlite(path, create=create, backup_before_migration=backup_before_migration)
    except (SQLAlchemyError, sqlite3.Error, OSError) as exc:
        raise translate(exc) from exc


def open_url(url: str, files_dir: Path) -> Database:
    """Open a server database (PostgreSQL) by URL, migrating it to the current schema."""
    if is_sqlite_url(url):
        raise ValueError("use open_sqlite for SQLite files")
    engine = make_engine(url)
    schema_state(engine)
    upgrade(engine)
    return Database(engine=engine, url=url, path=None, files_dir=files_dir)
