"""The summary page (HTML): the figures of one school year for the director or the district."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from mentor_desk.domain.documents import FormLine, SummaryData
from mentor_desk.domain.enums import PairStatus, PersonKind
from mentor_desk.domain.schoolyear import SchoolYear
from mentor_desk.services.documents.common import (
    CancelCheck,
    DocumentResult,
    Progress,
    check_cancel,
    checked_target,
    never,
    no_progress,
)
from mentor_desk.services.pairs import PairFilter

if TYPE_CHECKING:
    from mentor_desk.services.container import Services


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
    # Coverage of young specialists: the one definition (services/indicators.py), on today's date
    # inside the chosen year.
    on = today
    if school_year:
        year = SchoolYear.parse(school_year)
        on = min(max(today, year.first_day), year.last_day)
    young = services.indicators.compute(on)["young_specialists_covered"]
    ioms = services.roadmaps.list_ioms(school_year)
    overview = services.reports.overview(today)
    return SummaryData(
        school_name=org.full_name,
        school_year=school_year or "все годы",
        generated_on=today,
        people_by_kind=tuple((k.plural_label.capitalize(), sum(1 for p in people if p.kind is k)) for k in PersonKind),
        forms=tuple(lines),
        pairs_by_status=tuple(by_status),
        young_specialists=young.denominator or 0,
        young_with_mentor=int(young.numerator),
        ioms=len(ioms),
        activities_planned=sum(s.planned for s in ioms),
        activities_done=sum(s.done for s in ioms),
        activities_overdue=sum(s.overdue for s in ioms),
        pairs_ending_soon=len(overview.pairs_ending_soon),
        people_without_consent=len(overview.people_without_consent),
        notes=(f"Участники — без архива. Охват молодых специалистов — на {on:%d.%m.%Y}, по парам, работавшим "
               "в этом учебном году.",),
    )


def export_summary(
    services: Services,
    target: Path | str,
    school_year: str | None = None,
    progress: Progress | None = None,
    cancel: CancelCheck | None = None,
) -> DocumentResult:
    """The summary page of a school year (None: all years) as one self-contained HTML file."""
    from mentor_desk.exports.html_summary import write_summary

    progress = progress or no_progress
    cancel = cancel or never
    target = checked_target(target, (".html", ".htm"))
    progress(0, 3, "Сбор данных")
    data = gather_summary(services, school_year)
    check_cancel(cancel)
    progress(1, 3, "Оформление")
    check_cancel(cancel)
    write_summary(data, target, lambda done, total, text: progress(1 + done, 1 + total, text))
    services.registers.log_export("summary-html", 1, str(target))
    return DocumentResult(target, f"Сводка за {data.school_year}.", 1)
