"""The methodist's view of a district: every school's indicators, a read-only look into one,
and one consolidated workbook (each register across schools, plus a summary by school).

Indicators come from each school's own services, so a figure here is the figure the school
sees in its window. Registers received as .xlsx from schools without the app join the
consolidation: their header row is recognised by the same column names as a district template.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from mentor_desk.db import models as m
from mentor_desk.db.database import Database
from mentor_desk.domain.enums import ActivityStatus, PairStatus
from mentor_desk.domain.records import OrganisationRecord
from mentor_desk.domain.registers import (
    REGISTER_KINDS,
    ColumnSpec,
    RegisterSpec,
    load_spec,
    normalise_header,
)
from mentor_desk.errors import UserError
from mentor_desk.services.container import Services
from mentor_desk.services.organisation import list_organisations

SCHOOL_FIELD = "__school"
HEADER_ROWS = 10
VERSIONED_TABLES = (m.Organisation, m.Person, m.Consent, m.Pair, m.Meeting, m.Iom, m.IomActivity, m.Order)


@dataclass(frozen=True)
class SchoolIndicators:
    id: int
    name: str
    participants: int
    pairs_by_form: dict[str, int]
    young_total: int
    young_covered: int
    activities_done: int
    activities_total: int
    last_change: datetime | None

    @property
    def pairs_total(self) -> int:
        return sum(self.pairs_by_form.values())

    @property
    def iom_progress(self) -> float | None:
        return self.activities_done / self.activities_total if self.activities_total else None

    @property
    def young_coverage(self) -> float | None:
        return self.young_covered / self.young_total if self.young_total else None


@dataclass(frozen=True)
class ReceivedRegister:
    """A register a school without the app sent as .xlsx: which register, whose, its rows."""

    path: Path
    kind: str
    school: str
    rows: tuple[dict[str, Any], ...]
    unknown_columns: tuple[str, ...]


class DistrictView:
    """Over a methodist's connection (the server lets it read every school and write nothing)."""

    def __init__(self, database: Database) -> None:
        self.database = database

    def schools(self) -> list[OrganisationRecord]:
        return list_organisations(self.database.session_factory)

    def school_services(self, school_id: int) -> Services:
        return Services.for_database(self.database, school_id)

    def indicators(self, progress: Callable[[int, int], None] | None = None) -> list[SchoolIndicators]:
        schools = self.schools()
        changes = self._last_changes()
        forms, activities = self._district_counts()
        out = []
        for i, org in enumerate(schools):
            # The young-specialist test and the mentee loads are the school's own (PersonRecord).
            people = self.school_services(org.id).people.list_people(include_archived=False)
            young = [p for p in people if p.young_specialist]
            done, total = activities.get(org.id, (0, 0))
            out.append(SchoolIndicators(
                id=org.id, name=org.short_name, participants=len(people), pairs_by_form=forms.get(org.id, {}),
                young_total=len(young), young_covered=sum(1 for p in young if p.active_mentee_pairs > 0),
                activities_done=done, activities_total=total, last_change=changes.get(org.id),
            ))
            if progress is not None:
                progress(i + 1, len(schools))
        return out

    def _district_counts(self) -> tuple[dict[int, dict[str, int]], dict[int, tuple[int, int]]]:
        """For every school at once: open pairs per form (as the overview counts them, forms in their
        order, zeros included) and ИОМ activities done / all (as `stats` counts them)."""
        open_statuses = (PairStatus.PLANNED, PairStatus.ACTIVE)
        forms: dict[int, dict[str, int]] = {}
        activities: dict[int, tuple[int, int]] = {}
        with self.database.session_factory.begin() as s:
            for org, name, n in s.execute(
                select(m.MentoringForm.organisation_id, m.MentoringForm.name, func.count(m.Pair.id))
                .outerjoin(m.Pair, (m.Pair.form_id == m.MentoringForm.id) & m.Pair.status.in_(open_statuses))
                .group_by(m.MentoringForm.organisation_id, m.MentoringForm.id, m.MentoringForm.name,
                          m.MentoringForm.sort_order)
                .order_by(m.MentoringForm.organisation_id, m.MentoringForm.sort_order)
            ):
                forms.setdefault(org, {})[name] = int(n)
            for org, status, n in s.execute(
                select(m.Iom.organisation_id, m.IomActivity.status, func.count())
                .join(m.Iom, m.Iom.id == m.IomActivity.iom_id)
                .group_by(m.Iom.organisation_id, m.IomActivity.status)
            ):
                done, total = activities.get(org, (0, 0))
                activities[org] = (done + (int(n) if status is ActivityStatus.DONE else 0), total + int(n))
        return forms, activities

    def _last_changes(self) -> dict[int, datetime]:
        latest: dict[int, datetime] = {}
        with self.database.session_factory.begin() as s:
            for model in VERSIONED_TABLES:
                if model is m.Organisation:
                    stmt = select(m.Organisation.id, func.max(m.Organisation.updated_at)).group_by(m.Organisation.id)
                elif model is m.Meeting:
                    stmt = (select(m.Pair.organisation_id, func.max(m.Meeting.updated_at))
                            .join(m.Pair, m.Pair.id == m.Meeting.pair_id).group_by(m.Pair.organisation_id))
                elif model is m.IomActivity:
                    stmt = (select(m.Iom.organisation_id, func.max(m.IomActivity.updated_at))
                            .join(m.Iom, m.Iom.id == m.IomActivity.iom_id).group_by(m.Iom.organisation_id))
                else:
                    org_col = model.organisation_id  # type: ignore[union-attr]
                    stmt = select(org_col, func.max(model.updated_at)).group_by(org_col)
                for org, when in s.execute(stmt):
                    if when is not None and (org not in latest or when > latest[org]):
                        latest[org] = when
        return latest

    def consolidated_workbook(
        self,
        target: Path,
        received: Sequence[ReceivedRegister] = (),
        school_year: str | None = None,
        progress: Callable[[int, int], None] | None = None,
        indicators: Sequence[SchoolIndicators] | None = None,
    ) -> dict[str, int]:
        """One .xlsx for the region: each register across schools with a school column, and a
        summary by school first. Returns rows per sheet."""
        from mentor_desk.exports.excel.writer import SheetData, write_workbook

        target = Path(target)
        if target.suffix.lower() != ".xlsx":
            raise UserError(f"Сводная книга сохраняется в файл .xlsx, а указано «{target.name}».")
        schools = self.schools()
        indicators = list(indicators) if indicators is not None else self.indicators()
        rows: dict[str, list[dict[str, Any]]] = {kind: [] for kind in REGISTER_KINDS}
        years: set[str] = set()
        for i, org in enumerate(schools):
            data = self.school_services(org.id).registers.collect(list(REGISTER_KINDS), school_year)
            years.add(data.school_year)
            for kind in REGISTER_KINDS:
                rows[kind].extend({**row, SCHOOL_FIELD: org.short_name} for row in data.rows[kind])
            if progress is not None:
                progress(i + 1, len(schools) + 1)
        for reg in received:
            rows[reg.kind].extend({**row, SCHOOL_FIELD: reg.school} for row in reg.rows)
        year_text = ", ".join(sorted(years)) or (school_year or "")
        on = date.today()
        school_col = ColumnSpec(SCHOOL_FIELD, "Школа", "wrap")
        sheets = [_summary_sheet(indicators, received, year_text, on)]
        for kind in REGISTER_KINDS:
            spec = load_spec(kind)
            heading = (f"Сводный реестр района: {spec.title}", f"Учебный год: {year_text}",
                       f"Дата выгрузки: {on:%d.%m.%Y}. Школ: {len(schools) + len({r.school for r in received})}")
            sheets.append(SheetData(spec.sheet, heading, (school_col, *spec.columns), rows[kind], spec.note))
        written = write_workbook(target, sheets)
        if progress is not None:
            progress(len(schools) + 1, len(schools) + 1)
        return dict(written.rows)


def _summary_sheet(indicators: Sequence[SchoolIndicators], received: Sequence[ReceivedRegister], year: str,
                   on: date) -> Any:
    from mentor_desk.exports.excel.writer import SheetData

    forms: list[str] = []
    for ind in indicators:
        forms.extend(f for f in ind.pairs_by_form if f not in forms)
    columns = (
        ColumnSpec("school", "Школа", "wrap"),
        ColumnSpec("participants", "Участников", "int"),
        *(ColumnSpec(f"form_{i}", f"Пар и групп: {name}", "int") for i, name in enumerate(forms)),
        ColumnSpec("pairs", "Пар и групп всего (действующих)", "int"),
        ColumnSpec("young", "Молодых специалистов", "int"),
        ColumnSpec("young_covered", "Из них с наставником", "int"),
        ColumnSpec("young_share", "Охват молодых специалистов", "percent"),
        ColumnSpec("iom_progress", "Выполнено мероприятий ИОМ", "percent"),
        ColumnSpec("last_change", "Последнее изменение", "date"),
        ColumnSpec("source", "Источник", "text"),
    )
    rows: list[dict[str, Any]] = []
    for ind in indicators:
        row: dict[str, Any] = {
            "school": ind.name, "participants": ind.participants, "pairs": ind.pairs_total, "young": ind.young_total,
            "young_covered": ind.young_covered, "young_share": ind.young_coverage, "iom_progress": ind.iom_progress,
            "last_change": ind.last_change.date() if ind.last_change else None, "source": "Mentor Desk",
        }
        row.update({f"form_{i}": ind.pairs_by_form.get(name, 0) for i, name in enumerate(forms)})
        rows.append(row)
    for reg in received:
        rows.append({"school": reg.school, "source": f"файл «{reg.path.name}» ({load_spec(reg.kind).title})"})
    heading = ("Сводка по школам района", f"Учебный год: {year}", f"Дата выгрузки: {on:%d.%m.%Y}")
    return SheetData("Сводка по школам", heading, columns, rows)


def _match(header: str, spec: RegisterSpec) -> ColumnSpec | None:
    from mentor_desk.imports.register_template import match_column

    return match_column(header, spec)


def read_received_register(path: Path, school: str | None = None) -> ReceivedRegister:
    """Recognise a register a school sent as .xlsx (its header row among the first ten rows, columns
    by their Russian names), and read its rows. The school is taken from the title rows above the
    header, or the file name."""
    from mentor_desk.imports.safety import first_sheet, iter_sheet_rows, open_workbook

    path = Path(path)
    if path.suffix.lower() not in (".xlsx", ".xlsm"):
        raise UserError(f"Реестр школы принимается в виде файла .xlsx, а «{path.name}» — не он.")
    with open_workbook(path) as wb:
        ws = first_sheet(wb, path)
        raw = [list(r) for r in iter_sheet_rows(ws, path)]
    specs = [load_spec(k) for k in REGISTER_KINDS]
    best: tuple[int, int, RegisterSpec] | None = None
    for idx, row in enumerate(raw[:HEADER_ROWS]):
        cells = ["" if v is None else str(v) for v in row]
        for spec in specs:
            score = sum(1 for v in cells if v.strip() and _match(v, spec) is not None)
            if score >= 2 and (best is None or score > best[0]):
                best = (score, idx, spec)
    if best is None:
        raise UserError(
            f"В файле «{path.name}» не найдена строка заголовков ни одного реестра: в первых 10 строках нет хотя бы "
            "двух известных столбцов (например, «ФИО наставника», «Форма наставничества»)."
        )
    _, header_idx, spec = best
    headers = ["" if v is None else " ".join(str(v).split()) for v in raw[header_idx]]
    mapping: dict[int, str] = {}
    unknown: list[str] = []
    for i, h in enumerate(headers):
        if not h:
            continue
        col = _match(h, spec)
        if col is None:
            unknown.append(h)
        elif col.field not in mapping.values():
            mapping[i] = col.field
    rows = []
    for row in raw[header_idx + 1:]:
        values = {field: row[i] for i, field in mapping.items() if i < len(row)}
        if not any(v not in (None, "") for v in values.values()):
            continue
        rows.append(values)
    title = next((str(v).strip() for r in raw[:header_idx] for v in r if v not in (None, "") and str(v).strip()), "")
    name = school or title or path.stem
    return ReceivedRegister(path, spec.kind, name, tuple(rows), tuple(unknown))


__all__ = ["DistrictView", "ReceivedRegister", "SchoolIndicators", "normalise_header", "read_received_register"]
