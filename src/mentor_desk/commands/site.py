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
    register_documents()
    from mentor_desk.commands.export import ensure_export_parser

    ensure_export_parser(sub)


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


def register_documents() -> None:
    """`export regulation|implementation-roadmap|programmes|consent`: school documents, PDF or DOCX."""
    from mentor_desk.commands.export import register_export_kind

    helps = {
        "regulation": "Положение о наставничестве (PDF или DOCX)",
        "implementation-roadmap": "дорожная карта внедрения целевой модели (PDF или DOCX)",
        "programmes": "программы наставничества, каждая со своей страницы (PDF или DOCX)",
        "consent": "согласие на обработку ПДн: участника --id или всех, кто его не подписал (PDF или DOCX)",
    }
    for name, text in helps.items():
        register_export_kind(name, lambda args, n=name: export_document(args, n), text)


def export_document(args: argparse.Namespace, name: str) -> int:
    from mentor_desk.errors import NotFoundError, UserError
    from mentor_desk.services.templates import SCHOOL_DOCUMENTS, export_school_document

    target = Path(args.output)
    if target.suffix.lower() not in (".pdf", ".docx"):
        raise UserError(
            f"Имя файла «{target.name}» должно оканчиваться на .pdf (для печати) или .docx (для правки в Word)."
        )
    services = open_services(args, read_only=True)
    try:
        count = export_school_document(services, name, target, getattr(args, "id", None), getattr(args, "year", None))
    except NotFoundError as exc:
        raise UserError(f"В базе нет участника с номером {args.id}. Проверьте номер (--id).") from exc
    finally:
        services.database.close()
    unit = "документов" if target.suffix.lower() == ".docx" else "страниц"
    print(f"«{SCHOOL_DOCUMENTS[name]}» записан(о) в «{target}»: {unit} — {count}.")
    return 0
