"""The deadline board on a hand-checked school; staff changes, a mentor replaced, a pair closed with results."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import icalendar
import pytest

from mentor_desk.domain.enums import OrderKind, PairStatus
from mentor_desk.errors import UserError
from mentor_desk.services.board import OVERDUE, WEEK
from mentor_desk.services.container import Services
from tests.services.indicator_school import HandSchool, build_hand_school

ON = date(2026, 5, 27)


@pytest.fixture
def school(services: Services) -> HandSchool:
    return build_hand_school(services)


def lines(services: Services, on: date = ON) -> set[tuple[str, str, int, str]]:
    return {(i.kind, i.target, i.target_id, i.bucket) for i in services.board.items(on)}


def test_board_lists_what_is_due(services: Services, school: HandSchool) -> None:
    got = lines(services)
    p = school.pairs
    assert ("activity", "iom", school.ioms["Y1"], OVERDUE) in got  # due 01.03, not done
    assert not any(k == "activity" and i == school.ioms["Y2"] for k, _, i, _ in got)  # done on time
    assert {("pair_end", "pairs", p["P1"], WEEK), ("pair_end", "pairs", p["P2"], WEEK)} <= got
    assert {("questionnaire", "monitoring-entry", p["P2"], OVERDUE),
            ("questionnaire", "monitoring-final", p["P2"], OVERDUE)} <= got  # neither entry nor final yet
    assert not any(k == "questionnaire" and i == p["P1"] for k, _, i, _ in got)  # P1 has both
    assert {("order", "pairs", p[k], OVERDUE) for k in ("P1", "P2", "P4")} <= got
    assert ("stalled", "pairs", p["P4"], OVERDUE) in got  # no meeting since 01.03, N = 30
    assert ("consent", "people", school.people["C"], OVERDUE) in got
    assert not any(i == p["P3"] for _, t, i, _ in got if t == "pairs")  # finished in December
    assert not any(i == p["P5"] for k, t, i, _ in got if k == "stalled")  # planned, not started
    # the school's setting: a pair is stalled after 120 days without a meeting
    services.board.set_stalled_after_days(120)
    assert ("stalled", "pairs", p["P4"], OVERDUE) not in lines(services)
    with pytest.raises(UserError, match="от 1 до 365"):
        services.board.set_stalled_after_days(0)


def test_ics_has_one_event_per_line(services: Services, school: HandSchool, tmp_path: Path) -> None:
    target = tmp_path / "сроки.ics"
    n = services.board.export_ics(target, ON)
    cal = icalendar.Calendar.from_ical(target.read_bytes())
    events = list(cal.walk("VEVENT"))
    assert n == len(events) == len(services.board.items(ON)) > 5
    assert any("Собрать входные анкеты" in str(e["SUMMARY"]) for e in events)
    assert all(e.decoded("DTSTART") <= date(2026, 6, 2) for e in events)


def test_absence_suspends_and_replacement_moves_the_pair(services: Services, school: HandSchool) -> None:
    p, ppl = school.pairs, school.people
    suspended = services.staffing.set_absence(ppl["M1"], "maternity", date(2026, 5, 20))
    assert sorted(suspended) == sorted([p["P1"], p["P2"]])
    assert services.pairs.get(p["P1"]).status is PairStatus.SUSPENDED
    got = lines(services)
    assert {("suspended", "pairs", p["P1"], OVERDUE), ("suspended", "pairs", p["P2"], OVERDUE)} <= got
    services.staffing.set_absence(ppl["Y3"], "illness", date(2026, 5, 1))
    with pytest.raises(UserError, match="отсутствует"):
        services.staffing.replace_mentor(p["P2"], ppl["Y3"], date(2026, 5, 21))
    with pytest.raises(UserError, match="наставляемый в этой паре"):
        services.staffing.replace_mentor(p["P1"], ppl["Y1"], date(2026, 5, 21))
    with pytest.raises(UserError, match="наставником может быть"):
        services.staffing.replace_mentor(p["P1"], ppl["C"], date(2026, 5, 21))
    order_id = services.staffing.replace_mentor(p["P1"], ppl["T4"], date(2026, 5, 21), "декретный отпуск")
    pair = services.pairs.get(p["P1"])
    assert pair.mentor.id == ppl["T4"] and pair.status is PairStatus.ACTIVE
    assert services.roadmaps.get(school.ioms["Y1"]).mentor is not None
    assert services.roadmaps.get(school.ioms["Y1"]).mentor.id == ppl["T4"]  # type: ignore[union-attr]
    history = services.staffing.history(p["P1"])
    assert [e.kind for e in history] == ["suspended", "mentor_replaced"] and history[1].order_id == order_id
    order = services.orders.get(order_id)
    assert order.kind is OrderKind.FIX_PAIRS and order.title == "О замене наставника" and "Опытнова" in order.preamble
    assert ("order", "pairs", p["P1"], OVERDUE) in lines(services)  # sign the drafted order
    # M1 comes back: P2 goes on
    assert services.staffing.end_absence(ppl["M1"], date(2026, 5, 26)) == [p["P2"]]
    assert services.pairs.get(p["P2"]).status is PairStatus.ACTIVE


def test_closing_with_results_and_follow_ups(services: Services, school: HandSchool) -> None:
    p = school.pairs
    with pytest.raises(UserError, match="Опишите результат"):
        services.staffing.close_with_result(p["P1"], date(2026, 5, 29), "achieved", " ")
    assert services.pairs.get(p["P1"]).status is PairStatus.ACTIVE
    ids = services.staffing.close_with_result(p["P1"], date(2026, 5, 29), "partly", "урок построен, оценивание — нет")
    assert len(ids) == 2  # Y1 is a young specialist: one and three years later
    assert services.pairs.get(p["P1"]).status is PairStatus.COMPLETED
    assert services.staffing.close_with_result(p["P2"], date(2026, 5, 29), "achieved", "адаптация пройдена") == []
    got = lines(services, date(2027, 5, 25))
    assert ("follow_up", "pairs", p["P1"], WEEK) in got
    services.staffing.record_follow_up(ids[0], date(2027, 5, 26), True)
    assert ("follow_up", "pairs", p["P1"], WEEK) not in lines(services, date(2027, 5, 25))
    assert ("follow_up", "pairs", p["P1"], WEEK) in lines(services, date(2029, 5, 25))
