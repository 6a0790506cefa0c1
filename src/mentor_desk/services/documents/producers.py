"""Kind -> the function that writes it: the one place that binds resources/documents/kinds.json to code.

A producer gets `(services, kind, params, target, progress, cancel)` and returns a DocumentResult.
`params` holds what the Reports tab or the CLI collected, under the keys kinds.json declares
(`school_year`, `form` (a form's id or name), `template`, `blank`, `order_id`, `iom_id`).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from mentor_desk.services.documents.annual import export_annual_report
from mentor_desk.services.documents.common import CancelCheck, DocumentResult, Progress
from mentor_desk.services.documents.docx import export_iom_docx, export_order_docx, export_school_document
from mentor_desk.services.documents.kinds import DocumentKind
from mentor_desk.services.documents.pdfs import export_iom_pdf, export_order_pdf
from mentor_desk.services.documents.registers import export_register
from mentor_desk.services.documents.summary import export_summary

if TYPE_CHECKING:
    from mentor_desk.services.container import Services

Producer = Callable[["Services", DocumentKind, dict[str, Any], Path, Progress, CancelCheck], DocumentResult]


def _form_name(services: Services, form: int | str | None) -> str | None:
    """The Reports tab passes a form's id, the CLI its name; the registers select by name."""
    if form is None or isinstance(form, str):
        return form
    return next((f.name for f in services.reference.forms(include_inactive=True) if f.id == form), None)


def _register(services: Services, kind: DocumentKind, params: dict[str, Any], target: Path, progress: Progress,
              cancel: CancelCheck) -> DocumentResult:
    template = params.get("template")
    result = export_register(
        services, kind.register or "", target, params.get("school_year"), _form_name(services, params.get("form")),
        template=Path(template) if template else None, progress=progress, cancel=cancel,
    )
    return DocumentResult(result.path, f"Записано строк: {result.rows}.", result.rows, 0, result.notes)


def _summary(services: Services, kind: DocumentKind, params: dict[str, Any], target: Path, progress: Progress,
             cancel: CancelCheck) -> DocumentResult:
    return export_summary(services, target, params.get("school_year"), progress, cancel)


def _iom_pdf(services: Services, kind: DocumentKind, params: dict[str, Any], target: Path, progress: Progress,
             cancel: CancelCheck) -> DocumentResult:
    write = export_iom_docx if target.suffix.lower() == ".docx" else export_iom_pdf
    return write(services, target, params.get("iom_id"), params.get("school_year"),
                          bool(params.get("blank")), progress, cancel)


def _order_pdf(services: Services, kind: DocumentKind, params: dict[str, Any], target: Path, progress: Progress,
               cancel: CancelCheck) -> DocumentResult:
    write = export_order_docx if target.suffix.lower() == ".docx" else export_order_pdf
    return write(services, target, params.get("order_id"), progress, cancel)


def _school_document(services: Services, kind: DocumentKind, params: dict[str, Any], target: Path,
                     progress: Progress, cancel: CancelCheck) -> DocumentResult:
    return export_school_document(services, kind.cli or kind.key, target, params.get("person_id"),
                                  params.get("school_year"), progress, cancel)


def _annual(services: Services, kind: DocumentKind, params: dict[str, Any], target: Path, progress: Progress,
            cancel: CancelCheck) -> DocumentResult:
    return export_annual_report(services, target, params.get("school_year"), progress, cancel)


PRODUCERS: dict[str, Producer] = {
    "annual": _annual,
    "register": _register,
    "summary": _summary,
    "iom_pdf": _iom_pdf,
    "order_pdf": _order_pdf,
    "school_document": _school_document,
}
