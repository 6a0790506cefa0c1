"""`mentor-desk export KIND ...`: one subcommand shared by the Excel registers and the PDF documents.

Each area adds its kinds with `register_export_kind(name, handler, help)`; the handler gets the
parsed arguments (db, output, year, form, id, blank, template, org) and returns the exit code.
"""

from __future__ import annotations

import argparse
import weakref
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from mentor_desk.commands.common import add_db_argument
from mentor_desk.errors import UserError

ExportHandler = Callable[[argparse.Namespace], int]


@dataclass(frozen=True)
class ExportKind:
    name: str
    handler: ExportHandler
    help: str


_KINDS: dict[str, ExportKind] = {}
_PARSERS: weakref.WeakSet[argparse.ArgumentParser] = weakref.WeakSet()


def register_export_kind(name: str, handler: ExportHandler, help: str) -> None:
    """Add `mentor-desk export NAME`; registering the same name twice replaces the handler."""
    _KINDS[name] = ExportKind(name, handler, help)
    for parser in _PARSERS:
        parser.epilog = _epilog()


def export_kinds() -> dict[str, ExportKind]:
    return dict(_KINDS)


def _epilog() -> str:
    lines = ["Что можно выгрузить (KIND):"]
    lines += [f"  {k.name:<14} {k.help}" for k in _KINDS.values()]
    return "\n".join(lines)


def ensure_export_parser(sub: Any) -> argparse.ArgumentParser:
    """The `export` subparser, created once per command line whichever area registers first."""
    existing = sub.choices.get("export")
    if existing is not None:
        existing.epilog = _epilog()
        return existing
    parser = sub.add_parser(
        "export",
        help="выгрузить реестр Excel или документ PDF",
        description="Выгрузка реестров и документов без окна программы.",
        epilog=_epilog(),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("kind", metavar="KIND", help="что выгрузить (список ниже)")
    add_db_argument(parser)
    parser.add_argument("-o", "--output", metavar="FILE", required=True, help="куда записать файл")
    parser.add_argument("--year", metavar="2025/2026", default=None, help="учебный год (по умолчанию — текущий)")
    parser.add_argument("--form", metavar="NAME", default=None, help="только одна форма наставничества")
    parser.add_argument("--id", type=int, default=None, metavar="N", help="номер записи (ИОМ, приказа)")
    parser.add_argument("--blank", action="store_true", help="бланк без отметок о выполнении")
    parser.add_argument("--separate", action="store_true",
                        help="каждый ИОМ в отдельный файл PDF; -o — существующая папка для файлов")
    parser.add_argument("--template", metavar="FILE", default=None,
                        help="шаблон района (.xlsx): столбцы в его порядке и с его названиями")
    parser.add_argument("--org", type=int, default=None, help=argparse.SUPPRESS)
    parser.set_defaults(handler=cmd_export)
    _PARSERS.add(parser)
    return parser


def register(sub: Any) -> None:
    ensure_export_parser(sub)


def cmd_export(args: argparse.Namespace) -> int:
    kind = _KINDS.get(args.kind)
    if kind is None:
        known = ", ".join(_KINDS) or "нет"
        raise UserError(f"Неизвестный вид выгрузки «{args.kind}». Доступны: {known}.")
    return int(kind.handler(args) or 0)
