"""The school (organisation) the data belongs to: requisites and the current school year."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from mentor_desk.db import models as m
from mentor_desk.domain.records import OrganisationDraft, OrganisationRecord
from mentor_desk.domain.schoolyear import SchoolYear
from mentor_desk.errors import UserError
from mentor_desk.services import mapping
from mentor_desk.services.base import ServiceBase, today
from mentor_desk.services.reference import seed_defaults


def list_organisations(session_factory: sessionmaker[Session]) -> list[OrganisationRecord]:
    with session_factory.begin() as s:
        return [mapping.organisation(r) for r in s.scalars(select(m.Organisation).order_by(m.Organisation.id))]


def create_organisation(session_factory: sessionmaker[Session], draft: OrganisationDraft) -> OrganisationRecord:
    """A new school with its default reference lists and the current school year."""
    if not draft.full_name.strip() or not draft.short_name.strip():
        raise UserError("Укажите полное и краткое наименование школы.")
    year = SchoolYear.containing(today())
    with session_factory.begin() as s:
        row = m.Organisation(
            full_name=draft.full_name.strip(),
            short_name=draft.short_name.strip(),
            director_name=draft.director_name.strip(),
            director_position=draft.director_position.strip() or "Директор",
            coordinator_name=draft.coordinator_name.strip(),
            coordinator_position=draft.coordinator_position.strip(),
            address=draft.address.strip(),
            municipality=draft.municipality.strip(),
            current_year=year.title,
        )
        s.add(row)
        s.flush()
        s.add(m.SchoolYearRow(organisation_id=row.id, title=year.title, start_date=year.first_day,
                              end_date=year.last_day))
        seed_defaults(s, row.id)
        return mapping.organisation(row)


PLACEHOLDER_FULL_NAME = "Образовательная организация (укажите наименование)"


def needs_setup(org: OrganisationRecord) -> bool:
    """A school whose name is still the placeholder of a new database (it would print on orders)."""
    return org.full_name.strip() == PLACEHOLDER_FULL_NAME or not org.full_name.strip()


def ensure_organisation(session_factory: sessionmaker[Session]) -> OrganisationRecord:
    """The first school of the database; a fresh database gets one to fill in under «Настройки»."""
    existing = list_organisations(session_factory)
    if existing:
        return existing[0]
    return create_organisation(
        session_factory,
        OrganisationDraft(full_name=PLACEHOLDER_FULL_NAME, short_name="Моя школа"),
    )


class OrganisationService(ServiceBase):
    def get(self) -> OrganisationRecord:
        with self._tx() as s:
            return mapping.organisation(self._get(s, m.Organisation, self.organisation_id, "Организация"))

    def needs_setup(self) -> bool:
        return needs_setup(self.get())

    def update(self, draft: OrganisationDraft, expected_version: int | None = None) -> OrganisationRecord:
        if not draft.full_name.strip() or not draft.short_name.strip():
            raise UserError("Укажите полное и краткое наименование школы.")
        with self._tx() as s:
            row = self._get(s, m.Organisation, self.organisation_id, "Организация")
            self._check_version(row, expected_version)
            row.full_name = draft.full_name.strip()
            row.short_name = draft.short_name.strip()
            row.director_name = draft.director_name.strip()
            row.director_position = draft.director_position.strip() or "Директор"
            row.coordinator_name = draft.coordinator_name.strip()
            row.coordinator_position = draft.coordinator_position.strip()
            row.address = draft.address.strip()
            row.municipality = draft.municipality.strip()
            s.flush()
            return mapping.organisation(row)

    def school_years(self) -> list[str]:
        with self._tx() as s:
            rows = s.scalars(
                select(m.SchoolYearRow.title)
                .where(m.SchoolYearRow.organisation_id == self.organisation_id)
                .order_by(m.SchoolYearRow.start_date)
            ).all()
            return list(rows)

    def set_current_year(self, title: str) -> OrganisationRecord:
        year = SchoolYear.parse(title)
        with self._tx() as s:
            row = self._get(s, m.Organisation, self.organisation_id, "Организация")
            self._ensure_year(s, year)
            row.current_year = year.title
            s.flush()
            return mapping.organisation(row)

    def ensure_year(self, title: str) -> None:
        with self._tx() as s:
            self._ensure_year(s, SchoolYear.parse(title))

    def _ensure_year(self, s: Session, year: SchoolYear) -> None:
        exists = s.scalar(
            select(m.SchoolYearRow.id).where(
                m.SchoolYearRow.organisation_id == self.organisation_id, m.SchoolYearRow.title == year.title
            )
        )
        if exists is None:
            s.add(m.SchoolYearRow(organisation_id=self.organisation_id, title=year.title,
                                  start_date=year.first_day, end_date=year.last_day))

    def current_year(self) -> SchoolYear:
        title = self.get().current_year
        return SchoolYear.parse(title) if title else SchoolYear.containing(date.today())
