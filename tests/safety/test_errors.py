"""Each low-level failure of item 8, produced for real or injected, becomes a Russian message with the next step."""

from __future__ import annotations

import errno
import os
import sqlite3
import tempfile
from pathlib import Path

import pytest
from sqlalchemy.exc import OperationalError

from mentor_desk.cli import main
from mentor_desk.db import lock as lockmod
from mentor_desk.db.database import open_sqlite
from mentor_desk.db.errors import translate
from mentor_desk.errors import DamagedDatabaseError, DatabaseBusyError, NotADatabaseError, UserError
from mentor_desk.services.container import Services
from tests.safety.helpers import populate


@pytest.fixture
def school(tmp_path: Path) -> Path:
    path = tmp_path / "school.db"
    db = open_sqlite(path)
    populate(Services.for_database(db), 1, tmp_path / "work")
    db.close()
    return path


def _sqlite_error(action: object) -> sqlite3.Error:
    try:
        action()  # type: ignore[operator]
    except sqlite3.Error as exc:
        return exc
    raise AssertionError("the fault did not happen")


def _cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    code = main(list(argv))
    err = capsys.readouterr().err
    assert "Traceback" not in err
    return code, err.strip()


def _wrapped(exc: sqlite3.Error) -> OperationalError:
    return OperationalError("INSERT INTO person ...", {}, exc)


# ---- locked ------------------------------------------------------------------------------------


def test_locked_database(school: Path) -> None:
    holder = sqlite3.connect(school, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        other = sqlite3.connect(school, timeout=0, isolation_level=None)
        exc = _sqlite_error(lambda: other.execute("BEGIN IMMEDIATE"))
        other.close()
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert "locked" in str(exc)
    for err in (translate(exc), translate(_wrapped(exc))):
        assert isinstance(err, DatabaseBusyError)
        assert "Закройте другую копию" in err.message


# ---- disk full ---------------------------------------------------------------------------------


def test_disk_full_inside_sqlite(school: Path) -> None:
    conn = sqlite3.connect(school, isolation_level=None)
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    conn.execute(f"PRAGMA max_page_count={pages + 2}")
    exc = _sqlite_error(lambda: conn.execute("INSERT INTO app_meta(key, value) VALUES ('big', ?)", ("x" * 200_000,)))
    conn.close()
    assert "full" in str(exc)
    for err in (translate(exc), translate(_wrapped(exc))):
        assert "закончилось место" in err.message and "Освободите место" in err.message


def test_disk_full_while_saving_a_copy_from_the_cli(
    school: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def no_space(*_a: object, **_k: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "replace", no_space)
    code, err = _cli(capsys, "backup", "--db", str(school), "-o", str(tmp_path / "usb" / "copy.zip"))
    assert code == 2
    assert "Копия базы не сохранена" in err and "закончилось место" in err
    assert not (tmp_path / "usb" / "copy.zip").exists()
    assert list((tmp_path / "usb").iterdir()) == []  # no half-written temporary left


# ---- read-only folder ----------------------------------------------------------------------------


def test_read_only_database_inside_sqlite(school: Path) -> None:
    conn = sqlite3.connect(f"file:{school}?mode=ro", uri=True)
    exc = _sqlite_error(lambda: conn.execute("DELETE FROM app_meta"))
    conn.close()
    assert "readonly" in str(exc)
    assert "только для чтения" in translate(exc).message
    assert "Выберите папку" in translate(_wrapped(exc)).message


def test_read_only_folder_from_the_cli(
    school: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    real_open = os.open

    def read_only_fs(path: object, flags: int, *args: object) -> int:
        if str(path).endswith(".lock"):
            raise OSError(errno.EROFS, "Read-only file system", str(path))
        return real_open(path, flags, *args)  # type: ignore[arg-type]

    before = school.read_bytes()
    monkeypatch.setattr(lockmod.os, "open", read_only_fs)
    code, err = _cli(capsys, "erase", "--db", str(school), "--person", "1")
    assert code == 2
    assert "только для чтения" in err and "Скопируйте базу" in err
    assert school.read_bytes() == before


# ---- not a database ------------------------------------------------------------------------------


def test_file_is_not_a_database(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    garbage = tmp_path / "letter.db"
    garbage.write_bytes(b"Dear colleagues, " * 400)
    conn = sqlite3.connect(garbage)
    exc = _sqlite_error(lambda: conn.execute("SELECT * FROM sqlite_master").fetchall())
    conn.close()
    assert "not a database" in str(exc)
    err = translate(exc)
    assert isinstance(err, NotADatabaseError) and "Выберите другой файл" in err.message
    for command in ("stats", "erase", "backup"):
        extra = ["--person", "1"] if command == "erase" else []
        code, out = _cli(capsys, command, "--db", str(garbage), *extra)
        assert code in (2, 3)
        assert "не является базой данных Mentor Desk" in out, command
    assert garbage.read_bytes() == b"Dear colleagues, " * 400


# ---- malformed -----------------------------------------------------------------------------------


def _corrupt_person_table(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode=DELETE")
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name='person'").fetchone()[0]
    page = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    data = bytearray(path.read_bytes())
    data[(root - 1) * page : root * page] = bytes([0x0D]) + b"\xee" * (page - 1)
    path.write_bytes(bytes(data))


def test_malformed_database(school: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _corrupt_person_table(school)
    conn = sqlite3.connect(school)
    exc = _sqlite_error(lambda: conn.execute("SELECT * FROM person").fetchall())
    conn.close()
    assert "malformed" in str(exc)
    err = translate(_wrapped(exc))
    assert isinstance(err, DamagedDatabaseError) and "Восстановить из копии" in err.message
    code, out = _cli(capsys, "backup", "--db", str(school), "-o", str(tmp_path / "copy.zip"))
    assert code == 2 and "не прошла проверку целостности" in out and "восстановить из резервной копии" in out
    assert not (tmp_path / "copy.zip").exists()


# ---- permission denied ---------------------------------------------------------------------------


def test_permission_denied_when_saving_a_copy(
    school: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    target_dir = tmp_path / "locked-folder"

    def denied(*_a: object, **k: object) -> None:
        raise PermissionError(errno.EACCES, "Permission denied", str(target_dir))

    monkeypatch.setattr(tempfile, "TemporaryDirectory", denied)
    code, err = _cli(capsys, "backup", "--db", str(school), "-o", str(target_dir / "copy.zip"))
    assert code == 2
    assert f"Нет доступа к «{target_dir}»" in err and "Выберите другую папку" in err


def test_permission_denied_on_the_database_file(school: Path) -> None:
    exc = PermissionError(errno.EPERM, "Operation not permitted", str(school))
    assert "не хватает прав" in translate(exc).message
    assert isinstance(translate(exc), UserError)


@pytest.mark.skipif(os.name == "nt" or os.geteuid() == 0, reason="root ignores file permissions")
def test_permission_denied_by_chmod(school: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:  # pragma: no cover
    folder = tmp_path / "closed"
    folder.mkdir(mode=0o500)
    try:
        code, err = _cli(capsys, "backup", "--db", str(school), "-o", str(folder / "copy.zip"))
        assert code == 2 and "Нет доступа" in err
    finally:
        folder.chmod(0o700)


def test_disk_io_error_and_unknown_errors_still_read_as_russian() -> None:
    assert "флешка" in translate(sqlite3.OperationalError("disk I/O error")).message
    assert "флешка" in translate(OSError(errno.EIO, "Input/output error")).message
    assert translate(RuntimeError("boom")).message.startswith("Не удалось выполнить операцию")
