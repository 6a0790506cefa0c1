"""DOCX variants (ИОМ, orders) and the school documents that exist only as templates (PDF or DOCX).

Every one comes from the school's template (services/templates), so its wording is the school's.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from mentor_desk.domain.documents import OrderDocument
from mentor_desk.services.documents.common import (
    CancelCheck,
    DocumentResult,
    Progress,
    check_cancel,
    checked_target,
    never,
    no_progress,
)
from mentor_desk.services.documents.pdfs import ioms_for_print, order_for_print

if TYPE_CHECKING:
    from mentor_desk.services.container import Services


def export_iom_docx(
    services: Services,
    target: Path | str,
    iom_id: int | None = None,
    school_year: str | None = None,
    blank: bool = False,
    progress: Progress | None = None,
    cancel: CancelCheck | None = None,
) -> DocumentResult:
    """One ИОМ or every ИОМ of a school year in one DOCX (each its own section), written atomically."""
    from mentor_desk.services.templates import export_iom_docx as write

    progress = progress or no_progress
    cancel = cancel or never
    target = checked_target(target, (".docx",))
    progress(0, 0, "Сбор данных")
    records = ioms_for_print(services, iom_id, school_year)
    check_cancel(cancel)
    count = write(services, records, target, blank)
    services.registers.log_export("iom-blank-docx" if blank else "iom-docx", count, str(target))
    variant = "для подписи (без отметок)" if blank else "с отметками о выполнении"
    return DocumentResult(target, f"ИОМ ({count}) {variant}, документ Word для правки.", count)


def export_order_docx(
    services: Services,
    target: Path | str,
    order_id: int | None = None,
    progress: Progress | None = None,
    cancel: CancelCheck | None = None,
    document: OrderDocument | None = None,
) -> DocumentResult:
    """An order (default: the latest fixing pairs) as DOCX in the school's wording."""
    from mentor_desk.services.templates import export_order_docx as write

    progress = progress or no_progress
    cancel = cancel or never
    target = checked_target(target, (".docx",))
    progress(0, 0, "Сбор данных")
    if document is None:
        document = order_for_print(services, order_id)
    check_cancel(cancel)
    write(services, document, target)
    order = document.order
    services.registers.log_export(f"order-{order.kind.value}-docx", len(document.pairs), str(target))
    return DocumentResult(target, f"Приказ № {order.number} от {order.signed_on:%d.%m.%Y}, документ Word для правки.", 1)


def export_school_document(
    services: Services,
    name: str,
    target: Path | str,
    person_id: int | None = None,
    school_year: str | None = None,
    progress: Progress | None = None,
    cancel: CancelCheck | None = None,
) -> DocumentResult:
    """Положение, дорожная карта внедрения, programmes or consent forms, as PDF or DOCX."""
    from mentor_desk.services.templates import SCHOOL_DOCUMENTS
    from mentor_desk.services.templates import export_school_document as write

    progress = progress or no_progress
    cancel = cancel or never
    target = checked_target(target, (".pdf", ".docx"))
    progress(0, 0, SCHOOL_DOCUMENTS[name])
    check_cancel(cancel)
    count = write(services, name, target, person_id, school_year)
    services.registers.log_export(f"{name}-{target.suffix.lstrip('.').lower()}", count, str(target))
    unit = "документов" if target.suffix.lower() == ".docx" else "страниц"
    return DocumentResult(target, f"«{SCHOOL_DOCUMENTS[name]}»: {unit} — {count}.", count)
