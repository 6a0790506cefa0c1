"""`mentor-desk export KIND ...`: every register and document of services/documents on the command line.

The kinds, their help and the formats come from the one registry (resources/documents/kinds.json).
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from mentor_desk.commands.common import add_db_argument, open_services
from mentor_desk.errors import NotFoundError, UserError


def _epilog() -> str:
    from mentor_desk.services.documents import cli_kinds

    lines = ["Что можно выгрузить (KIND):"]
    lines += [f"  {name:<14} {k.cli_help}" for name, k in cli_kinds().items()]
    return "\n".join(lines)


def register(sub: Any) -> None:
    parser = sub.add_parser(
        "export",
        help="выгрузить реестр Excel или документ (PDF, HTML)",
        description="Выгрузка реестров и документов без окна программы.",
        epilog=_epilog(),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("kind", metavar="KIND", help="что выгрузить (список ниже)")
    add_db_argument(parser)
    parser.add_argument("-o", "--output", metavar="FILE", required=True, help="куда записать файл")
    parser.add_argument("--year", metavar="2025/2026", default=None, help="учебный год (по умолчанию — текущий)")
    parser.add_argument("--form", metavar="NAME", default=None, help="только одна форма наставничества")
    parser.add_argument("--id", type=int, default=None, metavar="N",
                        help="номер записи: ИОМ (export iom), приказа (export order, см. mentor-desk orders) "
                        "или участника (export consent)")
    parser.add_argument("--blank", action="store_true", help="бланк без отметок о выполнении")
    parser.add_argument("--separate", action="store_true",
                        help="каждый ИОМ в отдельный файл PDF; -o — существующая папка для файлов")
    parser.add_argument("--template", metavar="FILE", default=None,
                        help="шаблон района (.xlsx): столбцы в его порядке и с его названиями")
    parser.add_argument("--org", type=int, default=None, help=argparse.SUPPRESS)
    parser.set_defaults(handler=cmd_export)


def params_from_args(args: argparse.Namespace) -> dict[str, Any]:
    """The parameters services.documents takes, from the parsed command line."""
    record_id = getattr(args, "id", None)
    return {
        "school_year": getattr(args, "year", None),
        "form": getattr(args, "form", None),
        "template": Path(args.template) if getattr(args, "template", None) else None,
        "blank": bool(getattr(args, "blank", False)),
        "iom_id": record_id,
        "order_id": record_id,
        "person_id": record_id,
    }


_WHAT = {"iom_pdf": "ИОМ", "order_pdf": "приказа", "school_document": "участника"}


def cmd_export(args: argparse.Namespace) -> int:
    from mentor_desk.services import documents

    kind = documents.cli_kind(args.kind)
    separate = bool(getattr(args, "separate", False))
    if separate:
        if kind.producer != "iom_pdf":
            raise UserError("Флаг --separate относится только к выгрузке ИОМ (export iom).")
        target = Path(args.output)
        if not target.is_dir():
            raise UserError(f"Папка «{target}» не найдена. С --separate укажите в -o существующую папку.")
    else:
        target = documents.checked_target(args.output, tuple(f.suffix for f in kind.formats))
    services = open_services(args, set_aside=False)  # an export never renames the file
    try:
        if separate:
            params = params_from_args(args)
            result = documents.export_iom_folder(services, target, params["school_year"], params["blank"])
        else:
            result = documents.export(services, kind.key, target, params_from_args(args))
    except documents.MissingDocumentError as exc:
        raise UserError(exc.cli_message) from exc
    except NotFoundError as exc:
        what = _WHAT.get(kind.producer, "записи")
        raise UserError(f"В базе нет {what} с номером {args.id}. Проверьте номер (--id).") from exc
    finally:
        services.database.close()
    print(f"Записано: «{result.path}». {result.message}")
    for note in result.notes:
        print(note)
    return 0
