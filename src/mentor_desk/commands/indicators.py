"""`mentor-desk indicators`: the district's indicators on a date, as text or JSON."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date, datetime
from typing import Any

from mentor_desk.commands.common import add_db_argument, open_services
from mentor_desk.errors import UserError


def register(sub: Any) -> None:
    parser = sub.add_parser("indicators", help="показатели наставничества на дату: числитель, знаменатель, кто учтён")
    add_db_argument(parser)
    parser.add_argument("--on", metavar="ДД.ММ.ГГГГ", default=None, help="дата «по состоянию на» (по умолчанию — сегодня)")
    parser.add_argument("--json", action="store_true", help="вывести список показателей в формате JSON")
    parser.add_argument("--org", type=int, default=None, help=argparse.SUPPRESS)
    parser.set_defaults(handler=cmd_indicators)


def parse_day(text: str) -> date:
    """A date typed as ДД.ММ.ГГГГ; anything else is a Russian error."""
    try:
        return datetime.strptime(text.strip(), "%d.%m.%Y").date()
    except ValueError:
        raise UserError(f"Дата «{text}» не распознана: укажите её как ДД.ММ.ГГГГ, например 15.05.2027.") from None


def cmd_indicators(args: argparse.Namespace) -> int:
    on = parse_day(args.on) if args.on else None
    services = open_services(args, read_only=True)
    try:
        result = services.indicators.compute(on)
    finally:
        services.database.close()
    if args.json:
        json.dump([i.as_dict() for i in result.items], sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return 0
    print(f"Показатели наставничества по состоянию на {result.on:%d.%m.%Y} ({result.school_year} учебный год)")
    for item in result.items:
        detail = f" ({item.detail_text})" if item.detail_text else ""
        target = f"; целевое значение {100 * item.target:.0f} %" if item.target is not None else ""
        print(f"{item.title}: {item.value_text}{detail}{target}")
    return 0
