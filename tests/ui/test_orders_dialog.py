"""The register of orders in the window: «Новый приказ» of each kind, edit, print, from the pairs tab."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from mentor_desk.domain.enums import OrderAmendment, OrderKind, PairStatus
from mentor_desk.services.container import Services
from mentor_desk.ui.common import prompts
from mentor_desk.ui.pairs.order_dialog import OrderDialog
from mentor_desk.ui.pairs.pairs_tab import PairsTab
from tests.ui.helpers import type_text


@pytest.fixture
def tab(qtbot: QtBot, demo_services: Services) -> PairsTab:
    widget = PairsTab(demo_services)
    qtbot.addWidget(widget)
    widget.show()
    widget.ensure_loaded()
    return widget


def _pdf_text(path: Path) -> str:
    from pypdf import PdfReader

    return "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)


def _menu_kinds(tab: PairsTab) -> list[str]:
    menu = tab.new_order_button.menu()
    assert menu is not None
    return [a.text() for a in menu.actions()]


def test_new_order_is_a_visible_action_with_every_kind(tab: PairsTab) -> None:
    assert tab.new_order_button.isVisible() and tab.orders_button.isVisible()
    assert _menu_kinds(tab) == [f"Приказ {k.label}…" for k in
                                (OrderKind.APPOINT_COORDINATOR, OrderKind.FIX_PAIRS, OrderKind.COMPLETION)]


def test_curator_order_created_from_the_menu_with_the_school_curator(tab: PairsTab, demo_services: Services,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(prompts, "ask_yes_no", lambda *_a: False)
    menu = tab.new_order_button.menu()
    assert menu is not None
    menu.actions()[0].trigger()
    dialog = tab.orders.dialog
    assert isinstance(dialog, OrderDialog) and dialog.kind is OrderKind.APPOINT_COORDINATOR
    assert not dialog._ui.pairsView.isVisibleTo(dialog) and dialog._ui.coordinatorCombo.isVisibleTo(dialog)
    curator_name = demo_services.organisation.get().coordinator_name
    assert dialog._ui.coordinatorCombo.currentText() == curator_name  # preselected from the settings
    type_text(dialog._ui.numberEdit, "87-о")
    dialog._ui.dateEdit.setDate(dialog._ui.dateEdit.date().addDays(-1))
    dialog.submit()
    assert not dialog.isVisible(), dialog.problem_text()
    order = demo_services.orders.list_orders(OrderKind.APPOINT_COORDINATOR)[-1]
    assert order.number == "87-о" and order.coordinator is not None and order.coordinator.full_name == curator_name


def test_completion_order_offers_ended_pairs(tab: PairsTab, demo_services: Services,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    sv = demo_services
    open_pair = next(p for p in sv.pairs.list_pairs() if p.status is PairStatus.ACTIVE)
    sv.pairs.close(open_pair.id, PairStatus.COMPLETED, date.today(), "", "Программа выполнена")
    monkeypatch.setattr(prompts, "ask_yes_no", lambda *_a: False)
    tab.new_order(OrderKind.COMPLETION)
    dialog = tab.orders.dialog
    assert isinstance(dialog, OrderDialog)
    offered = set(dialog.pairs_model.ids())
    assert offered == {p.id for p in sv.pairs.list_pairs() if not p.status.is_open}
    assert dialog.pairs_model.checked_ids() == [open_pair.id]  # the pair no completion order names yet
    type_text(dialog._ui.numberEdit, "91-о")
    dialog._ui.yearEdit.setText("2025")
    dialog.submit()
    assert dialog.isVisible() and "Учебный год" in dialog.problem_text()
    dialog._ui.yearEdit.clear()
    dialog.submit()
    assert not dialog.isVisible(), dialog.problem_text()
    order = sv.orders.list_orders(OrderKind.COMPLETION)[-1]
    assert order.number == "91-о" and order.pair_ids == (open_pair.id,)


def test_register_lists_edits_and_prints_every_order(tab: PairsTab, demo_services: Services, qtbot: QtBot,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    sv = demo_services
    register = tab.open_orders()
    qtbot.addWidget(register)
    assert register.isVisible()
    orders = sv.orders.list_orders()
    assert register.model.rowCount() == len(orders)
    kinds = {register.model.record(r).kind for r in range(register.model.rowCount())}
    assert kinds == set(OrderKind)

    # edit the fixing order: a new number, and it changes the earlier fixing order
    fixing = sv.orders.latest(OrderKind.FIX_PAIRS)
    earlier = sv.orders.list_orders(OrderKind.FIX_PAIRS)[0]
    assert fixing is not None and earlier.id != fixing.id
    assert register.select_order(fixing.id)
    dialog = register.edit_selected()
    assert isinstance(dialog, OrderDialog) and dialog.kind is OrderKind.FIX_PAIRS
    assert set(dialog.pairs_model.checked_ids()) == set(fixing.pair_ids)
    dialog._ui.numberEdit.clear()
    type_text(dialog._ui.numberEdit, "135/1-о")
    dialog._ui.amendmentCombo.setCurrentIndex(dialog._ui.amendmentCombo.findData(OrderAmendment.CHANGE.value))
    dialog._ui.amendsCombo.setCurrentIndex(dialog._ui.amendsCombo.findData(earlier.id))
    monkeypatch.setattr(prompts, "ask_yes_no", lambda *_a: False)
    dialog.submit()
    assert not dialog.isVisible(), dialog.problem_text()
    saved = sv.orders.get(fixing.id)
    assert saved.number == "135/1-о" and saved.pair_ids == fixing.pair_ids and saved.amends == earlier.ref
    row = next(r for r in range(register.model.rowCount()) if register.model.record(r).id == fixing.id)
    assert register.model.record(row).relation.startswith("изменяет приказ")
    assert tab.model.rowCount() > 0 and any(  # the pairs tab shows the new number
        tab.model.record(r).order is not None and tab.model.record(r).order.number == "135/1-о"  # type: ignore[union-attr]
        for r in range(tab.model.rowCount()))

    opened: list[Path] = []
    monkeypatch.setattr(prompts, "open_path", lambda p: opened.append(p) or True)
    for order in sv.orders.list_orders():
        register.select_order(order.id)
        job = register.print_selected(save_as=False)
        if job is None:  # the names and positions in their cases are checked first
            names = register.order_actions.names_dialog
            assert names is not None
            names.submit()
            job = register.pdf_job
        assert job is not None
        qtbot.waitUntil(lambda job=job: not job.running, timeout=30000)
        assert f"№ {order.number}" in _pdf_text(job.target)
    assert len(opened) == len(sv.orders.list_orders())
