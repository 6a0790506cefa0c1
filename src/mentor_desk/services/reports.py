"""Counts and indicators: `stats`, the overview, and the figures registers summarise."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import func, select

from mentor_desk.db import models as m
from mentor_desk.domain.enums import ActivityStatus, ConsentType, PairStatus, PersonKind
from mentor_desk.services.base import ServiceBase, today
from mentor_desk.services.indicators import young_specialists_missing


@dataclass(frozen=True)
class Overview:
    pairs_per_form: dict[str, int]
    young_without_mentor: list[int]
    overdue_activities: int
    ioms_with_overdue: list[int]
    pairs_ending_soon: list[int]
    people_without_consent: list[int]


class ReportService(ServiceBase):
    def stats(self) -> dict[str, object]:
        """Counts for `mentor-desk stats`; form keys are the forms' names."""
        org = self.organisation_id
        with self._tx() as s:
            persons = {k.value: 0 for k in PersonKind}
            for kind, n in s.execute(
                select(m.Person.kind, func.count()).where(m.Person.organisation_id == org).group_by(m.Person.kind)
            ):
                persons[kind.value] = n
            forms = {
                name: 0
                for name in s.scalars(
                    select(m.MentoringForm.name)
                    .where(m.MentoringForm.organisation_id == org)
                    .order_by(m.MentoringForm.sort_order)
                )
            }
            for name, n in s.execute(
                select(m.MentoringForm.name, func.count(m.Pair.id))
                .join(m.Pair, m.Pair.form_id == m.MentoringForm.id)
                .where(m.Pair.organisation_id == org)
                .group_by(m.MentoringForm.name)
            ):
                forms[name] = n
            statuses = {st.value: 0 for st in PairStatus}
            for st, n in s.execute(
                select(m.Pair.status, func.count()).where(m.Pair.organisation_id == org).group_by(m.Pair.status)
            ):
                statuses[st.value] = n
            groups = s.scalar(
                select(func.count()).select_from(
                    select(m.PairMentee.pair_id)
                    .join(m.Pair, m.Pair.id == m.PairMentee.pair_id)
                    .where(m.Pair.organisation_id == org)
                    .group_by(m.PairMentee.pair_id)
                    .having(func.count() > 1)
                    .subquery()
                )
            )
            ioms = s.scalar(select(func.count()).select_from(m.Iom).where(m.Iom.organisation_id == org))
            activities = {st.value: 0 for st in ActivityStatus}
            for act_status, n in s.execute(
                select(m.IomActivity.status, func.count())
                .join(m.Iom, m.Iom.id == m.IomActivity.iom_id)
                .where(m.Iom.organisation_id == org)
                .group_by(m.IomActivity.status)
            ):
                activities[act_status.value] = n
            orders = s.scalar(select(func.count()).select_from(m.Order).where(m.Order.organisation_id == org))
            meetings = s.scalar(
                select(func.count()).select_from(m.Meeting).join(m.Pair).where(m.Pair.organisation_id == org)
            )
            consents = s.scalar(select(func.count()).select_from(m.Consent).where(m.Consent.organisation_id == org))
        return {
            "persons": persons,
            "persons_total": sum(persons.values()),
            "pairs_by_form": forms,
            "pairs_by_status": statuses,
            "pairs_total": sum(statuses.values()),
            "groups": int(groups or 0),
            "ioms": int(ioms or 0),
            "activities_by_status": activities,
            "orders": int(orders or 0),
            "meetings": int(meetings or 0),
            "consents": int(consents or 0),
        }

    def overview(self, on: date | None = None) -> Overview:
        """The at-a-glance figures of the main window, each with the ids behind it."""
        on = on or today()
        org = self.organisation_id
        open_statuses = (PairStatus.PLANNED, PairStatus.ACTIVE)
        with self._tx() as s:
            # The one definition of a covered young specialist (services/indicators.py), by SQL on staff.
            young = young_specialists_missing(s, org, on)
            no_consent = list(s.scalars(
                select(m.Person.id)
                .where(
                    m.Person.organisation_id == org,
                    m.Person.archived.is_(False),
                    ~select(m.Consent.id)
                    .where(
                        m.Consent.person_id == m.Person.id,
                        m.Consent.consent_type == ConsentType.PROCESSING,
                        m.Consent.withdrawn_on.is_(None),
                    )
                    .exists(),
                )
                .order_by(m.Person.id)
            ))
            per_form = {
                name: n
                for name, n in s.execute(
                    select(m.MentoringForm.name, func.count(m.Pair.id))
                    .outerjoin(
                        m.Pair,
                        (m.Pair.form_id == m.MentoringForm.id) & m.Pair.status.in_(open_statuses),
                    )
                    .where(m.MentoringForm.organisation_id == org)
                    .group_by(m.MentoringForm.id, m.MentoringForm.name, m.MentoringForm.sort_order)
                    .order_by(m.MentoringForm.sort_order)
                )
            }
            overdue_rows = s.execute(
                select(m.IomActivity.iom_id, func.count())
                .join(m.Iom, m.Iom.id == m.IomActivity.iom_id)
                .where(
                    m.Iom.organisation_id == org,
                    m.IomActivity.due_date < on,
                    m.IomActivity.status.notin_((ActivityStatus.DONE, ActivityStatus.FAILED)),
                )
                .group_by(m.IomActivity.iom_id)
            ).all()
            ending = s.scalars(
                select(m.Pair.id).where(
                    m.Pair.organisation_id == org,
                    m.Pair.status.in_(open_statuses),
                    m.Pair.end_date.is_not(None),
                    m.Pair.end_date >= on,
                    m.Pair.end_date <= on + timedelta(days=30),
                )
            ).all()
        return Overview(
            pairs_per_form=per_form,
            young_without_mentor=young,
            overdue_activities=sum(n for _, n in overdue_rows),
            ioms_with_overdue=[i for i, _ in overdue_rows],
            pairs_ending_soon=list(ending),
            people_without_consent=no_consent,
        )
