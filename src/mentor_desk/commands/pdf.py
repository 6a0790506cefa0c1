"""PDF commands: `export iom` and `export order`."""

from __future__ import annotations

import argparse
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, TypeVar

from mentor_desk.commands.common import open_services
from mentor_desk.commands.export import ensure_export_parser, register_export_kind
from mentor_desk.domain.records import IomRecord, OrganisationRecord
from mentor_desk.errors import NotFoundError, UserError
from mentor_desk.services.container import Services

T = TypeVar("T")


def register(sub: Any) -> None:
    """`mentor-desk export iom|order`: the PDF kinds of the shared export command."""
    register_export_kind("iom", export_iom, "ИОМ с дорожной картой в PDF (без --id: все ИОМ текущего года)")
    register_export_kind("order", export_order, "приказ о закреплении пар в PDF (без --id: последний)")
    ensure_export_parser(sub)


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
    """`export iom` / `pdf iom`: one ИОМ (--id) or every ИОМ of the year, into one file or, with
    --separate, one file each into a folder. All ИОМ are read in batches and laid out one at a
    time, so a district's thousands print in bounded memory."""
    from mentor_desk.exports.pdf import write_iom_pdf
    from mentor_desk.exports.pdf.iom import write_iom_folder
    from mentor_desk.services.documents import iom_batch_for_print, ioms_for_print

    separate = bool(getattr(args, "separate", False))
    folder = Path(args.output)
    if separate and not folder.is_dir():
        raise UserError(f"Папка «{folder}» не найдена. С --separate укажите в -o существующую папку.")
    target = folder if separate else _target(args)
    blank = bool(getattr(args, "blank", False))
    iom_id = getattr(args, "id", None)
    services = open_services(args)
    try:
        total: int
        records: Iterable[IomRecord]
        if iom_id is not None:
            try:
                records = ioms_for_print(services, iom_id)
            except NotFoundError as exc:
                raise UserError(f"В базе нет ИОМ с номером {iom_id}. Проверьте номер (--id).") from exc
            total = 1
        else:
            total, records = iom_batch_for_print(services, getattr(args, "year", None))
        org = services.organisation.get()
        variant = "для подписи (без отметок)" if blank else "с отметками о выполнении"
        if separate:
            written = write_iom_folder(records, org, target, blank=blank, total=total)
            print(f"ИОМ ({len(written)}) {variant} записаны в папку «{target}», каждый в свой файл.")
        else:
            pages = write_iom_pdf(records, org, target, blank=blank, total=total)
            print(f"ИОМ ({total}) {variant} записаны в «{target}»: страниц — {pages}.")
    finally:
        services.database.close()
    return 0


def export_order(args: argparse.Namespace) -> int:
    """`export order` / `pdf order`: the order with --id, else the latest order fixing pairs."""
    from mentor_desk.exports.pdf import write_order_pdf
    from mentor_desk.services.documents import order_for_print

    target = _target(args)
    document, org = _gather(args, lambda sv: order_for_print(sv, getattr(args, "id", None)), "приказа")
    pages = write_order_pdf(document, org, target)
    order = document.order
    print(f"Приказ № {order.number} от {order.signed_on:%d.%m.%Y} записан в «{target}»: страниц — {pages}.")
    return 0
