"""No edit is lost: two sessions on one database, saving over a newer version is refused."""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import replace
from datetime import date

import pytest

from mentor_desk.db import models as m
from mentor_desk.db.database import Database
from mentor_desk.db.engine import make_engine
from mentor_desk.domain.enums import PersonKind
from mentor_desk.domain.records import PersonDraft, StaffProfile
from mentor_desk.errors import ConcurrentEditError
from mentor_desk.services.base import ServiceBase
from mentor_desk.services.container import Services


@pytest.fixture
def other(database: Database, services: Services) -> Iterator[Services]:
    """A second workstation: its own engine (own connections) on the same database."""
    second = Database(engine=make_engine(database.url), url=database.url, path=database.path,
                      files_dir=database.files_dir)
    yield Services.for_database(second, services.organisation_id)
    second.engine.dispose()


def _teacher(services: Services) -> int:
    return services.people.create(
        PersonDraft("Зорина", "Алла", PersonKind.STAFF, middle_name="Петровна",
                    staff=StaffProfile(position="учитель", subjects="химия", experience_years=2))
    ).id


def _draft(services: Services, person_id: int, **changes: object) -> PersonDraft:
    return replace(services.people.get(person_id).to_draft(), **changes)  # type: ignore[arg-type]


def test_saving_over_a_newer_version_is_refused_and_names_when(services: Services, other: Services) -> None:
    pid = _teacher(services)
    mine = services.people.get(pid)
    theirs = other.people.get(pid)
    assert mine.version == theirs.version == 1
    other.people.update(pid, replace(_draft(other, pid), phone="+7 900 000-00-01"), expected_version=theirs.version)
    with pytest.raises(ConcurrentEditError) as err:
        services.people.update(pid, replace(_draft(services, pid), email="a@example.ru"), expected_version=mine.version)
    assert "Запись изменена другим пользователем" in err.value.message
    stamp = other.people.get(pid)
    assert stamp.version == 2
    saved = services.people.get(pid)
    assert saved.phone == "+7 900 000-00-01" and saved.email == ""  # their edit kept, ours not half-written
    with services.database.session_factory() as s:
        row = s.get(m.Person, pid)
        assert row is not None and row.updated_at is not None
        assert f"{row.updated_at:%d.%m.%Y в %H:%M}" in err.value.message
    # After a refresh the same change goes through.
    again = services.people.update(pid, replace(_draft(services, pid), email="a@example.ru"), expected_version=2)
    assert again.version == 3 and again.email == "a@example.ru" and again.phone == "+7 900 000-00-01"


def test_profile_only_change_moves_the_version(services: Services, other: Services) -> None:
    pid = _teacher(services)
    before = services.people.get(pid)
    record = services.people.update(pid, before.to_draft(), expected_version=before.version)
    assert record.version == before.version + 1
    with pytest.raises(ConcurrentEditError):
        other.people.update(pid, before.to_draft(), expected_version=before.version)


def test_organisation_refuses_a_stale_version(services: Services, other: Services) -> None:
    org = services.organisation.get()
    other.organisation.update(replace(_org_draft(other), address="ул. Новая, 1"), expected_version=org.version)
    with pytest.raises(ConcurrentEditError):
        services.organisation.update(replace(_org_draft(services), address="ул. Старая, 2"), expected_version=org.version)
    assert services.organisation.get().address == "ул. Новая, 1"


def _org_draft(services: Services):  # type: ignore[no-untyped-def]
    from mentor_desk.domain.records import OrganisationDraft

    o = services.organisation.get()
    return OrganisationDraft(o.full_name, o.short_name, o.director_name, o.director_position, o.coordinator_name,
                             o.coordinator_position, o.address, o.municipality)


@pytest.mark.skipif(not os.environ.get("MENTOR_DESK_TEST_DATABASE_URL"),
                    reason="two open write transactions need a server (SQLite lets one writer in at a time)")
def test_write_between_read_and_save_is_caught_by_the_version_counter(services: Services, other: Services) -> None:
    """The race the expected-version check cannot see: both read version 1 in open transactions."""
    pid = _teacher(services)
    base = ServiceBase(services.database.session_factory, services.organisation_id)
    with pytest.raises(ConcurrentEditError, match="Запись изменена другим пользователем"), base._tx() as s:
        row = s.get(m.Person, pid)
        assert row is not None and row.version == 1
        other.people.update(pid, replace(_draft(other, pid), phone="+7 900 000-00-02"))
        row.email = "lost@example.ru"
        s.flush()
    saved = services.people.get(pid)
    assert saved.phone == "+7 900 000-00-02" and saved.email == ""


def test_birth_date_untouched_by_refused_save(services: Services, other: Services) -> None:
    pid = _teacher(services)
    v = services.people.get(pid).version
    other.people.update(pid, _draft(other, pid), expected_version=v)
    with pytest.raises(ConcurrentEditError):
        services.people.update(pid, replace(_draft(services, pid), birth_date=date(1990, 1, 1)), expected_version=v)
    assert services.people.get(pid).birth_date is None
