"""What the headless commands share: opening a database by path for a user."""

from __future__ import annotations

import argparse
from pathlib import Path

from mentor_desk.db.database import Database, open_for_user
from mentor_desk.paths import default_database
from mentor_desk.services.container import Services


def add_db_argument(parser: argparse.ArgumentParser, required: bool = True) -> None:
    parser.add_argument("--db", metavar="PATH", required=required, help="файл базы данных Mentor Desk")


def db_path(args: argparse.Namespace) -> Path:
    return Path(args.db) if getattr(args, "db", None) else default_database()


def open_database(path: Path, create: bool = False) -> Database:
    return open_for_user(path, create=create)


def open_services(args: argparse.Namespace, create: bool = False) -> Services:
    database = open_database(db_path(args), create=create)
    try:
        return Services.for_database(database, getattr(args, "org", None))
    except BaseException:
        database.close()
        raise
