"""Every document and register Mentor Desk writes: what to gather, where to write, progress, cancel.

The window (ui/reports, the pairs and ИОМ tabs) and the CLI (`mentor-desk export …`) call these
functions and nothing else; the writers in `exports/` only lay out what is handed to them.

Public API
    export_register(services, kind, target, year, form, template, progress, cancel) -> ExportResult
    export_iom_pdf(services, target, iom_id, school_year, blank, progress, cancel) -> DocumentResult
    export_order_pdf(services, target, order_id, progress, cancel, document) -> DocumentResult
    export_summary(services, target, school_year, progress, cancel) -> DocumentResult
    export(services, key, target, params, progress, cancel) -> DocumentResult   (any kind by its key)
    order_for_print / ioms_for_print / gather_summary: the gathered data, for previews and tests.
    order_name_uses / remember_name_forms: the names and positions an order prints in other cases,
        and the coordinator's corrections, remembered per person (the preview before printing).

Every export takes `progress(done, total, text)` (called from the worker thread) and `cancel()`
(True stops it: `mentor_desk.errors.Cancelled` is raised and no file, temp file or log entry is
left). Files reach the disk only through `mentor_desk.exports.atomic`. Nothing to print (no
order, no ИОМ) raises `MissingDocumentError`, whose message tells where to create it (in the
window; `.cli_message` on the command line).

Adding a kind (a DOCX variant, the annual report, a questionnaire blank, the website section)
1. Declare it in `resources/documents/kinds.json`: a unique `key`, the `cli` name for
   `mentor-desk export KIND` (or null), `title`, `description` (Reports tab) and `cli_help`,
   `formats` (first = default; add a format under "formats" if it is new), `params` the Reports
   tab should ask for (reuse the declared ones or declare a new one; a new widget `kind` needs a
   branch in ui/reports/reports_tab.py), `producer`, and `reports_tab`.
2. Write `export_<what>(services, target, ..., progress=None, cancel=None) -> DocumentResult` in
   its own module of this package: gather records through the services (one read per kind of
   record, never one per row), call `check_cancel(cancel)` between steps, hand domain records
   to a writer in `exports/` that writes through `exports.atomic`, log it with
   `services.registers.log_export`. Indicators come from services/indicators, never recounted.
3. Bind `producer` to a small adapter in `producers.py` (params dict -> your function) and
   re-export the function here. A kind with several `formats` picks the writer by the target's
   suffix (`kind.format_of(target.suffix)`).
The Reports tab, the CLI's `export` command and its help pick the new kind up from the registry;
`tests/services/test_documents.py` checks every declared kind has a producer.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from mentor_desk.errors import UserError
from mentor_desk.services.documents.annual import export_annual_report
from mentor_desk.services.documents.common import (
    CancelCheck,
    DocumentResult,
    MissingDocumentError,
    Progress,
    checked_target,
    never,
    no_progress,
)
from mentor_desk.services.documents.consents import class_members, export_consent_pdf
from mentor_desk.services.documents.docx import export_iom_docx, export_order_docx, export_school_document
from mentor_desk.services.documents.kinds import (
    DocumentKind,
    FileFormat,
    ParamSpec,
    cli_kind,
    cli_kinds,
    document_kind,
    document_kinds,
)
from mentor_desk.services.documents.pdfs import (
    export_iom_folder,
    export_iom_pdf,
    export_order_pdf,
    iom_batch_for_print,
    ioms_for_print,
    order_for_print,
    order_name_uses,
    remember_name_forms,
)
from mentor_desk.services.documents.producers import PRODUCERS
from mentor_desk.services.documents.registers import ExportResult, export_register
from mentor_desk.services.documents.summary import export_summary, gather_summary

if TYPE_CHECKING:
    from mentor_desk.services.container import Services


def export(
    services: Services,
    key: str,
    target: Path | str,
    params: dict[str, Any] | None = None,
    progress: Progress | None = None,
    cancel: CancelCheck | None = None,
) -> DocumentResult:
    """Write the document kind `key` (see kinds.json) to `target` with the given parameters."""
    kind = document_kind(key)
    target = checked_target(target, tuple(f.suffix for f in kind.formats))
    producer = PRODUCERS.get(kind.producer)
    if producer is None:
        raise UserError(f"Для документа «{kind.title}» нет способа записи «{kind.producer}».")
    return producer(services, kind, dict(params or {}), target, progress or no_progress, cancel or never)


__all__ = [
    "CancelCheck",
    "DocumentKind",
    "DocumentResult",
    "ExportResult",
    "FileFormat",
    "MissingDocumentError",
    "ParamSpec",
    "Progress",
    "class_members",
    "cli_kind",
    "cli_kinds",
    "document_kind",
    "document_kinds",
    "export",
    "export_annual_report",
    "export_consent_pdf",
    "export_iom_docx",
    "export_iom_folder",
    "export_iom_pdf",
    "export_order_docx",
    "export_order_pdf",
    "export_register",
    "export_school_document",
    "export_summary",
    "gather_summary",
    "iom_batch_for_print",
    "ioms_for_print",
    "order_for_print",
    "order_name_uses",
    "remember_name_forms",
]
