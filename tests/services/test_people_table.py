"""The participants table is read as compact rows: the same values the full records carry, from a
fixed number of statements, without building a PersonRecord per person."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from benchmarks.large_db import build
from mentor_desk.db.database import open_sqlite
from mentor_desk.domain.enums import PersonKind, QualificationCategory
from mentor_desk.domain.records import PersonDraft, PupilProfile, StaffProfile
from mentor_desk.services.container import Services
from mentor_desk.services.queries import people as people_queries
from tests.services.test_query_cost import statements


@pytest.fixture
def schools(tmp_path: Path) -> Iterator[dict[str, Services]]:
    """A generated school (pairs, consents, all four kinds of people) and one ten times larger."""
    out: dict[str, Services] = {}
    opened = []
    for name, factor in (("small", 1), ("large", 10)):
        path = tmp_path / f"{name}.db"
        build(path, persons=200 * factor, pairs=60 * factor, ioms=5 * factor)
        db = open_sqlite(path)
        opened.append(db)
        out[name] = Services.for_database(db)
    yield out
    for db in opened:
        db.close()


def _add_edge_cases(services: Services) -> None:
    """What the generator does not make: overrides, recorded-on dates, categories, the archive."""
    people = services.people
    this_year = date.today().year
    people.create(PersonDraft("Ёлкина", "Вера", PersonKind.STAFF, "Павловна", birth_date=date(this_year - 25, 1, 2),
                              staff=StaffProfile(position="учитель", subjects="химия", experience_years=1.5,
                                                 experience_as_of=date(this_year - 1, 9, 1),
                                                 category=QualificationCategory.FIRST)))
    people.create(PersonDraft("Старова", "Нина", PersonKind.STAFF, "Ильинична", birth_date=date(1960, 1, 2),
                              staff=StaffProfile(position="учитель", experience_years=30,
                                                 young_specialist_override=True)))
    people.create(PersonDraft("Юнова", "Ия", PersonKind.STAFF, "", birth_date=date(this_year - 24, 3, 4),
                              staff=StaffProfile(position="учитель", experience_years=1,
                                                 young_specialist_override=False)))
    pupil = people.create(PersonDraft("Белов", "Артём", PersonKind.PUPIL, "Олегович", birth_date=date(2012, 5, 6),
                                      pupil=PupilProfile("6А", ("gifted", "special_needs"))))
    people.set_archived(pupil.id)


def test_table_rows_carry_the_same_values_as_the_records(schools: dict[str, Services]) -> None:
    services = schools["small"]
    _add_edge_cases(services)
    rows = services.people.table_rows()
    records = services.people.list_people(include_archived=True)
    assert rows == [r.to_row() for r in records]
    # the comparison covered what the table derives: pair counts, consent, young specialists, the archive
    assert {r.kind for r in rows} == set(PersonKind)
    assert any(r.active_mentor_pairs > 1 for r in rows) and any(r.active_mentee_pairs for r in rows)
    assert any(r.has_processing_consent for r in rows) and not all(r.has_processing_consent for r in rows)
    young = {r.last_name for r in rows if r.young_specialist}
    assert {"Ёлкина", "Старова"} <= young and "Юнова" not in young
    assert any(r.archived and r.pupil_categories == ("gifted", "special_needs") for r in rows)


def test_table_rows_build_no_records_and_take_the_same_statements_in_a_larger_school(
    schools: dict[str, Services], monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_records(*_args: Any, **_kwargs: Any) -> Any:
        raise AssertionError("a full PersonRecord was built for the participants table")

    monkeypatch.setattr(people_queries, "_records", no_records)
    counts = {}
    for name, services in schools.items():
        services.people.table_rows()  # warm: the first use compiles statements
        with statements(services.database) as seen:
            rows = services.people.table_rows()
        counts[name] = len([x for x in seen if x.lstrip().upper().startswith("SELECT")])
        assert len(rows) == (200 if name == "small" else 2000)
    # one select of the table's columns and three grouped reads (mentor loads, mentee pairs, consents)
    assert counts == {"small": 4, "large": 4}
