"""«Удалить персональные данные»: the name leaves the file and its WAL; registers stay consistent."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from mentor_desk.cli import main
from mentor_desk.db.database import Database, files_dir_for
from mentor_desk.db.opening import open_for_writing
from mentor_desk.domain.enums import ConsentType, PersonKind, Signer
from mentor_desk.domain.records import (
    ActivityDraft,
    ConsentDraft,
    IomDraft,
    MeetingDraft,
    PairDraft,
    PersonDraft,
    PupilProfile,
    StaffProfile,
)
from mentor_desk.errors import NotFoundError, UserError
from mentor_desk.services.container import Services
from mentor_desk.services.erasure import ErasureService, name_forms
from tests.safety.helpers import facts, populate

LAST, FIRST, MIDDLE = "Зарецкая", "Милослава", "Всеволодовна"
EMAIL = "zaretskaya.m@example.org"
PARENT = "Зарецкий Всеволод Игоревич"


def _raw(path: Path) -> bytes:
    return b"".join(p.read_bytes() for p in (path, Path(f"{path}-wal")) if p.exists())


@pytest.fixture
def school(tmp_path: Path) -> Iterator[tuple[Database, Services, int, int]]:
    """A school where one pupil is in a pair, an ИОМ with a product file, meetings and texts."""
    path = tmp_path / "school.db"
    db = open_for_writing(path, heartbeat=False)
    services = Services.for_database(db)
    populate(services, 3, tmp_path / "work")
    forms = {(f.mentor_kind, f.mentee_kind): f for f in services.reference.forms()}
    mentor = services.people.create(
        PersonDraft(last_name="Белозёров", first_name="Тихон", kind=PersonKind.STAFF, staff=StaffProfile(position="учитель"))
    )
    pupil = services.people.create(
        PersonDraft(
            last_name=LAST,
            first_name=FIRST,
            middle_name=MIDDLE,
            kind=PersonKind.PUPIL,
            birth_date=date(2011, 5, 6),
            email=EMAIL,
            contact_note="живёт с бабушкой",
            pupil=PupilProfile(class_name="8А"),
        )
    )
    services.people.add_consent(
        ConsentDraft(pupil.id, ConsentType.PROCESSING, date(2025, 9, 1), Signer.PARENT, PARENT)
    )
    pair = services.pairs.create(
        PairDraft(
            form_id=forms[(PersonKind.STAFF, PersonKind.PUPIL)].id,
            mentor_id=mentor.id,
            mentee_ids=(pupil.id,),
            programme_id=services.reference.programmes()[0].id,
            start_date=date(2025, 9, 15),
            goal=f"Подготовить {LAST} {FIRST} к олимпиаде",
        ),
        accept_warnings=True,
    )
    services.pairs.save_meeting(MeetingDraft(pair.id, date(2025, 10, 1), f"Разбор задач с {LAST} М.В."))
    iom = services.roadmaps.create(
        IomDraft(mentee_id=pupil.id, mentor_id=mentor.id, pair_id=pair.id, school_year="2025/2026",
                 topic=f"ИОМ: {LAST} {FIRST} {MIDDLE}")
    )
    act = services.roadmaps.add_activity(iom.id, ActivityDraft(title="Эссе", responsible=f"М.В. {LAST}"))
    product = tmp_path / "work" / "эссе.txt"
    product.write_text(f"Эссе. Автор: {LAST} {FIRST}", encoding="utf-8")
    services.roadmaps.attach_file(act.id, product)
    yield db, services, pupil.id, pair.id
    db.close()


def test_name_forms() -> None:
    forms = name_forms("Иванова", "Анна", "Петровна")
    assert {"Иванова Анна Петровна", "Иванова Анна", "Иванова А.П.", "Иванова А. П.", "А.П. Иванова",
            "Анна Петровна Иванова"} <= set(forms)
    assert forms == sorted(forms, key=len, reverse=True)
    assert name_forms("Иванова", "", "") == []


def test_erased_name_is_absent_from_the_raw_bytes(
    school: tuple[Database, Services, int, int], caplog: pytest.LogCaptureFixture
) -> None:
    db, services, pupil_id, pair_id = school
    assert db.path is not None
    assert LAST.encode() in _raw(db.path)
    before = facts(services)
    files_before = sorted(p.name for p in files_dir_for(db.path).glob("*/*"))
    caplog.set_level(logging.DEBUG)

    result = ErasureService(db, services.organisation_id).erase_person(pupil_id, "Куратор Петрова")

    assert result.storage_clean
    assert result.placeholder is not None and result.placeholder.startswith("Удалённый участник №")
    raw = _raw(db.path)
    for secret in (LAST, f"{LAST} {FIRST}", EMAIL, PARENT, "живёт с бабушкой"):
        assert secret.encode() not in raw, secret
    assert LAST not in caplog.text and FIRST not in caplog.text  # no pupil names in logs
    # registers stay consistent: the pair, the ИОМ and its activities are still there
    after = facts(services)
    assert (after.people, after.pairs, after.ioms, after.activities) == (
        before.people, before.pairs, before.ioms, before.activities
    )
    assert after.files == before.files - 1
    pair = services.pairs.get(pair_id)
    assert [m.full_name for m in pair.mentees] == [result.placeholder]
    assert result.placeholder in pair.goal
    person = services.people.get(pupil_id)
    assert person.archived and person.birth_date is None and person.email == "" and person.pupil is None
    assert services.people.list_consents(pupil_id) == []
    meetings = services.pairs.meetings(pair_id)
    assert result.placeholder in meetings[0].topic
    # the mentee's own product file is gone from the database folder
    files_after = sorted(p.name for p in files_dir_for(db.path).glob("*/*"))
    assert len(files_after) == len(files_before) - 1
    # the erasure record says who and when, not whom by name
    log = ErasureService(db, services.organisation_id).list_erasures()
    assert [(pid, by) for pid, _when, by in log] == [(pupil_id, "Куратор Петрова")]
    assert result.placeholder.endswith(f"№{1}")


def test_a_person_nobody_refers_to_is_deleted(school: tuple[Database, Services, int, int]) -> None:
    db, services, _pupil_id, _pair_id = school
    lone = services.people.create(
        PersonDraft(last_name="Одиноков", first_name="Ермолай", kind=PersonKind.STAFF, phone="+7 900 765-43-21")
    )
    count = facts(services).people
    result = ErasureService(db, services.organisation_id).erase_person(lone.id, "Куратор")
    assert result.placeholder is None and result.storage_clean
    with pytest.raises(NotFoundError):
        services.people.get(lone.id)
    assert facts(services).people == count - 1
    assert b"\xd0\x9e\xd0\xb4\xd0\xb8\xd0\xbd\xd0\xbe\xd0\xba\xd0\xbe\xd0\xb2" not in _raw(db.path)  # type: ignore[arg-type]
    assert b"765-43-21" not in _raw(db.path)  # type: ignore[arg-type]


def test_a_shared_surname_stays_for_the_other_person(school: tuple[Database, Services, int, int]) -> None:
    db, services, pupil_id, _ = school
    sister = services.people.create(
        PersonDraft(last_name=LAST, first_name="Агафья", kind=PersonKind.PUPIL, pupil=PupilProfile(class_name="5А"))
    )
    result = ErasureService(db, services.organisation_id).erase_person(pupil_id, "Куратор")
    assert result.storage_clean
    assert services.people.get(sister.id).last_name == LAST
    raw = _raw(db.path)  # type: ignore[arg-type]
    assert f"{LAST} {FIRST}".encode() not in raw and FIRST.encode() not in raw


def test_a_longer_name_is_not_cut_by_the_erased_one(school: tuple[Database, Services, int, int]) -> None:
    """Name forms are replaced as whole words: erasing «И.О. Кондратьев» leaves «И.О. Кондратьева» whole."""
    db, services, _, pair_id = school
    erased = services.people.create(PersonDraft(last_name="Кондратьев", first_name="Игорь", middle_name="Олегович",
                                                kind=PersonKind.STAFF, staff=StaffProfile(position="учитель")))
    services.people.create(PersonDraft(last_name="Кондратьева", first_name="Инна", middle_name="Олеговна",
                                       kind=PersonKind.STAFF, staff=StaffProfile(position="учитель")))
    topic = "Открытый урок: вела И.О. Кондратьева, присутствовал И.О. Кондратьев; отзыв Кондратьевой И.О."
    services.pairs.save_meeting(MeetingDraft(pair_id, date(2025, 11, 5), topic))
    ErasureService(db, services.organisation_id).erase_person(erased.id, "Куратор")
    texts = [m.topic for m in services.pairs.meetings(pair_id)]
    assert ("Открытый урок: вела И.О. Кондратьева, присутствовал Удалённый участник; отзыв Кондратьевой И.О."
            in texts)


def test_erasure_needs_a_name_of_who_erases(school: tuple[Database, Services, int, int]) -> None:
    db, services, pupil_id, _ = school
    with pytest.raises(UserError):
        ErasureService(db, services.organisation_id).erase_person(pupil_id, "  ")
    assert services.people.get(pupil_id).last_name == LAST


def test_erase_from_the_cli(school: tuple[Database, Services, int, int], capsys: pytest.CaptureFixture[str]) -> None:
    db, _services, pupil_id, _ = school
    assert db.path is not None
    path = db.path
    db.close()
    assert main(["erase", "--db", str(path), "--person", str(pupil_id), "--by", "Куратор"]) == 0
    out = capsys.readouterr().out
    assert "Удалённый участник №1" in out and LAST not in out
    assert LAST.encode() not in _raw(path)
    again = open_for_writing(path, heartbeat=False)
    try:
        person = Services.for_database(again).people.get(pupil_id)
        assert replace(person, last_name="x").first_name == ""
    finally:
        again.close()
