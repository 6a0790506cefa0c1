"""Read-only gathering of what a printed document needs (ИОМ for a year, an order with its pairs)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from mentor_desk.domain.enums import OrderKind
from mentor_desk.domain.names import collation_key
from mentor_desk.domain.records import IomRecord
from mentor_desk.errors import UserError
from mentor_desk.exports.pdf.iom import sort_ioms
from mentor_desk.exports.pdf.order import OrderDocument

if TYPE_CHECKING:
    from mentor_desk.services.container import Services


def ioms_for_print(services: Services, iom_id: int | None = None, school_year: str | None = None) -> list[IomRecord]:
    """One ИОМ, or every ИОМ of `school_year` (default: the school's current year) in alphabetical order."""
    if iom_id is not None:
        return [services.roadmaps.get(iom_id)]
    year = school_year or services.organisation.current_year().title
    summaries = services.roadmaps.list_ioms(year)
    if not summaries:
        raise UserError(f"В {year} учебном году нет ни одного ИОМ. Создайте ИОМ или укажите его номер (--id).")
    return sort_ioms(services.roadmaps.get_many(s.id for s in summaries))


def iom_batch_for_print(services: Services, school_year: str | None = None) -> tuple[int, Iterator[IomRecord]]:
    """Every ИОМ of `school_year` (default: the current year) in alphabetical order, as a count and
    a lazy stream read in batches: for printing a district's thousands in bounded memory."""
    year = school_year or services.organisation.current_year().title
    summaries = services.roadmaps.list_ioms(year)
    if not summaries:
        raise UserError(f"В {year} учебном году нет ни одного ИОМ. Создайте ИОМ или укажите его номер (--id).")
    ordered = sorted(summaries, key=lambda s: (collation_key(s.mentee.full_name), s.id))
    return len(ordered), services.roadmaps.iter_ioms(s.id for s in ordered)


def order_for_print(services: Services, order_id: int | None = None) -> OrderDocument:
    """One order with its pairs and the people they name; default: the latest order fixing pairs."""
    if order_id is not None:
        order = services.orders.get(order_id)
    else:
        latest = services.orders.latest(OrderKind.FIX_PAIRS)
        if latest is None:
            raise UserError(
                "В базе нет приказа о закреплении наставнических пар. Создайте приказ или укажите его номер (--id)."
            )
        order = latest
    pairs = tuple(services.pairs.get(pair_id) for pair_id in order.pair_ids)
    ids = {p.mentor.id for p in pairs} | {m.id for p in pairs for m in p.mentees}
    if order.coordinator is not None:
        ids.add(order.coordinator.id)
    people = {p.id: p for p in services.people.get_many(sorted(ids))}
    coordinator = people.get(order.coordinator.id) if order.coordinator is not None else None
    return OrderDocument(order=order, pairs=pairs, people=people, coordinator=coordinator)
