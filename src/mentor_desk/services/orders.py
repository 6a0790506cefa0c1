"""Orders («приказы») signed by the director: appointing the coordinator, fixing pairs, completion."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from mentor_desk.db import models as m
from mentor_desk.domain.enums import OrderKind
from mentor_desk.domain.records import OrderDraft, OrderRecord
from mentor_desk.errors import UserError
from mentor_desk.services import mapping
from mentor_desk.services.base import ServiceBase, today


class OrderService(ServiceBase):
    def list_orders(self, kind: OrderKind | None = None) -> list[OrderRecord]:
        with self._tx() as s:
            stmt = select(m.Order).where(m.Order.organisation_id == self.organisation_id)
            if kind is not None:
                stmt = stmt.where(m.Order.kind == kind)
            rows = s.scalars(stmt.order_by(m.Order.signed_on, m.Order.id)).all()
            return [self._record(s, r) for r in rows]

    def get(self, order_id: int) -> OrderRecord:
        with self._tx() as s:
            return self._record(s, self._get(s, m.Order, order_id, "Приказ"))

    def latest(self, kind: OrderKind) -> OrderRecord | None:
        orders = self.list_orders(kind)
        return orders[-1] if orders else None

    def _record(self, s: Session, row: m.Order) -> OrderRecord:
        coordinator = s.get(m.Person, row.coordinator_id) if row.coordinator_id else None
        pair_ids = tuple(s.scalars(select(m.Pair.id).where(m.Pair.order_id == row.id).order_by(m.Pair.id)).all())
        return mapping.order(row, coordinator, pair_ids)

    def save(self, draft: OrderDraft, order_id: int | None = None) -> OrderRecord:
        """Create or edit an order; a «fix pairs» order links the chosen pairs to itself."""
        if not draft.number.strip():
            raise UserError("Укажите номер приказа.")
        if draft.signed_on > today():
            raise UserError("Дата приказа не может быть в будущем.")
        if draft.kind is OrderKind.APPOINT_COORDINATOR and draft.coordinator_id is None:
            raise UserError("Укажите куратора, которого назначает приказ.")
        if draft.kind is OrderKind.FIX_PAIRS and not draft.pair_ids:
            raise UserError("Выберите пары, которые закрепляет приказ.")
        with self._tx() as s:
            if order_id is None:
                row = m.Order(organisation_id=self.organisation_id)
                s.add(row)
            else:
                row = self._get(s, m.Order, order_id, "Приказ")
            row.kind = draft.kind
            row.number = draft.number.strip()
            row.signed_on = draft.signed_on
            row.title = draft.title.strip() or draft.kind.label.capitalize()
            row.preamble = draft.preamble.strip()
            if draft.coordinator_id is not None:
                self._get(s, m.Person, draft.coordinator_id, "Куратор")
            row.coordinator_id = draft.coordinator_id
            s.flush()
            if draft.kind is OrderKind.FIX_PAIRS:
                for pair in s.scalars(select(m.Pair).where(m.Pair.order_id == row.id)).all():
                    if pair.id not in draft.pair_ids:
                        pair.order_id = None
                for pair_id in draft.pair_ids:
                    pair = self._get(s, m.Pair, pair_id, "Пара")
                    pair.order_id = row.id
            s.flush()
            return self._record(s, row)
