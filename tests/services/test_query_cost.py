"""Reading N records costs O(N): the statements issued to read a few records do not grow with the school."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event, update

from benchmarks.large_db import build
from mentor_desk.db import models as m
from mentor_desk.db.database import Database, open_sqlite
from mentor_desk.services.container import Services


@contextmanager
def statements(db: Database) -> Iterator[list[str]]:
    """The SQL statements the engine sends to the database inside the block."""
    seen: list[str] = []

    def record(conn: Any, cursor: Any, statement: str, *args: Any) -> None:
        seen.append(statement)

    event.listen(db.engine, "before_cursor_execute", record)
    try:
        yield seen
    finally:
        event.remove(db.engine, "before_cursor_execute", record)


@pytest.fixture
def schools(tmp_path: Path) -> Iterator[dict[str, Services]]:
    """A small school and one ten times larger (people, pairs and ИОМ), each with ИОМ 1 linked to pair 1."""
    out: dict[str, Services] = {}
    opened = []
    for name, factor in (("small", 1), ("large", 10)):
        path = tmp_path / f"{name}.db"
        build(path, persons=100 * factor, pairs=30 * factor, ioms=5 * factor)
        db = open_sqlite(path)
        opened.append(db)
        with db.session_factory.begin() as s:
            s.execute(update(m.Iom).where(m.Iom.id.in_((1, 2))).values(pair_id=1))
        out[name] = Services.for_database(db)
    yield out
    for db in opened:
        db.close()


def _count(services: Services, read: Callable[[Services], object]) -> int:
    read(services)  # warm: first use compiles statements and reads the schema
    with statements(services.database) as seen:
        read(services)
    return len(seen)


@pytest.mark.parametrize(
    "read",
    [
        pytest.param(lambda sv: sv.roadmaps.get(1), id="one ИОМ"),
        pytest.param(lambda sv: sv.roadmaps.get_many([1, 2, 3]), id="three ИОМ"),
        pytest.param(lambda sv: sv.people.get(1), id="one person"),
        pytest.param(lambda sv: sv.people.get_many([1, 2, 3, 4]), id="four people"),
        pytest.param(lambda sv: sv.pairs.get(1), id="one pair"),
        pytest.param(lambda sv: sv.pairs.get_many([1, 2, 3]), id="three pairs"),
    ],
)
def test_reading_a_few_records_does_not_grow_with_the_school(
    schools: dict[str, Services], read: Callable[[Services], object]
) -> None:
    small, large = _count(schools["small"], read), _count(schools["large"], read)
    assert small == large, f"{small} statements in the small school, {large} in the ten times larger one"


# Tables whose size grows with the school; catalogues (forms, programmes, directions…) do not.
_GROWING = ("person", "staff_profile", "pupil_profile", "pair", "pair_mentee", "consent", "iom", "iom_activity",
            "attachment", "mentoring_order", "external_profile", "mentor_profile", "mentee_profile")
_KEYED = re.compile(r"\b(id|person_id|mentor_id|mentee_id|iom_id|pair_id|activity_id) (IN \(|= \?)")


def test_one_iom_reads_only_its_own_rows(schools: dict[str, Services]) -> None:
    """Every statement reading one ИОМ that touches a table growing with the school is keyed by ids."""
    services = schools["large"]
    services.roadmaps.get(1)
    with statements(services.database) as seen:
        iom = services.roadmaps.get(1)
    assert iom.pair is not None and iom.pair.id == 1 and iom.mentor is not None
    for sql in seen:
        flat = " ".join(sql.split())
        tables = set(re.findall(r"(?:FROM|JOIN) (\w+)", flat))
        if tables & set(_GROWING):
            assert _KEYED.search(flat), f"a read not restricted to the ids asked for: {flat}"


def test_many_ioms_are_read_in_batches(schools: dict[str, Services]) -> None:
    """Fifty ИОМ cost far fewer statements than fifty separate reads."""
    services = schools["large"]
    ids = list(range(1, 51))
    services.roadmaps.get_many(ids)
    with statements(services.database) as seen:
        records = services.roadmaps.get_many(ids)
    assert [r.id for r in records] == ids
    with statements(services.database) as one:
        services.roadmaps.get(1)
    assert len(seen) <= len(one) + 2
