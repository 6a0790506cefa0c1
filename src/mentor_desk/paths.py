"""Per-user folders: where the database, the demo school, backups and logs live."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_dir

DATA_DIR_ENV = "MENTOR_DESK_DATA_DIR"


def data_dir() -> Path:
    """The per-user data folder (overridable with MENTOR_DESK_DATA_DIR, as tests do)."""
    override = os.environ.get(DATA_DIR_ENV)
    path = Path(override) if override else Path(user_data_dir("MentorDesk", appauthor=False))
    return path


def default_database() -> Path:
    return data_dir() / "mentor-desk.db"


def demo_database() -> Path:
    return data_dir() / "demo" / "demo-school.db"


def log_dir() -> Path:
    return data_dir() / "logs"


def backups_dir_for(db_path: Path) -> Path:
    """Backups live beside the data: a folder next to the database file."""
    return db_path.with_name(db_path.name + ".backups")
