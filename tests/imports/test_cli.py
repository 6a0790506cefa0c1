"""`mentor-desk import people` and `mentor-desk export KIND` from the command line."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from mentor_desk import cli
from mentor_desk.db.database import Database
from mentor_desk.services.container import Services
from tests.imports.files import write_class_xlsx, write_csv, write_staff_xlsx, write_zip_bomb


@pytest.fixture
def db_file(database: Database, db_path: Path) -> Path:
    Services.for_database(database)  # creates the school
    database.close()
    return db_path


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_import_with_rejected_rows_exits_non_zero(db_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write_staff_xlsx(tmp_path / "staff.xlsx")
    code, out, err = run(capsys, "import", "people", str(path), "--db", str(db_file), "--dry-run")
    assert code == 1
    assert err.splitlines() == ["Отклонено: строка 11, столбец «ФИО»: Заполните поле «Фамилия».",
                                "Отклонено: строка 11, столбец «ФИО»: Заполните поле «Имя»."]
    assert "Предупреждение: строка 7, столбец «Дата рождения»: дата рождения: не распознано «31.02.1990»" in out
    assert "Будет добавлено: 6" in out and "база не изменена" in out
    assert "«СНИЛС»" in out
    # the report names fields as the window does, never by their codes
    assert "«ФИО» → ФИО полностью" in out and "«Стаж, лет» → Педагогический стаж, лет" in out
    assert "full_name" not in out and "experience" not in out
    code, out, _ = run(capsys, "export", "people", "--db", str(db_file), "-o", str(tmp_path / "p.xlsx"))
    assert code == 0 and "строк: 0" in out  # the dry run wrote nothing
    code, out, err = run(capsys, "import", "people", str(path), "--db", str(db_file))
    assert code == 1 and "Добавлено: 6" in out


def test_clean_import_exits_zero_and_exports_round_trip(db_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "import", "people", str(write_class_xlsx(tmp_path / "7b.xlsx")), "--db", str(db_file))
    assert code == 0, err
    assert "Добавлено: 2" in out and "повторов в файле: 1" in out
    code, out, _ = run(capsys, "export", "people", "--db", str(db_file), "-o", str(tmp_path / "p.xlsx"))
    assert code == 0 and "строк: 2" in out
    ws = openpyxl.load_workbook(tmp_path / "p.xlsx").active
    values = [row for row in ws.iter_rows(values_only=True) if row[0] in (1, 2)]
    assert [(v[1], v[3]) for v in values] == [("Андреева Полина Олеговна", "7Б"), ("Белов Артём Игоревич", "7Б")]


def test_import_options_kind_and_map(db_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write_csv(tmp_path / "x.csv", "utf-8", "Ребёнок;Группа\nСидоров Иван Петрович;8 А\n")
    code, _, err = run(capsys, "import", "people", str(path), "--db", str(db_file))
    assert code != 0 and "строка заголовков" in err
    code, _out, err = run(capsys, "import", "people", str(path), "--db", str(db_file), "--map", "Ребёнок=ФИО полностью",
                         "--map", "Группа=класс", "--dry-run")
    assert code == 0, err
    code, _out, err = run(capsys, "import", "people", str(path), "--db", str(db_file), "--map", "Ребёнок=full_name",
                         "--map", "Группа=class_name")
    assert code == 0, err
    code, _, err = run(capsys, "import", "people", str(path), "--db", str(db_file), "--map", "Ребёнок=Размер обуви")
    assert code != 0 and "Неизвестное поле «Размер обуви»" in err and "«ФИО полностью»" in err
    code, _, err = run(capsys, "import", "people", str(path), "--db", str(db_file), "--map", "Ребёнок")
    assert code != 0 and "Столбец=поле" in err


def test_hostile_file_is_one_line_and_no_traceback(db_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = db_file.read_bytes()
    code, _out, err = run(capsys, "import", "people", str(write_zip_bomb(tmp_path / "b.xlsx")), "--db", str(db_file))
    assert code != 0 and "zip-бомба" in err and "Traceback" not in err
    assert len(err.strip().splitlines()) == 1
    assert db_file.read_bytes() == before


def test_export_all_and_unknown_kind(db_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _out, _ = run(capsys, "export", "all", "--db", str(db_file), "-o", str(tmp_path / "all.xlsx"))
    assert code == 0 and (tmp_path / "all.xlsx").exists()
    assert len(openpyxl.load_workbook(tmp_path / "all.xlsx").sheetnames) == 6
    code, _, err = run(capsys, "export", "stars", "--db", str(db_file), "-o", str(tmp_path / "x.xlsx"))
    assert code != 0 and "Неизвестный вид выгрузки «stars»" in err and "mentors" in err
    code, _, err = run(capsys, "export", "pairs", "--db", str(db_file), "-o", str(tmp_path / "x.xlsx"), "--year", "2025")
    assert code != 0 and "2025/2026" in err


def test_export_help_lists_every_kind_of_the_registry(capsys: pytest.CaptureFixture[str]) -> None:
    from mentor_desk.services.documents import cli_kinds

    with pytest.raises(SystemExit):
        cli.main(["export", "--help"])
    listing = capsys.readouterr().out
    for name, kind in cli_kinds().items():
        assert name in listing and kind.cli_help.split()[0] in listing


@pytest.fixture
def database(sqlite_database: Database) -> Database:
    """The commands here run on the database file: always SQLite."""
    return sqlite_database
