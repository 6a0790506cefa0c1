"""The annual analytical report as a document kind: the plain document from services/annual.py,
written by the writer of the target's format (PDF or DOCX, the same blocks)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from mentor_desk.services.documents.common import CancelCheck, DocumentResult, Progress, check_cancel, never

if TYPE_CHECKING:
    from mentor_desk.services.container import Services


def export_annual_report(services: Services, target: Path | str, school_year: str | None = None,
                         progress: Progress | None = None, cancel: CancelCheck | None = None) -> DocumentResult:
    target = Path(target)
    if progress is not None:
        progress(0, 2, "Показатели за год")
    check_cancel(cancel or never)
    pages = services.annual.write(target, school_year)
    if progress is not None:
        progress(2, 2, "Готово")
    services.registers.log_export("annual_report", 0, target.name)
    if target.suffix.lower() == ".docx":
        return DocumentResult(target, "Аналитическая справка сохранена для правки в Word.", 1, 0)
    return DocumentResult(target, f"Аналитическая справка сохранена, страниц: {pages}.", 1, pages)
