"""Hostile and broken files are refused with a Russian message before or while parsing."""

from __future__ import annotations

from pathlib import Path

import pytest

from mentor_desk.errors import UserError
from mentor_desk.imports import safety
from mentor_desk.imports.people import parse_people_file
from mentor_desk.imports.safety import Limits, UnsafeFileError, assert_defused, inspect_zip
from tests.imports.files import (
    write_corrupt,
    write_entity_bomb,
    write_protected,
    write_staff_xlsx,
    write_zip_bomb,
)


def test_defusedxml_is_active() -> None:
    assert_defused()
    from openpyxl.xml import DEFUSEDXML

    assert DEFUSEDXML is True


def test_import_refuses_to_run_without_defusedxml(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import openpyxl.xml

    monkeypatch.setattr(openpyxl.xml, "DEFUSEDXML", False)
    with pytest.raises(UnsafeFileError, match="Защита от опасных файлов отключена"):
        parse_people_file(write_staff_xlsx(tmp_path / "s.xlsx"))


def test_entity_bomb_is_refused(tmp_path: Path) -> None:
    with pytest.raises(UnsafeFileError, match="недопустимые конструкции XML"):
        parse_people_file(write_entity_bomb(tmp_path / "bomb.xlsx"))


def test_zip_bomb_is_refused_before_parsing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write_zip_bomb(tmp_path / "zip.xlsx")
    assert path.stat().st_size < 200_000

    def must_not_parse(*args: object, **kwargs: object) -> None:
        raise AssertionError("openpyxl was reached")

    monkeypatch.setattr("openpyxl.load_workbook", must_not_parse)
    with pytest.raises(UnsafeFileError, match="zip-бомба"):
        parse_people_file(path)


def test_uncompressed_size_and_entry_limits(tmp_path: Path) -> None:
    path = write_staff_xlsx(tmp_path / "s.xlsx")
    with pytest.raises(UnsafeFileError, match="в распакованном виде"):
        inspect_zip(path, Limits(uncompressed_bytes=1000))
    with pytest.raises(UnsafeFileError, match="частей"):
        inspect_zip(path, Limits(entries=3))
    with pytest.raises(UnsafeFileError, match="МБ больше допустимых"):
        inspect_zip(path, Limits(file_bytes=100))


def test_row_limit(tmp_path: Path) -> None:
    rows = [[i, f"Иванов Иван {i}", "учитель"] + [None] * 7 for i in range(40)]
    path = write_staff_xlsx(tmp_path / "s.xlsx", rows)
    with pytest.raises(UnsafeFileError, match="строк"):
        parse_people_file(path, limits=Limits(rows=10))
    csv_path = tmp_path / "s.csv"
    csv_path.write_text("ФИО;Должность\n" + "Иванов Иван Иванович;учитель\n" * 40, encoding="utf-8")
    with pytest.raises(UnsafeFileError, match="строк"):
        parse_people_file(csv_path, limits=Limits(rows=10))


def test_password_protected_workbook(tmp_path: Path) -> None:
    with pytest.raises(UnsafeFileError, match="защищён паролем"):
        parse_people_file(write_protected(tmp_path / "secret.xlsx"))


def test_corrupt_workbook(tmp_path: Path) -> None:
    with pytest.raises(UnsafeFileError, match="повреждён"):
        parse_people_file(write_corrupt(tmp_path / "broken.xlsx"))


def test_a_zip_that_is_not_a_workbook(tmp_path: Path) -> None:
    import zipfile

    path = tmp_path / "archive.xlsx"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("readme.txt", "привет")
    with pytest.raises(UnsafeFileError, match="повреждён"):
        parse_people_file(path)


def test_damaged_part_inside_a_valid_zip(tmp_path: Path) -> None:
    from tests.imports.files import _replace_entry

    path = write_staff_xlsx(tmp_path / "s.xlsx")
    _replace_entry(path, "xl/worksheets/sheet1.xml", b"<worksheet><sheetData><row r='1'><c r='A1' t='s'><v>99")
    with pytest.raises(UnsafeFileError, match="повреждён"):
        parse_people_file(path)


@pytest.mark.parametrize(("name", "message"), [
    ("list.xls", "Старый формат .xls"),
    ("list.docx", "не поддерживается"),
    ("list.ods", "не поддерживается"),
    ("list", "не поддерживается"),
])
def test_other_formats_are_refused(tmp_path: Path, name: str, message: str) -> None:
    path = tmp_path / name
    path.write_bytes(b"whatever")
    with pytest.raises(UnsafeFileError, match=message):
        parse_people_file(path)


def test_missing_and_empty_files(tmp_path: Path) -> None:
    with pytest.raises(UserError, match="не найден"):
        parse_people_file(tmp_path / "nope.xlsx")
    (tmp_path / "empty.csv").write_bytes(b"")
    with pytest.raises(UserError, match="пуст"):
        parse_people_file(tmp_path / "empty.csv")
    (tmp_path / "binary.csv").write_bytes(b"\x00\x01\x02" * 10)
    with pytest.raises(UserError, match="не является текстовым"):
        parse_people_file(tmp_path / "binary.csv")


def test_xlsm_is_read_without_running_anything(tmp_path: Path) -> None:
    path = write_staff_xlsx(tmp_path / "s.xlsx")
    macro = tmp_path / "s.xlsm"
    macro.write_bytes(path.read_bytes())
    preview = parse_people_file(macro)
    assert len(preview.rows) >= 3
    assert safety.check_suffix(macro) == "xlsx"
