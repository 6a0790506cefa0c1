"""The deadline board: everything due today, this week, or already overdue, each line pointing at
the record that settles it; and the same list as an .ics calendar for the coordinator's phone."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from mentor_desk.db import models as m
from mentor_desk.domain.enums import ActivityStatus, ConsentType, PairStatus, QuestionnaireStage
from mentor_desk.domain.names import short_name
from mentor_desk.domain.records.pairs import DRAFT_ORDER_NUMBER
from mentor_desk.services.base import ServiceBase, today

OVERDUE, TODAY, WEEK = "overdue", "today", "week"
BUCKET_TITLES = {OVERDUE: "Просрочено", TODAY: "Сегодня", WEEK: "На этой неделе"}
OPEN = (PairStatus.PLANNED, PairStatus.ACTIVE, PairStatus.SUSPENDED)
ENTRY_WITHIN_DAYS = 14  # the входная анкета is collected in the first two weeks of a pair
FINAL_BEFORE_DAYS = 14  # the итоговая in the last two weeks
ORDER_WITHIN_DAYS = 7


@dataclass(frozen=True)
class BoardItem:
    kind: str  # activity, pair_end, questionnaire, order, consent, stalled, suspended, follow_up
    title: str
    detail: str
    due: date
    bucket: str
    target: str  # which tab opens it: people, pairs, iom, monitoring-entry, monitoring-final
    target_id: int

    @property
    def uid(self) -> str:
        return f"{self.kind}-{self.target}-{self.target_id}-{self.due:%Y%m%d}@mentor-desk"


def bucket_of(due: date, on: date) -> str | None:
    if due < on:
        return OVERDUE
    if due == on:
        return TODAY
    if due <= on + timedelta(days=6):
        return WEEK
    return None


class BoardService(ServiceBase):
    def items(self, on: date | None = None) -> list[BoardItem]:
        """What is due on `on` and in the six days after it, and what is overdue; oldest first."""
        on = on or today()
        with self._tx() as s:
            names = {int(r.id): short_name(r.last_name, r.first_name, r.middle_name) for r in s.execute(
                select(m.Person.id, m.Person.last_name, m.Person.first_name, m.Person.middle_name)
                .where(m.Person.organisation_id == self.organisation_id))}
            raw = (self._activities(s, on, names) + self._pairs(s, on, names) + self._consents(s, names)
                   + self._follow_ups(s, on, names) + self._draft_orders(s))
        out = []
        for kind, title, detail, due, target, target_id in raw:
            bucket = OVERDUE if kind == "suspended" else bucket_of(due, on)
            if bucket is not None:
                out.append(BoardItem(kind, title, detail, due, bucket, target, target_id))
        order = {OVERDUE: 0, TODAY: 1, WEEK: 2}
        return sorted(out, key=lambda i: (order[i.bucket], i.due, i.title))

    def stalled_after_days(self) -> int:
        with self._tx() as s:
            return int(s.scalar(select(m.Organisation.stalled_after_days)
                                .where(m.Organisation.id == self.organisation_id)) or 30)

    def set_stalled_after_days(self, days: int) -> None:
        from mentor_desk.errors import UserError

        if not 1 <= days <= 365:
            raise UserError("Срок без встреч указывается в днях, от 1 до 365.")
        with self._tx() as s:
            org = self._get(s, m.Organisation, self.organisation_id, "Организация")
            org.stalled_after_days = days

    def export_ics(self, target: Path, on: date | None = None) -> int:
        """The board as an iCalendar file (all-day events); returns the number of events."""
        from mentor_desk.exports.ics import write_ics

        items = self.items(on)
        return write_ics(target, [(i.uid, f"{i.title}: {i.detail}" if i.detail else i.title,
                                   f"{BUCKET_TITLES[i.bucket]}. {i.detail}", i.due) for i in items])

    # ---- sources ------------------------------------------------------------------------

    def _activities(self, s: Session, on: date, names: dict[int, str]) -> list[tuple]:
        rows = s.execute(
            select(m.IomActivity.title, m.IomActivity.due_date, m.Iom.id, m.Iom.mentee_id)
            .join(m.Iom, m.Iom.id == m.IomActivity.iom_id)
            .where(m.Iom.organisation_id == self.organisation_id, m.IomActivity.due_date.is_not(None),
                   m.IomActivity.due_date <= on + timedelta(days=6),
                   m.IomActivity.status.notin_((ActivityStatus.DONE, ActivityStatus.FAILED)))
        ).all()
        return [("activity", f"Мероприятие ИОМ: {title}", names.get(int(mentee), ""), due, "iom", int(iom_id))
                for title, due, iom_id, mentee in rows]

    def _pairs(self, s: Session, on: date, names: dict[int, str]) -> list[tuple]:
        org = self.organisation_id
        pairs = s.execute(
            select(m.Pair.id, m.Pair.mentor_id, m.Pair.status, m.Pair.start_date, m.Pair.end_date, m.Pair.order_id)
            .where(m.Pair.organisation_id == org, m.Pair.status.in_(OPEN))
        ).all()
        ids = [int(p.id) for p in pairs]
        mentees: dict[int, list[int]] = {}
        for pid, mentee in s.execute(select(m.PairMentee.pair_id, m.PairMentee.mentee_id)
                                     .where(m.PairMentee.pair_id.in_(ids))):
            mentees.setdefault(int(pid), []).append(int(mentee))
        last_meeting = dict(s.execute(select(m.Meeting.pair_id, func.max(m.Meeting.held_on))
                                      .where(m.Meeting.pair_id.in_(ids)).group_by(m.Meeting.pair_id)).all())
        answered: set[tuple[int, QuestionnaireStage]] = {
            (int(pid or 0), st) for pid, st in s.execute(
                select(m.QuestionnaireResponse.pair_id, m.QuestionnaireResponse.stage)
                .where(m.QuestionnaireResponse.pair_id.in_(ids)).distinct())}
        stall = int(s.scalar(select(m.Organisation.stalled_after_days).where(m.Organisation.id == org)) or 30)
        out: list[tuple] = []
        for p in pairs:
            pid = int(p.id)
            who = f"{names.get(int(p.mentor_id), '')} → " + ", ".join(names.get(x, "") for x in mentees.get(pid, []))
            if p.status is PairStatus.SUSPENDED:
                out.append(("suspended", "Пара приостановлена: замените наставника или возобновите", who, on,
                            "pairs", pid))
                continue
            if p.status is not PairStatus.ACTIVE:
                continue
            if p.end_date is not None:
                out.append(("pair_end", "Завершение пары: итоги и результат" if p.end_date >= on else
                            "Срок пары истёк: закройте её с результатом", who, p.end_date, "pairs", pid))
                if (pid, QuestionnaireStage.FINAL) not in answered:
                    out.append(("questionnaire", "Собрать итоговые анкеты", who,
                                p.end_date - timedelta(days=FINAL_BEFORE_DAYS), "monitoring-final", pid))
            if (pid, QuestionnaireStage.ENTRY) not in answered and p.start_date <= on:
                out.append(("questionnaire", "Собрать входные анкеты", who,
                            p.start_date + timedelta(days=ENTRY_WITHIN_DAYS), "monitoring-entry", pid))
            if p.order_id is None:
                out.append(("order", "Издать приказ о закреплении пары", who,
                            p.start_date + timedelta(days=ORDER_WITHIN_DAYS), "pairs", pid))
            last = last_meeting.get(pid) or p.start_date
            if last <= on:
                out.append(("stalled", f"Нет встреч больше {stall} дн.: узнайте, как идёт работа", who,
                            last + timedelta(days=stall), "pairs", pid))
        return out

    def _consents(self, s: Session, names: dict[int, str]) -> list[tuple]:
        org = self.organisation_id
        first_start: dict[int, date] = {}
        rows = list(s.execute(
            select(m.Pair.mentor_id, func.min(m.Pair.start_date)).where(m.Pair.organisation_id == org,
                                                                        m.Pair.status.in_(OPEN))
            .group_by(m.Pair.mentor_id)
        ).all())
        rows += s.execute(
            select(m.PairMentee.mentee_id, func.min(m.Pair.start_date)).join(m.Pair, m.Pair.id == m.PairMentee.pair_id)
            .where(m.Pair.organisation_id == org, m.Pair.status.in_(OPEN)).group_by(m.PairMentee.mentee_id)
        ).all()
        for person, start in rows:
            first_start[int(person)] = min(start, first_start.get(int(person), start))
        consented = set(s.scalars(select(m.Consent.person_id).where(
            m.Consent.organisation_id == org, m.Consent.consent_type == ConsentType.PROCESSING,
            m.Consent.withdrawn_on.is_(None))))
        return [("consent", "Нет согласия на обработку персональных данных", names.get(pid, ""), start,
                 "people", pid) for pid, start in first_start.items() if pid not in consented]

    def _draft_orders(self, s: Session) -> list[tuple]:
        rows = s.execute(
            select(m.Order.title, m.Order.signed_on, m.PairEvent.pair_id)
            .join(m.PairEvent, m.PairEvent.order_id == m.Order.id)
            .where(m.Order.organisation_id == self.organisation_id, m.Order.number == DRAFT_ORDER_NUMBER)
        ).all()
        return [("order", f"Подписать приказ «{title}»", "проект подготовлен, присвойте номер", day, "pairs",
                 int(pair_id)) for title, day, pair_id in rows]

    def _follow_ups(self, s: Session, on: date, names: dict[int, str]) -> list[tuple]:
        rows = s.execute(
            select(m.FollowUp.id, m.FollowUp.person_id, m.FollowUp.years, m.FollowUp.due_on, m.FollowUp.pair_id)
            .where(m.FollowUp.organisation_id == self.organisation_id, m.FollowUp.checked_on.is_(None),
                   m.FollowUp.due_on <= on + timedelta(days=6))
        ).all()
        return [("follow_up", f"Проверить: работает ли молодой специалист в школе через {years} "
                 f"{'год' if years == 1 else 'года'} после наставничества", names.get(int(person), ""), due,
                 "pairs", int(pair_id)) for _fid, person, years, due, pair_id in rows]
