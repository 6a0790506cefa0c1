"""PDF commands: `pdf iom` and `pdf order` (the handlers are also wired as `export iom|order`)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from mentor_desk.commands.common import add_db_argument, open_services
from mentor_desk.errors import NotFoundError, UserError


def register(sub: Any) -> None:
    pdf = sub.add_parser("pdf", help="документы PDF для печати и подписи: ИОМ, приказ о закреплении пар")
    kinds = pdf.add_subparsers(dest="pdf_kind", metavar="ДОКУМЕНТ", required=True, parser_class=type(pdf))

    iom = kinds.add_parser(
        "iom", help="ИОМ с дорожной картой (без --id: все ИОМ текущего учебного года в одном файле)"
    )
    add_iom_arguments(iom)
    iom.set_defaults(handler=export_iom)

    order = kinds.add_parser(
        "order", help="приказ о закреплении наставнических пар (без --id: последний такой приказ)"
    )
    add_order_arguments(order)
    order.set_defaults(handler=export_order)


def _add_common(parser: argparse.ArgumentParser, what: str) -> None:
    add_db_argument(parser)
    parser.add_argument("-o", "--output", metavar="FILE.pdf", required=True, help="куда записать PDF")
    parser.add_argument("--id", type=int, default=None, metavar="N", help=f"номер {what} в базе")


def add_iom_arguments(parser: argparse.ArgumentParser) -> None:
    _add_common(parser, "ИОМ")
    parser.add_argument(
        "--blank", action="store_true", help="без отметок о выполнении — для подписи в начале года"
    )


def add_order_arguments(parser: argparse.ArgumentParser) -> None:
    _add_common(parser, "приказа")


def _target(args: argparse.Namespace) -> Path:
    target = Path(args.output)
    if target.suffix.lower() != ".pdf":
        raise UserError(f"Имя файла «{target.name}» должно оканчиваться на .pdf.")
    if target.is_dir():
        raise UserError(f"«{target}» — это папка. Укажите имя файла, например «{target / 'документ.pdf'}».")
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise UserError(f"Папка «{folder}» не найдена. Выберите существующую папку для сохранения.")
    return target


def export_iom(args: argparse.Namespace) -> int:
    """`export iom` / `pdf iom`: one ИОМ (--id) or every ИОМ of the current school year."""
    from mentor_desk.exports.pdf import write_iom_pdf
    from mentor_desk.services.documents import ioms_for_print

    target = _target(args)
    services = open_services(args)
    try:
        try:
            records = ioms_for_print(services, getattr(args, "id", None))
        except NotFoundError as exc:
            raise UserError(f"В базе нет ИОМ с номером {args.id}. Проверьте номер (--id).") from exc
        org = services.organisation.get()
    finally:
        services.database.close()
    blank = bool(getattr(args, "blank", False))
    pages = write_iom_pdf(records, org, target, blank=blank)
    variant = "для подписи (без отметок)" if blank else "с отметками о выполнении"
    print(f"ИОМ ({len(records)}) {variant} записаны в «{target}»: страниц — {pages}.")
    return 0


def export_order(args: argparse.Namespace) -> int:
    """`export order` / `pdf order`: the order with --id, else the latest order fixing pairs."""
    from mentor_desk.exports.pdf import write_order_pdf
    from mentor_desk.services.documents import order_for_print

    target = _target(args)
    services = open_services(args)
    try:
        try:
            document = order_for_print(services, getattr(args, "id", None))
        except NotFoundError as exc:
            raise UserError(f"В базе нет приказа с номером {args.id}. Проверьте номер (--id).") from exc
        org = services.organisation.get()
    finally:
        services.database.close()
    pages = write_order_pdf(document, org, target)
    order = document.order
    print(f"Приказ № {order.number} от {order.signed_on:%d.%m.%Y} записан в «{target}»: страниц — {pages}.")
    return 0
