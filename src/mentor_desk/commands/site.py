"""`mentor-desk site`: the school website's «Наставничество» section as a folder."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from mentor_desk.commands.common import add_db_argument, open_services


def register(sub: Any) -> None:
    site = sub.add_parser(
        "site",
        help="раздел сайта «Наставничество»: index.html, документы PDF, база наставников",
        description="Записывает папку для сайта школы. Публикуются только участники с согласием на "
        "публикацию и только разрешённые сведения; повторный запуск заменяет папку целиком.",
    )
    add_db_argument(site)
    site.add_argument("-o", "--output", metavar="FOLDER", required=True, help="папка раздела сайта")
    site.add_argument("--org", type=int, default=None, help=argparse.SUPPRESS)
    site.set_defaults(handler=cmd_site)


def cmd_site(args: argparse.Namespace) -> int:
    from mentor_desk.services.site import write_site

    services = open_services(args)
    try:
        data = write_site(services, Path(args.output))
    finally:
        services.database.close()
    print(
        f"Раздел сайта записан в «{args.output}»: index.html, документов — {len(data.documents)}, "
        f"наставников в базе — {len(data.mentors)}."
    )
    return 0

