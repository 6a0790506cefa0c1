"""Hostile and broken files are refused with a Russian message before or while parsing."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
import python_calamine

from mentor_desk.errors import UserError
from mentor_desk.imports import safety
from mentor_desk.imports.people import parse_people_file
from mentor_desk.imports.safety import Limits, UnsafeFileError, assert_defused, inspect_zip, open_workbook
from tests.imports.files import (
    write_corrupt,
    write_entity_bomb,
    write_ods,
    write_ods_entity_bomb,
    write_protected,
    write_staff_xlsx,
    write_zip_bomb,
)


def test_defusedxml_is_active() -> None:
    assert_defused()
    from openpyxl.xml import DEFUSEDXML

    assert DEFUSEDXML is True


def test_openpyxl_path_refuses_to_run_without_defusedxml(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Templates and oddly shaped sheets are read by openpyxl: never without defusedxml."""
    import openpyxl.xml

    monkeypatch.setattr(openpyxl.xml, "DEFUSEDXML", False)
    path = write_staff_xlsx(tmp_path / "s.xlsx")
    with pytest.raises(UnsafeFileError, match="Защита от опасных файлов отключена"), open_workbook(path):
        pass


def _parsers_must_not_run(monkeypatch: pytest.MonkeyPatch) -> None:
    def must_not_parse(*args: object, **kwargs: object) -> None:
        raise AssertionError("a parser was reached")

    monkeypatch.setattr("openpyxl.load_workbook", must_not_parse)
    monkeypatch.setattr(python_calamine.CalamineWorkbook, "from_path", must_not_parse)


@pytest.mark.parametrize("suffix", [".xlsx", ".ods"])
def test_entity_bomb_is_refused_before_parsing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, suffix: str) -> None:
    path = write_entity_bomb(tmp_path / "bomb.xlsx") if suffix == ".xlsx" else write_ods_entity_bomb(tmp_path / "bomb.ods")
    _parsers_must_not_run(monkeypatch)
    with pytest.raises(UnsafeFileError, match="недопустимые конструкции XML"):
        parse_people_file(path)


def test_entity_bomb_is_refused(tmp_path: Path) -> None:
    """Even when calamine does the reading, the billion laughs never expand."""
    with pytest.raises(UnsafeFileError, match="недопустимые конструкции XML"):
        parse_people_file(write_entity_bomb(tmp_path / "bomb.xlsx"))


@pytest.mark.parametrize("suffix", [".xlsx", ".ods"])
def test_zip_bomb_is_refused_before_parsing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, suffix: str) -> None:
    if suffix == ".xlsx":
        path = write_zip_bomb(tmp_path / "zip.xlsx")
    else:
        path = write_ods(tmp_path / "zip.ods", [["ФИО", "Должность"], ["Иванов Иван Иванович", "учитель"]])
        with zipfile.ZipFile(path, "a", compression=zipfile.ZIP_DEFLATED) as zf:
            zf.writestr("Pictures/image1.bin", b"\0" * 8 * 1024 * 1024)
    assert path.stat().st_size < 200_000
    _parsers_must_not_run(monkeypatch)
    with pytest.raises(UnsafeFileError, match="zip-бомба"):
        parse_people_file(path)


def test_far_apart_cells_do_not_exhaust_memory(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """calamine would allocate rows × columns: a 5 KB file with cells at A1 and XFD1048576 asked for
    half a terabyte and killed the process. Such a sheet is streamed (and refused by its size)."""
    import openpyxl

    path = tmp_path / "sparse.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws["A1"] = "ФИО"
    ws["XFD1048576"] = "x"
    wb.save(path)
    assert path.stat().st_size < 10_000
    monkeypatch.setattr(python_calamine.CalamineWorkbook, "from_path",
                        lambda *a: (_ for _ in ()).throw(AssertionError("calamine was reached")))
    with pytest.raises(UnsafeFileError, match="строк"):
        parse_people_file(path)
    ods = write_ods(tmp_path / "sparse.ods", [["ФИО"]], extra_row=(
        '<table:table-row table:number-rows-repeated="100000"><table:table-cell table:number-columns-repeated="1000"/>'
        '<table:table-cell office:value-type="string"><text:p>x</text:p></table:table-cell></table:table-row>'))
    with pytest.raises(UnsafeFileError, match="слишком много ячеек"):
        parse_people_file(ods)


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


@pytest.mark.parametrize(("name", "content", "message"), [
    ("list.xls", b"whatever", "повреждён"),
    ("list.ods", b"whatever", "повреждён"),
    ("list.xls", b"<html><body><table><tr><td>\xd0\xa4\xd0\x98\xd0\x9e</td></tr></table>", "веб-страница"),
    ("list.docx", b"whatever", "не поддерживается"),
    ("list", b"whatever", "не поддерживается"),
])
def test_other_formats_are_refused(tmp_path: Path, name: str, content: bytes, message: str) -> None:
    path = tmp_path / name
    path.write_bytes(content)
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
