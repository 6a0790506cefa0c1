"""Applying an import: one transaction, dry run, duplicates against the database, updates on request."""

from __future__ import annotations

import shutil
from collections.abc import Sequence
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from mentor_desk.db import models as m
from mentor_desk.db.database import Database
from mentor_desk.domain.enums import PersonKind
from mentor_desk.domain.records import PersonDraft, StaffProfile
from mentor_desk.imports.people import parse_people_file
from mentor_desk.services.container import Services
from tests.imports.files import write_class_xlsx, write_entity_bomb, write_staff_xlsx


def people_count(services: Services) -> int:
    with services.database.session_factory() as s:
        return int(s.scalar(select(func.count()).select_from(m.Person)) or 0)


def test_import_loads_everyone_it_can_identify(services: Services, tmp_path: Path) -> None:
    preview = parse_people_file(write_staff_xlsx(tmp_path / "staff.xlsx"))
    outcome = services.imports.apply(preview)
    assert (outcome.created, outcome.updated) == (6, 0)
    assert outcome.rejected_rows == 1 and len(outcome.duplicates) == 1  # the row without a name; a repeat
    assert sorted({w.row for w in outcome.warnings}) == [7, 8, 12]
    people = {p.full_name: p for p in services.people.list_people()}
    assert set(people) == {"Соколова Ирина Викторовна", "Ёлкина Анна Сергеевна", "Лебедева Ольга Ивановна",
                           "Петров Олег", "Кузнецова Мария Павловна", "Громов Илья Петрович"}
    assert people["Петров Олег"].birth_date is None  # 31.02.1990 does not exist: left empty
    assert people["Кузнецова Мария Павловна"].email == ""
    assert people["Громов Илья Петрович"].staff is not None
    assert people["Громов Илья Петрович"].staff.experience_years == 10
    sokolova = people["Соколова Ирина Викторовна"]
    assert sokolova.kind is PersonKind.STAFF and sokolova.staff is not None
    assert sokolova.staff.position == "учитель математики" and sokolova.phone == "+7 900 123-45-67"


def test_dry_run_writes_nothing(services: Services, tmp_path: Path) -> None:
    before = people_count(services)
    preview = parse_people_file(write_staff_xlsx(tmp_path / "staff.xlsx"))
    outcome = services.imports.apply(preview, dry_run=True)
    assert outcome.created == 6 and outcome.dry_run
    assert people_count(services) == before


def test_a_second_import_does_not_double_people(services: Services, tmp_path: Path) -> None:
    path = write_class_xlsx(tmp_path / "7b.xlsx")
    services.imports.apply(parse_people_file(path))
    count = people_count(services)
    outcome = services.imports.apply(parse_people_file(path))
    assert outcome.created == 0 and len(outcome.unchanged) == 2
    assert people_count(services) == count
    plan = services.imports.plan(parse_people_file(path))
    assert plan.new == () and len(plan.existing) == 2


def test_same_name_different_class_or_birth_is_a_different_person(services: Services, tmp_path: Path) -> None:
    services.people.create(PersonDraft("Белов", "Артём", PersonKind.STAFF, "Игоревич",
                                       birth_date=date(1980, 1, 1), staff=StaffProfile(position="учитель")))
    plan = services.imports.plan(parse_people_file(write_class_xlsx(tmp_path / "7b.xlsx")))
    assert len(plan.new) == 2 and plan.existing == ()


def test_update_existing_changes_only_the_columns_in_the_file(services: Services, tmp_path: Path) -> None:
    existing = services.people.create(PersonDraft(
        "Лебедева", "Ольга", PersonKind.STAFF, "Ивановна", birth_date=date(1985, 6, 1),
        email="lebedeva@school.example", staff=StaffProfile(position="учитель", education="высшее", shmo="ШМО естественных наук"),
    ))
    preview = parse_people_file(write_staff_xlsx(tmp_path / "staff.xlsx"))
    untouched = services.imports.apply(preview)
    assert any("уже есть в базе" in u.reason for u in untouched.unchanged)
    assert services.people.get(existing.id).staff.position == "учитель"  # type: ignore[union-attr]
    outcome = services.imports.apply(preview, update_existing=True)
    assert outcome.updated == 6 and outcome.created == 0  # the other five were created by the first run
    person = services.people.get(existing.id)
    assert person.staff is not None
    assert person.staff.position == "учитель биологии" and person.staff.experience_years == pytest.approx(7, abs=0.01)
    assert person.staff.education == "высшее" and person.staff.shmo == "ШМО естественных наук"
    assert person.email == "lebedeva@school.example"  # the file had no e-mail for her: kept


def test_failed_import_leaves_the_database_byte_identical(sqlite_database: Database, tmp_path: Path,
                                                          db_path: Path) -> None:
    from mentor_desk.errors import UserError

    services = Services.for_database(sqlite_database)  # the test compares the file's bytes: SQLite

    services.imports.apply(parse_people_file(write_class_xlsx(tmp_path / "7b.xlsx")))
    services.database.close()
    snapshot = tmp_path / "snapshot.db"
    shutil.copyfile(db_path, snapshot)
    with pytest.raises(UserError):
        parse_people_file(write_entity_bomb(tmp_path / "bomb.xlsx"))
    assert db_path.read_bytes() == snapshot.read_bytes()


def test_import_is_one_transaction(services: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from mentor_desk.services import imports as imports_module

    before = people_count(services)
    preview = parse_people_file(write_staff_xlsx(tmp_path / "staff.xlsx"))
    real_insert = imports_module.insert_people

    def failing_insert(s: Session, organisation_id: int, drafts: Sequence[PersonDraft]) -> list[int]:
        ids = real_insert(s, organisation_id, drafts)  # every row is written, then the disk goes
        assert len(ids) == len(drafts) > 2
        raise RuntimeError("disk gone")

    monkeypatch.setattr(imports_module, "insert_people", failing_insert)
    with pytest.raises(RuntimeError):
        services.imports.apply(preview)
    assert people_count(services) == before
