"""The register service: rows of a register for a school year and form, and the export log."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from mentor_desk.db import models as m
from mentor_desk.domain.records import OrganisationRecord
from mentor_desk.domain.registers import REGISTER_KINDS
from mentor_desk.domain.schoolyear import SchoolYear
from mentor_desk.errors import UserError
from mentor_desk.services import mapping
from mentor_desk.services.base import ServiceBase, today
from mentor_desk.services.queries import gc_paused
from mentor_desk.services.registers.rows import _Context, _form_key

if TYPE_CHECKING:
    from mentor_desk.services.registers.rows import Row


@dataclass(frozen=True)
class RegisterData:
    """Everything one export needs: the school, the year, and rows per register kind."""

    organisation: OrganisationRecord
    school_year: str
    form: str | None
    exported_on: date
    rows: dict[str, list[Row]]


@dataclass(frozen=True)
class ExportLogRecord:
    id: int
    exported_at: datetime
    kind: str
    rows: int
    file_name: str


class RegisterService(ServiceBase):
    def collect(
        self,
        kinds: Sequence[str],
        school_year: str | None = None,
        form: str | None = None,
        on: date | None = None,
    ) -> RegisterData:
        """Rows of the named registers for one school year (and optionally one form), in one transaction."""
        unknown = [k for k in kinds if k not in REGISTER_KINDS]
        if unknown:
            raise UserError(f"Неизвестный реестр «{unknown[0]}». Доступны: {', '.join(REGISTER_KINDS)}.")
        on = on or today()
        with self._tx() as s:
            org = mapping.organisation(self._get(s, m.Organisation, self.organisation_id, "Организация"))
            year_title = school_year or org.current_year or SchoolYear.containing(on).title
            try:
                year = SchoolYear.parse(year_title)
            except ValueError as exc:
                raise UserError(str(exc)) from exc
            form_id = self._form_id(s, form) if form else None
            with gc_paused():
                ctx = _Context(self, s, org, year, form_id, on)
                rows = {kind: ctx.build(kind) for kind in kinds}
        return RegisterData(org, year.title, form, on, rows)

    def _form_id(self, s: Session, name: str) -> int:
        forms = s.execute(
            select(m.MentoringForm.id, m.MentoringForm.name).where(m.MentoringForm.organisation_id == self.organisation_id)
        ).all()
        wanted = _form_key(name)
        for form_id, form_name in forms:
            if _form_key(form_name) == wanted:
                return int(form_id)
        known = ", ".join(f"«{n}»" for _, n in forms)
        raise UserError(f"Форма наставничества «{name}» не найдена. Есть: {known}.")

    # ---- export log ---------------------------------------------------------------

    def log_export(self, kind: str, rows: int, file_name: str) -> ExportLogRecord:
        """Record an export for the personal-data register (date, kind, rows, file)."""
        with self._tx() as s:
            row = m.ExportLog(
                organisation_id=self.organisation_id,
                exported_at=datetime.now(),
                kind=kind[:50],
                rows=rows,
                file_name=file_name[-500:],
            )
            s.add(row)
            s.flush()
            return ExportLogRecord(row.id, row.exported_at, row.kind, row.rows, row.file_name)

    def export_log(self) -> list[ExportLogRecord]:
        with self._tx() as s:
            rows = s.scalars(
                select(m.ExportLog)
                .where(m.ExportLog.organisation_id == self.organisation_id)
                .order_by(m.ExportLog.exported_at.desc(), m.ExportLog.id.desc())
            ).all()
            return [ExportLogRecord(r.id, r.exported_at, r.kind, r.rows, r.file_name) for r in rows]
