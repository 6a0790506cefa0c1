"""The register of orders: every kind created and edited, the year an order governs, what changes
or cancels what, the pairs each kind names; the migration that brought the register."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
import sqlalchemy as sa

from mentor_desk.domain.enums import OrderAmendment, OrderKind, PairStatus
from mentor_desk.domain.records import OrderDraft
from mentor_desk.domain.schoolyear import SchoolYear
from mentor_desk.errors import UserError
from mentor_desk.services.container import Services


@pytest.mark.parametrize(
    ("signed", "completes", "year"),
    [
        (date(2025, 8, 29), False, "2025/2026"),  # the curator is appointed for the coming year
        (date(2025, 7, 1), False, "2025/2026"),
        (date(2025, 9, 1), False, "2025/2026"),
        (date(2026, 3, 10), False, "2025/2026"),
        (date(2026, 6, 1), True, "2025/2026"),  # completion: the year the programmes ran in
        (date(2026, 8, 20), True, "2025/2026"),
    ],
)
def test_the_year_an_order_governs(signed: date, completes: bool, year: str) -> None:
    assert SchoolYear.governed_by(signed, completes).title == year


def test_every_kind_is_made_edited_and_listed(demo_services: Services) -> None:
    sv = demo_services
    staff = sv.people.list_people(include_archived=False)
    curator = next(p for p in staff if p.full_name == sv.organisation.get().coordinator_name)
    before = len(sv.orders.list_orders())
    today = date.today()
    appoint = sv.orders.save(OrderDraft(OrderKind.APPOINT_COORDINATOR, "87-о", date(today.year - 1, 8, 29),
                                        coordinator_id=curator.id))
    assert appoint.school_year == f"{today.year - 1}/{today.year}" and appoint.status == "действует"
    assert appoint.coordinator is not None and appoint.coordinator.id == curator.id and appoint.pair_ids == ()

    ended = sv.orders.suggested_pair_ids(OrderKind.COMPLETION)
    closed = [p for p in sv.pairs.list_pairs() if p.status in (PairStatus.COMPLETED, PairStatus.INTERRUPTED)]
    assert closed and set(ended) <= {p.id for p in closed}
    completion = sv.orders.save(OrderDraft(OrderKind.COMPLETION, "91-о", today, pair_ids=tuple(p.id for p in closed)))
    assert completion.pair_ids == tuple(sorted(p.id for p in closed))
    assert sv.orders.suggested_pair_ids(OrderKind.COMPLETION) == ()
    # a completion order does not become the pairs' fixing order
    assert all(sv.pairs.get(p.id).order == p.order for p in closed)

    open_pair = next(p for p in sv.pairs.list_pairs() if p.status.is_open)
    with pytest.raises(UserError, match="ещё действует"):
        sv.orders.save(OrderDraft(OrderKind.COMPLETION, "92-о", today, pair_ids=(open_pair.id,)))

    cancel = sv.orders.save(OrderDraft(OrderKind.APPOINT_COORDINATOR, "95-о", today, coordinator_id=curator.id,
                                       amends_id=appoint.id, amendment=OrderAmendment.CANCEL))
    assert cancel.relation == f"отменяет приказ № 87-о от {appoint.signed_on:%d.%m.%Y}"
    register = {o.id: o for o in sv.orders.list_orders()}
    assert len(register) == before + 3
    assert register[appoint.id].cancelled and register[appoint.id].status.startswith("отменён приказом № 95-о")

    edited = sv.orders.save(OrderDraft(OrderKind.COMPLETION, "91/1-о", today, title="О завершении программ",
                                       pair_ids=(closed[0].id,), school_year="2020/2021"), completion.id)
    assert (edited.number, edited.pair_ids, edited.school_year) == ("91/1-о", (closed[0].id,), "2020/2021")
    with pytest.raises(UserError, match="уже есть в реестре"):
        sv.orders.save(OrderDraft(OrderKind.APPOINT_COORDINATOR, "95-о", today, coordinator_id=curator.id))
    with pytest.raises(UserError, match="сам себя"):
        sv.orders.save(OrderDraft(OrderKind.APPOINT_COORDINATOR, "95-о", today, coordinator_id=curator.id,
                                  amends_id=cancel.id, amendment=OrderAmendment.CHANGE), cancel.id)
    with pytest.raises(UserError, match="Учебный год"):
        sv.orders.save(OrderDraft(OrderKind.APPOINT_COORDINATOR, "96-о", today, coordinator_id=curator.id,
                                  school_year="2025"))
    assert len(sv.orders.list_orders()) == before + 3


def test_a_pair_named_by_a_completion_order_cannot_be_deleted(demo_services: Services) -> None:
    sv = demo_services
    order = next(o for o in sv.orders.list_orders(OrderKind.COMPLETION) if o.pair_ids)
    with pytest.raises(UserError, match="названа в приказе"):
        sv.pairs.delete(order.pair_ids[0])


def test_demo_orders_agree_with_the_school_settings(demo_services: Services) -> None:
    sv = demo_services
    appoint = sv.orders.latest(OrderKind.APPOINT_COORDINATOR)
    assert appoint is not None and appoint.coordinator is not None
    assert appoint.coordinator.full_name == sv.organisation.get().coordinator_name
    completion = sv.orders.latest(OrderKind.COMPLETION)
    assert completion is not None and completion.pair_ids
    assert completion.school_year == SchoolYear(sv.organisation.current_year().start - 1).title


def test_migration_links_existing_pairs_and_dates_orders(tmp_path: Path) -> None:
    """A database at 0001 with an order fixing a pair: after the upgrade the register names the pair."""
    from alembic import command

    from mentor_desk.db.migrate import alembic_config

    engine = sa.create_engine(f"sqlite:///{tmp_path / 'old.db'}")
    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0001")
        conn.exec_driver_sql("INSERT INTO organisation (id, full_name, short_name, director_name, director_position, "
                             "coordinator_name, coordinator_position, address, municipality, current_year, created_at) "
                             "VALUES (1, 'Ш', 'Ш', '', 'Директор', '', '', '', '', '2025/2026', '2025-01-01')")
        conn.exec_driver_sql("INSERT INTO mentoring_order (id, organisation_id, kind, number, signed_on, title, preamble) "
                             "VALUES (1, 1, 'appoint_coordinator', '1-о', '2025-08-29', '', ''), "
                             "(2, 1, 'completion', '2-о', '2026-06-02', '', ''), "
                             "(3, 1, 'fix_pairs', '3-о', '2025-09-10', '', '')")
        # foreign keys are off on this bare connection: the pair only needs its order to exist
        conn.exec_driver_sql("INSERT INTO pair (id, organisation_id, form_id, programme_id, mentor_id, school_year, "
                             "goal, start_date, status, status_reason, result, order_id, agreement, created_at) "
                             "VALUES (7, 1, 1, 1, 1, '2025/2026', '', '2025-09-10', 'active', '', '', 3, '', "
                             "'2025-09-10')")
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
        years = dict(conn.exec_driver_sql("SELECT number, school_year FROM mentoring_order").all())
        assert years == {"1-о": "2025/2026", "2-о": "2025/2026", "3-о": "2025/2026"}
        assert conn.exec_driver_sql("SELECT order_id, pair_id FROM order_pair").all() == [(3, 7)]
    engine.dispose()
