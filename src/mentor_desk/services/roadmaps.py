"""ИОМ (individual educational routes) and their roadmaps, templates and attached products."""

from __future__ import annotations

import calendar
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from mentor_desk.db import models as m
from mentor_desk.db.filestore import FileStore
from mentor_desk.domain.enums import ActivityStatus
from mentor_desk.domain.records import (
    ActivityDraft,
    ActivityRecord,
    AttachmentRecord,
    IomDraft,
    IomRecord,
    IomSummary,
)
from mentor_desk.domain.schoolyear import SchoolYear
from mentor_desk.errors import UserError
from mentor_desk.resources import load_json, resource_path
from mentor_desk.services import mapping
from mentor_desk.services.base import ServiceBase, today
from mentor_desk.services.iom_plan import plan_start, template_schedule
from mentor_desk.services.queries import activity_counts, catalogues, iom_records, person_refs


@dataclass(frozen=True)
class IomTemplate:
    key: str
    name: str
    deficits: str
    goal: str
    tasks: str
    activities: tuple[dict[str, object], ...]


def list_templates() -> list[IomTemplate]:
    out = []
    for path in sorted(resource_path("templates").glob("iom_*.json")):
        data = load_json("templates", path.name)
        out.append(
            IomTemplate(
                key=path.stem,
                name=data["name"],
                deficits=data.get("deficits", ""),
                goal=data.get("goal", ""),
                tasks=data.get("tasks", ""),
                activities=tuple(data["activities"]),
            )
        )
    return out


def due_date_for_month(year: SchoolYear, month: int) -> date:
    """The last day of `month` inside the school year (Sept..Dec in the first calendar year)."""
    cal_year = year.start if month >= 9 else year.start + 1
    return date(cal_year, month, calendar.monthrange(cal_year, month)[1])


class RoadmapService(ServiceBase):
    def __init__(self, session_factory: sessionmaker[Session], organisation_id: int, files: FileStore) -> None:
        super().__init__(session_factory, organisation_id)
        self.files = files

    # ---- reading -------------------------------------------------------------------

    def list_ioms(self, school_year: str | None = None) -> list[IomSummary]:
        on = today()
        with self._tx() as s:
            stmt = select(m.Iom).where(m.Iom.organisation_id == self.organisation_id)
            if school_year:
                stmt = stmt.where(m.Iom.school_year == school_year)
            ioms = s.scalars(stmt.order_by(m.Iom.id)).all()
            counts = activity_counts(s, self.organisation_id, on, school_year)
            refs = person_refs(
                s, self.organisation_id, [i.mentee_id for i in ioms] + [i.mentor_id for i in ioms if i.mentor_id]
            )
            out = []
            for iom in ioms:
                planned, done, overdue = counts.get(iom.id, (0, 0, 0))
                out.append(
                    IomSummary(
                        id=iom.id,
                        mentee=refs[iom.mentee_id],
                        mentor=refs.get(iom.mentor_id) if iom.mentor_id else None,
                        school_year=iom.school_year,
                        planned=int(planned or 0),
                        done=int(done or 0),
                        overdue=int(overdue or 0),
                    )
                )
            return out

    def get(self, iom_id: int) -> IomRecord:
        with self._tx() as s:
            row = self._get(s, m.Iom, iom_id, "ИОМ")
            return self._record(s, row)

    def get_many(self, iom_ids: Iterable[int]) -> list[IomRecord]:
        """The ИОМ with these ids in the order asked (unknown ids are left out), read in batches."""
        with self._tx() as s:
            return iom_records(s, self.organisation_id, iom_ids)

    def iter_ioms(self, iom_ids: Iterable[int], batch: int = 100) -> Iterator[IomRecord]:
        """The ИОМ with these ids in the order asked, read `batch` at a time (one short transaction
        each), so a district's thousands never sit in memory at once."""
        ids = list(iom_ids)
        for start in range(0, len(ids), batch):
            yield from self.get_many(ids[start:start + batch])

    def _record(self, s: Session, row: m.Iom) -> IomRecord:
        return iom_records(s, self.organisation_id, [row.id])[0]

    def _catalogues(self, s: Session) -> tuple[dict[int, str], dict[int, str]]:
        return catalogues(s, self.organisation_id)

    # ---- ИОМ -----------------------------------------------------------------------

    def create(self, draft: IomDraft, template_key: str | None = None, copy_from: int | None = None,
               plan_from: date | None = None) -> IomRecord:
        """A new ИОМ: empty, from a shipped template, or copied from another ИОМ.

        A template's months count from `plan_from`, by default from the pair's start or today,
        whichever is later (see `plan_start`), so a new ИОМ has nothing overdue on its first day.
        """
        year = SchoolYear.parse(draft.school_year)
        with self._tx() as s:
            self._get(s, m.Person, draft.mentee_id, "Наставляемый")
            row = m.Iom(organisation_id=self.organisation_id)
            s.add(row)
            _apply_iom(row, draft)
            s.flush()
            if template_key is not None:
                if plan_from is None:
                    pair = s.get(m.Pair, draft.pair_id) if draft.pair_id is not None else None
                    plan_from = plan_start(year, pair.start_date if pair is not None else None, today())
                self._fill_from_template(s, row, template_key, year, plan_from)
            elif copy_from is not None:
                self._copy_from(s, row, copy_from, year)
            s.flush()
            return self._record(s, row)

    def update(self, iom_id: int, draft: IomDraft, expected_version: int | None = None) -> IomRecord:
        SchoolYear.parse(draft.school_year)
        with self._tx() as s:
            row = self._get(s, m.Iom, iom_id, "ИОМ")
            self._check_version(row, expected_version)
            _apply_iom(row, draft)
            s.flush()
            return self._record(s, row)

    def delete(self, iom_id: int) -> None:
        with self._tx() as s:
            s.delete(self._get(s, m.Iom, iom_id, "ИОМ"))

    def _fill_from_template(self, s: Session, row: m.Iom, key: str, year: SchoolYear, start: date) -> None:
        templates = {t.key: t for t in list_templates()}
        if key not in templates:
            raise UserError(f"Шаблон ИОМ «{key}» не найден.")
        tpl = templates[key]
        row.deficits = row.deficits or tpl.deficits
        row.goal = row.goal or tpl.goal
        row.tasks = row.tasks or tpl.tasks
        directions = self._names_to_ids(s, m.Direction)
        products = self._names_to_ids(s, m.ProductType)
        for pos, (act, (due, period)) in enumerate(zip(tpl.activities, template_schedule(tpl.activities, start, year),
                                                       strict=True)):
            s.add(
                m.IomActivity(
                    iom_id=row.id,
                    position=pos,
                    direction_id=directions.get(str(act.get("direction", "")).lower()),
                    title=str(act["title"]),
                    period=period,
                    due_date=due,
                    product_type_id=products.get(str(act.get("product_type", "")).lower()),
                    product_description=str(act.get("product_description", "")),
                    responsible=str(act.get("responsible", "")),
                    status=ActivityStatus.PLANNED,
                )
            )

    def _copy_from(self, s: Session, row: m.Iom, source_id: int, year: SchoolYear) -> None:
        src = self._get(s, m.Iom, source_id, "ИОМ-образец")
        src_year = SchoolYear.parse(src.school_year)
        shift = year.start - src_year.start
        row.deficits = row.deficits or src.deficits
        row.goal = row.goal or src.goal
        row.tasks = row.tasks or src.tasks
        row.topic = row.topic or src.topic
        for act in src.activities:
            due = act.due_date
            if due is not None and shift:
                try:
                    due = due.replace(year=due.year + shift)
                except ValueError:  # 29 February
                    due = due.replace(year=due.year + shift, day=28)
            s.add(
                m.IomActivity(
                    iom_id=row.id,
                    position=act.position,
                    direction_id=act.direction_id,
                    title=act.title,
                    period=act.period,
                    due_date=due,
                    product_type_id=act.product_type_id,
                    product_description=act.product_description,
                    responsible=act.responsible,
                    status=ActivityStatus.PLANNED,
                )
            )

    def _names_to_ids(self, s: Session, model: type[m.Direction] | type[m.ProductType]) -> dict[str, int]:
        rows = s.execute(select(model.name, model.id).where(model.organisation_id == self.organisation_id)).all()
        return {name.lower(): id_ for name, id_ in rows}

    # ---- activities ----------------------------------------------------------------

    def add_activity(self, iom_id: int, draft: ActivityDraft) -> ActivityRecord:
        _check_activity(draft)
        with self._tx() as s:
            self._get(s, m.Iom, iom_id, "ИОМ")
            last = s.scalar(select(func.max(m.IomActivity.position)).where(m.IomActivity.iom_id == iom_id))
            row = m.IomActivity(iom_id=iom_id, position=(last + 1) if last is not None else 0)
            _apply_activity(row, draft)
            s.add(row)
            s.flush()
            return self._activity(s, row)

    def update_activity(
        self, activity_id: int, draft: ActivityDraft, expected_version: int | None = None
    ) -> ActivityRecord:
        _check_activity(draft)
        with self._tx() as s:
            row = self._activity_row(s, activity_id)
            self._check_version(row, expected_version)
            _apply_activity(row, draft)
            s.flush()
            return self._activity(s, row)

    def mark_done(self, activity_id: int, on: date, mark: str = "") -> ActivityRecord:
        if on > today():
            raise UserError("Дата выполнения не может быть в будущем.")
        with self._tx() as s:
            row = self._activity_row(s, activity_id)
            row.status = ActivityStatus.DONE
            row.done_on = on
            if mark.strip():
                row.mark = mark.strip()
            s.flush()
            return self._activity(s, row)

    def delete_activity(self, activity_id: int) -> None:
        with self._tx() as s:
            s.delete(self._activity_row(s, activity_id))

    def move_activity(self, activity_id: int, delta: int) -> list[ActivityRecord]:
        """Move an activity up (-1) or down (+1) in its roadmap; positions are renumbered."""
        with self._tx() as s:
            row = self._activity_row(s, activity_id)
            siblings = list(
                s.scalars(
                    select(m.IomActivity)
                    .where(m.IomActivity.iom_id == row.iom_id)
                    .order_by(m.IomActivity.position, m.IomActivity.id)
                ).all()
            )
            idx = siblings.index(row)
            new_idx = max(0, min(len(siblings) - 1, idx + delta))
            siblings.insert(new_idx, siblings.pop(idx))
            for pos, act in enumerate(siblings):
                act.position = pos
            s.flush()
            return [self._activity(s, a) for a in siblings]

    def _activity_row(self, s: Session, activity_id: int) -> m.IomActivity:
        row = s.get(m.IomActivity, activity_id)
        if row is None:
            raise UserError("Мероприятие не найдено: обновите ИОМ.")
        self._get(s, m.Iom, row.iom_id, "ИОМ")
        return row

    def _activity(self, s: Session, row: m.IomActivity) -> ActivityRecord:
        directions, products = self._catalogues(s)
        return mapping.activity(row, directions, products)

    # ---- attachments ---------------------------------------------------------------

    def attach_file(self, activity_id: int, source: Path) -> AttachmentRecord:
        """Keep the app's own copy of a product file and link it to the activity."""
        sha, size = self.files.add(source)
        with self._tx() as s:
            self._activity_row(s, activity_id)
            row = m.Attachment(activity_id=activity_id, sha256=sha, original_name=source.name[:300], size=size)
            s.add(row)
            s.flush()
            return mapping.attachment(row)

    def attachment_path(self, attachment_id: int) -> Path:
        with self._tx() as s:
            row = s.get(m.Attachment, attachment_id)
            if row is None:
                raise UserError("Файл не найден: обновите ИОМ.")
            self._activity_row(s, row.activity_id)
            path = self.files.path_for(row.sha256)
        if not path.is_file():
            raise UserError(
                f"Копия файла «{row.original_name}» отсутствует в папке базы. Восстановите базу из резервной копии."
            )
        return path

    def remove_attachment(self, attachment_id: int) -> None:
        with self._tx() as s:
            row = s.get(m.Attachment, attachment_id)
            if row is not None:
                self._activity_row(s, row.activity_id)
                s.delete(row)

    def all_attachment_hashes(self) -> list[tuple[str, str]]:
        """(sha256, original name) of every attachment of this school, for `check`."""
        with self._tx() as s:
            rows = s.execute(
                select(m.Attachment.sha256, m.Attachment.original_name)
                .join(m.IomActivity, m.IomActivity.id == m.Attachment.activity_id)
                .join(m.Iom, m.Iom.id == m.IomActivity.iom_id)
                .where(m.Iom.organisation_id == self.organisation_id)
            ).all()
            return [(r[0], r[1]) for r in rows]


def _check_activity(draft: ActivityDraft) -> None:
    if not draft.title.strip():
        raise UserError("Укажите мероприятие.")
    if draft.status is ActivityStatus.DONE and draft.done_on is None:
        raise UserError("Для выполненного мероприятия укажите дату выполнения.")
    if draft.done_on is not None and draft.done_on > today():
        raise UserError("Дата выполнения не может быть в будущем.")


def _apply_activity(row: m.IomActivity, draft: ActivityDraft) -> None:
    row.title = draft.title.strip()
    row.direction_id = draft.direction_id
    row.period = draft.period.strip()
    row.due_date = draft.due_date
    row.product_type_id = draft.product_type_id
    row.product_description = draft.product_description.strip()
    row.responsible = draft.responsible.strip()
    row.status = draft.status
    row.done_on = draft.done_on
    row.mark = draft.mark.strip()


def _apply_iom(row: m.Iom, draft: IomDraft) -> None:
    row.mentee_id = draft.mentee_id
    row.mentor_id = draft.mentor_id
    row.pair_id = draft.pair_id
    row.school_year = SchoolYear.parse(draft.school_year).title
    row.topic = draft.topic.strip()
    row.deficits = draft.deficits.strip()
    row.goal = draft.goal.strip()
    row.tasks = draft.tasks.strip()
    row.approved_by = draft.approved_by.strip()
    row.approved_on = draft.approved_on
    row.self_report = draft.self_report.strip()
    row.mentor_conclusion = draft.mentor_conclusion.strip()
