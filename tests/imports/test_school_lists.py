"""Staff and class lists as schools write them arrive whole, from every format a school has."""

from __future__ import annotations

import codecs
from datetime import date
from pathlib import Path

import pytest

from mentor_desk.domain.enums import PersonKind
from mentor_desk.imports.people import parse_people_file
from mentor_desk.services.container import Services
from tests.imports.files import write_ods
from tests.imports.school_lists import (
    CLASS_EXPECTED,
    CLASS_SHEET,
    STAFF_EXPECTED,
    STAFF_WARNING_ROW,
    STAFF_XLS,
    csv_text,
    staff_sheet,
    write_xlsx,
)

TODAY = date(2025, 10, 1)


def _staff_file(tmp_path: Path, fmt: str) -> Path:
    if fmt == "xlsx":
        return write_xlsx(tmp_path / "педагоги.xlsx", staff_sheet())
    if fmt == "xls":
        return STAFF_XLS
    if fmt == "ods":
        return write_ods(tmp_path / "педагоги.ods", staff_sheet())
    path = tmp_path / "педагоги.csv"
    text = csv_text(staff_sheet(), "," if fmt == "csv-utf8-comma" else ";")
    data = {
        "csv-utf16": codecs.BOM_UTF16_LE + text.encode("utf-16-le"),
        "csv-utf8-bom": codecs.BOM_UTF8 + text.encode("utf-8"),
        "csv-utf8-comma": text.encode("utf-8"),
        "csv-cp1251": text.encode("cp1251"),
    }[fmt]
    path.write_bytes(data)
    return path


FORMATS = ["xlsx", "xls", "ods", "csv-utf16", "csv-utf8-bom", "csv-utf8-comma", "csv-cp1251"]


@pytest.mark.parametrize("fmt", FORMATS)
def test_every_teacher_of_a_real_staff_list_arrives(tmp_path: Path, fmt: str) -> None:
    preview = parse_people_file(_staff_file(tmp_path, fmt), today=TODAY)
    assert preview.header_row == 4
    assert preview.errors == [], [str(e) for e in preview.errors]
    got = []
    for row in preview.rows:
        d = row.draft
        assert d.kind is PersonKind.STAFF and d.staff is not None
        got.append((d.last_name, d.first_name, d.middle_name, d.staff.position,
                    round(d.staff.experience_years or 0, 2), d.staff.category, d.birth_date, d.staff.hire_date))
    assert got == [(*e[:4], pytest.approx(e[4], abs=0.01), *e[5:]) for e in STAFF_EXPECTED]
    # «вторая» is not a category any more: the teacher loads without one, and the report says so
    assert [(w.row, w.column) for w in preview.warnings] == [(STAFF_WARNING_ROW, "Квалификационная категория")]
    assert "«вторая»" in preview.warnings[0].reason
    # the title, the column numbers and the signature block are neither people nor rejections
    skipped = " ".join(s.reason for s in preview.skipped)
    assert "номерами столбцов" in skipped and "Директор" in skipped and "М.П." in skipped
    assert len(preview.skipped) == 4


def test_the_young_teachers_are_stored_with_their_fields(services: Services, tmp_path: Path) -> None:
    outcome = services.imports.apply(parse_people_file(_staff_file(tmp_path, "xlsx")))
    assert outcome.created == 10 and outcome.rejected == [] and len(outcome.warnings) == 1
    people = {p.last_name: p for p in services.people.list_people()}
    young = people["Зайцева"]
    assert young.staff is not None
    assert young.staff.experience_years == 0.5 and young.staff.category.label == "без категории"
    assert young.birth_date == date(2002, 3, 12) and young.staff.hire_date == date(2025, 9, 1)
    assert people["Орехов"].staff is not None
    assert people["Орехов"].staff.category.label == "соответствие занимаемой должности"
    assert people["Ершов"].staff is not None and people["Ершов"].staff.category.label == "педагог-наставник"
    assert people["Дроздова"].staff is not None and people["Дроздова"].staff.category.label == "педагог-методист"


@pytest.mark.parametrize("fmt", ["xlsx", "ods", "csv"])
def test_a_class_list_with_class_letters(tmp_path: Path, fmt: str) -> None:
    if fmt == "xlsx":
        path = write_xlsx(tmp_path / "5.xlsx", CLASS_SHEET)
    elif fmt == "ods":
        path = write_ods(tmp_path / "5.ods", CLASS_SHEET)
    else:
        path = tmp_path / "5.csv"
        path.write_text(csv_text(CLASS_SHEET), encoding="utf-8")
    preview = parse_people_file(path, today=TODAY)
    assert preview.errors == [] and preview.warnings == []
    got = [(r.draft.last_name, r.draft.pupil.class_name if r.draft.pupil else None, r.draft.birth_date)
           for r in preview.rows]
    assert got == CLASS_EXPECTED
    assert all(r.draft.kind is PersonKind.PUPIL for r in preview.rows)
    assert [s.row for s in preview.skipped] == [9]  # «Классный руководитель ____ И.О. Фамилия»


def test_name_parts_over_the_limit_are_refused_with_a_clear_message(tmp_path: Path) -> None:
    long_name = "Иванова" * 10
    sheet = [["ФИО", "Должность"], [f"{long_name} Анна Петровна", "учитель"], ["Петрова Анна Ивановна", "учитель"]]
    preview = parse_people_file(write_xlsx(tmp_path / "s.xlsx", sheet), today=TODAY)
    assert [r.draft.last_name for r in preview.rows] == ["Петрова"]
    assert [(e.row, e.column) for e in preview.errors] == [(2, "ФИО")]
    assert "длиннее 60 знаков" in preview.errors[0].reason and "«Фамилия»" in preview.errors[0].reason


def test_values_not_understood_leave_the_field_empty_and_warn(tmp_path: Path) -> None:
    sheet = [
        ["ФИО", "Должность", "Стаж", "Категория", "Дата рождения", "Телефон", "E-mail"],
        ["Соколова Анна Петровна", "учитель", "много", "вторая", "вчера", "звонить завучу", "нет почты"],
        ["Юдина Вера Ильинична", "учитель" + " очень" * 40, "80", "высшая", "01.01.2030", "", ""],
    ]
    preview = parse_people_file(write_xlsx(tmp_path / "s.xlsx", sheet), today=TODAY)
    assert preview.errors == []
    first, second = (r.draft for r in preview.rows)
    assert first.staff is not None and first.staff.experience_years is None and first.birth_date is None
    assert first.phone == "" and first.email == ""
    assert second.staff is not None and second.staff.position == "" and second.staff.experience_years is None
    assert second.birth_date is None
    warned = {(w.row, w.column) for w in preview.warnings}
    assert warned == {(2, "Стаж"), (2, "Категория"), (2, "Дата рождения"), (2, "Телефон"), (2, "E-mail"),
                      (3, "Должность"), (3, "Стаж"), (3, "Дата рождения")}
    assert all("поле оставлено пустым" in w.reason for w in preview.warnings)


def test_the_director_in_the_list_is_a_person_and_her_signature_is_not(tmp_path: Path) -> None:
    sheet = [
        ["ФИО", "Должность", "Категория"],
        ["Директорова Нина Павловна", "директор", "высшая"],
        ["Итогова Анна Ильинична", "специалист по кадрам", ""],
        ["Руденко Ольга Петровна", "руководитель ШМО, учитель биологии", "первая"],
        ["Директор", "", ""],
        [None, "Директор ________ Н.П. Директорова", None],
        ["Исполнитель: Руденко О.П.", None, None],
    ]
    preview = parse_people_file(write_xlsx(tmp_path / "s.xlsx", sheet), today=TODAY)
    assert [r.draft.last_name for r in preview.rows] == ["Директорова", "Итогова", "Руденко"]
    assert preview.errors == [] and [s.row for s in preview.skipped] == [5, 6, 7]
