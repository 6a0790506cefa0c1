"""Commands that only read (`export`, `stats`, `check`, `import --dry-run`) never touch the file.

Only opening for writing may set a damaged file aside. A damaged page and a file without its
schema-version table end, for every such command, in the same Russian message and a non-zero
exit, with the file's bytes unchanged and nothing renamed.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from mentor_desk.cli import main
from mentor_desk.db.database import open_sqlite
from mentor_desk.services.container import Services
from tests.imports.files import write_staff_xlsx
from tests.safety.helpers import populate

MESSAGE = "повреждён"
NEXT_STEP = "Восстановите базу из резервной копии"


def _school(tmp_path: Path) -> Path:
    path = tmp_path / "school.db"
    db = open_sqlite(path)
    populate(Services.for_database(db), 2, tmp_path / "work")
    db.close()
    return path


def _damage_a_page(path: Path) -> None:
    conn = sqlite3.connect(path)
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name='person'").fetchone()[0]
    conn.close()
    data = bytearray(path.read_bytes())
    page = int.from_bytes(data[16:18], "big")
    start = (root - 1) * page
    data[start : start + page] = bytes([0x0D]) + b"\xee" * (page - 1)
    path.write_bytes(bytes(data))


def _drop_version_table(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("DROP TABLE alembic_version")
    conn.commit()
    conn.close()


def _commands(path: Path, tmp_path: Path) -> dict[str, list[str]]:
    source = write_staff_xlsx(tmp_path / "staff.xlsx")
    return {
        "check": ["check", "--db", str(path)],
        "stats": ["stats", "--db", str(path)],
        "export": ["export", "people", "--db", str(path), "-o", str(tmp_path / "out.xlsx")],
        "import --dry-run": ["import", "people", str(source), "--db", str(path), "--dry-run"],
    }


@pytest.mark.parametrize("damage", [_damage_a_page, _drop_version_table], ids=["damaged page", "no version table"])
def test_read_only_commands_refuse_a_damaged_file_untouched(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], damage: object
) -> None:
    path = _school(tmp_path)
    damage(path)  # type: ignore[operator]
    before = path.read_bytes()
    messages = {}
    for name, argv in _commands(path, tmp_path).items():
        code = main(argv)
        err = capsys.readouterr().err.strip().splitlines()
        assert code != 0, name
        assert err and MESSAGE in err[-1] and NEXT_STEP in err[-1] and "Traceback" not in err[-1], (name, err)
        messages[name] = err[-1].split("(")[0]
        assert path.read_bytes() == before, name
        assert [p.name for p in tmp_path.iterdir() if ".damaged-" in p.name] == [], name
        assert not (tmp_path / "out.xlsx").exists()
    assert len(set(messages.values())) == 1, messages  # one message, whichever command met the file
