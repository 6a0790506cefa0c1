"""Orders («приказы») signed by the director, kept as one register: appointing the curator,
fixing pairs, completion; an order may change or cancel an earlier one."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from mentor_desk.db import models as m
from mentor_desk.domain.enums import OrderAmendment, OrderKind, PairStatus
from mentor_desk.domain.records import OrderDraft, OrderRecord, OrderRef
from mentor_desk.domain.schoolyear import SchoolYear
from mentor_desk.errors import UserError
from mentor_desk.services import mapping
from mentor_desk.services.base import ServiceBase, today

ENDED = (PairStatus.COMPLETED, PairStatus.INTERRUPTED)
OPEN = (PairStatus.ACTIVE, PairStatus.PLANNED)


class OrderService(ServiceBase):
    def list_orders(self, kind: OrderKind | None = None) -> list[OrderRecord]:
        """The register: every order (of one kind) by signing date, with what acts on what."""
        with self._tx() as s:
            records = self._records(s)
        return [r for r in records if kind is None or r.kind is kind]

    def get(self, order_id: int) -> OrderRecord:
        with self._tx() as s:
            self._get(s, m.Order, order_id, "Приказ")
            return next(r for r in self._records(s) if r.id == order_id)

    def latest(self, kind: OrderKind) -> OrderRecord | None:
        """The latest signed order of a kind still in force (not cancelled, not a draft)."""
        orders = [o for o in self.list_orders(kind) if not o.cancelled and not o.is_draft]
        return orders[-1] if orders else None

    def _records(self, s: Session) -> list[OrderRecord]:
        rows = s.scalars(
            select(m.Order).where(m.Order.organisation_id == self.organisation_id).order_by(m.Order.signed_on, m.Order.id)
        ).all()
        links: dict[int, list[int]] = {}
        for order_id, pair_id in s.execute(
            select(m.OrderPair.order_id, m.OrderPair.pair_id)
            .join(m.Order, m.Order.id == m.OrderPair.order_id)
            .where(m.Order.organisation_id == self.organisation_id)
            .order_by(m.OrderPair.pair_id)
        ):
            links.setdefault(order_id, []).append(pair_id)
        coordinator_ids = {r.coordinator_id for r in rows if r.coordinator_id}
        coordinators = (
            {p.id: p for p in s.scalars(select(m.Person).where(m.Person.id.in_(coordinator_ids)))} if coordinator_ids else {}
        )
        refs = {r.id: OrderRef(r.id, r.number, r.signed_on) for r in rows}
        acted: dict[int, list[tuple[OrderRef, OrderAmendment]]] = {}
        for r in rows:
            if r.amends_id in refs and r.amendment:
                acted.setdefault(r.amends_id, []).append((refs[r.id], OrderAmendment(r.amendment)))
        return [
            mapping.order(r, coordinators.get(r.coordinator_id) if r.coordinator_id else None,
                          tuple(links.get(r.id, ())), refs.get(r.amends_id) if r.amends_id else None,
                          tuple(acted.get(r.id, ())))
            for r in rows
        ]

    def suggested_pair_ids(self, kind: OrderKind) -> tuple[int, ...]:
        """Pairs a new order of `kind` should name: for «о закреплении» the active and planned pairs
        no order fixes yet; for «о завершении» the pairs that ended and no completion order names."""
        with self._tx() as s:
            pairs = s.execute(
                select(m.Pair.id, m.Pair.status, m.Pair.order_id).where(m.Pair.organisation_id == self.organisation_id)
                .order_by(m.Pair.id)
            ).all()
            if kind is OrderKind.FIX_PAIRS:
                return tuple(pid for pid, status, order_id in pairs if status in OPEN and order_id is None)
            if kind is OrderKind.COMPLETION:
                completed = set(s.scalars(
                    select(m.OrderPair.pair_id).join(m.Order, m.Order.id == m.OrderPair.order_id)
                    .where(m.Order.organisation_id == self.organisation_id, m.Order.kind == OrderKind.COMPLETION)
                ))
                return tuple(pid for pid, status, _ in pairs if status in ENDED and pid not in completed)
        return ()

    def save(self, draft: OrderDraft, order_id: int | None = None) -> OrderRecord:
        """Create or edit an order; the pairs it names are linked to it (a «fix pairs» order also
        becomes each pair's fixing order)."""
        number = draft.number.strip()
        if not number:
            raise UserError("Укажите номер приказа.")
        if len(number) > 50:
            raise UserError("Номер приказа длиннее 50 знаков: укажите номер, например «87-о».")
        if draft.signed_on > today():
            raise UserError("Дата приказа не может быть в будущем.")
        if draft.kind is OrderKind.APPOINT_COORDINATOR and draft.coordinator_id is None:
            raise UserError("Укажите куратора, которого назначает приказ.")
        if draft.kind is OrderKind.FIX_PAIRS and not draft.pair_ids:
            raise UserError("Выберите пары, которые закрепляет приказ.")
        if (draft.amends_id is None) != (draft.amendment is None):
            raise UserError("Укажите и приказ, который изменяется или отменяется, и что с ним происходит.")
        year = draft.school_year.strip() or SchoolYear.governed_by(draft.signed_on, draft.kind is OrderKind.COMPLETION).title
        try:
            year = SchoolYear.parse(year).title
        except ValueError as exc:
            raise UserError(str(exc)) from exc
        with self._tx() as s:
            clash = s.scalar(select(m.Order.id).where(
                m.Order.organisation_id == self.organisation_id, m.Order.number == number,
                m.Order.signed_on == draft.signed_on, m.Order.id != (order_id or 0)))
            if clash is not None:
                raise UserError(f"Приказ № {number} от {draft.signed_on:%d.%m.%Y} уже есть в реестре приказов.")
            if draft.amends_id is not None:
                if draft.amends_id == order_id:
                    raise UserError("Приказ не может изменять или отменять сам себя.")
                self._get(s, m.Order, draft.amends_id, "Изменяемый приказ")
            if draft.coordinator_id is not None:
                self._get(s, m.Person, draft.coordinator_id, "Куратор")
            row = self._get(s, m.Order, order_id, "Приказ") if order_id is not None else m.Order(
                organisation_id=self.organisation_id)
            row.kind = draft.kind
            row.number = number
            row.signed_on = draft.signed_on
            row.title = draft.title.strip() or draft.kind.label.capitalize()
            row.preamble = draft.preamble.strip()
            row.coordinator_id = draft.coordinator_id
            row.school_year = year
            row.amends_id = draft.amends_id
            row.amendment = draft.amendment.value if draft.amendment is not None else ""
            s.add(row)
            s.flush()
            self._link_pairs(s, row, draft.pair_ids if draft.kind is not OrderKind.APPOINT_COORDINATOR else ())
            s.flush()
            return next(r for r in self._records(s) if r.id == row.id)

    def _link_pairs(self, s: Session, row: m.Order, pair_ids: Iterable[int]) -> None:
        wanted = list(dict.fromkeys(pair_ids))
        pairs = [self._get(s, m.Pair, pid, "Пара") for pid in wanted]
        if row.kind is OrderKind.COMPLETION:
            still_open = [p for p in pairs if p.status not in ENDED]
            if still_open:
                raise UserError("Приказ о завершении называет только завершённые или прерванные пары; "
                                f"пара № {still_open[0].id} ещё действует. Сначала закройте её.")
        s.execute(delete(m.OrderPair).where(m.OrderPair.order_id == row.id))
        for pid in wanted:
            s.add(m.OrderPair(order_id=row.id, pair_id=pid))
        # a pair's fixing order follows the «fix pairs» orders that name it
        for pair in s.scalars(select(m.Pair).where(m.Pair.order_id == row.id)).all():
            if pair.id not in wanted or row.kind is not OrderKind.FIX_PAIRS:
                pair.order_id = None
        if row.kind is OrderKind.FIX_PAIRS:
            for pair in pairs:
                pair.order_id = row.id
