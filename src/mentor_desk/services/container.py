"""All services of one school over one open database, built by the composition root."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.exc import SQLAlchemyError

from mentor_desk.db.database import Database
from mentor_desk.db.errors import translate
from mentor_desk.db.filestore import DbFileStore, FileStore
from mentor_desk.errors import UserError
from mentor_desk.services.annual import AnnualReportService
from mentor_desk.services.board import BoardService
from mentor_desk.services.erasure import ErasureService
from mentor_desk.services.imports import ImportService
from mentor_desk.services.indicators import IndicatorService
from mentor_desk.services.monitoring import MonitoringService
from mentor_desk.services.names import NameFormService
from mentor_desk.services.orders import OrderService
from mentor_desk.services.organisation import OrganisationService, ensure_organisation, list_organisations
from mentor_desk.services.pairs import PairService
from mentor_desk.services.people import PeopleService
from mentor_desk.services.reference import ReferenceService
from mentor_desk.services.registers import RegisterService
from mentor_desk.services.reports import ReportService
from mentor_desk.services.roadmaps import RoadmapService
from mentor_desk.services.staffing import StaffingService
from mentor_desk.services.templates import TemplateService
from mentor_desk.services.years import YearService


@dataclass
class Services:
    database: Database
    organisation_id: int
    organisation: OrganisationService
    people: PeopleService
    pairs: PairService
    roadmaps: RoadmapService
    orders: OrderService
    names: NameFormService
    reference: ReferenceService
    reports: ReportService
    monitoring: MonitoringService
    erasure: ErasureService
    files: FileStore
    registers: RegisterService
    imports: ImportService
    templates: TemplateService
    indicators: IndicatorService
    board: BoardService
    staffing: StaffingService
    years: YearService
    annual: AnnualReportService

    @classmethod
    def for_database(cls, database: Database, organisation_id: int | None = None) -> Services:
        try:
            return cls._build(database, organisation_id)
        except (SQLAlchemyError, OSError) as exc:
            raise translate(exc) from exc

    @classmethod
    def _build(cls, database: Database, organisation_id: int | None) -> Services:
        sf = database.session_factory
        if organisation_id is None:
            organisation_id = ensure_organisation(sf).id
        elif organisation_id not in {o.id for o in list_organisations(sf)}:
            raise UserError(f"В базе нет организации с номером {organisation_id}.")
        files = (FileStore(database.files_dir) if database.is_sqlite
                 else DbFileStore(database.engine, organisation_id, database.files_dir))
        return cls(
            database=database,
            organisation_id=organisation_id,
            organisation=OrganisationService(sf, organisation_id),
            people=PeopleService(sf, organisation_id),
            pairs=PairService(sf, organisation_id),
            roadmaps=RoadmapService(sf, organisation_id, files),
            orders=OrderService(sf, organisation_id),
            names=NameFormService(sf, organisation_id),
            reference=ReferenceService(sf, organisation_id),
            reports=ReportService(sf, organisation_id),
            monitoring=MonitoringService(sf, organisation_id),
            erasure=ErasureService(database, organisation_id, files),
            files=files,
            registers=RegisterService(sf, organisation_id),
            imports=ImportService(sf, organisation_id),
            templates=TemplateService(sf, organisation_id),
            indicators=IndicatorService(sf, organisation_id),
            board=BoardService(sf, organisation_id),
            staffing=StaffingService(sf, organisation_id),
            years=YearService(database, organisation_id),
            annual=AnnualReportService(sf, organisation_id),
        )
