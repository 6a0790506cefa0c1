"""Rolling the school year over: results, carried pairs and activities, a draft order, the past
year unchanged and readable, a second roll-over refused; and `mentor-desk year new`."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from mentor_desk.cli import main
from mentor_desk.db.database import Database
from mentor_desk.domain.enums import ActivityStatus, PairStatus
from mentor_desk.domain.records import ActivityDraft, IomDraft
from mentor_desk.errors import UserError
from mentor_desk.services.container import Services
from tests.services.indicator_school import YEAR, HandSchool, build_hand_school

JUNE = date(2026, 6, 15)


def rollable(services: Services) -> HandSchool:
    school = build_hand_school(services)
    services.organisation.set_current_year(YEAR)
    iom = services.roadmaps.create(IomDraft(mentee_id=school.people["D"], school_year=YEAR,
                                            mentor_id=school.people["C"], pair_id=school.pairs["P4"]))
    done = services.roadmaps.add_activity(iom.id, ActivityDraft(title="проект", due_date=date(2026, 4, 1)))
    services.roadmaps.mark_done(done.id, date(2026, 3, 30))
    services.roadmaps.add_activity(iom.id, ActivityDraft(title="выступление на конференции", due_date=date(2026, 5, 20)))
    return school


def test_roll_over(services: Services) -> None:
    school = rollable(services)
    p = school.pairs
    before = [i.as_dict() for i in services.indicators.compute(date(2026, 5, 20)).items]
    plan = services.years.plan(JUNE)
    assert (plan.old_year, plan.new_year) == (YEAR, "2026/2027")
    assert {x.pair_id for x in plan.to_close} == {p["P1"], p["P2"]}
    assert {x.pair_id for x in plan.to_carry} == {p["P4"], p["P5"]}
    assert plan.activities_to_carry == 1
    result = services.years.roll_over(JUNE, outcomes={p["P2"]: ("partly", "адаптация почти пройдена")},
                                      backup=lambda: "копия")
    assert result.backup == "копия" and set(result.closed) == {p["P1"], p["P2"]} and result.activities == 1
    assert services.pairs.get(p["P2"]).status is PairStatus.COMPLETED
    # P4 goes on as a new pair of the new year, fixed by the draft order; the old one ends with the old year
    new_p4 = services.pairs.get(result.carried[p["P4"]])
    assert new_p4.school_year == "2026/2027" and new_p4.status is PairStatus.ACTIVE
    assert new_p4.start_date == date(2026, 9, 1) and new_p4.order is not None and new_p4.order.id == result.order_id
    old_p4 = services.pairs.get(p["P4"])
    assert old_p4.status is PairStatus.COMPLETED and old_p4.end_date == date(2026, 8, 31)
    assert result.carried[p["P5"]] == p["P5"] and services.pairs.get(p["P5"]).school_year == "2026/2027"
    order = services.orders.get(result.order_id or 0)
    assert order.number == "проект" and set(order.pair_ids) == {new_p4.id, p["P5"]}
    ioms = {i.school_year: i for i in services.roadmaps.list_ioms() if i.mentee.id == school.people["D"]}
    carried = services.roadmaps.get(ioms["2026/2027"].id)
    assert [a.title for a in carried.activities] == ["выступление на конференции"]
    assert carried.activities[0].status is ActivityStatus.PLANNED and carried.mentor is not None
    old = services.roadmaps.get(ioms[YEAR].id)
    assert [a.status for a in old.activities] == [ActivityStatus.DONE, ActivityStatus.POSTPONED]
    assert services.organisation.get().current_year == "2026/2027"
    assert services.years.is_read_only(YEAR) and not services.years.is_read_only("2026/2027")
    assert services.years.years()[:2] == ["2026/2027", YEAR]
    # the past year reads as before
    assert [i.as_dict() for i in services.indicators.compute(date(2026, 5, 20)).items] == before
    # the young specialist of P1 gets follow-ups
    assert any(i.kind == "follow_up" for i in services.board.items(date(2027, 8, 28)))
    # a second roll-over is refused and changes nothing
    with pytest.raises(UserError, match="уже переведён на 2026/2027"):
        services.years.roll_over(JUNE, backup=lambda: "не должна делаться")
    assert services.organisation.get().current_year == "2026/2027"


def test_too_early_and_bad_outcome(services: Services) -> None:
    school = rollable(services)
    with pytest.raises(UserError, match="ещё идёт"):
        services.years.plan(date(2026, 3, 1))
    made: list[str] = []
    with pytest.raises(UserError, match="неизвестная отметка"):
        services.years.roll_over(JUNE, outcomes={school.pairs["P1"]: ("good", "")}, backup=lambda: made.append("x") or "")
    assert made == [] and services.organisation.get().current_year == YEAR


def test_command_rolls_over_once(sqlite_database: Database, db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rollable(Services.for_database(sqlite_database))
    sqlite_database.close()
    assert main(["year", "new", "--db", str(db_path)]) == 0
    out = capsys.readouterr().out
    assert f"Учебный год {YEAR} переведён на 2026/2027" in out and "резервная копия" in out
    backups = list(Path(str(db_path) + ".backups").glob("*"))
    assert backups, "a forced backup comes first"
    from mentor_desk.db.backup import BackupManager

    kept = [b for b in BackupManager(db_path).list_backups() if b.reason == "new-year"]
    assert kept and kept[0].forced and kept[0].reason_label == "перед переходом на новый учебный год"
    assert main(["stats", "--db", str(db_path)]) == 0
    stats = capsys.readouterr().out
    assert main(["year", "new", "--db", str(db_path)]) != 0
    err = capsys.readouterr().err
    assert "уже переведён на 2026/2027" in err and "Traceback" not in err
    assert main(["stats", "--db", str(db_path)]) == 0
    assert json.loads(capsys.readouterr().out) == json.loads(stats)
