"""ИОМ and orders as PDF: what each needs is gathered here once, for the window and the CLI alike."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from mentor_desk.domain.documents import NameUse, OrderDocument
from mentor_desk.domain.enums import OrderKind
from mentor_desk.domain.names import collation_key
from mentor_desk.domain.records import IomRecord
from mentor_desk.services.documents.common import (
    CancelCheck,
    DocumentResult,
    MissingDocumentError,
    Progress,
    check_cancel,
    checked_target,
    never,
    no_progress,
)

if TYPE_CHECKING:
    from mentor_desk.services.container import Services

NO_ORDER = "В базе нет приказа о закреплении наставнических пар."
NO_ORDER_GUI = "Создайте его: вкладка «Пары и группы» → «Приказы…» → «Новый приказ…»."
NO_ORDER_CLI = "Создайте приказ (mentor-desk order new … --kind pairs) или укажите его номер (--id)."


def ioms_for_print(services: Services, iom_id: int | None = None, school_year: str | None = None) -> list[IomRecord]:
    """One ИОМ, or every ИОМ of `school_year` (default: the school's current year) in alphabetical order."""
    from mentor_desk.exports.pdf.iom import sort_ioms

    if iom_id is not None:
        return [services.roadmaps.get(iom_id)]
    year = school_year or services.organisation.current_year().title
    summaries = services.roadmaps.list_ioms(year)
    if not summaries:
        raise _no_ioms(year)
    return sort_ioms(services.roadmaps.get_many(s.id for s in summaries))


def iom_batch_for_print(services: Services, school_year: str | None = None) -> tuple[int, Iterator[IomRecord]]:
    """Every ИОМ of `school_year` (default: the current year) in the order of `ioms_for_print`, as
    a count and a lazy stream read in batches: a district's thousands print in bounded memory."""
    year = school_year or services.organisation.current_year().title
    summaries = services.roadmaps.list_ioms(year)
    if not summaries:
        raise _no_ioms(year)
    ordered = sorted(summaries, key=lambda s: (collation_key(s.mentee.full_name), s.id))
    return len(ordered), services.roadmaps.iter_ioms(s.id for s in ordered)


def _no_ioms(year: str) -> MissingDocumentError:
    return MissingDocumentError(
        f"В {year} учебном году нет ни одного ИОМ.",
        "Создайте ИОМ на вкладке «ИОМ» или выберите другой учебный год.",
        "Создайте ИОМ, укажите другой год (--year) или номер ИОМ (--id).",
    )


def order_for_print(services: Services, order_id: int | None = None) -> OrderDocument:
    """One order with its pairs and the people they name; default: the latest order fixing pairs."""
    if order_id is not None:
        order = services.orders.get(order_id)
    else:
        latest = services.orders.latest(OrderKind.FIX_PAIRS)
        if latest is None:
            raise MissingDocumentError(NO_ORDER, NO_ORDER_GUI, NO_ORDER_CLI)
        order = latest
    pairs = tuple(services.pairs.get_many(order.pair_ids))
    ids = {p.mentor.id for p in pairs} | {m.id for p in pairs for m in p.mentees}
    if order.coordinator is not None:
        ids.add(order.coordinator.id)
    people = {p.id: p for p in services.people.get_many(sorted(ids))}
    coordinator = people.get(order.coordinator.id) if order.coordinator is not None else None
    return OrderDocument(order=order, pairs=pairs, people=people, coordinator=coordinator,
                         forms=services.names.corrections(ids))


def order_name_uses(services: Services, document: OrderDocument) -> list[NameUse]:
    """Every name and position the order prints in another case, for the coordinator to check."""
    from mentor_desk.exports.pdf.order_names import name_uses

    return name_uses(document, services.organisation.get())


def remember_name_forms(services: Services, document: OrderDocument, uses: list[NameUse]) -> OrderDocument:
    """Store the coordinator's corrections and return the order with them, ready to print."""
    services.names.remember(uses)
    ids = set(document.people)
    return replace(document, forms=services.names.corrections(ids))


def export_iom_pdf(
    services: Services,
    target: Path | str,
    iom_id: int | None = None,
    school_year: str | None = None,
    blank: bool = False,
    progress: Progress | None = None,
    cancel: CancelCheck | None = None,
) -> DocumentResult:
    """One ИОМ (`iom_id`) or every ИОМ of a school year in one PDF, written atomically."""
    from mentor_desk.exports.pdf import write_iom_pdf

    progress = progress or no_progress
    cancel = cancel or never
    target = checked_target(target, (".pdf",))
    progress(0, 0, "Сбор данных")
    records: Iterable[IomRecord]
    if services.templates.is_customised("iom"):  # the school's own wording (Справочники → «Шаблоны»)
        own = ioms_for_print(services, iom_id, school_year)
        check_cancel(cancel)
        from mentor_desk.services.templates import iom_pdf_in_schools_wording

        pages = iom_pdf_in_schools_wording(services, own, target, blank) or 0
        services.registers.log_export("iom-blank" if blank else "iom", len(own), str(target))
        variant = "для подписи (без отметок)" if blank else "с отметками о выполнении"
        return DocumentResult(target, f"ИОМ ({len(own)}) {variant}, страниц: {pages}.", len(own), pages)
    if iom_id is not None:
        records = ioms_for_print(services, iom_id, school_year)
        total = 1
    else:  # read in batches and laid out one at a time: bounded memory for thousands
        total, records = iom_batch_for_print(services, school_year)
    org = services.organisation.get()
    check_cancel(cancel)
    pages = write_iom_pdf(records, org, target, blank=blank,
                          progress=lambda d, t: progress(d, t, f"Подготовлено ИОМ: {d} из {t}"), cancel=cancel,
                          total=total)
    services.registers.log_export("iom-blank" if blank else "iom", total, str(target))
    variant = "для подписи (без отметок)" if blank else "с отметками о выполнении"
    return DocumentResult(target, f"ИОМ ({total}) {variant}, страниц: {pages}.", total, pages)


def export_iom_folder(
    services: Services,
    folder: Path | str,
    school_year: str | None = None,
    blank: bool = False,
    progress: Progress | None = None,
    cancel: CancelCheck | None = None,
) -> DocumentResult:
    """Every ИОМ of a school year, each in its own PDF in `folder` (each file written atomically)."""
    from mentor_desk.errors import UserError
    from mentor_desk.exports.pdf.iom import write_iom_folder

    progress = progress or no_progress
    cancel = cancel or never
    folder = Path(folder)
    if not folder.is_dir():
        raise UserError(f"Папка «{folder}» не найдена. Укажите существующую папку для файлов ИОМ.")
    progress(0, 0, "Сбор данных")
    total, records = iom_batch_for_print(services, school_year)
    org = services.organisation.get()
    check_cancel(cancel)
    written = write_iom_folder(records, org, folder, blank=blank, total=total, cancel=cancel,
                               progress=lambda d, t: progress(d, t, f"Записано ИОМ: {d} из {t}"))
    services.registers.log_export("iom-blank" if blank else "iom", len(written), str(folder))
    variant = "для подписи (без отметок)" if blank else "с отметками о выполнении"
    return DocumentResult(folder, f"ИОМ ({len(written)}) {variant}, каждый в своём файле.", len(written), 0)


def export_order_pdf(
    services: Services,
    target: Path | str,
    order_id: int | None = None,
    progress: Progress | None = None,
    cancel: CancelCheck | None = None,
    document: OrderDocument | None = None,
) -> DocumentResult:
    """An order (default: the latest fixing pairs) with its annex as PDF, written atomically.

    `document` is the order as the name-forms preview confirmed it; without it the order is read here.
    """
    from mentor_desk.exports.pdf import write_order_pdf

    progress = progress or no_progress
    cancel = cancel or never
    target = checked_target(target, (".pdf",))
    progress(0, 0, "Сбор данных")
    if document is None:
        document = order_for_print(services, order_id)
    org = services.organisation.get()
    check_cancel(cancel)
    from mentor_desk.services.templates import order_pdf_in_schools_wording

    own_pages = order_pdf_in_schools_wording(services, document, target)
    if own_pages is not None:
        pages = own_pages
    else:
        pages = write_order_pdf(document, org, target, progress=lambda d, t: progress(d, t, f"Страниц: {d} из {t}"),
                                cancel=cancel)
    order = document.order
    services.registers.log_export(f"order-{order.kind.value}", len(document.pairs), str(target))
    return DocumentResult(target, f"Приказ № {order.number} от {order.signed_on:%d.%m.%Y}, страниц: {pages}.", 1, pages)
