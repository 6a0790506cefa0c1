"""Every register and document the Reports tab can produce: title, parameters and a producer.

A producer runs off the GUI thread: `produce(services, params, target_path, progress, cancel)`.
It must write the target atomically (temp file, then os.replace), call `progress(done, total,
text)` now and then, and call `cancel.check()` between steps (it raises Cancelled).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import Any

from mentor_desk.domain.enums import PairStatus, PersonKind
from mentor_desk.exports.html_summary import FormLine, SummaryData, write_summary
from mentor_desk.services.container import Services
from mentor_desk.services.pairs import PairFilter
from mentor_desk.ui.background import CancelFlag, ProgressCallback


class ParamKind(StrEnum):
    SCHOOL_YEAR = "school_year"  # value: "2025/2026" or None for all years
    FORM = "form"  # value: a form id or None for all forms
    CHOICE = "choice"  # value: one of `choices`


@dataclass(frozen=True)
class ReportParam:
    key: str
    label: str
    kind: ParamKind
    allow_all: bool = True
    choices: tuple[tuple[str, Any], ...] = ()


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

    def suggested_name(self, params: dict[str, Any]) -> str:
        year = params.get("school_year")
        tail = f" {str(year).replace('/', '-')}" if year else ""
        return f"{self.default_name}{tail}{self.suffix}"


# ---- the HTML summary ------------------------------------------------------------------


def gather_summary(services: Services, school_year: str | None, today: date | None = None) -> SummaryData:
    """Figures of the summary for one school year (or all years), from service records only."""
    today = today or date.today()
    org = services.organisation.get()
    people = services.people.list_people(include_archived=False)
    pairs = services.pairs.list_pairs(PairFilter(school_year=school_year))
    forms = services.reference.forms(include_inactive=True)
    lines = []
    for form in forms:
        of_form = [p for p in pairs if p.form.id == form.id]
        if of_form or form.active:
            lines.append(FormLine(form.name, len(of_form), sum(1 for p in of_form if p.is_group),
                                  sum(len(p.mentees) for p in of_form)))
    by_status = [(st.label, sum(1 for p in pairs if p.status is st)) for st in PairStatus]
    young = [p for p in people if p.kind is PersonKind.STAFF and p.young_specialist]
    ioms = services.roadmaps.list_ioms(school_year)
    overview = services.reports.overview(today)
    return SummaryData(
        school_name=org.full_name,
        school_year=school_year or "все годы",
        generated_on=today,
        people_by_kind=tuple((k.plural_label.capitalize(), sum(1 for p in people if p.kind is k)) for k in PersonKind),
        forms=tuple(lines),
        pairs_by_status=tuple(by_status),
        young_specialists=len(young),
        young_with_mentor=sum(1 for p in young if p.active_mentee_pairs > 0),
        ioms=len(ioms),
        activities_planned=sum(s.planned for s in ioms),
        activities_done=sum(s.done for s in ioms),
        activities_overdue=sum(s.overdue for s in ioms),
        pairs_ending_soon=len(overview.pairs_ending_soon),
        people_without_consent=len(overview.people_without_consent),
        notes=("Участники — без архива. Охват молодых специалистов — по действующим и планируемым парам.",),
    )


def produce_summary(
    services: Services, params: dict[str, Any], target: Path, progress: ProgressCallback, cancel: CancelFlag
) -> Path:
    progress(0, 3, "Сбор данных")
    data = gather_summary(services, params.get("school_year"))
    cancel.check()
    progress(1, 3, "Оформление")
    cancel.check()
    return write_summary(data, target, lambda done, total, text: progress(1 + done, 1 + total, text))


SUMMARY_HTML = ReportSpec(
    key="summary_html",
    title="Сводка по наставничеству (HTML)",
    description=(
        "Участники, пары и группы по формам наставничества, статусы пар, охват молодых специалистов, "
        "выполнение ИОМ и то, что требует внимания. Открывается в любом браузере, подходит для печати "
        "и для отчёта руководителю."
    ),
    file_filter="Веб-страница (*.html)",
    suffix=".html",
    produce=produce_summary,
    params=(ReportParam("school_year", "Учебный год", ParamKind.SCHOOL_YEAR),),
    default_name="Сводка по наставничеству",
)


def build_registry() -> list[ReportSpec]:
    """All reports in the order the tab lists them; the Excel and PDF entries are added here."""
    return [SUMMARY_HTML]
