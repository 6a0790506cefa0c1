"""Opening a database: checks before writing, forced backup before migration, the session factory."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from mentor_desk.db.engine import is_sqlite_url, make_engine, sqlite_url
from mentor_desk.db.filecheck import FileState, damaged_message, inspect_file, integrity_problem
from mentor_desk.db.fileops import files_dir_for, make_private, private_mkdir
from mentor_desk.db.migrate import (
    HEAD_REVISION,
    NO_VERSION_TABLE,
    has_tables,
    schema_state,
    stored_revision,
    upgrade,
)
from mentor_desk.errors import DamagedDatabaseError, DatabaseFileError, UserError

if TYPE_CHECKING:
    from mentor_desk.db.lock import DatabaseLock

BackupHook = Callable[[Path, str], Path | None]


@dataclass
class Database:
    engine: Engine
    url: str
    path: Path | None
    files_dir: Path
    session_factory: sessionmaker[Session] = field(init=False)
    lock: DatabaseLock | None = None
    closed: bool = field(default=False, init=False)

    def __post_init__(self) -> None:
        self.session_factory = sessionmaker(self.engine, expire_on_commit=False)

    @property
    def is_sqlite(self) -> bool:
        return self.path is not None

    @property
    def display_name(self) -> str:
        if self.path is not None:
            return self.path.name
        u = self.engine.url  # never the password
        port = f":{u.port}" if u.port else ""
        return f"{u.username}@{u.host or 'localhost'}{port}/{u.database}"

    @property
    def server_name(self) -> str:
        u = self.engine.url
        return f"{u.host or 'localhost'}{f':{u.port}' if u.port else ''}"

    @property
    def read_only(self) -> bool:
        return "mode=ro" in self.url

    def close(self) -> None:
        """Close every connection (SQLite then checkpoints its WAL) and release the write lock."""
        self.closed = True
        self.engine.dispose()
        if self.lock is not None:
            self.lock.release()
            self.lock = None


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
            private_mkdir(path.parent)
            os.close(os.open(path, os.O_WRONLY | os.O_CREAT, 0o600))  # SQLite gives its journal the same mode
            make_private(path)
        except OSError as exc:
            raise UserError(f"Не удалось создать папку «{path.parent}»: {exc.strerror}. Выберите другую папку.") from exc
    elif stored_revision(path) == HEAD_REVISION:
        pass  # already current: no migration, no Alembic
    else:
        ro = make_engine(sqlite_url(path, read_only=True), read_only=True)
        try:
            current, head = schema_state(ro)
            unversioned = current is None and has_tables(ro)
        except sqlite3.DatabaseError as exc:  # pragma: no cover - mapped by callers
            raise DatabaseFileError(f"Файл базы «{path.name}» не читается: {exc}") from exc
        finally:
            ro.dispose()
        if current != head and backup_before_migration is not None:
            backup_before_migration(path, "migration")
        if unversioned:  # tables without their version: a migration would fail on every write
            raise DamagedDatabaseError(damaged_message(path, NO_VERSION_TABLE))
    if state is not FileState.OURS or stored_revision(path) != HEAD_REVISION:
        migrator = make_engine(sqlite_url(path), foreign_keys=False)
        try:
            upgrade(migrator)
        finally:
            migrator.dispose()
    engine = make_engine(sqlite_url(path))
    return Database(engine=engine, url=sqlite_url(path), path=path, files_dir=files_dir_for(path))


def open_url(url: str, files_dir: Path) -> Database:
    """Open a server database (PostgreSQL) by URL, migrating it to the current schema."""
    if is_sqlite_url(url):
        raise ValueError("use open_sqlite for SQLite files")
    engine = make_engine(url)
    schema_state(engine)
    upgrade(engine)
    return Database(engine=engine, url=url, path=None, files_dir=files_dir)


def open_server(url: str, files_cache: Path) -> Database:
    """Open a district server as a school or methodist login: no migration (that is the
    administrator's `district init`), the schema must be exactly this version's."""
    from sqlalchemy.exc import SQLAlchemyError

    from mentor_desk.db.errors import translate

    engine = make_engine(url)
    try:
        try:
            current, head = schema_state(engine)
        except DamagedDatabaseError:
            current, head = None, ""
        if current is None:
            raise DatabaseFileError(
                "На сервере нет базы Mentor Desk. Администратор района создаёт её командой "
                "«mentor-desk district init --url …»; затем подключитесь снова."
            )
        if current != head:
            raise DatabaseFileError(
                "База на сервере сделана прежней версией Mentor Desk. Администратор района обновляет её командой "
                "«mentor-desk district init --url …» (данные сохраняются); затем подключитесь снова."
            )
    except BaseException as exc:
        engine.dispose()
        if isinstance(exc, SQLAlchemyError | OSError):
            raise translate(exc) from exc
        raise
    return Database(engine=engine, url=url, path=None, files_dir=files_cache)


def open_read_only(path: Path) -> Database:
    """Open a file for reading only (check, stats): no lock, no migration, not a byte written."""
    from sqlalchemy.exc import SQLAlchemyError

    from mentor_desk.db.errors import translate

    path = Path(path)
    state = inspect_file(path)
    if state is not FileState.OURS:
        raise DatabaseFileError(f"Файл базы «{path}» не найден или пуст.")
    problem = integrity_problem(path, full=False, links=False)
    if problem:
        raise DamagedDatabaseError(damaged_message(path, problem))
    engine = make_engine(sqlite_url(path, read_only=True), read_only=True)
    try:
        current, head = schema_state(engine, strict=True)
    except BaseException as exc:
        engine.dispose()
        if isinstance(exc, SQLAlchemyError | sqlite3.Error | OSError):
            raise translate(exc) from exc
        if isinstance(exc, DamagedDatabaseError) and exc.message == NO_VERSION_TABLE:
            raise DamagedDatabaseError(damaged_message(path, NO_VERSION_TABLE)) from exc
        raise
    if current != head:
        engine.dispose()
        raise DatabaseFileError(
            f"База «{path.name}» сделана прежней версией программы. Откройте её в Mentor Desk: схема будет "
            "обновлена (после резервной копии), затем повторите команду."
        )
    return Database(engine=engine, url=sqlite_url(path, read_only=True), path=path, files_dir=files_dir_for(path))
