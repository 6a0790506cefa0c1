"""Orders (о закреплении пар, о назначении куратора, о завершении) as DOCX from the school's template."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from mentor_desk.domain.documents import OrderDocument
from mentor_desk.domain.enums import OrderKind, PersonKind
from mentor_desk.domain.names import collation_key
from mentor_desk.domain.records import OrganisationRecord, PersonRef
from mentor_desk.errors import UserError
from mentor_desk.exports.docx.catalog import kind as document_kind
from mentor_desk.exports.docx.common import plain, school_context
from mentor_desk.exports.docx.render import clean, render, save
from mentor_desk.exports.pdf.declension import Case
from mentor_desk.exports.pdf.order import (
    _person_cell,
    _school_year,
    _sorted_pairs,
    _term,
)
from mentor_desk.exports.pdf.order_names import coordinator_of, listed, name_of, with_position
from mentor_desk.exports.pdf.text import long_date, short_date

HIDDEN = "[ФИО не публикуется]"

TEMPLATE_OF_KIND = {
    OrderKind.FIX_PAIRS: "order_fix_pairs",
    OrderKind.APPOINT_COORDINATOR: "order_appoint_coordinator",
    OrderKind.COMPLETION: "order_completion",
}


def order_template_key(order_kind: OrderKind) -> str:
    return TEMPLATE_OF_KIND[order_kind]


# A published copy names nobody without a consent to publication (and no pupil in full).
Redact = Callable[[PersonRef], "str | None"]


def order_context(document: OrderDocument, org: OrganisationRecord, redact: Redact | None = None) -> dict[str, Any]:
    """The fields of the order's template; with `redact`, a person it labels is not named."""
    order = document.order
    pairs = _sorted_pairs(document.pairs)
    year = _school_year(order, pairs)
    coordinator = coordinator_of(document, org)
    preamble = clean(order.preamble)
    says_order = "ПРИКАЗЫВАЮ" in preamble.upper()
    if preamble and not says_order and (preamble[-1:].isalnum() or preamble[-1:] in "»)\""):
        preamble += ","
    people = document.people

    def named(ref: PersonRef, case: Case) -> str:
        """The name in `case` with the position, as the PDF prints it (the confirmed forms)."""
        label = redact(ref) if redact is not None else None
        return label if label is not None else clean(with_position(name_of(ref, document), case))

    def cell(ref: PersonRef) -> str:
        label = redact(ref) if redact is not None else None
        return label if label is not None else plain(_person_cell(ref, people))

    pair_items = []
    for number, pair in enumerate(pairs, start=1):
        pair_items.append(
            {
                "number": number,
                "mentees_accusative": listed([named(m, Case.ACCUSATIVE) for m in pair.mentees]),
                "mentor_instrumental": named(pair.mentor, Case.INSTRUMENTAL).rstrip(","),
                "form": clean(pair.form.name),
                "type": clean(pair.type_name),
                "term": _term(pair),
                "mentor_cell": cell(pair.mentor),
                "mentees_cell": "\n".join(cell(m) for m in pair.mentees),
            }
        )
    names = {}
    for pair in pairs:
        for ref in (pair.mentor, *pair.mentees):
            if ref.kind is not PersonKind.PUPIL:
                name = name_of(ref, document)
                names[(name.last, name.first, name.middle)] = name
    if coordinator is not None:
        names[(coordinator.last, coordinator.first, coordinator.middle)] = coordinator
    acquainted = [
        clean(n.short) for n in sorted(names.values(), key=lambda n: collation_key(f"{n.last} {n.first} {n.middle}"))
    ]
    coordinator_hidden = redact is not None and (
        document.order.coordinator is None or redact(document.order.coordinator) is not None
    )
    if redact is not None:
        acquainted = []  # signatures of acquaintance are not published
    context = school_context(org, year)
    context.update(
        {
            "order_number": clean(order.number),
            "order_date": short_date(order.signed_on),
            "order_date_long": long_date(order.signed_on),
            "order_title": clean(order.title) or order.kind.label.capitalize(),
            "preamble": preamble,
            "preamble_says_order": says_order,
            "coordinator": coordinator is not None,
            "coordinator_accusative": HIDDEN if coordinator and coordinator_hidden
            else clean(with_position(coordinator, Case.ACCUSATIVE)) if coordinator else "",
            "coordinator_dative": HIDDEN if coordinator and coordinator_hidden
            else clean(coordinator.inflect(Case.DATIVE)) if coordinator else "",
            "pairs": pair_items,
            "acquainted": acquainted,
        }
    )
    return context


def write_order_docx(
    document: OrderDocument, org: OrganisationRecord, target: Path, template: bytes | None = None
) -> None:
    """The order from `template` (default: the shipped one for its kind), written atomically."""
    if document.order.kind is OrderKind.FIX_PAIRS and not document.pairs:
        raise UserError(
            f"В приказе № {document.order.number} нет пар: добавьте пары в приказ и повторите печать."
        )
    source = template if template is not None else document_kind(order_template_key(document.order.kind)).default_template()
    save(render(source, order_context(document, org)), target)
