"""The headless commands: demo, check, stats; Russian one-line errors, never a traceback."""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from mentor_desk import __version__
from mentor_desk.cli import main


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2] / "src")}
    return subprocess.run([sys.executable, "-m", "mentor_desk", *args], capture_output=True, text=True,
                          env=env, timeout=120, check=False)


def test_version_in_a_real_process() -> None:
    result = run_cli("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"Mentor Desk {__version__}"


def test_demo_check_stats_chain(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "x.db"
    assert main(["demo", str(db), "--seed", "7"]) == 0
    assert main(["check", "--db", str(db)]) == 0
    assert "База в порядке" in capsys.readouterr().out
    assert main(["stats", "--db", str(db)]) == 0
    stats = json.loads(capsys.readouterr().out)
    assert stats["persons"]["staff"] >= 40
    assert len(stats["pairs_by_form"]) == 6


def test_demo_refuses_to_overwrite(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "x.db"
    db.write_text("важный файл", encoding="utf-8")
    assert main(["demo", str(db)]) != 0
    assert "--force" in capsys.readouterr().err
    assert db.read_text(encoding="utf-8") == "важный файл"


def test_same_seed_same_school(tmp_path: Path) -> None:
    from datetime import date

    from mentor_desk.demo.generator import write_demo

    dumps = []
    for name in ("a.db", "b.db"):
        write_demo(tmp_path / name, seed=11, on=date(2026, 11, 27))
        conn = sqlite3.connect(tmp_path / name)
        dumps.append([
            conn.execute("SELECT last_name, first_name, middle_name, birth_date FROM person ORDER BY id").fetchall(),
            conn.execute("SELECT mentor_id, start_date, status FROM pair ORDER BY id").fetchall(),
            conn.execute("SELECT title, status, done_on FROM iom_activity ORDER BY id").fetchall(),
        ])
        conn.close()
    assert dumps[0] == dumps[1]


@pytest.mark.parametrize("kind", ["text", "truncated", "foreign"])
def test_check_refuses_bad_files_untouched(kind: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "bad.db"
    if kind == "text":
        path.write_text("привет", encoding="utf-8")
    elif kind == "truncated":
        main(["demo", str(path)])
        data = path.read_bytes()
        path.write_bytes(data[:40000])
    else:
        conn = sqlite3.connect(path)
        conn.execute("CREATE TABLE t (x)")
        conn.commit()
        conn.close()
    before = sha(path)
    capsys.readouterr()
    assert main(["check", "--db", str(path)]) != 0
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert sha(path) == before
    assert main(["stats", "--db", str(path)]) != 0
    assert sha(path) == before


def test_missing_file_is_a_clear_message(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["stats", "--db", str(tmp_path / "nope.db")]) != 0
    assert "не найден" in capsys.readouterr().err
    assert not (tmp_path / "nope.db").exists()


def test_bad_arguments_in_russian(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["check"])
    assert exc.value.code == 2
    assert "Ошибка в параметрах команды" in capsys.readouterr().err
