"""Parsing staff and class lists into a preview: header search, columns, row report, duplicates."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from mentor_desk.domain.enums import PersonKind, QualificationCategory
from mentor_desk.errors import UserError
from mentor_desk.imports.people import import_fields, parse_date, parse_people_file, recognise
from tests.imports.files import CSV_TEXT, write_class_xlsx, write_csv, write_staff_xlsx

TODAY = date(2025, 10, 1)


def test_staff_list_with_merged_title_above_the_header(tmp_path: Path) -> None:
    preview = parse_people_file(write_staff_xlsx(tmp_path / "staff.xlsx"), today=TODAY)
    assert preview.header_row == 4
    assert {c.header: c.field for c in preview.recognised} == {
        "ФИО": "full_name", "Должность": "position", "Предмет": "subjects", "Стаж, лет": "experience",
        "Категория": "category", "Дата рождения": "birth_date", "Телефон": "phone", "E-mail": "email",
    }
    assert [c.header for c in preview.unrecognised] == ["СНИЛС"]
    assert preview.default_kind is PersonKind.STAFF
    names = [(r.row, r.draft.last_name, r.draft.first_name, r.draft.middle_name) for r in preview.rows]
    assert names == [
        (5, "Соколова", "Ирина", "Викторовна"),
        (6, "Ёлкина", "Анна", "Сергеевна"),
        (7, "Петров", "Олег", ""),
        (8, "Кузнецова", "Мария", "Павловна"),
        (12, "Громов", "Илья", "Петрович"),
        (13, "Лебедева", "Ольга", "Ивановна"),
    ]
    first = preview.rows[0].draft
    assert first.kind is PersonKind.STAFF and first.birth_date == date(1975, 3, 14)
    assert first.staff is not None and first.staff.category is QualificationCategory.HIGHEST
    assert first.staff.experience_years == 22 and first.phone == "+7 900 123-45-67"
    second = preview.rows[1].draft
    assert second.staff is not None and second.staff.experience_years == 1.5
    assert second.birth_date == date(2001, 5, 2)
    assert second.phone == "79001112233"  # a phone stored as a number comes back as its digits


def test_only_a_row_without_a_name_is_rejected_the_rest_are_warnings(tmp_path: Path) -> None:
    preview = parse_people_file(write_staff_xlsx(tmp_path / "staff.xlsx"), today=TODAY)
    assert {(e.row, e.column) for e in preview.errors} == {(11, "ФИО")}
    assert preview.rejected_rows == {11}
    reasons = " ".join(e.reason for e in preview.errors)
    assert "«Фамилия»" in reasons and "«Имя»" in reasons
    assert {(w.row, w.column) for w in preview.warnings} == {(7, "Дата рождения"), (8, "E-mail"), (12, "Категория")}
    by_row = {w.row: w.reason for w in preview.warnings}
    assert "31.02.1990" in by_row[7] and "поле оставлено пустым" in by_row[7]
    assert "не-почта" in by_row[8]
    assert "вторая" in by_row[12]
    assert str(preview.warnings[0]).startswith("строка 7, столбец «Дата рождения»")
    loaded = {r.row: r.draft for r in preview.rows}
    assert loaded[7].birth_date is None and loaded[8].email == ""
    assert loaded[12].staff is not None and loaded[12].staff.category is QualificationCategory.NONE


def test_duplicates_in_the_file_are_reported_once(tmp_path: Path) -> None:
    preview = parse_people_file(write_staff_xlsx(tmp_path / "staff.xlsx"), today=TODAY)
    assert [(d.row, "строки 5" in d.reason) for d in preview.duplicates] == [(10, True)]


def test_class_list_takes_the_class_from_the_title(tmp_path: Path) -> None:
    preview = parse_people_file(write_class_xlsx(tmp_path / "7b.xlsx"), today=TODAY)
    assert preview.header_row == 2
    assert preview.default_kind is PersonKind.PUPIL
    assert [(r.draft.last_name, r.draft.pupil.class_name if r.draft.pupil else None) for r in preview.rows] == [
        ("Андреева", "7Б"), ("Белов", "7Б")
    ]
    assert preview.rows[0].draft.phone == "+7 911 000-00-01"
    assert [d.row for d in preview.duplicates] == [5]


@pytest.mark.parametrize(("encoding", "delimiter"), [("cp1251", ";"), ("utf-8", ","), ("utf-8-sig", ";")])
def test_csv_in_cp1251_or_utf8(tmp_path: Path, encoding: str, delimiter: str) -> None:
    path = write_csv(tmp_path / "staff.csv", encoding, CSV_TEXT, delimiter)
    preview = parse_people_file(path, today=TODAY)
    assert preview.header_row == 2
    assert [(r.draft.last_name, r.draft.first_name, r.draft.birth_date) for r in preview.rows] == [
        ("Щукина", "Вера", date(1980, 12, 12)),
        ("Жуков", "Фёдор", date(1979, 4, 1)),
    ]
    assert preview.rows[0].draft.staff is not None
    assert preview.rows[0].draft.staff.position == "учитель русского языка и литературы"
    assert preview.errors == []


def test_explicit_mapping_for_unrecognised_columns(tmp_path: Path) -> None:
    text = "Ребёнок;Группа;Д/р\nСидоров Иван Петрович;8 А;01.02.2011\n"
    path = write_csv(tmp_path / "list.csv", "utf-8", text)
    with pytest.raises(UserError, match="строка заголовков"):
        parse_people_file(path, today=TODAY)
    preview = parse_people_file(path, mapping={0: "full_name", "Группа": "class_name"}, today=TODAY)
    assert [c.field for c in preview.columns] == ["full_name", "class_name", "birth_date"]
    draft = preview.rows[0].draft
    assert (draft.last_name, draft.kind, draft.pupil.class_name if draft.pupil else "") == ("Сидоров", PersonKind.PUPIL, "8А")
    with pytest.raises(UserError, match="Неизвестное поле"):
        parse_people_file(path, mapping={0: "shoe_size"}, today=TODAY)


def test_a_list_without_any_kind_hint_asks_for_the_kind(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "names.csv", "utf-8", "ФИО;Телефон\nСидоров Иван Петрович;+7 900 000-00-00\n")
    with pytest.raises(UserError, match="категорию участников"):
        parse_people_file(path, today=TODAY)
    preview = parse_people_file(path, default_kind=PersonKind.STAFF, today=TODAY)
    assert preview.rows[0].draft.kind is PersonKind.STAFF


def test_group_heading_rows_set_the_class(tmp_path: Path) -> None:
    text = "ФИО;Дата рождения\n5 А;\nИванов Иван Иванович;01.01.2014\n5 Б;\nПетров Пётр Петрович;02.02.2014\nИтого: 2;\n"
    preview = parse_people_file(write_csv(tmp_path / "c.csv", "utf-8", text), default_kind=PersonKind.PUPIL, today=TODAY)
    assert [(r.draft.last_name, r.draft.pupil.class_name if r.draft.pupil else "") for r in preview.rows] == [
        ("Иванов", "5А"), ("Петров", "5Б")
    ]
    assert len(preview.skipped) == 3


def test_recognition_and_dates() -> None:
    fields = import_fields()
    assert recognise("Фамилия, имя, отчество", fields) == "full_name"
    assert recognise("Телефон родителя (законного представителя)", fields) == "phone"
    assert recognise("Квалификационная категория", fields) == "category"
    assert recognise("Категория участника", fields) == "kind"
    assert recognise("Классный руководитель", fields) is None
    assert parse_date("05.11.2010") == date(2010, 11, 5)
    assert parse_date("5.1.2010 г.") == date(2010, 1, 5)
    assert parse_date("2010-11-05") == date(2010, 11, 5)
    with pytest.raises(ValueError):
        parse_date("вчера")


def test_no_header_row_is_a_clear_message(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "x.csv", "utf-8", "a;b\n1;2\n")
    with pytest.raises(UserError, match="строка заголовков"):
        parse_people_file(path)


def test_class_values_as_schools_write_them(tmp_path: Path) -> None:
    text = "ФИО;Класс\nИванов Иван Иванович;7 «Б»\nПетров Пётр Петрович;10а класс\nСидоров Сидор Сидорович;12Я\n"
    preview = parse_people_file(write_csv(tmp_path / "c.csv", "utf-8", text), today=TODAY)
    assert [r.draft.pupil.class_name for r in preview.rows if r.draft.pupil] == ["7Б", "10А", ""]
    assert preview.errors == []
    assert [(w.row, w.column) for w in preview.warnings] == [(4, "Класс")]
    assert "12Я" in preview.warnings[0].reason
