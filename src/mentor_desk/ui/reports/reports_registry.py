"""What the Reports tab lists: the document kinds of services/documents, as the tab shows them.

The kinds, their descriptions and parameters are data (resources/documents/kinds.json); the
work is services.documents.export. A spec's `produce(services, params, target, progress, cancel)`
runs off the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any

from mentor_desk.services import documents
from mentor_desk.services.container import Services
from mentor_desk.ui.common.background import CancelFlag, ProgressCallback


class ParamKind(StrEnum):
    SCHOOL_YEAR = "school_year"  # value: "2025/2026" or None for all years
    FORM = "form"  # value: a form id or None for all forms
    CHOICE = "choice"  # value: one of `choices`
    FILE = "file"  # value: a Path the user picked (`file_filter`), or None
    ORDER = "order"  # value: an order id, or None for the latest order fixing pairs


@dataclass(frozen=True)
class ReportParam:
    key: str
    label: str
    kind: ParamKind
    allow_all: bool = True
    choices: tuple[tuple[str, Any], ...] = ()
    file_filter: str = "Все файлы (*)"
    none_text: str = "нет"


Producer = Callable[[Services, dict[str, Any], Path, ProgressCallback, CancelFlag], Any]


@dataclass(frozen=True)
class ReportSpec:
    key: str
    title: str
    description: str
    file_filter: str
    suffix: str
    produce: Producer
    params: tuple[ReportParam, ...] = field(default_factory=tuple)
    default_name: str = "отчёт"
    # Every suffix the kind can be written as (a PDF document may also be saved as DOCX).
    suffixes: tuple[str, ...] = ()

    def suggested_name(self, params: dict[str, Any]) -> str:
        year = params.get("school_year")
        tail = f" {str(year).replace('/', '-')}" if year else ""
        return f"{self.default_name}{tail}{self.suffix}"


TEMPLATE_HINT = (
    " Можно выгрузить в шаблоне района: выберите его .xlsx — столбцы будут в порядке и с названиями шаблона."
)


def _param(spec: documents.ParamSpec) -> ReportParam:
    file_filter = "Все файлы (*)"
    if spec.file_format:
        formats = {f.name: f for k in documents.document_kinds() for f in k.formats}
        if spec.file_format in formats:
            file_filter = formats[spec.file_format].filter
    return ReportParam(spec.key, spec.label, ParamKind(spec.kind), spec.allow_all, spec.choices, file_filter,
                       spec.none_text)


def _producer(key: str) -> Producer:
    def produce(services: Services, params: dict[str, Any], target: Path, progress: ProgressCallback,
                cancel: CancelFlag) -> str:
        result = documents.export(services, key, target, params, progress, lambda: cancel.is_set)
        return result.text()

    return produce


def report_spec(kind: documents.DocumentKind) -> ReportSpec:
    description = kind.description
    if any(p.kind == ParamKind.FILE for p in kind.params):
        description += TEMPLATE_HINT
    return ReportSpec(
        key=kind.key,
        title=kind.title,
        description=description,
        file_filter=";;".join(f.filter for f in kind.formats),
        suffix=kind.format.suffix,
        produce=_producer(kind.key),
        params=tuple(_param(p) for p in kind.params),
        default_name=kind.default_name or kind.title.split(" (")[0],
        suffixes=tuple(f.suffix for f in kind.formats),
    )


def build_registry() -> list[ReportSpec]:
    """All reports in the order the tab lists them."""
    return [report_spec(k) for k in documents.document_kinds() if k.reports_tab]


def spec_by_key(key: str) -> ReportSpec:
    return report_spec(documents.document_kind(key))
