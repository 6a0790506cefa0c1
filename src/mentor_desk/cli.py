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
from mentor_desk.errors import UserError

log = logging.getLogger(__name__)

# Each module adds its subcommands with register(subparsers); keep one name per area. They are
# imported only when a command is given, so that starting the window loads none of them.
COMMAND_MODULES = ["core", "export", "orders", "excel", "safety", "site", "indicators", "year", "district"]


class RussianArgumentParser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        self.exit(2, f"Ошибка в параметрах команды: {message}\n")


def _window_parser() -> argparse.ArgumentParser:
    parser = RussianArgumentParser(
        prog="mentor-desk",
        description=f"{APP_NAME} — рабочее место куратора наставничества.",
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.add_argument("--db", metavar="PATH", help="файл базы данных (по умолчанию — в папке данных пользователя)")
    parser.add_argument("--demo", action="store_true", help="открыть демонстрационную школу")
    parser.add_argument("--smoke-test", action="store_true", help=argparse.SUPPRESS)
    return parser


def build_parser() -> argparse.ArgumentParser:
    """The whole command line: the window's options and every subcommand."""
    import importlib

    parser = _window_parser()
    sub = parser.add_subparsers(dest="command", metavar="КОМАНДА", parser_class=RussianArgumentParser)
    for name in COMMAND_MODULES:
        importlib.import_module(f"mentor_desk.commands.{name}").register(sub)
    return parser


def _names_a_command(argv: Sequence[str]) -> bool:
    """Whether the arguments name a subcommand (or ask for the full help)."""
    skip_value = False
    for token in argv:
        if skip_value:
            skip_value = False
        elif token == "--db":
            skip_value = True
        elif token in ("-h", "--help") or not token.startswith("-"):
            return True
    return False


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(argv) if argv is not None else sys.argv[1:]
    if not _names_a_command(arguments):
        from mentor_desk.app import run_gui

        window_args = _window_parser().parse_args(arguments)
        window_args.command = None
        return run_gui(window_args)
    args = build_parser().parse_args(arguments)
    if args.command is None:
        from mentor_desk.app import run_gui

        return run_gui(args)
    from mentor_desk.logfile import error_summary, setup_logging

    log_file = setup_logging()  # the same file the window writes, the one the messages point to
    try:
        return int(args.handler(args) or 0)
    except UserError as exc:
        print(exc.message, file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("Прервано пользователем.", file=sys.stderr)
        return 130
    except Exception as exc:  # last line of defence: one Russian line, details (never a person's data) logged
        from mentor_desk.services.safety import known_error

        error = known_error(exc)
        if error is not None:
            log.warning("command %s failed: %s", args.command, type(exc).__name__)
            print(error.message, file=sys.stderr)
            return error.exit_code
        log.error("unexpected error in command %s: %s", args.command, error_summary(exc))
        print(f"Непредвиденная ошибка ({type(exc).__name__}). Подробности записаны в журнал «{log_file}».",
              file=sys.stderr)
        return 1

