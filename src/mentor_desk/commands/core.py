"""Core commands: `demo`, `check`, `stats`."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from mentor_desk.commands.common import add_db_argument, db_path, is_server, open_services
from mentor_desk.errors import UserError
from mentor_desk.services.safety import check_database


def register(sub: Any) -> None:
    demo = sub.add_parser("demo", help="создать демонстрационную школу (вымышленные люди)")
    demo.add_argument("path", metavar="PATH", help="куда записать базу")
    demo.add_argument("--seed", type=int, default=2025, help="зерно генератора: одно зерно — одна школа")
    demo.add_argument("--force", action="store_true", help="перезаписать существующий файл")
    demo.add_argument("--on", metavar="ДД.ММ.ГГГГ", default=None,
                      help="школа на эту дату (например, 20.06.2026 — конец учебного года, готовый к переходу)")
    demo.set_defaults(handler=cmd_demo)

    check = sub.add_parser("check", help="проверить базу: версия схемы, целостность, файлы")
    add_db_argument(check)
    check.set_defaults(handler=cmd_check)

    stats = sub.add_parser("stats", help="счётчики базы в формате JSON")
    add_db_argument(stats)
    stats.add_argument("--org", type=int, default=None, help=argparse.SUPPRESS)
    stats.set_defaults(handler=cmd_stats)


def cmd_demo(args: argparse.Namespace) -> int:
    from mentor_desk.commands.indicators import parse_day
    from mentor_desk.demo.generator import write_demo

    path = Path(args.path)
    summary = write_demo(path, seed=args.seed, force=args.force, on=parse_day(args.on) if args.on else None)
    print(f"Демонстрационная школа записана в «{path}»: {summary}")
    if summary.replaced_backup is not None:
        print(f"Прежняя база сохранена в резервной копии «{summary.replaced_backup}».")
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    if is_server(args):
        return _check_server(args)
    report = check_database(db_path(args))
    if report.problem:
        print(report.problem, file=sys.stderr)
        return 3
    print(report.summary)
    for warning in report.warnings:
        print(f"Внимание: {warning}")
    return 0 if not report.warnings else 4


def _check_server(args: argparse.Namespace) -> int:
    services = open_services(args, read_only=True)
    try:
        hashes = services.roadmaps.all_attachment_hashes()
        bad = [name for sha, name in hashes if not services.files.verify(sha)]
        name = services.organisation.get().short_name
    finally:
        services.database.close()
    if bad:
        print(f"Внимание: на сервере нет или испорчены файлы продуктов: {', '.join(sorted(set(bad))[:10])}")
        return 4
    print(f"Схема базы на сервере актуальна; школа «{name}»; файлов продуктов проверено: {len(hashes)}.")
    return 0


def cmd_stats(args: argparse.Namespace) -> int:
    services = open_services(args, read_only=True)
    try:
        data = services.reports.stats()
    finally:
        services.database.close()
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
    return 0


__all__ = ["UserError", "register"]
