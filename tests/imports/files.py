"""Staff and class lists as schools keep them, and hostile files, generated for the import tests."""

from __future__ import annotations

import zipfile
from datetime import date, datetime
from pathlib import Path
from typing import Any

import openpyxl
from openpyxl.styles import Font

STAFF_HEADER = ["№ п/п", "ФИО", "Должность", "Предмет", "Стаж, лет", "Категория", "Дата рождения", "Телефон",
                "E-mail", "СНИЛС"]


def staff_rows() -> list[list[Any]]:
    return [
        [1, "Соколова Ирина Викторовна", "учитель математики", "математика", 22, "высшая", datetime(1975, 3, 14),
         "+7 900 123-45-67", "sokolova@school.example", "000-000-000 00"],
        [2, "Ёлкина Анна Сергеевна", "учитель математики", "математика", "1,5", "без категории", "02.05.2001",
         79001112233, "", ""],
        [3, "Петров Олег", "учитель физики", "физика", "5 лет", "первая", "31.02.1990", "", "", ""],  # bad date
        [4, "Кузнецова Мария Павловна", "педагог-психолог", "", 3, "первая", datetime(1988, 1, 9), "", "не-почта", ""],
        [None, None, None, None, None, None, None, None, None, None],  # empty row
        [5, "Соколова Ирина Викторовна", "учитель математики", "", 22, "высшая", datetime(1975, 3, 14), "", "", ""],
        [6, "", "учитель химии", "химия", 2, "", "", "", "", ""],  # no name
        [7, "Громов Илья Петрович", "учитель истории", "история", 10, "вторая", "", "", "", ""],  # unknown category
        [8, "Лебедева Ольга Ивановна", "учитель биологии", "биология", 7, "первая", date(1985, 6, 1), "", "", ""],
    ]


def write_staff_xlsx(path: Path, rows: list[list[Any]] | None = None) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Педагоги"
    ws["A1"] = "Список педагогических работников МБОУ «СОШ № 7»"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:J1")
    ws["A2"] = "по состоянию на 01.09.2025"
    ws.merge_cells("A2:J2")
    ws.append([])
    ws.append(STAFF_HEADER)
    for row in rows if rows is not None else staff_rows():
        ws.append(row)
    wb.save(path)
    return path


def write_class_xlsx(path: Path) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws["A1"] = "Список обучающихся 7 «Б» класса"
    ws.merge_cells("A1:F1")
    ws.append(["№", "Фамилия", "Имя", "Отчество", "Дата рождения", "Телефон родителя (законного представителя)"])
    ws.append([1, "Андреева", "Полина", "Олеговна", datetime(2013, 2, 10), "+7 911 000-00-01"])
    ws.append([2, "Белов", "Артём", "Игоревич", datetime(2012, 11, 3), "+7 911 000-00-02"])
    ws.append([3, "Андреева", "Полина", "Олеговна", datetime(2013, 2, 10), ""])  # the same girl twice
    wb.save(path)
    return path


CSV_TEXT = (
    "Список сотрудников;;;\n"
    "Фамилия;Имя;Отчество;Должность;Дата рождения;Телефон\n"
    "Щукина;Вера;Юрьевна;учитель русского языка и литературы;12.12.1980;+7 900 555-44-33\n"
    "Жуков;Фёдор;Ильич;учитель физической культуры;1979-04-01;\n"
)


def write_csv(path: Path, encoding: str = "cp1251", text: str = CSV_TEXT, delimiter: str = ";") -> Path:
    path.write_bytes(text.replace(";", delimiter).encode(encoding))
    return path


def write_entity_bomb(path: Path) -> Path:
    """A workbook whose sheet XML declares a billion-laughs entity."""
    write_staff_xlsx(path, staff_rows()[:1])
    entities = '<!ENTITY lol0 "lol">' + "".join(
        f'<!ENTITY lol{i} "{("&lol" + str(i - 1) + ";") * 10}">' for i in range(1, 10)
    )
    bomb = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        f"<!DOCTYPE worksheet [{entities}]>"
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
        '<row r="1"><c r="A1" t="inlineStr"><is><t>ФИО</t></is></c><c r="B1" t="inlineStr"><is><t>Должность</t></is></c></row>'
        '<row r="2"><c r="A2" t="inlineStr"><is><t>&lol9;</t></is></c><c r="B2" t="inlineStr"><is><t>учитель</t></is></c></row>'
        "</sheetData></worksheet>"
    )
    _replace_entry(path, "xl/worksheets/sheet1.xml", bomb.encode())
    return path


def write_zip_bomb(path: Path, size: int = 8 * 1024 * 1024) -> Path:
    """A valid workbook carrying a part that inflates a thousandfold."""
    write_staff_xlsx(path, staff_rows()[:1])
    with zipfile.ZipFile(path, "a", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("xl/media/image1.bin", b"\0" * size)
    return path


def write_protected(path: Path) -> Path:
    """What Excel writes for a password-protected workbook: an OLE container, not a zip."""
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 2048)
    return path


def write_corrupt(path: Path) -> Path:
    write_staff_xlsx(path)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    return path


def _replace_entry(path: Path, name: str, data: bytes) -> None:
    with zipfile.ZipFile(path) as src:
        entries = [(info, src.read(info.filename)) for info in src.infolist()]
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as dst:
        for info, content in entries:
            dst.writestr(info.filename, data if info.filename == name else content)


_ODS_NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"'
)


def _ods_cell(value: Any) -> str:
    from xml.sax.saxutils import escape

    if value is None or value == "":
        return "<table:table-cell/>"
    if isinstance(value, datetime | date):
        iso = value.strftime("%Y-%m-%d")
        return f'<table:table-cell office:value-type="date" office:date-value="{iso}"><text:p>{iso}</text:p></table:table-cell>'
    if isinstance(value, int | float):
        return f'<table:table-cell office:value-type="float" office:value="{value}"><text:p>{value}</text:p></table:table-cell>'
    return f'<table:table-cell office:value-type="string"><text:p>{escape(str(value))}</text:p></table:table-cell>'


def write_ods(path: Path, rows: list[list[Any]], extra_row: str = "", doctype: str = "") -> Path:
    """An OpenDocument spreadsheet as LibreOffice lays it out (mimetype first, stored), written by hand:
    the format is a zip of XML, and no maintained writer is needed for a test."""
    body = "".join("<table:table-row>" + "".join(_ods_cell(v) for v in row) + "</table:table-row>" for row in rows)
    content = (
        f'<?xml version="1.0" encoding="UTF-8"?>{doctype}'
        f'<office:document-content {_ODS_NS} office:version="1.2"><office:body><office:spreadsheet>'
        f'<table:table table:name="Лист1">{body}{extra_row}'
        '<table:table-row table:number-rows-repeated="1048000"><table:table-cell table:number-columns-repeated="1024"/>'
        "</table:table-row></table:table></office:spreadsheet></office:body></office:document-content>"
    )
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest '
        'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
        '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>'
    )
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.spreadsheet")
        zf.writestr("META-INF/manifest.xml", manifest, compress_type=zipfile.ZIP_DEFLATED)
        zf.writestr("content.xml", content, compress_type=zipfile.ZIP_DEFLATED)
    return path


def write_ods_entity_bomb(path: Path) -> Path:
    entities = '<!ENTITY lol0 "lol">' + "".join(
        f'<!ENTITY lol{i} "{("&lol" + str(i - 1) + ";") * 10}">' for i in range(1, 10)
    )
    return write_ods(path, [["ФИО", "Должность"], ["&lol9;", "учитель"]],
                     doctype=f"<!DOCTYPE office:document-content [{entities}]>")
