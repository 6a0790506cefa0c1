"""What the headless commands share: opening a database by path for a user."""

from __future__ import annotations

import argparse
from pathlib import Path

from mentor_desk.paths import default_database
from mentor_desk.services import safety
from mentor_desk.services.container import Services


def add_db_argument(parser: argparse.ArgumentParser, required: bool = True) -> None:
    parser.add_argument("--db", metavar="PATH", required=required, help="файл базы данных Mentor Desk")


def db_path(args: argparse.Namespace) -> Path:
    return Path(args.db) if getattr(args, "db", None) else default_database()


def open_services(
    args: argparse.Namespace, create: bool = False, read_only: bool = False, set_aside: bool = True
) -> Services:
    """Write commands hold the database's write lock until they close it; read-only ones write nothing.

    Only a command that changes the data may set a damaged file aside (set_aside); the others
    (export) refuse it untouched with the same message as `check`.
    """
    options = {} if read_only else {"allow_removable": True, "heartbeat": False, "set_aside": set_aside}
    return safety.open_services(
        db_path(args), getattr(args, "org", None), create=create, read_only=read_only, **options
    )
