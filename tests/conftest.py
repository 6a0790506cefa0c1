"""Test setup: offscreen Qt, isolated data folder and settings, a migrated database per test."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

# Before any Qt import: no display is needed or used.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_SESSION_HOME = Path(tempfile.mkdtemp(prefix="mentor-desk-tests-"))
os.environ["MENTOR_DESK_DATA_DIR"] = str(_SESSION_HOME / "data")
os.environ["XDG_CONFIG_HOME"] = str(_SESSION_HOME / "config")

import pytest  # noqa: E402

from mentor_desk.db.database import Database, open_sqlite  # noqa: E402
from mentor_desk.services.container import Services  # noqa: E402

TEST_DATABASE_URL_ENV = "MENTOR_DESK_TEST_DATABASE_URL"


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "data"
    monkeypatch.setenv("MENTOR_DESK_DATA_DIR", str(folder))
    return folder


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "school.db"


@pytest.fixture
def database(db_path: Path) -> Iterator[Database]:
    """A fresh database at head: SQLite by default, PostgreSQL when the env var names one."""
    url = os.environ.get(TEST_DATABASE_URL_ENV)
    if url:
        from tests.pg import drop_pg_database, fresh_pg_database

        db = fresh_pg_database(url, db_path.parent / "files")
        yield db
        drop_pg_database(url, db)
    else:
        db = open_sqlite(db_path)
        yield db
        db.close()


@pytest.fixture
def sqlite_database(db_path: Path) -> Iterator[Database]:
    """Always a SQLite file: for tests of the window, of commands run on a file and of the file itself."""
    db = open_sqlite(db_path)
    yield db
    db.close()


@pytest.fixture
def services(database: Database) -> Services:
    return Services.for_database(database)


@pytest.fixture(scope="session")
def demo_template() -> Iterator[Path]:
    """One demo school per test session; tests get their own copy of it."""
    from mentor_desk.demo.generator import write_demo

    folder = Path(tempfile.mkdtemp(prefix="mentor-desk-demo-"))
    path = folder / "demo.db"
    write_demo(path, seed=2025)
    yield path
    shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture
def demo_path(demo_template: Path, tmp_path: Path) -> Path:
    target = tmp_path / "demo.db"
    shutil.copyfile(demo_template, target)
    return target


@pytest.fixture
def demo_services(demo_path: Path) -> Iterator[Services]:
    db = open_sqlite(demo_path)
    yield Services.for_database(db)
    db.close()
