"""The new school year: a forced backup, finished pairs closed with results, active pairs and
unfinished ИОМ activities carried into the new year with a draft order; the past year stays as
it was, readable and exportable. A year is rolled over once."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from mentor_desk.db import models as m
from mentor_desk.db.database import Database
from mentor_desk.domain.enums import ActivityStatus, OrderKind, PairStatus
from mentor_desk.domain.names import full_name
from mentor_desk.domain.records.pairs import DRAFT_ORDER_NUMBER
from mentor_desk.domain.schoolyear import SchoolYear
from mentor_desk.errors import UserError
from mentor_desk.services.base import today
from mentor_desk.services.indicators import young_specialist_ids
from mentor_desk.services.staffing import FOLLOW_UP_YEARS, OUTCOMES, add_years

OPEN = (PairStatus.PLANNED, PairStatus.ACTIVE, PairStatus.SUSPENDED)
EARLIEST_MONTH = 5  # a year can be rolled over from May of its second calendar year


@dataclass(frozen=True)
class PlannedPair:
    pair_id: int
    label: str
    end_date: date | None


@dataclass(frozen=True)
class RolloverPlan:
    old_year: str
    new_year: str
    to_close: tuple[PlannedPair, ...]
    to_carry: tuple[PlannedPair, ...]
    activities_to_carry: int


@dataclass(frozen=True)
class RolloverResult:
    old_year: str
    new_year: str
    closed: tuple[int, ...]
    carried: dict[int, int] = field(default_factory=dict)  # old pair id → its continuation
    activities: int = 0
    order_id: int | None = None
    backup: str = ""


class YearService:
    def __init__(self, database: Database, organisation_id: int) -> None:
        self.database = database
        self.organisation_id = organisation_id
        self._sf = database.session_factory

    def current(self) -> str:
        with self._sf.begin() as s:
            org = s.get(m.Organisation, self.organisation_id)
            return (org.current_year if org and org.current_year else SchoolYear.containing(today()).title)

    def years(self) -> list[str]:
        """Every school year the database knows, newest first."""
        org = self.organisation_id
        with self._sf.begin() as s:
            titles = set(s.scalars(select(m.SchoolYearRow.title).where(m.SchoolYearRow.organisation_id == org)))
            titles |= set(s.scalars(select(m.Pair.school_year).where(m.Pair.organisation_id == org).distinct()))
            titles |= set(s.scalars(select(m.Iom.school_year).where(m.Iom.organisation_id == org).distinct()))
        titles.add(self.current())
        valid = []
        for t in titles:
            try:
                valid.append(SchoolYear.parse(t))
            except (ValueError, TypeError):
                continue
        return [y.title for y in sorted(valid, key=lambda y: y.start, reverse=True)]

    def is_read_only(self, year: str) -> bool:
        """A year that has been rolled over is shown read-only."""
        with self._sf.begin() as s:
            return s.scalar(select(m.SchoolYearRow.rolled_over_on).where(
                m.SchoolYearRow.organisation_id == self.organisation_id, m.SchoolYearRow.title == year)) is not None

    # ---- planning -------------------------------------------------------------------------

    def plan(self, on: date | None = None) -> RolloverPlan:
        on = on or today()
        with self._sf.begin() as s:
            return self._plan(s, on)

    def _plan(self, s: Session, on: date) -> RolloverPlan:
        org = s.get(m.Organisation, self.organisation_id)
        assert org is not None
        old = SchoolYear.parse(org.current_year) if org.current_year else SchoolYear.containing(on)
        new = SchoolYear(old.start + 1)
        done = s.scalar(select(m.SchoolYearRow.rolled_over_on).where(
            m.SchoolYearRow.organisation_id == self.organisation_id, m.SchoolYearRow.title == old.title))
        if done is not None:
            raise UserError(f"Учебный год {old.title} уже переведён на следующий ({done:%d.%m.%Y}). "
                            "Повторный перевод не выполняется.")
        earliest = date(old.start + 1, EARLIEST_MONTH, 1)
        if on < earliest:
            previous = SchoolYear(old.start - 1).title
            rolled = s.scalar(select(m.SchoolYearRow.rolled_over_on).where(
                m.SchoolYearRow.organisation_id == self.organisation_id, m.SchoolYearRow.title == previous))
            already = (f"Учебный год {previous} уже переведён на {old.title} ({rolled:%d.%m.%Y}). "
                       if rolled is not None else "")
            raise UserError(f"{already}Учебный год {old.title} ещё идёт: перевести его на {new.title} можно "
                            f"не раньше {earliest:%d.%m.%Y}.")
        names = {int(r.id): full_name(r.last_name, r.first_name, r.middle_name) for r in s.execute(
            select(m.Person.id, m.Person.last_name, m.Person.first_name, m.Person.middle_name)
            .where(m.Person.organisation_id == self.organisation_id))}
        close: list[PlannedPair] = []
        carry: list[PlannedPair] = []
        for pair in s.scalars(select(m.Pair).where(m.Pair.organisation_id == self.organisation_id,
                                                   m.Pair.status.in_(OPEN)).order_by(m.Pair.id)):
            label = f"{names.get(pair.mentor_id, '')} → " + ", ".join(names.get(pm.mentee_id, "") for pm in pair.mentees)
            planned = PlannedPair(pair.id, label, pair.end_date)
            finished = pair.status is PairStatus.ACTIVE and pair.end_date is not None and pair.end_date <= old.last_day
            (close if finished else carry).append(planned)
        carried_ids = [p.pair_id for p in carry]
        activities = len(s.scalars(select(m.IomActivity.id).join(m.Iom, m.Iom.id == m.IomActivity.iom_id).where(
            m.Iom.organisation_id == self.organisation_id, m.Iom.school_year == old.title,
            m.Iom.pair_id.in_(carried_ids),
            m.IomActivity.status.notin_((ActivityStatus.DONE, ActivityStatus.FAILED)))).all()) if carried_ids else 0
        return RolloverPlan(old.title, new.title, tuple(close), tuple(carry), activities)

    # ---- the roll-over ---------------------------------------------------------------------

    def forced_backup(self) -> str:
        """A backup kept forever, made before the roll-over; returns where it is."""
        if self.database.path is None:
            return ""  # PostgreSQL: the server's own backups cover it
        from mentor_desk.db.backup import BackupManager

        info = BackupManager(self.database.path).forced_backup("new-year")
        return str(info.path)

    def roll_over(self, on: date | None = None, outcomes: dict[int, tuple[str, str]] | None = None,
                  backup: Callable[[], str] | None = None) -> RolloverResult:
        """Roll the current year over. `outcomes`: pair id → (outcome key, result text) for the
        pairs closed; a forced backup comes first (`backup` replaces how it is made)."""
        on = on or today()
        outcomes = outcomes or {}
        plan = self.plan(on)  # refuses a second roll-over before anything is written
        for pair_id, (outcome, _text) in outcomes.items():
            if outcome not in OUTCOMES:
                raise UserError(f"Пара № {pair_id}: неизвестная отметка о результате «{outcome}».")
        backup_text = backup() if backup is not None else self.forced_backup()
        old, new = SchoolYear.parse(plan.old_year), SchoolYear.parse(plan.new_year)
        with self._sf.begin() as s:
            self._plan(s, on)  # again, inside the transaction
            young = young_specialist_ids(s, self.organisation_id, old.last_day)
            closed = []
            for planned in plan.to_close:
                pair = s.get(m.Pair, planned.pair_id)
                assert pair is not None
                outcome, text = outcomes.get(pair.id, ("achieved", ""))
                pair.status = PairStatus.COMPLETED
                pair.outcome = outcome
                pair.result = text.strip() or pair.result or "Завершена по итогам учебного года."
                for pm in pair.mentees:
                    pm.open_slot = None
                    if pm.mentee_id in young:
                        for years in FOLLOW_UP_YEARS:
                            s.add(m.FollowUp(organisation_id=self.organisation_id, pair_id=pair.id,
                                             person_id=pm.mentee_id, years=years,
                                             due_on=add_years(pair.end_date or old.last_day, years)))
                s.add(m.PairEvent(pair_id=pair.id, happened_on=on, kind="closed",
                                  text=f"завершена при переходе на {new.title}: {OUTCOMES[outcome]}"))
                closed.append(pair.id)
            order = m.Order(organisation_id=self.organisation_id, kind=OrderKind.FIX_PAIRS, number=DRAFT_ORDER_NUMBER,
                            signed_on=on, title=f"О закреплении наставнических пар на {new.dash_title} учебный год",
                            preamble="Продолжить работу наставнических пар, начатую в прошлом учебном году.")
            s.add(order)
            s.flush()
            carried: dict[int, int] = {}
            moved = 0
            for planned in plan.to_carry:
                old_pair = s.get(m.Pair, planned.pair_id)
                assert old_pair is not None
                carried[old_pair.id], n = self._carry(s, old_pair, old, new, order.id, on)
                moved += n
            self._close_year(s, old, new, on)
        return RolloverResult(plan.old_year, plan.new_year, tuple(closed), carried, moved, order.id, backup_text)

    def _carry(self, s: Session, old_pair: m.Pair, old: SchoolYear, new: SchoolYear, order_id: int,
               on: date) -> tuple[int, int]:
        """The pair goes on in the new year as a new record; the old one ends with the old year."""
        if old_pair.status is PairStatus.PLANNED:
            # never started: nothing of it belongs to the old year, so the pair itself moves
            old_pair.school_year = new.title
            old_pair.start_date = max(new.first_day, old_pair.start_date)
            if old_pair.end_date is not None and old_pair.end_date < old_pair.start_date:
                old_pair.end_date = None
            old_pair.order_id = order_id
            s.add(m.OrderPair(order_id=order_id, pair_id=old_pair.id))
            s.add(m.PairEvent(pair_id=old_pair.id, happened_on=on, kind="carried",
                              text=f"не начиналась; перенесена в {new.title} учебный год"))
            return old_pair.id, 0
        was_suspended = old_pair.status is PairStatus.SUSPENDED
        started = True
        mentees = [(pm.mentee_id, pm.programme_id) for pm in old_pair.mentees]
        end = old_pair.end_date if old_pair.end_date and old_pair.end_date >= new.first_day else None
        if started:
            old_pair.status = PairStatus.COMPLETED
            old_pair.end_date = max(old.last_day, old_pair.start_date)
            old_pair.result = old_pair.result or f"Работа продолжается в {new.title} учебном году."
        else:
            old_pair.status = PairStatus.INTERRUPTED
            old_pair.status_reason = f"перенесена в {new.title} учебный год, не начавшись"
            old_pair.end_date = max(old.last_day, old_pair.start_date)
        for pm in old_pair.mentees:
            pm.open_slot = None
        s.flush()
        pair = m.Pair(organisation_id=self.organisation_id, form_id=old_pair.form_id, type_id=old_pair.type_id,
                      role_model_id=old_pair.role_model_id, programme_id=old_pair.programme_id,
                      mentor_id=old_pair.mentor_id, school_year=new.title, goal=old_pair.goal,
                      start_date=max(new.first_day, old_pair.start_date), end_date=end,
                      status=PairStatus.SUSPENDED if was_suspended else
                      PairStatus.ACTIVE if started else PairStatus.PLANNED,
                      status_reason=old_pair.status_reason if was_suspended else "",
                      order_id=order_id, mentor_consent_on=old_pair.mentor_consent_on, agreement=old_pair.agreement,
                      planned_result=old_pair.planned_result)
        for mentee_id, programme_id in mentees:
            pair.mentees.append(m.PairMentee(mentee_id=mentee_id, programme_id=programme_id, open_slot=1))
        s.add(pair)
        s.flush()
        s.add(m.OrderPair(order_id=order_id, pair_id=pair.id))
        s.add(m.PairEvent(pair_id=old_pair.id, happened_on=on, kind="carried",
                          text=f"продолжена в {new.title} учебном году (пара № {pair.id})"))
        s.add(m.PairEvent(pair_id=pair.id, happened_on=on, kind="continued",
                          text=f"продолжение пары № {old_pair.id} из {old.title} учебного года"))
        moved = 0
        for iom in s.scalars(select(m.Iom).where(m.Iom.pair_id == old_pair.id, m.Iom.school_year == old.title)):
            left = [a for a in iom.activities if a.status not in (ActivityStatus.DONE, ActivityStatus.FAILED)]
            if not left:
                continue
            new_iom = m.Iom(organisation_id=self.organisation_id, mentee_id=iom.mentee_id, mentor_id=pair.mentor_id,
                            pair_id=pair.id, school_year=new.title, topic=iom.topic, deficits=iom.deficits,
                            goal=iom.goal, tasks=iom.tasks)
            for pos, act in enumerate(left):
                new_iom.activities.append(m.IomActivity(
                    position=pos, direction_id=act.direction_id, title=act.title, period=act.period,
                    due_date=add_years(act.due_date, 1) if act.due_date else None,
                    product_type_id=act.product_type_id, product_description=act.product_description,
                    responsible=act.responsible, status=ActivityStatus.PLANNED,
                    mark=f"перенесено из {old.title} учебного года"))
                act.status = ActivityStatus.POSTPONED
                act.mark = (act.mark + "; " if act.mark else "") + f"перенесено в {new.title} учебный год"
                moved += 1
            s.add(new_iom)
        return pair.id, moved

    def _close_year(self, s: Session, old: SchoolYear, new: SchoolYear, on: date) -> None:
        org_id = self.organisation_id
        for year in (old, new):
            row = s.scalar(select(m.SchoolYearRow).where(m.SchoolYearRow.organisation_id == org_id,
                                                        m.SchoolYearRow.title == year.title))
            if row is None:
                row = m.SchoolYearRow(organisation_id=org_id, title=year.title, start_date=year.first_day,
                                      end_date=year.last_day)
                s.add(row)
            if year is old:
                row.rolled_over_on = on
        org = s.get(m.Organisation, org_id)
        assert org is not None
        org.current_year = new.title
        s.flush()
