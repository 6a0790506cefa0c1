"""0002: a database made before the 2023 categories keeps its teachers and accepts the new ones."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from alembic import command

from mentor_desk.db.database import open_sqlite
from mentor_desk.db.engine import APPLICATION_ID, make_engine, sqlite_url
from mentor_desk.db.migrate import alembic_config


def _at_0001(db_path: Path) -> None:
    engine = make_engine(sqlite_url(db_path))
    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0001")
        conn.exec_driver_sql(f"PRAGMA application_id={APPLICATION_ID}")
        conn.exec_driver_sql(
            "INSERT INTO organisation (id, full_name, short_name, director_name, director_position, "
            "coordinator_name, coordinator_position, address, municipality, current_year, created_at) VALUES "
            "(1, 'Школа', 'Школа', '', 'Директор', '', '', '', '', '2025/2026', '2025-01-01 00:00:00')"
        )
        conn.exec_driver_sql(
            "INSERT INTO person (id, organisation_id, last_name, first_name, middle_name, kind, phone, email, "
            "contact_note, archived, created_at, updated_at) VALUES (1, 1, 'Орлова', 'Анна', '', 'staff', '', '', "
            "'', 0, '2025-01-01 00:00:00', '2025-01-01 00:00:00')"
        )
        conn.exec_driver_sql(
            "INSERT INTO staff_profile (person_id, position, subjects, category, education, shmo) "
            "VALUES (1, 'учитель', '', 'highest', '', '')"
        )
    engine.dispose()


def test_upgrade_keeps_categories_and_accepts_the_new_ones(db_path: Path) -> None:
    _at_0001(db_path)
    conn = sqlite3.connect(db_path)
    with pytest.raises(sqlite3.IntegrityError):
        conn.execute("UPDATE staff_profile SET category = 'methodist' WHERE person_id = 1")
    conn.close()
    open_sqlite(db_path).close()  # migrates to head
    conn = sqlite3.connect(db_path)
    try:
        assert conn.execute("SELECT category FROM staff_profile").fetchall() == [("highest",)]
        for value in ("conformity", "methodist", "mentor", "none", "first"):
            conn.execute("UPDATE staff_profile SET category = ? WHERE person_id = 1", (value,))
        with pytest.raises(sqlite3.IntegrityError):
            conn.execute("UPDATE staff_profile SET category = 'second' WHERE person_id = 1")
    finally:
        conn.close()
