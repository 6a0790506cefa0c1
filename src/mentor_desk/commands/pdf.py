"""PDF commands: `export iom` and `export order`."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from mentor_desk.commands.common import open_services
from mentor_desk.commands.export import ensure_export_parser, register_export_kind
from mentor_desk.domain.records import OrganisationRecord
from mentor_desk.errors import NotFoundError, UserError
from mentor_desk.services.container import Services

if TYPE_CHECKING:
    from mentor_desk.exports.pdf import OrderDocument

T = TypeVar("T")


def register(sub: Any) -> None:
    """`mentor-desk export iom|order`: the PDF kinds of the shared export command."""
    register_export_kind("iom", export_iom, "ИОМ с дорожной картой в PDF (без --id: все ИОМ текущего года)")
    register_export_kind("order", export_order, "приказ о закреплении пар в PDF (без --id: последний)")
    ensure_export_parser(sub)


def _target(args: argparse.Namespace) -> Path:
    target = Path(args.output)
    if target.suffix.lower() not in (".pdf", ".docx"):
        raise UserError(
            f"Имя файла «{target.name}» должно оканчиваться на .pdf (для печати) или .docx (для правки в Word)."
        )
    if target.is_dir():
        raise UserError(f"«{target}» — это папка. Укажите имя файла, например «{target / 'документ.pdf'}».")
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise UserError(f"Папка «{folder}» не найдена. Выберите существующую папку для сохранения.")
    return target


def _gather(args: argparse.Namespace, fetch: Callable[[Services], T], what: str) -> tuple[T, OrganisationRecord]:
    """Read what a document needs and the school's requisites, then close the database."""
    services = open_services(args)
    try:
        try:
            data = fetch(services)
        except NotFoundError as exc:
            raise UserError(f"В базе нет {what} с номером {args.id}. Проверьте номер (--id).") from exc
        return data, services.organisation.get()
    finally:
        services.database.close()


def export_iom(args: argparse.Namespace) -> int:
    """`export iom` / `pdf iom`: one ИОМ (--id) or every ИОМ of the current school year."""
    from mentor_desk.exports.pdf import write_iom_pdf
    from mentor_desk.services.documents import ioms_for_print

    target = _target(args)
    blank = bool(getattr(args, "blank", False))
    variant = "для подписи (без отметок)" if blank else "с отметками о выполнении"
    if target.suffix.lower() == ".docx":
        from mentor_desk.services.templates import export_iom_docx

        count, _ = _gather(
            args, lambda sv: export_iom_docx(sv, ioms_for_print(sv, getattr(args, "id", None)), target, blank), "ИОМ"
        )
        print(f"ИОМ ({count}) {variant} записаны в «{target}» (DOCX для правки в Word).")
        return 0
    records, org = _gather(args, lambda sv: ioms_for_print(sv, getattr(args, "id", None)), "ИОМ")
    pages = write_iom_pdf(records, org, target, blank=blank)
    print(f"ИОМ ({len(records)}) {variant} записаны в «{target}»: страниц — {pages}.")
    return 0


def export_order(args: argparse.Namespace) -> int:
    """`export order` / `pdf order`: the order with --id, else the latest order fixing pairs."""
    from mentor_desk.exports.pdf import write_order_pdf
    from mentor_desk.services.documents import order_for_print

    target = _target(args)
    if target.suffix.lower() == ".docx":
        from mentor_desk.services.templates import export_order_docx

        def write(sv: Services) -> OrderDocument:
            found = order_for_print(sv, getattr(args, "id", None))
            export_order_docx(sv, found, target)
            return found

        written, _ = _gather(args, write, "приказа")
        order = written.order
        print(f"Приказ № {order.number} от {order.signed_on:%d.%m.%Y} записан в «{target}» (DOCX для правки в Word).")
        return 0
    document, org = _gather(args, lambda sv: order_for_print(sv, getattr(args, "id", None)), "приказа")
    order = document.order
    pages = write_order_pdf(document, org, target)
    print(f"Приказ № {order.number} от {order.signed_on:%d.%m.%Y} записан в «{target}»: страниц — {pages}.")
    return 0
