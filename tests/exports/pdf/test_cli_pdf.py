"""`mentor-desk export iom|order|summary-html`: files written, Russian one-line errors, exit codes."""

from __future__ import annotations

from pathlib import Path

import pytest

from mentor_desk.cli import main
from mentor_desk.commands.export import cmd_export
from mentor_desk.db.database import Database
from mentor_desk.services.container import Services
from tests.exports.pdf.pdfcheck import all_text
from tests.exports.pdf.school import build_school


def test_iom_and_order_commands(services: Services, db_path: Path, tmp_path: Path,
                                capsys: pytest.CaptureFixture[str]) -> None:
    school = build_school(services)
    all_ioms = tmp_path / "все.pdf"
    one_blank = tmp_path / "один.pdf"
    order = tmp_path / "приказ.pdf"

    assert main(["export", "iom", "--db", str(db_path), "-o", str(all_ioms)]) == 0
    assert main(["export", "iom", "--db", str(db_path), "-o", str(one_blank), "--id", str(school.iom_id), "--blank"]) == 0
    assert main(["export", "order", "--db", str(db_path), "-o", str(order)]) == 0

    out = capsys.readouterr().out
    assert "ИОМ (2) с отметками о выполнении" in out
    assert "ИОМ (1) для подписи (без отметок)" in out
    assert "Приказ № 45-о" in out
    assert "Зуева Петра Ильича" in all_text(all_ioms) and "Лебедевой Ксении Андреевны" in all_text(all_ioms)
    assert "Зуев" not in all_text(one_blank)
    assert "Лебедеву Ксению Андреевну" in all_text(order)


def test_every_iom_into_a_folder_of_separate_files(services: Services, db_path: Path, tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    build_school(services)
    folder = tmp_path / "ИОМ"
    folder.mkdir()
    assert main(["export", "iom", "--db", str(db_path), "-o", str(folder), "--separate"]) == 0
    assert "ИОМ (2) с отметками о выполнении, каждый в своём файле" in capsys.readouterr().out
    files = sorted(folder.iterdir())
    assert len(files) == 2 and all(p.suffix == ".pdf" for p in files)
    assert any("Зуева Петра Ильича" in all_text(p) for p in files)
    assert main(["export", "iom", "--db", str(db_path), "-o", str(tmp_path / "нет"), "--separate"]) == 2
    assert "не найдена" in capsys.readouterr().err


def test_handlers_take_plain_namespaces(services: Services, db_path: Path, tmp_path: Path) -> None:
    """The `export` handler works on a plain namespace (only the arguments it needs)."""
    import argparse

    build_school(services)
    target = tmp_path / "x.pdf"
    assert cmd_export(argparse.Namespace(kind="iom", db=str(db_path), output=str(target), id=None, blank=True)) == 0
    assert target.stat().st_size > 1000
    assert cmd_export(argparse.Namespace(kind="order", db=str(db_path), output=str(target), id=None)) == 0
    assert "ПРИКАЗ" in all_text(target)
    page = tmp_path / "сводка.html"
    assert cmd_export(argparse.Namespace(kind="summary-html", db=str(db_path), output=str(page), year=None)) == 0
    assert "Сводка по наставничеству" in page.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["export", "iom", "-o", "{tmp}/x.pdf", "--id", "999"], "нет ИОМ с номером 999"),
        (["export", "order", "-o", "{tmp}/x.pdf", "--id", "999"], "нет приказа с номером 999"),
        (["export", "iom", "-o", "{tmp}/x.txt"], "должно оканчиваться на .pdf"),
        (["export", "iom", "-o", "{tmp}/нет/x.pdf"], "не найдена"),
        (["export", "order", "-o", "{tmp}/x.pdf"], "нет приказа о закреплении"),
    ],
)
def test_errors_are_one_russian_line(services: Services, db_path: Path, tmp_path: Path,
                                     capsys: pytest.CaptureFixture[str], argv: list[str], message: str) -> None:
    args = [a.replace("{tmp}", str(tmp_path)) for a in argv]
    assert main([*args[:2], "--db", str(db_path), *args[2:]]) == 2
    err = capsys.readouterr().err
    assert message in err
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1
    assert not (tmp_path / "x.pdf").exists()


def test_empty_year_is_a_user_error(services: Services, db_path: Path, tmp_path: Path,
                                    capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["export", "iom", "--db", str(db_path), "-o", str(tmp_path / "x.pdf")]) == 2
    assert "нет ни одного ИОМ" in capsys.readouterr().err


@pytest.fixture
def database(sqlite_database: Database) -> Database:
    """The commands here run on the database file: always SQLite."""
    return sqlite_database
