"""A full disk or an immutable file: one Russian line naming the cause and the next step.

Import, export, restore and backup are each run from the command line while the operating
system refuses to write (ENOSPC) or to replace a file (EPERM, as for an immutable file). Each
ends in one line on stderr, no traceback, no "Exception ignored" noise (pytest turns such noise
into a failure), the database unchanged; a refused restore names the file that really failed.
"""

from __future__ import annotations

import errno
import os
from collections.abc import Callable
from pathlib import Path

import pytest

from mentor_desk.cli import main
from mentor_desk.db.database import open_sqlite
from mentor_desk.services.container import Services
from mentor_desk.services.safety import DataSafety
from tests.imports.files import write_staff_xlsx
from tests.safety.helpers import populate

REAL_REPLACE = os.replace


@pytest.fixture
def school(tmp_path: Path) -> Path:
    path = tmp_path / "school.db"
    db = open_sqlite(path)
    populate(Services.for_database(db), 2, tmp_path / "work")
    db.close()
    return path


def _refuse_replace(code: int, only: Callable[[Path], bool] = lambda _p: True) -> Callable[..., None]:
    def replace(src: object, dst: object, *a: object, **k: object) -> None:
        if only(Path(str(dst))):
            raise OSError(code, os.strerror(code), str(src), None, str(dst))
        REAL_REPLACE(src, dst, *a, **k)  # type: ignore[arg-type]

    return replace


def _one_line(capsys: pytest.CaptureFixture[str]) -> str:
    err = capsys.readouterr().err.strip()
    assert "Traceback" not in err and "Exception ignored" not in err
    lines = err.splitlines()
    assert len(lines) == 1, lines
    return lines[0]


@pytest.mark.parametrize("code", [errno.ENOSPC, errno.EPERM])
def test_import_export_backup_say_what_and_what_next(
    school: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], code: int
) -> None:
    source = write_staff_xlsx(tmp_path / "staff.xlsx")
    before = school.read_bytes()
    monkeypatch.setattr(os, "replace", _refuse_replace(code))
    runs = {
        "import": ["import", "people", str(source), "--db", str(school)],
        "export": ["export", "people", "--db", str(school), "-o", str(tmp_path / "out" / "people.xlsx")],
        "backup": ["backup", "--db", str(school)],
        "copy": ["backup", "--db", str(school), "-o", str(tmp_path / "usb" / "copy.zip")],
    }
    (tmp_path / "out").mkdir()
    for name, argv in runs.items():
        assert main(argv) != 0, name
        line = _one_line(capsys)
        if code == errno.ENOSPC:
            assert "мест" in line and "Освободите место" in line, (name, line)
        else:
            assert "Нет доступа" in line or "недоступен для записи" in line, (name, line)
            assert "Выберите другую папку" in line or "сохраните под другим именем" in line, (name, line)
    assert school.read_bytes() == before
    assert not (tmp_path / "out" / "people.xlsx").exists()


def test_restore_names_the_file_that_really_failed(
    school: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    copy = DataSafety(school).save_copy(tmp_path / "copy.zip").path
    before = school.read_bytes()
    monkeypatch.setattr(os, "replace", _refuse_replace(errno.EPERM, lambda dst: dst == school))  # immutable file
    assert main(["restore", "--db", str(school), "--from", str(copy)]) != 0
    line = _one_line(capsys)
    assert f"«{school}»" in line and "Нет доступа" in line, line
    assert ".tmp-restore" not in line
    assert school.read_bytes() == before
    monkeypatch.setattr(os, "replace", _refuse_replace(errno.ENOSPC, lambda dst: dst == school))
    assert main(["restore", "--db", str(school), "--from", str(copy)]) != 0
    line = _one_line(capsys)
    assert "закончилось место" in line and "Освободите место" in line, line
    assert school.read_bytes() == before
