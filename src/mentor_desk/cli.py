"""Command line: `mentor-desk [--db PATH | --demo]` starts the window; subcommands run headless.

Every failure a user can cause ends in one Russian line on stderr and a non-zero exit code,
never a traceback.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence

from mentor_desk import APP_NAME, __version__
from mentor_desk.commands import core, excel, pdf, safety
from mentor_desk.errors import UserError

log = logging.getLogger(__name__)

# Each module adds its subcommands with register(subparsers); keep one line per area.
COMMAND_MODULES = [core, pdf, excel, safety]


class RussianArgumentParser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        self.exit(2, f"Ошибка в параметрах команды: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    parser = RussianArgumentParser(
        prog="mentor-desk",
        description=f"{APP_NAME} — рабочее место куратора наставничества.",
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.add_argument("--db", metavar="PATH", help="файл базы данных (по умолчанию — в папке данных пользователя)")
    parser.add_argument("--demo", action="store_true", help="открыть демонстрационную школу")
    parser.add_argument("--smoke-test", action="store_true", help=argparse.SUPPRESS)
    sub = parser.add_subparsers(dest="command", metavar="КОМАНДА", parser_class=RussianArgumentParser)
    for module in COMMAND_MODULES:
        module.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(list(argv) if argv is not None else None)
    if args.command is None:
        from mentor_desk.app import run_gui

        return run_gui(args)
    try:
        return int(args.handler(args) or 0)
    except UserError as exc:
        print(exc.message, file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("Прервано пользователем.", file=sys.stderr)
        return 130
    except Exception as exc:  # last line of defence: one line for the user, details in the log
        log.exception("unexpected error in command %s", args.command)
        print(f"Непредвиденная ошибка: {exc}. Подробности записаны в журнал программы.", file=sys.stderr)
        return 1
