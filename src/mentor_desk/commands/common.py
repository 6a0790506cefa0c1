"""What the headless commands share: opening a database by path and printing results."""

from __future__ import annotations

import argparse
from pathlib import Path

from sqlalchemy.exc import SQLAlchemyError

from mentor_desk.db.database import Database, open_sqlite
from mentor_desk.db.errors import translate
from mentor_desk.errors import UserError
from mentor_desk.paths import default_database
from mentor_desk.services.container import Services


def add_db_argument(parser: argparse.ArgumentParser, required: bool = True) -> None:
    parser.add_argument(
        "--db", metavar="PATH", required=required, help="файл базы данных Mentor Desk"
    )


def db_path(args: argparse.Namespace) -> Path:
    return Path(args.db) if getattr(args, "db", None) else default_database()


def open_database(path: Path, create: bool = False) -> Database:
    if not create and not path.exists():
        raise UserError(f"Файл базы «{path}» не найден. Проверьте путь.")
    try:
        return open_sqlite(path, create=create)
    except (SQLAlchemyError, OSError) as exc:
        raise translate(exc) from exc


def open_services(args: argparse.Namespace, create: bool = False) -> Services:
    database = open_database(db_path(args), create=create)
    try:
        return Services.for_database(database, getattr(args, "org", None))
    except (SQLAlchemyError, OSError) as exc:
        database.close()
        raise translate(exc) from exc
