"""Each indicator recomputed by hand on a small school on two dates, and the `indicators` command."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from mentor_desk.cli import main
from mentor_desk.errors import UserError
from mentor_desk.services.container import Services
from mentor_desk.services.indicators import IndicatorSet, experience_on
from tests.services.indicator_school import HandSchool, build_hand_school

AUTUMN = date(2025, 10, 15)
MAY = date(2026, 5, 20)


@pytest.fixture
def school(services: Services) -> HandSchool:
    return build_hand_school(services)


def ids(school: HandSchool, *keys: str) -> tuple[int, ...]:
    return tuple(sorted(school.people[k] for k in keys))


def check(result: IndicatorSet, key: str, numerator: float, denominator: int | None,
          people: tuple[int, ...] | None = None) -> None:
    item = result[key]
    assert (item.numerator, item.denominator) == (numerator, denominator), key
    if denominator:
        assert item.value == pytest.approx(numerator / denominator, abs=1e-4)
    if people is not None:
        assert item.people == people, key


def test_indicators_in_autumn(services: Services, school: HandSchool) -> None:
    r = services.indicators.compute(AUTUMN)
    assert r.school_year == "2025/2026"
    # Y1, Y2 (34) and Y3 (2.6 years) are young; only Y1 has a pair that has started.
    check(r, "young_specialists_covered", 1, 3, ids(school, "Y1"))
    # B is 9, F is archived; A (pair P3), C, D and E (form 8, no birth date) are counted; only A takes part.
    check(r, "pupils_covered", 1, 4, ids(school, "A"))
    assert r["pupils_covered"].target == 0.7
    check(r, "participants", 4, None, ids(school, "M1", "Y1", "T4", "A"))
    check(r, "mentors", 2, None, ids(school, "M1", "T4"))
    check(r, "mentees", 2, None, ids(school, "Y1", "A"))
    check(r, "pairs", 2, None)
    assert r["pairs"].pairs == tuple(sorted((school.pairs["P1"], school.pairs["P3"])))
    check(r, "pairs:учитель – учитель", 1, None)
    check(r, "pairs:учитель – ученик", 1, None)  # the planned P5 does not count
    check(r, "pairs:ученик – ученик", 0, None)
    check(r, "iom_activities_on_time", 1, 2, ids(school, "Y1"))
    check(r, "iom_on_time", 0, 1, ())
    check(r, "satisfaction", 0, 1, ())
    assert r["satisfaction_mean"].value == 5.0


def test_indicators_in_may(services: Services, school: HandSchool) -> None:
    r = services.indicators.compute(MAY)
    # Y2 turned 35 and Y3 reached 3 years of experience: only Y1 is young, and covered.
    check(r, "young_specialists_covered", 1, 1, ids(school, "Y1"))
    # B turned 10; P3 (finished in December) still counts this year; C mentors D.
    check(r, "pupils_covered", 3, 5, ids(school, "A", "C", "D"))
    check(r, "participants", 7, None, ids(school, "M1", "Y1", "Y2", "T4", "A", "C", "D"))
    check(r, "mentors", 3, None, ids(school, "M1", "T4", "C"))
    check(r, "mentees", 4, None, ids(school, "Y1", "Y2", "A", "D"))
    check(r, "pairs", 4, None)
    check(r, "pairs:учитель – учитель", 2, None, ids(school, "M1", "Y1", "Y2"))
    check(r, "mentees:учитель – учитель", 2, None, ids(school, "Y1", "Y2"))
    check(r, "pairs:ученик – ученик", 1, None)
    check(r, "iom_activities_on_time", 3, 5, ids(school, "Y1", "Y2"))
    check(r, "iom_on_time", 1, 2, ids(school, "Y2"))
    # Latest interim/final answers: Y1 9 (final), M1 8, T4 5; the entry questionnaire does not count.
    check(r, "satisfaction", 2, 3, ids(school, "Y1", "M1"))
    assert r["satisfaction_mean"].value == pytest.approx(7.33)


def test_next_year_starts_afresh(services: Services, school: HandSchool) -> None:
    r = services.indicators.compute(date(2026, 9, 15))
    assert r.school_year == "2026/2027"
    check(r, "pairs", 1, None)  # only P4 (no end date) goes on
    check(r, "iom_activities_on_time", 0, 0)


def test_a_form_filter_narrows_pairs(services: Services, school: HandSchool) -> None:
    forms = {f.name: f.id for f in services.reference.forms()}
    r = services.indicators.compute(MAY, form_id=forms["учитель – учитель"])
    check(r, "pairs", 2, None)
    check(r, "pupils_covered", 0, 5)
    assert r.forms == ("учитель – учитель",)


def test_date_before_the_school_is_refused(services: Services, school: HandSchool) -> None:
    with pytest.raises(UserError, match="данных школы ещё нет"):
        services.indicators.compute(date(2024, 5, 1))


def test_experience_moves_with_the_date() -> None:
    assert experience_on(2.0, date(2025, 9, 1), date(2026, 9, 1)) == pytest.approx(3.0, abs=0.01)
    assert experience_on(0.5, date(2025, 9, 1), date(2024, 9, 1)) == 0.0
    assert experience_on(None, None, date(2025, 9, 1)) is None


def test_command_prints_the_same_numbers(database_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["indicators", "--db", str(database_file), "--on", "20.05.2026", "--json"]) == 0
    items = {i["key"]: i for i in json.loads(capsys.readouterr().out)}
    assert {"key", "title", "numerator", "denominator", "value", "people"} <= set(items["pupils_covered"])
    assert (items["pupils_covered"]["numerator"], items["pupils_covered"]["denominator"]) == (3, 5)
    assert items["young_specialists_covered"]["value"] == 1.0
    assert main(["indicators", "--db", str(database_file), "--on", "15.10.2025"]) == 0
    text = capsys.readouterr().out
    assert "по состоянию на 15.10.2025" in text and "25,0 % (1 из 4); целевое значение 70 %" in text


def test_command_refuses_bad_dates(database_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["indicators", "--db", str(database_file), "--on", "2026-05-20"]) != 0
    assert "ДД.ММ.ГГГГ" in capsys.readouterr().err
    assert main(["indicators", "--db", str(database_file), "--on", "01.01.2020"]) != 0
    err = capsys.readouterr().err
    assert "данных школы ещё нет" in err and "Traceback" not in err


@pytest.fixture
def database_file(sqlite_database: object, db_path: Path) -> Path:
    from mentor_desk.db.database import Database

    assert isinstance(sqlite_database, Database)
    build_hand_school(Services.for_database(sqlite_database))
    sqlite_database.close()
    return db_path


@pytest.mark.parametrize("on", [AUTUMN, MAY])
def test_overview_and_summary_register_use_the_same_definition(services: Services, school: HandSchool,
                                                               on: date) -> None:
    figure = services.indicators.compute(on)["young_specialists_covered"]
    assert services.reports.overview(on).young_without_mentor == list(figure.missing)
    if on == AUTUMN:
        assert figure.missing == ids(school, "Y2", "Y3")
