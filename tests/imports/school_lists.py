"""A staff list and a class list written the way schools write them (fictional people).

Title rows above the header, a row of column numbers, «б/к» and «СЗД», стаж as «0,5» or
«5 л. 3 мес.», dates as text in every usual form, a signature under the list. The same rows
are saved as .xlsx, .ods, .csv (and once, as tests/imports/fixtures/school_staff.xls).
"""

from __future__ import annotations

import csv
import io
from datetime import date, datetime
from pathlib import Path
from typing import Any

import openpyxl

from mentor_desk.domain.enums import QualificationCategory as Q

STAFF_TITLE = [
    ["Список педагогических работников МБОУ «СОШ № 12» г. Энска"],
    ["на 2025/2026 учебный год"],
    [],
]
STAFF_HEADER = ["№ п/п", "Фамилия, имя, отчество", "Должность", "Преподаваемый предмет", "Пед. стаж",
                "Квалификационная категория", "Дата рождения", "Дата приёма на работу"]
STAFF_NUMBERS = [1, 2, 3, 4, 5, 6, 7, 8]
STAFF_DATA: list[list[Any]] = [
    [1, "Зайцева Алина Романовна", "учитель начальных классов", "начальные классы", "0,5", "б/к", "12.03.2002",
     "01.09.2025"],
    [2, "Котов Денис Андреевич", "учитель информатики", "информатика", "1 год 2 мес", "без категории",
     "5 сентября 2001 г.", "2024-09-02"],
    [3, "Миронова Елена Викторовна", "учитель математики", "математика", "25 лет", "высшая", "14.03.1975", ""],
    [4, "Орехов Павел Сергеевич", "учитель физики", "физика", "5 л. 3 мес.", "СЗД", "5.9.88", ""],
    [5, "Белова Татьяна Ивановна", "учитель русского языка и литературы", "русский язык, литература", "3 г.",
     "1 кв. к.", "05/09/1990", ""],
    [6, "Гусева Ольга Петровна", "учитель истории", "история, обществознание", 12, "первая кв. категория", 30000, ""],
    [7, "Дроздова Марина Олеговна", "педагог-психолог", "", "8", "педагог-методист", datetime(1983, 7, 21), ""],
    [8, "Ершов Николай Ильич", "учитель технологии", "технология", "31", "педагог-наставник", "01.02.1966 г.", ""],
    [9, "Фомина Ирина Андреевна", "учитель химии", "химия", "15", "соответствие занимаемой должности", "", ""],
    [10, "Лаптева Софья Игоревна", "учитель английского языка", "английский язык", "2", "вторая", "30.04.1999", ""],
]
STAFF_FOOTER = [
    [],
    [None, "Директор ____________ И.О. Фамилия"],
    [None, "М.П."],
    [None, "Исполнитель: Зайцева А.Р., тел. 8 (900) 000-00-00"],
]

# (surname, first name, patronymic, position, стаж, category, birth date, hire date)
STAFF_EXPECTED = [
    ("Зайцева", "Алина", "Романовна", "учитель начальных классов", 0.5, Q.NONE, date(2002, 3, 12), date(2025, 9, 1)),
    ("Котов", "Денис", "Андреевич", "учитель информатики", 1.17, Q.NONE, date(2001, 9, 5), date(2024, 9, 2)),
    ("Миронова", "Елена", "Викторовна", "учитель математики", 25, Q.HIGHEST, date(1975, 3, 14), None),
    ("Орехов", "Павел", "Сергеевич", "учитель физики", 5.25, Q.CONFORMITY, date(1988, 9, 5), None),
    ("Белова", "Татьяна", "Ивановна", "учитель русского языка и литературы", 3, Q.FIRST, date(1990, 9, 5), None),
    ("Гусева", "Ольга", "Петровна", "учитель истории", 12, Q.FIRST, date(1982, 2, 18), None),
    ("Дроздова", "Марина", "Олеговна", "педагог-психолог", 8, Q.METHODIST, date(1983, 7, 21), None),
    ("Ершов", "Николай", "Ильич", "учитель технологии", 31, Q.MENTOR, date(1966, 2, 1), None),
    ("Фомина", "Ирина", "Андреевна", "учитель химии", 15, Q.CONFORMITY, None, None),
    ("Лаптева", "Софья", "Игоревна", "учитель английского языка", 2, Q.NONE, date(1999, 4, 30), None),
]
STAFF_WARNING_ROW = 15  # «вторая» is no longer a category: Лаптева loads without one, with a warning


def staff_sheet() -> list[list[Any]]:
    return [*STAFF_TITLE, STAFF_HEADER, STAFF_NUMBERS, *STAFF_DATA, *STAFF_FOOTER]


CLASS_SHEET: list[list[Any]] = [
    ["Список обучающихся 5-х классов"],
    ["№", "ФИО обучающегося", "Класс", "Дата рождения"],
    [1, "Антонова Вера Павловна", "5 А", "03.02.2014"],
    [2, "Борисов Глеб Олегович", "5-Б", "2014-05-17"],
    [3, "Васильева Дарья Ильинична", "5 «В»", "11.11.13"],
    [4, "Григорьев Егор Романович", "5в", "1 марта 2014 г."],
    [5, "Денисова Жанна Кирилловна", "10 а класс", ""],
    [],
    [None, "Классный руководитель ____________ И.О. Фамилия"],
]
CLASS_EXPECTED = [
    ("Антонова", "5А", date(2014, 2, 3)),
    ("Борисов", "5Б", date(2014, 5, 17)),
    ("Васильева", "5В", date(2013, 11, 11)),
    ("Григорьев", "5В", date(2014, 3, 1)),
    ("Денисова", "10А", None),
]


def write_xlsx(path: Path, sheet: list[list[Any]]) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    for row in sheet:
        ws.append(row)
    if len(sheet[0]) == 1:
        ws.merge_cells("A1:H1")  # a title across the table, as schools lay it out
    wb.save(path)
    return path


def csv_text(sheet: list[list[Any]], delimiter: str = ";") -> str:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\r\n")
    for row in sheet:
        writer.writerow(["" if v is None else v.strftime("%d.%m.%Y") if isinstance(v, datetime) else v for v in row])
    return out.getvalue()


FIXTURES = Path(__file__).parent / "fixtures"
STAFF_XLS = FIXTURES / "school_staff.xls"
