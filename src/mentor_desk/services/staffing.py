"""Staff changes and the end of a pair: dated absences suspend pairs, a mentor is replaced with
history kept and a draft order, and a closed pair records its outcome and, for a young
specialist, the follow-ups one and three years later."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from mentor_desk.db import models as m
from mentor_desk.domain.enums import OrderKind, PairStatus
from mentor_desk.domain.names import full_name, short_name
from mentor_desk.domain.records.pairs import DRAFT_ORDER_NUMBER
from mentor_desk.errors import UserError
from mentor_desk.services.base import ServiceBase
from mentor_desk.services.indicators import young_specialist_ids
from mentor_desk.services.pairs import PairService

ABSENCES = {"left": "уволен(а)", "maternity": "отпуск по уходу за ребёнком", "illness": "длительная болезнь"}
OUTCOMES = {"achieved": "планируемые результаты достигнуты", "partly": "достигнуты частично",
            "not_achieved": "не достигнуты"}
FOLLOW_UP_YEARS = (1, 3)


@dataclass(frozen=True)
class PairEventRecord:
    happened_on: date
    kind: str
    text: str
    order_id: int | None


def add_years(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


class StaffingService(ServiceBase):
    # ---- absences ---------------------------------------------------------------------

    def set_absence(self, person_id: int, status: str, since: date, until: date | None = None,
                    note: str = "") -> list[int]:
        """Record an absence; the person's open pairs become «приостановлена». Returns those pair ids."""
        if status not in ABSENCES:
            raise UserError("Выберите причину: уволен(а), отпуск по уходу за ребёнком или длительная болезнь.")
        if until is not None and until < since:
            raise UserError(f"Дата окончания {until:%d.%m.%Y} раньше даты начала {since:%d.%m.%Y}.")
        with self._tx() as s:
            person = self._get(s, m.Person, person_id, "Участник")
            s.add(m.PersonStatus(organisation_id=self.organisation_id, person_id=person_id, status=status,
                                 since=since, until=until, note=note.strip()))
            reason = f"{short_name(person.last_name, person.first_name, person.middle_name)}: {ABSENCES[status]} " \
                     f"с {since:%d.%m.%Y}"
            suspended = []
            for pair in self._open_pairs_of(s, person_id):
                if pair.status is PairStatus.SUSPENDED:
                    continue
                pair.status = PairStatus.SUSPENDED
                pair.status_reason = reason
                s.add(m.PairEvent(pair_id=pair.id, happened_on=since, kind="suspended", text=reason))
                suspended.append(pair.id)
            return suspended

    def end_absence(self, person_id: int, on: date) -> list[int]:
        """The person is back: their suspended pairs go on (unless someone else in them is away)."""
        with self._tx() as s:
            self._get(s, m.Person, person_id, "Участник")
            for row in s.scalars(select(m.PersonStatus).where(m.PersonStatus.person_id == person_id,
                                                              m.PersonStatus.until.is_(None))):
                row.until = on
            s.flush()
            resumed = []
            for pair in self._open_pairs_of(s, person_id):
                people = {pair.mentor_id} | {pm.mentee_id for pm in pair.mentees}
                if pair.status is PairStatus.SUSPENDED and not any(self._away(s, p, on) for p in people):
                    pair.status = PairStatus.ACTIVE
                    pair.status_reason = ""
                    s.add(m.PairEvent(pair_id=pair.id, happened_on=on, kind="resumed", text="работа пары возобновлена"))
                    resumed.append(pair.id)
            return resumed

    def absence_of(self, person_id: int, on: date) -> str | None:
        with self._tx() as s:
            return self._away(s, person_id, on)

    def _away(self, s: Session, person_id: int, on: date) -> str | None:
        row = s.scalars(select(m.PersonStatus).where(
            m.PersonStatus.person_id == person_id, m.PersonStatus.since <= on,
            or_(m.PersonStatus.until.is_(None), m.PersonStatus.until > on)).order_by(m.PersonStatus.since.desc())
        ).first()
        return ABSENCES.get(row.status) if row is not None else None

    def _open_pairs_of(self, s: Session, person_id: int) -> list[m.Pair]:
        as_mentee = select(m.PairMentee.pair_id).where(m.PairMentee.mentee_id == person_id)
        return list(s.scalars(select(m.Pair).where(
            m.Pair.organisation_id == self.organisation_id,
            m.Pair.status.in_((PairStatus.PLANNED, PairStatus.ACTIVE, PairStatus.SUSPENDED)),
            or_(m.Pair.mentor_id == person_id, m.Pair.id.in_(as_mentee)))).all())

    # ---- replacing a mentor -------------------------------------------------------------

    def replace_mentor(self, pair_id: int, new_mentor_id: int, on: date, reason: str = "") -> int:
        """Move the pair and its ИОМ to another mentor, keep the history, draft the order. Returns the order id."""
        with self._tx() as s:
            pair = self._get(s, m.Pair, pair_id, "Пара")
            new = self._get(s, m.Person, new_mentor_id, "Наставник")
            form = s.get(m.MentoringForm, pair.form_id)
            new_name = full_name(new.last_name, new.first_name, new.middle_name)
            if not pair.status.is_open:
                raise UserError("Пара уже завершена или прервана: заменить наставника нельзя.")
            if new_mentor_id == pair.mentor_id:
                raise UserError(f"{new_name} уже наставник этой пары.")
            if new_mentor_id in {pm.mentee_id for pm in pair.mentees}:
                raise UserError(f"{new_name} — наставляемый в этой паре и не может стать её наставником.")
            if form is not None and new.kind is not form.mentor_kind:
                raise UserError(f"В форме «{form.name}» наставником может быть {form.mentor_kind.label}, "
                                f"а {new_name} — {new.kind.label}.")
            if new.archived:
                raise UserError(f"{new_name} в архиве. Верните участника из архива, чтобы назначить наставником.")
            away = self._away(s, new_mentor_id, on)
            if away:
                raise UserError(f"{new_name} сейчас отсутствует ({away}): выберите другого наставника.")
            old = s.get(m.Person, pair.mentor_id)
            old_name = full_name(old.last_name, old.first_name, old.middle_name) if old else ""
            mentees = ", ".join(full_name(p.last_name, p.first_name, p.middle_name)
                                for p in (s.get(m.Person, pm.mentee_id) for pm in pair.mentees) if p)
            order = m.Order(organisation_id=self.organisation_id, kind=OrderKind.FIX_PAIRS, number=DRAFT_ORDER_NUMBER,
                            signed_on=on, title="О замене наставника",
                            preamble=f"В связи с тем, что {old_name} не может продолжать работу наставника"
                                     f"{' (' + reason.strip() + ')' if reason.strip() else ''}, закрепить за "
                                     f"наставляемым(и) {mentees} нового наставника: {new_name}, с {on:%d.%m.%Y}.")
            s.add(order)
            s.flush()
            before = s.get(m.Order, pair.order_id) if pair.order_id else None
            earlier = f" (ранее пара закреплена приказом № {before.number} от {before.signed_on:%d.%m.%Y})" if before else ""
            s.add(m.PairEvent(pair_id=pair.id, happened_on=on, kind="mentor_replaced",
                              text=f"наставник {old_name} заменён на {new_name}" + (f": {reason.strip()}" if reason.strip() else "")
                              + earlier, old_mentor_id=pair.mentor_id, new_mentor_id=new_mentor_id, order_id=order.id))
            pair.mentor_id = new_mentor_id
            pair.order_id = order.id  # the pair is now fixed by the order on the replacement
            s.add(m.OrderPair(order_id=order.id, pair_id=pair.id))  # the order's register names it
            if pair.status is PairStatus.SUSPENDED:
                pair.status = PairStatus.ACTIVE
                pair.status_reason = ""
            for iom in s.scalars(select(m.Iom).where(m.Iom.pair_id == pair.id)):
                iom.mentor_id = new_mentor_id
            return order.id

    def history(self, pair_id: int) -> list[PairEventRecord]:
        with self._tx() as s:
            self._get(s, m.Pair, pair_id, "Пара")
            rows = s.scalars(select(m.PairEvent).where(m.PairEvent.pair_id == pair_id)
                             .order_by(m.PairEvent.happened_on, m.PairEvent.id)).all()
            return [PairEventRecord(r.happened_on, r.kind, r.text, r.order_id) for r in rows]

    # ---- the end of a pair ----------------------------------------------------------------

    def close_with_result(self, pair_id: int, end: date, outcome: str, result: str,
                          status: PairStatus = PairStatus.COMPLETED, reason: str = "") -> list[int]:
        """Close a pair with its outcome against the planned results; young specialists among the
        mentees get follow-ups one and three years later. Returns the follow-up ids."""
        if outcome not in OUTCOMES:
            raise UserError("Отметьте, достигнуты ли планируемые результаты: да, частично или нет.")
        if not result.strip():
            raise UserError("Опишите результат работы пары: что получилось по сравнению с планируемым.")
        PairService(self._sf, self.organisation_id).close(pair_id, status, end, reason=reason, result=result)
        with self._tx() as s:
            pair = self._get(s, m.Pair, pair_id, "Пара")
            pair.outcome = outcome
            s.add(m.PairEvent(pair_id=pair_id, happened_on=end, kind="closed",
                              text=f"{pair.status.label}: {OUTCOMES[outcome]}"))
            young = young_specialist_ids(s, self.organisation_id, end)
            ids = []
            for pm in pair.mentees:
                if pm.mentee_id not in young:
                    continue
                for years in FOLLOW_UP_YEARS:
                    row = m.FollowUp(organisation_id=self.organisation_id, pair_id=pair_id, person_id=pm.mentee_id,
                                     years=years, due_on=add_years(end, years))
                    s.add(row)
                    s.flush()
                    ids.append(row.id)
            return ids

    def record_follow_up(self, follow_up_id: int, checked_on: date, still_working: bool) -> None:
        with self._tx() as s:
            row = self._get(s, m.FollowUp, follow_up_id, "Проверка")
            row.checked_on = checked_on
            row.still_working = still_working
