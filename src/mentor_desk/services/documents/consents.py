"""Consent forms (152-ФЗ) to print: for one person or a whole class; for a pupil the parent's."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from mentor_desk.domain.enums import PersonKind
from mentor_desk.errors import UserError
from mentor_desk.services.documents.common import (
    CancelCheck,
    DocumentResult,
    Progress,
    check_cancel,
    checked_target,
    never,
    no_progress,
)

if TYPE_CHECKING:
    from mentor_desk.services.container import Services


def class_members(services: Services, class_name: str) -> list[int]:
    """The pupils of a class (not archived), for «бланки согласия на весь класс»."""
    wanted = class_name.strip().casefold()
    return [p.id for p in services.people.list_people(include_archived=False)
            if p.kind is PersonKind.PUPIL and p.pupil is not None and p.pupil.class_name.strip().casefold() == wanted]


def export_consent_pdf(
    services: Services,
    target: Path | str,
    person_ids: Iterable[int],
    progress: Progress | None = None,
    cancel: CancelCheck | None = None,
) -> DocumentResult:
    """One consent form per person in one PDF, written atomically (a pupil's is signed by a parent)."""
    from mentor_desk.exports.pdf.consent import write_consent_pdf

    progress = progress or no_progress
    cancel = cancel or never
    target = checked_target(target, (".pdf",))
    ids = sorted(set(person_ids))
    if not ids:
        raise UserError("Отметьте хотя бы одного участника, для которого напечатать бланк согласия.")
    progress(0, 0, "Сбор данных")
    people = services.people.get_many(ids)
    org = services.organisation.get()
    check_cancel(cancel)
    pages = write_consent_pdf(people, org, target,
                              progress=lambda d, t: progress(d, t, f"Бланков: {d} из {t}"), cancel=cancel)
    services.registers.log_export("consent-form", len(people), str(target))
    return DocumentResult(target, f"Бланки согласия ({len(people)}), страниц: {pages}.", len(people), pages)
