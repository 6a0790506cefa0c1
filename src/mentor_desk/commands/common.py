"""What the headless commands share: opening a database by path for a user."""

from __future__ import annotations

import argparse
from pathlib import Path

from mentor_desk.errors import UserError
from mentor_desk.paths import default_database
from mentor_desk.services import safety
from mentor_desk.services.container import Services
from mentor_desk.services.district import is_server_url


def add_db_argument(parser: argparse.ArgumentParser, required: bool = True) -> None:
    parser.add_argument("--db", metavar="PATH", required=required,
                        help="файл базы данных Mentor Desk или адрес сервера postgresql://ЛОГИН:ПАРОЛЬ@СЕРВЕР/БАЗА")


def is_server(args: argparse.Namespace) -> bool:
    return is_server_url(str(getattr(args, "db", None) or ""))


def db_path(args: argparse.Namespace) -> Path:
    if is_server(args):
        raise UserError(
            "Эта команда работает с файлом базы. Для школы на районном сервере: копия — "
            "«mentor-desk district download» (у администратора района), остальное — в окне программы."
        )
    return Path(args.db) if getattr(args, "db", None) else default_database()


def open_services(
    args: argparse.Namespace, create: bool = False, read_only: bool = False, set_aside: bool = True
) -> Services:
    """Write commands hold the database's write lock until they close it; read-only ones write nothing.

    Only a command that changes the data may set a damaged file aside (set_aside); the others
    (export) refuse it untouched with the same message as `check`.
    """
    if is_server(args):
        from mentor_desk.services.district import open_school

        return open_school(args.db, getattr(args, "org", None))
    options = {} if read_only else {"allow_removable": True, "heartbeat": False, "set_aside": set_aside}
    return safety.open_services(
        db_path(args), getattr(args, "org", None), create=create, read_only=read_only, **options
    )
