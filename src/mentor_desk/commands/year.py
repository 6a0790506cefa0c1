"""`mentor-desk year new` (roll the school year over) and `mentor-desk report annual`."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from mentor_desk.commands.common import add_db_argument, open_services
from mentor_desk.commands.indicators import parse_day


def register(sub: Any) -> None:
    year = sub.add_parser("year", help="учебный год: перейти на новый")
    year_sub = year.add_subparsers(dest="year_command", metavar="ДЕЙСТВИЕ", required=True)
    new = year_sub.add_parser("new", help="перейти на новый учебный год: резервная копия, итоги пар, перенос "
                                          "действующих пар и невыполненных мероприятий ИОМ, проект приказа")
    add_db_argument(new)
    new.add_argument("--on", metavar="ДД.ММ.ГГГГ", default=None, help=argparse.SUPPRESS)
    new.add_argument("--org", type=int, default=None, help=argparse.SUPPRESS)
    new.set_defaults(handler=cmd_year_new)

    report = sub.add_parser("report", help="отчёты: аналитическая справка за год")
    report_sub = report.add_subparsers(dest="report_command", metavar="ОТЧЁТ", required=True)
    annual = report_sub.add_parser("annual", help="«Аналитическая справка по итогам реализации программы "
                                                  "наставничества» (PDF)")
    add_db_argument(annual)
    annual.add_argument("-o", "--output", metavar="FILE", required=True, help="куда сохранить (.pdf или .docx)")
    annual.add_argument("--year", metavar="2026/2027", default=None, help="учебный год (по умолчанию — текущий)")
    annual.add_argument("--org", type=int, default=None, help=argparse.SUPPRESS)
    annual.set_defaults(handler=cmd_report_annual)


def cmd_year_new(args: argparse.Namespace) -> int:
    on = parse_day(args.on) if args.on else None
    services = open_services(args)
    try:
        result = services.years.roll_over(on)
    finally:
        services.database.close()
    print(f"Учебный год {result.old_year} переведён на {result.new_year}.")
    if result.backup:
        print(f"Сначала сделана резервная копия: {result.backup}")
    print(f"Завершено пар: {len(result.closed)}; перенесено пар: {len(result.carried)}; "
          f"мероприятий ИОМ перенесено: {result.activities}.")
    print("Подготовлен проект приказа о закреплении пар на новый учебный год: присвойте номер и подпишите.")
    return 0


def cmd_report_annual(args: argparse.Namespace) -> int:
    services = open_services(args, read_only=True)
    try:
        target = Path(args.output)
        pages = services.annual.write(target, args.year)
    finally:
        services.database.close()
    if target.suffix.lower() == ".docx":
        print(f"Аналитическая справка сохранена: «{target}» (документ Word, диаграмм рисунками: {pages}).")
    else:
        print(f"Аналитическая справка сохранена: «{target}» (страниц: {pages}).")
    return 0
