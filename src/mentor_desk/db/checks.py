"""`mentor-desk check`: read-only health of a database file, in one Russian sentence."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy.exc import SQLAlchemyError

from mentor_desk.db.database import files_dir_for
from mentor_desk.db.engine import make_engine, sqlite_url
from mentor_desk.db.filecheck import FileState, damaged_message, inspect_file, integrity_problem
from mentor_desk.db.leftovers import find_leftovers
from mentor_desk.db.migrate import NO_VERSION_TABLE, schema_state
from mentor_desk.errors import DamagedDatabaseError, UserError


@dataclass
class CheckReport:
    problem: str | None = None
    summary: str = ""
    warnings: list[str] = field(default_factory=list)


def check_database(path: Path) -> CheckReport:
    """Check a file without changing a byte of it."""
    try:
        state = inspect_file(path)
    except UserError as exc:
        return CheckReport(problem=exc.message)
    except OSError as exc:
        return CheckReport(problem=f"Не удалось прочитать «{path}»: {exc.strerror}.")
    if state is FileState.MISSING:
        return CheckReport(problem=f"Файл базы «{path}» не найден.")
    if state is FileState.EMPTY:
        return CheckReport(problem=f"Файл «{path.name}» пуст: это не база данных Mentor Desk.")
    problem = integrity_problem(path, full=True)
    if problem:
        return CheckReport(problem=damaged_message(path, problem))
    engine = make_engine(sqlite_url(path, read_only=True), read_only=True)
    try:
        current, head = schema_state(engine, strict=True)
        with engine.connect() as conn:
            attachments = conn.exec_driver_sql("SELECT sha256, original_name FROM attachment").fetchall()
    except DamagedDatabaseError as exc:
        return CheckReport(problem=damaged_message(path, NO_VERSION_TABLE if exc.message == NO_VERSION_TABLE else
                                                   exc.message.rstrip(".")))
    except UserError as exc:
        return CheckReport(problem=exc.message)
    except (SQLAlchemyError, sqlite3.Error) as exc:
        return CheckReport(problem=damaged_message(path, type(exc).__name__))
    finally:
        engine.dispose()
    report = CheckReport(summary=f"База в порядке: «{path.name}», версия схемы {current}.")
    for leftover in find_leftovers(path):
        report.warnings.append(
            f"рядом с базой осталась временная копия данных «{leftover.name}» от прерванной работы; она будет "
            "удалена при следующем открытии базы (или командой erase)"
        )
    if current != head:
        report.warnings.append(f"схема {current} будет обновлена до {head} при следующем открытии в программе")
    from mentor_desk.db.filestore import FileStore

    store = FileStore(files_dir_for(path))
    for sha, name in attachments:
        if not store.path_for(sha).is_file():
            report.warnings.append(f"нет файла продукта «{name}» в папке базы")
        elif not store.verify(sha):
            report.warnings.append(f"файл продукта «{name}» изменён или повреждён")
    return report
