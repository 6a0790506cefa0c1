"""packaging/smoke_test.py itself, run against the source tree standing in for a bundle (fast, no PyInstaller)."""

from __future__ import annotations

import os
import shlex
import sys
from pathlib import Path

import pytest
import smoke_test

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.skipif(os.name == "nt", reason="the stand-in program is a shell script")


def stand_in_program(tmp_path: Path, body: str) -> Path:
    script = tmp_path / "mentor-desk"
    script.write_text(f"#!/bin/sh\n{body}\n", encoding="utf-8")
    script.chmod(0o755)
    return script


def source_app(tmp_path: Path) -> Path:
    src = shlex.quote(str(ROOT / "src"))
    return stand_in_program(
        tmp_path, f'PYTHONPATH={src} exec {shlex.quote(sys.executable)} -m mentor_desk "$@"'
    )


def test_time_to_window_measures_a_clean_exit(tmp_path: Path) -> None:
    program = stand_in_program(tmp_path, 'test "$1" = --smoke-test && test "$2" = --db && exit 0; exit 9')
    times = smoke_test.time_to_window([str(program)], db=tmp_path / "x.db", runs=2)
    assert len(times) == 2 and all(0 < t < 10 for t in times)


def test_time_to_window_reports_a_failed_start(tmp_path: Path) -> None:
    program = stand_in_program(tmp_path, "echo 'no window' >&2; exit 3")
    with pytest.raises(RuntimeError, match="no window"):
        smoke_test.time_to_window([str(program)])


@pytest.mark.slow  # about 30 s here: a dozen real CLI processes and two demo schools
def test_headless_checks_and_round_trip_pass_on_the_source_app(tmp_path: Path) -> None:
    app = source_app(tmp_path)
    reference = [sys.executable, "-m", "mentor_desk"]
    failures = smoke_test.run_smoke_test(app, app, reference, bundle=None, gui=False)
    assert failures == []


def test_a_broken_program_fails_the_checks(tmp_path: Path) -> None:
    app = stand_in_program(tmp_path, "echo 'Mentor Desk 0.0.0'")
    failures = smoke_test.run_smoke_test(app, app, [str(app)], bundle=None, gui=False)
    assert {"--version", "demo", "stats", "pip → сборка"} <= set(failures)


def test_bundle_contents_check_rejects_foreign_translations(tmp_path: Path) -> None:
    internal = tmp_path / "_internal"
    for rel in ("mentor_desk/resources/reference/defaults.json", "mentor_desk/resources/icons/mentor-desk.svg",
                "mentor_desk/db/migrations/env.py", "mentor_desk/db/migrations/versions/0001_initial.py",
                "PySide6/Qt/translations/qtbase_ru.qm"):  # fmt: skip
        (internal / rel).parent.mkdir(parents=True, exist_ok=True)
        (internal / rel).write_text("x")
    assert "qtbase_ru.qm есть" in smoke_test.check_bundle_contents(tmp_path)
    (internal / "PySide6/Qt/translations/qtbase_de.qm").write_text("x")
    with pytest.raises(RuntimeError, match="qtbase_de"):
        smoke_test.check_bundle_contents(tmp_path)
