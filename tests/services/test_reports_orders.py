"""Orders, stats and the overview on the demo school."""

from __future__ import annotations

from datetime import date

import pytest

from mentor_desk.domain.enums import OrderKind
from mentor_desk.domain.records import OrderDraft
from mentor_desk.errors import UserError
from mentor_desk.services.container import Services


def test_demo_stats_meet_the_brief(demo_services: Services) -> None:
    stats = demo_services.reports.stats()
    persons = stats["persons"]
    assert isinstance(persons, dict)
    assert persons["staff"] >= 40 and persons["pupil"] >= 300
    assert persons["student"] >= 3 and persons["employer"] >= 2
    by_form = stats["pairs_by_form"]
    assert isinstance(by_form, dict) and set(by_form) == {
        "учитель – учитель", "ученик – ученик", "учитель – ученик",
        "студент – ученик", "работодатель – ученик", "работодатель – учитель",
    }
    assert all(n >= 1 for n in by_form.values())
    assert stats["groups"] >= 1 and stats["ioms"] >= 8 and stats["orders"] >= 2 and stats["meetings"] > 0
    activities = stats["activities_by_status"]
    assert isinstance(activities, dict) and all(n >= 1 for n in activities.values())
    for summary in demo_services.roadmaps.list_ioms():
        assert 10 <= summary.planned <= 25


def test_demo_names_are_gender_consistent(demo_services: Services) -> None:
    for p in demo_services.people.list_people():
        if p.middle_name.endswith("вна") or p.middle_name.endswith("ична"):
            assert not p.last_name.endswith(("ов", "ев", "ин", "ский")), p.full_name
        elif p.middle_name.endswith("ич"):
            assert not p.last_name.endswith(("ова", "ева", "ина", "ская")), p.full_name


def test_overview(demo_services: Services) -> None:
    ov = demo_services.reports.overview()
    assert sum(ov.pairs_per_form.values()) >= 6
    assert ov.people_without_consent  # the demo leaves a few consents missing on purpose


def test_overview_counts_by_sql_match_the_people_records(demo_services: Services) -> None:
    """The Overview counts by SQL (it does not build every person's record) and finds the same people."""
    people = demo_services.people.list_people(include_archived=False)
    ov = demo_services.reports.overview()
    assert ov.young_without_mentor == [p.id for p in people if p.young_specialist and p.active_mentee_pairs == 0]
    assert ov.people_without_consent == [p.id for p in people if not p.has_processing_consent]
    assert ov.young_without_mentor  # the demo has young specialists still without a mentor


def test_orders(demo_services: Services) -> None:
    latest = demo_services.orders.latest(OrderKind.FIX_PAIRS)
    assert latest is not None and latest.pair_ids
    drafts = [o for o in demo_services.orders.list_orders(OrderKind.FIX_PAIRS) if o.is_draft]
    assert drafts and drafts[-1].signed_on >= latest.signed_on  # the demo's replacement order is a draft
    assert not latest.is_draft and latest.number != "проект"  # the latest *signed* order is printed
    pair = demo_services.pairs.get(latest.pair_ids[0])
    assert pair.order is not None
    with pytest.raises(UserError, match="Выберите пары"):
        demo_services.orders.save(OrderDraft(OrderKind.FIX_PAIRS, "1", date(2025, 9, 1)))
