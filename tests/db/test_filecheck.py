"""Files that are not ours are refused before any write; `check` never changes a byte."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from mentor_desk.db.checks import check_database
from mentor_desk.db.database import open_sqlite
from mentor_desk.errors import DamagedDatabaseError, ForeignDatabaseError, NotADatabaseError


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def text_file(tmp_path: Path) -> Path:
    path = tmp_path / "notes.db"
    path.write_text("Это не база данных, а заметки куратора.\n" * 20, encoding="utf-8")
    return path


@pytest.fixture
def foreign_file(tmp_path: Path) -> Path:
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE contacts (id INTEGER PRIMARY KEY, name TEXT)")
    conn.execute("INSERT INTO contacts (name) VALUES ('x')")
    conn.commit()
    conn.close()
    return path


@pytest.fixture
def truncated_file(tmp_path: Path) -> Path:
    path = tmp_path / "truncated.db"
    open_sqlite(path).close()
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2 + 100])
    return path


def test_text_file_refused_untouched(text_file: Path) -> None:
    before = sha(text_file)
    with pytest.raises(NotADatabaseError, match="не является базой данных Mentor Desk"):
        open_sqlite(text_file)
    report = check_database(text_file)
    assert report.problem and "не является базой данных" in report.problem
    assert sha(text_file) == before


def test_foreign_sqlite_refused_untouched(foreign_file: Path) -> None:
    before = sha(foreign_file)
    with pytest.raises(ForeignDatabaseError, match="другой программы"):
        open_sqlite(foreign_file)
    assert check_database(foreign_file).problem
    assert sha(foreign_file) == before


def test_truncated_file_refused_untouched(truncated_file: Path) -> None:
    before = sha(truncated_file)
    with pytest.raises(DamagedDatabaseError, match="повреждён"):
        open_sqlite(truncated_file)
    report = check_database(truncated_file)
    assert report.problem and "повреждён" in report.problem
    assert sha(truncated_file) == before


def test_healthy_database_passes_check_untouched(db_path: Path) -> None:
    open_sqlite(db_path).close()
    before = sha(db_path)
    report = check_database(db_path)
    assert report.problem is None
    assert "База в порядке" in report.summary
    assert sha(db_path) == before


def test_missing_attachment_reported(db_path: Path, tmp_path: Path) -> None:
    from datetime import date

    from mentor_desk.domain.enums import PersonKind
    from mentor_desk.domain.records import ActivityDraft, IomDraft, PersonDraft
    from mentor_desk.services.container import Services

    services = Services.for_database(open_sqlite(db_path))

    person = services.people.create(PersonDraft("Соколова", "Анна", PersonKind.STAFF, "Игоревна"))
    iom = services.roadmaps.create(IomDraft(mentee_id=person.id, school_year="2025/2026"))
    act = services.roadmaps.add_activity(iom.id, ActivityDraft(title="Открытый урок", due_date=date(2026, 3, 1)))
    evidence = tmp_path / "урок.txt"
    evidence.write_text("конспект", encoding="utf-8")
    att = services.roadmaps.attach_file(act.id, evidence)
    services.database.close()
    assert check_database(db_path).warnings == []
    services.files.path_for(att.sha256).write_text("подменено", encoding="utf-8")
    assert any("изменён" in w for w in check_database(db_path).warnings)
    services.files.path_for(att.sha256).unlink()
    assert any("нет файла" in w for w in check_database(db_path).warnings)
