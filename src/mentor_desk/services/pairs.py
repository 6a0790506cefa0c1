"""Mentoring pairs and groups, their rules, closing, and the meetings log."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from mentor_desk.db import models as m
from mentor_desk.domain.enums import PairStatus
from mentor_desk.domain.records import Issue, MeetingDraft, MeetingRecord, PairDraft, PairRecord, PersonRef
from mentor_desk.domain.rules import Candidate, PairCheck, check_pair, errors, warnings
from mentor_desk.errors import RuleViolation, UserError, WarningsNotAccepted
from mentor_desk.services import mapping, queries
from mentor_desk.services.base import ServiceBase, today

OPEN_STATUSES = (PairStatus.PLANNED, PairStatus.ACTIVE)


@dataclass(frozen=True)
class PairFilter:
    form_id: int | None = None
    status: PairStatus | None = None
    programme_id: int | None = None
    school_year: str | None = None


@dataclass(frozen=True)
class MentorLoad:
    mentees: int
    resource: int


def _candidate(row: m.Person) -> Candidate:
    return Candidate(
        id=row.id,
        name=f"{row.last_name} {row.first_name} {row.middle_name}".strip(),
        kind=row.kind,
        birth_date=row.birth_date,
        archived=row.archived,
    )


class PairService(ServiceBase):
    # ---- reading -------------------------------------------------------------------

    def list_pairs(self, flt: PairFilter | None = None) -> list[PairRecord]:
        flt = flt or PairFilter()
        conditions = []
        if flt.form_id is not None:
            conditions.append(m.Pair.form_id == flt.form_id)
        if flt.status is not None:
            conditions.append(m.Pair.status == flt.status)
        if flt.programme_id is not None:
            conditions.append(m.Pair.programme_id == flt.programme_id)
        if flt.school_year:
            conditions.append(m.Pair.school_year == flt.school_year)
        with self._tx() as s:
            return queries.pair_records(s, self.organisation_id, *conditions)

    def get(self, pair_id: int) -> PairRecord:
        with self._tx() as s:
            self._get(s, m.Pair, pair_id, "Пара")
            return queries.pair_records(s, self.organisation_id, m.Pair.id == pair_id)[0]

    def get_many(self, pair_ids: Iterable[int]) -> list[PairRecord]:
        """The pairs with these ids in the order asked (unknown ids are left out), read in batches."""
        ids = list(pair_ids)
        with self._tx() as s:
            by_id = queries.pairs_by_id(s, self.organisation_id, ids)
            return [by_id[i] for i in ids if i in by_id]

    def _record(self, s: Session, row: m.Pair) -> PairRecord:
        """The record of a row just written (flushed by the loader)."""
        return queries.pairs_by_id(s, self.organisation_id, [row.id])[row.id]

    def candidates(self, form_id: int, side: str) -> list[PersonRef]:
        """People of the kind a form allows on one side ("mentor" or "mentee"), not archived."""
        with self._tx() as s:
            form = self._get(s, m.MentoringForm, form_id, "Форма наставничества")
            kind = form.mentor_kind if side == "mentor" else form.mentee_kind
            rows = s.execute(
                select(m.Person.id, m.Person.last_name, m.Person.first_name, m.Person.middle_name, m.Person.kind)
                .where(
                    m.Person.organisation_id == self.organisation_id,
                    m.Person.kind == kind,
                    m.Person.archived.is_(False),
                )
                .order_by(m.Person.last_name, m.Person.first_name)
            ).all()
            return [PersonRef(r[0], r[1], r[2], r[3], r[4]) for r in rows]

    def mentor_load(self, mentor_id: int, exclude_pair_id: int | None = None) -> MentorLoad:
        with self._tx() as s:
            return self._mentor_load(s, mentor_id, exclude_pair_id)

    def _mentor_load(self, s: Session, mentor_id: int, exclude_pair_id: int | None) -> MentorLoad:
        load = s.scalar(
            select(func.count(m.PairMentee.id))
            .join(m.Pair, m.Pair.id == m.PairMentee.pair_id)
            .where(
                m.Pair.mentor_id == mentor_id,
                m.Pair.status.in_(OPEN_STATUSES),
                m.Pair.id != (exclude_pair_id or -1),
            )
        )
        resource = s.scalar(select(m.MentorProfileRow.resource).where(m.MentorProfileRow.person_id == mentor_id))
        return MentorLoad(int(load or 0), int(resource) if resource is not None else 1)

    # ---- rules ---------------------------------------------------------------------

    def check(self, draft: PairDraft, pair_id: int | None = None) -> list[Issue]:
        with self._tx() as s:
            return self._check(s, draft, pair_id)

    def _check(self, s: Session, draft: PairDraft, pair_id: int | None) -> list[Issue]:
        form = self._get(s, m.MentoringForm, draft.form_id, "Форма наставничества")
        programme = self._get(s, m.Programme, draft.programme_id, "Программа")
        mentor = self._get(s, m.Person, draft.mentor_id, "Наставник")
        mentees = [self._get(s, m.Person, i, "Наставляемый") for i in draft.mentee_ids]
        busy = s.scalars(
            select(m.PairMentee.mentee_id)
            .join(m.Pair, m.Pair.id == m.PairMentee.pair_id)
            .where(
                m.PairMentee.mentee_id.in_(draft.mentee_ids),
                m.PairMentee.programme_id == draft.programme_id,
                m.Pair.status.in_(OPEN_STATUSES),
                m.Pair.id != (pair_id or -1),
            )
        ).all()
        load = self._mentor_load(s, draft.mentor_id, pair_id)
        return check_pair(
            PairCheck(
                form_name=form.name,
                mentor_kind=form.mentor_kind,
                mentee_kind=form.mentee_kind,
                mentor=_candidate(mentor),
                mentees=tuple(_candidate(p) for p in mentees),
                programme_name=programme.name,
                start=draft.start_date,
                end=draft.end_date,
                mentor_load=load.mentees,
                mentor_resource=load.resource,
                busy_mentee_ids=tuple(busy),
                pair_is_open=draft.status in OPEN_STATUSES,
            )
        )

    # ---- writing -------------------------------------------------------------------

    def create(self, draft: PairDraft, accept_warnings: bool = False) -> PairRecord:
        with self._tx() as s:
            self._enforce(s, draft, None, accept_warnings)
            row = m.Pair(organisation_id=self.organisation_id)
            s.add(row)
            self._apply(s, row, draft)
            s.flush()
            return self._record(s, row)

    def update(
        self, pair_id: int, draft: PairDraft, accept_warnings: bool = False, expected_version: int | None = None
    ) -> PairRecord:
        with self._tx() as s:
            row = self._get(s, m.Pair, pair_id, "Пара")
            self._check_version(row, expected_version)
            self._enforce(s, draft, pair_id, accept_warnings)
            self._apply(s, row, draft)
            s.flush()
            return self._record(s, row)

    def close(
        self, pair_id: int, status: PairStatus, end_date: date, reason: str = "", result: str = ""
    ) -> PairRecord:
        """Finish (завершена) or interrupt (прервана) a pair; an interruption needs a reason."""
        if status not in (PairStatus.COMPLETED, PairStatus.INTERRUPTED):
            raise UserError("Закрыть пару можно со статусом «завершена» или «прервана».")
        if status is PairStatus.INTERRUPTED and not reason.strip():
            raise UserError("Укажите причину, по которой пара прервана.")
        with self._tx() as s:
            row = self._get(s, m.Pair, pair_id, "Пара")
            if end_date < row.start_date:
                raise UserError(
                    f"Дата окончания {end_date:%d.%m.%Y} раньше даты начала {row.start_date:%d.%m.%Y}."
                )
            row.status = status
            row.end_date = end_date
            row.status_reason = reason.strip()
            row.result = result.strip()
            for pm in row.mentees:
                pm.open_slot = None
            s.flush()
            return self._record(s, row)

    def delete(self, pair_id: int) -> None:
        with self._tx() as s:
            row = self._get(s, m.Pair, pair_id, "Пара")
            named = s.scalar(select(m.OrderPair.id).where(m.OrderPair.pair_id == pair_id).limit(1))
            if row.order_id is not None or named is not None:
                raise UserError("Пара названа в приказе: её нельзя удалить, только завершить или прервать.")
            if s.scalar(select(m.Iom.id).where(m.Iom.pair_id == pair_id).limit(1)) is not None:
                raise UserError("По паре ведётся ИОМ: её нельзя удалить, только завершить или прервать.")
            s.delete(row)

    def _enforce(self, s: Session, draft: PairDraft, pair_id: int | None, accept_warnings: bool) -> None:
        issues = self._check(s, draft, pair_id)
        if errors(issues):
            raise RuleViolation(errors(issues))
        if warnings(issues) and not accept_warnings:
            raise WarningsNotAccepted(warnings(issues))

    def _apply(self, s: Session, row: m.Pair, draft: PairDraft) -> None:
        row.form_id = draft.form_id
        row.mentor_id = draft.mentor_id
        row.programme_id = draft.programme_id
        row.type_id = draft.type_id
        row.role_model_id = draft.role_model_id
        row.school_year = draft.school_year
        row.goal = draft.goal.strip()
        row.start_date = draft.start_date
        row.end_date = draft.end_date
        row.status = draft.status
        row.status_reason = draft.status_reason.strip()
        row.result = draft.result.strip()
        row.mentor_consent_on = draft.mentor_consent_on
        row.agreement = draft.agreement.strip()
        slot = 1 if draft.status in OPEN_STATUSES else None
        wanted = list(dict.fromkeys(draft.mentee_ids))
        for pm in list(row.mentees):
            if pm.mentee_id not in wanted:
                row.mentees.remove(pm)
        s.flush()
        present = {pm.mentee_id: pm for pm in row.mentees}
        for mentee_id in wanted:
            link = present.get(mentee_id)
            if link is None:
                link = m.PairMentee(mentee_id=mentee_id)
                row.mentees.append(link)
            link.programme_id = draft.programme_id
            link.open_slot = slot

    # ---- meetings ------------------------------------------------------------------

    def meetings(self, pair_id: int) -> list[MeetingRecord]:
        with self._tx() as s:
            self._get(s, m.Pair, pair_id, "Пара")
            rows = s.scalars(
                select(m.Meeting).where(m.Meeting.pair_id == pair_id).order_by(m.Meeting.held_on, m.Meeting.id)
            ).all()
            return [mapping.meeting(r) for r in rows]

    def save_meeting(self, draft: MeetingDraft, meeting_id: int | None = None) -> MeetingRecord:
        if not draft.topic.strip():
            raise UserError("Укажите тему встречи.")
        if draft.held_on > today():
            raise UserError("Дата встречи не может быть в будущем: журнал отражает проведённые встречи.")
        if draft.duration_minutes <= 0 or draft.duration_minutes > 600:
            raise UserError("Длительность встречи — от 1 до 600 минут.")
        with self._tx() as s:
            self._get(s, m.Pair, draft.pair_id, "Пара")
            if meeting_id is None:
                row = m.Meeting(pair_id=draft.pair_id)
                s.add(row)
            else:
                found = s.get(m.Meeting, meeting_id)
                if found is None or found.pair_id != draft.pair_id:
                    raise UserError("Встреча не найдена: обновите журнал.")
                row = found
            row.held_on = draft.held_on
            row.topic = draft.topic.strip()
            row.form = draft.form.strip()
            row.duration_minutes = draft.duration_minutes
            row.done = draft.done.strip()
            row.next_steps = draft.next_steps.strip()
            s.flush()
            return mapping.meeting(row)

    def delete_meeting(self, meeting_id: int) -> None:
        with self._tx() as s:
            row = s.get(m.Meeting, meeting_id)
            if row is not None:
                self._get(s, m.Pair, row.pair_id, "Пара")
                s.delete(row)

