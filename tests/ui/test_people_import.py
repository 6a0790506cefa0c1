"""«Участники»: loading a staff or class list (preview, mapping, errors, backup, apply) and erasure."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
from openpyxl import Workbook
from pytestqt.qtbot import QtBot

from mentor_desk.db.backup import BackupManager
from mentor_desk.domain.enums import PersonKind
from mentor_desk.services.container import Services
from mentor_desk.ui.common import prompts
from mentor_desk.ui.people.import_dialog import ImportDialog
from mentor_desk.ui.people.people_tab import PeopleTab
from tests.ui.conftest import School


@pytest.fixture
def tab(qtbot: QtBot, services: Services, school: School) -> PeopleTab:
    widget = PeopleTab(services)
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    widget.ensure_loaded()
    return widget


def _xlsx(path: Path, rows: list[list[object]]) -> Path:
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


def _open_dialog(tab: PeopleTab, path: Path, monkeypatch: pytest.MonkeyPatch) -> ImportDialog:
    monkeypatch.setattr(prompts, "open_file", lambda *_a: path)
    tab.import_people()
    dialog = tab.import_dialog
    assert isinstance(dialog, ImportDialog) and dialog.isVisible()
    return dialog


def _last_names(services: Services) -> set[str]:
    return {p.last_name for p in services.people.list_people(include_archived=True)}


def test_staff_list_from_xlsx_is_loaded(tab: PeopleTab, services: Services, db_path: Path, tmp_path: Path,
                                        qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    path = _xlsx(tmp_path / "педагоги.xlsx", [
        ["Список педагогических работников"],
        ["№", "ФИО", "Должность", "Предмет", "Стаж", "Кабинет"],
        [1, "Лебедева Нина Аркадьевна", "учитель", "химия", 12, "203"],
        [2, "Мухин Олег Петрович", "учитель", "история", 3, "105"],
        [3, "Орлова Анна Сергеевна", "учитель", "математика", 25, "301"],  # already in the database
    ])
    shown: list[str] = []
    monkeypatch.setattr(prompts, "show_info", lambda _p, message, *a: shown.append(message))
    dialog = _open_dialog(tab, path, monkeypatch)
    assert dialog.preview is not None and dialog.plan is not None
    assert {c.field for c in dialog.preview.recognised} >= {"full_name", "position", "subjects", "experience"}
    assert [c.header for c in dialog.preview.unrecognised] == ["Кабинет"]
    assert len(dialog.plan.new) == 2 and len(dialog.plan.existing) == 1
    assert "Будет добавлено новых участников: <b>2</b>" in dialog.summary_text()
    dialog.submit()
    qtbot.waitUntil(lambda: tab.import_task is None, timeout=20000)
    assert tab.import_dialog is None  # closed (and deleted) after a successful load
    assert {"Лебедева", "Мухин"} <= _last_names(services)
    chem = next(p for p in services.people.list_people() if p.last_name == "Лебедева")
    assert chem.kind is PersonKind.STAFF and chem.staff is not None and chem.staff.subjects == "химия"
    assert [b.reason for b in BackupManager(db_path).list_backups()] == ["import"]
    assert shown and "Добавлено участников: 2." in shown[0]
    assert tab.model.rowCount() == 11  # 9 of the school + 2 new


def test_class_list_in_cp1251_csv_with_a_mapped_column(tab: PeopleTab, services: Services, tmp_path: Path,
                                                       qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "7а.csv"
    path.write_bytes(
        "Фамилия;Имя;Отчество;Кл.;Дата рождения\n"
        "Соколова;Дарья;Игоревна;7А;14.02.2013\n"
        "Титов;Глеб;Андреевич;7А;03.11.2012\n".encode("cp1251")
    )
    monkeypatch.setattr(prompts, "show_info", lambda *_a: None)
    dialog = _open_dialog(tab, path, monkeypatch)
    # «Кл.» is not recognised, so the list is not understood as pupils yet
    assert dialog.preview is None and "Не удалось понять" in dialog.problem_text()
    assert any(c.header == "Кл." and c.field is None for c in dialog.columns)
    dialog.set_field("Кл.", "class_name")  # the mapping step: one combo per column
    assert dialog.mapping() == {"Кл.": "class_name"}
    assert dialog.preview is not None and dialog.preview.default_kind is PersonKind.PUPIL
    assert len(dialog.plan.new) == 2  # type: ignore[union-attr]
    dialog.submit()
    qtbot.waitUntil(lambda: tab.import_task is None, timeout=20000)
    pupil = next(p for p in services.people.list_people() if p.last_name == "Титов")
    assert pupil.pupil is not None and pupil.pupil.class_name == "7А"
    assert pupil.birth_date == date(2012, 11, 3)


def test_bad_row_is_shown_in_the_preview_and_not_loaded(tab: PeopleTab, services: Services, tmp_path: Path,
                                                        qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    path = _xlsx(tmp_path / "класс.xlsx", [
        ["ФИО", "Класс", "Дата рождения"],
        ["Федоров Иван Ильич", "5Б", "01.09.2014"],
        ["Хохлова Ева Павловна", "5Б", "31.02.2014"],
        ["Федоров Иван Ильич", "5Б", "01.09.2014"],
        ["", "5Б", "02.03.2014"],
    ])
    monkeypatch.setattr(prompts, "show_info", lambda *_a: None)
    dialog = _open_dialog(tab, path, monkeypatch)
    issues = dialog.issues()
    bad = [i for i in issues if i[2] == "ошибка"]
    assert bad and {i[0] for i in bad} == {"5"} and bad[0][1] == "ФИО"
    warned = [i for i in issues if i[2] == "предупреждение"]
    assert [(i[0], i[1]) for i in warned] == [("3", "Дата рождения")] and "31.02.2014" in warned[0][3]
    assert any(i[2] == "повтор" and i[0] == "4" for i in issues)
    assert "Строк с ошибками: <b>1</b>" in dialog.summary_text()
    assert "С предупреждениями: <b>1</b>" in dialog.summary_text()
    dialog.submit()
    qtbot.waitUntil(lambda: tab.import_task is None, timeout=20000)
    names = _last_names(services)
    assert "Федоров" in names and "Хохлова" in names
    assert sum(1 for p in services.people.list_people() if p.last_name == "Федоров") == 1
    hohlova = next(p for p in services.people.list_people() if p.last_name == "Хохлова")
    assert hohlova.birth_date is None and hohlova.pupil is not None and hohlova.pupil.class_name == "5Б"


def test_a_school_staff_list_shows_russian_fields_and_warnings(tab: PeopleTab, services: Services, tmp_path: Path,
                                                              qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QComboBox

    from tests.imports.school_lists import STAFF_EXPECTED, STAFF_WARNING_ROW, STAFF_XLS

    monkeypatch.setattr(prompts, "show_info", lambda *_a: None)
    dialog = _open_dialog(tab, STAFF_XLS, monkeypatch)  # old Excel .xls, as the secretary keeps it
    table = dialog._ui.columnsTable
    shown = []
    for row in range(table.rowCount()):
        combo = table.cellWidget(row, 2)
        assert isinstance(combo, QComboBox)
        shown.append((table.item(row, 1).text(), combo.currentText()))  # type: ignore[union-attr]
        texts = [combo.itemText(i) for i in range(combo.count())]
        assert not [t for t in texts if re.fullmatch(r"[a-z_]+", t)], "a field shown by its code"
        assert "ФИО полностью" in texts and "Квалификационная категория" in texts
    assert shown == [
        ("№ п/п", "не загружать"), ("Фамилия, имя, отчество", "ФИО полностью"), ("Должность", "Должность"),
        ("Преподаваемый предмет", "Предмет"), ("Пед. стаж", "Педагогический стаж, лет"),
        ("Квалификационная категория", "Квалификационная категория"), ("Дата рождения", "Дата рождения"),
        ("Дата приёма на работу", "Дата приёма на работу"),
    ]
    issues = dialog.issues()
    assert [i for i in issues if i[2] == "ошибка"] == []
    warned = [i for i in issues if i[2] == "предупреждение"]
    assert [(i[0], i[1]) for i in warned] == [(str(STAFF_WARNING_ROW), "Квалификационная категория")]
    assert "«вторая»" in warned[0][3]
    assert {i[2] for i in issues} == {"предупреждение", "пропущена"}
    assert "Будет добавлено новых участников: <b>10</b>" in dialog.summary_text()
    dialog.grab().save(str(tmp_path / "import.png"))
    dialog.submit()
    qtbot.waitUntil(lambda: tab.import_task is None, timeout=20000)
    people = {p.last_name: p for p in services.people.list_people()}
    for last, _first, _middle, position, experience, category, birth, hire in STAFF_EXPECTED:
        person = people[last]
        assert person.staff is not None and person.staff.position == position
        assert person.staff.experience_years == pytest.approx(experience, abs=0.01)
        assert person.staff.category is category and person.birth_date == birth and person.staff.hire_date == hire


def test_existing_people_are_updated_only_when_asked(tab: PeopleTab, services: Services, school: School,
                                                     tmp_path: Path, qtbot: QtBot,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    path = _xlsx(tmp_path / "педагоги.xlsx", [
        ["ФИО", "Должность", "Телефон"],
        ["Орлова Анна Сергеевна", "учитель", "+7 900 111-22-33"],
    ])
    monkeypatch.setattr(prompts, "show_info", lambda *_a: None)
    dialog = _open_dialog(tab, path, monkeypatch)
    ok_enabled = dialog._ui.buttonBox.buttons()[0].isEnabled() or dialog._ui.buttonBox.buttons()[1].isEnabled()
    assert ok_enabled
    dialog.submit()  # nothing new and update not chosen: the dialog says so
    assert dialog.isVisible() and "Загружать нечего" in dialog.problem_text()
    dialog._ui.updateCheck.setChecked(True)
    assert "дополнятся" in dialog.summary_text()
    dialog.submit()
    qtbot.waitUntil(lambda: tab.import_task is None, timeout=20000)
    orlova = services.people.get(school.staff[0].id)
    assert orlova.phone == "+7 900 111-22-33"


def test_unreadable_file_is_a_message(tab: PeopleTab, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "старый.xls"
    path.write_bytes(b"\xd0\xcf\x11\xe0" * 100)
    errors: list[str] = []
    monkeypatch.setattr(prompts, "open_file", lambda *_a: path)
    monkeypatch.setattr(prompts, "show_error", lambda _p, message, *a: errors.append(message))
    tab.import_people()
    assert errors and "повреждён" in errors[0] and tab.import_dialog is None


# ---- erasure ----------------------------------------------------------------------------------


def _select(tab: PeopleTab, person_id: int) -> None:
    assert tab.select_person(person_id)


def test_erase_person_after_two_confirmations(tab: PeopleTab, services: Services, school: School, db_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    person = school.pupils[1]
    _select(tab, person.id)
    assert tab.erase_button.isEnabled()
    questions: list[str] = []
    monkeypatch.setattr(prompts, "ask_yes_no", lambda _p, q, *a: questions.append(q) or True)
    monkeypatch.setattr(prompts, "ask_text", lambda *_a, **_k: "васина")
    shown: list[str] = []
    monkeypatch.setattr(prompts, "show_info", lambda _p, message, *a: shown.append(message))
    tab.erase_person()
    assert "Васина Ксения Петровна" in questions[0]
    assert "Васина" not in _last_names(services)
    assert shown and "Персональные данные удалены" in shown[0]
    assert "Васина" not in [tab.model.record(r).last_name for r in range(tab.model.rowCount())]
    services.database.close()
    assert "Васина".encode() not in db_path.read_bytes()


def test_erasure_offers_to_reach_the_backups(tab: PeopleTab, services: Services, school: School, db_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    backup = BackupManager(db_path).forced_backup("manual")
    person = school.pupils[1]
    _select(tab, person.id)
    questions: list[str] = []
    monkeypatch.setattr(prompts, "ask_yes_no", lambda _p, q, *a: questions.append(q) or True)
    monkeypatch.setattr(prompts, "ask_text", lambda *_a, **_k: "васина")
    shown: list[str] = []
    monkeypatch.setattr(prompts, "show_info", lambda _p, message, *a: shown.append(message))
    tab.erase_person()
    assert "резервных копий 1" in questions[-1]
    assert "удалены данные участника: 1" in shown[-1]
    import zipfile

    with zipfile.ZipFile(backup.path) as zf:
        assert "Васина".encode() not in zf.read("database.sqlite3")


def test_erase_refused_when_the_surname_does_not_match(tab: PeopleTab, services: Services, school: School,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    _select(tab, school.pupils[2].id)
    monkeypatch.setattr(prompts, "ask_yes_no", lambda *_a: True)
    monkeypatch.setattr(prompts, "ask_text", lambda *_a, **_k: "Иванов")
    errors: list[str] = []
    monkeypatch.setattr(prompts, "show_error", lambda _p, message, *a: errors.append(message))
    tab.erase_person()
    assert errors and "неверно" in errors[0]
    assert "Гусев" in _last_names(services)
    monkeypatch.setattr(prompts, "ask_yes_no", lambda *_a: False)  # the first step declined: nothing asked
    monkeypatch.setattr(prompts, "ask_text", lambda *_a, **_k: pytest.fail("asked for the surname"))
    tab.erase_person()
    assert "Гусев" in _last_names(services)


def test_category_chosen_when_the_columns_do_not_say(tab: PeopleTab, services: Services, tmp_path: Path,
                                                     qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    path = _xlsx(tmp_path / "студенты.xlsx", [["ФИО", "Телефон"], ["Шилов Тимур Русланович", "+7 901 000-00-01"]])
    monkeypatch.setattr(prompts, "show_info", lambda *_a: None)
    dialog = _open_dialog(tab, path, monkeypatch)
    assert dialog.preview is None and "Укажите категорию" in dialog.problem_text()
    ok = next(b for b in dialog._ui.buttonBox.buttons() if b.text() == "Загрузить")
    assert not ok.isEnabled()
    combo = dialog._ui.kindCombo
    combo.setCurrentIndex(combo.findData(PersonKind.STUDENT.value))
    assert ok.isEnabled() and dialog.problem_text() == ""
    dialog.submit()
    qtbot.waitUntil(lambda: tab.import_task is None, timeout=20000)
    student = next(p for p in services.people.list_people() if p.last_name == "Шилов")
    assert student.kind is PersonKind.STUDENT and student.phone == "+7 901 000-00-01"


def test_person_dialog_offers_the_2023_categories(qtbot: QtBot, services: Services) -> None:
    from mentor_desk.domain.enums import QualificationCategory
    from mentor_desk.ui.people.person_dialog import PersonDialog

    dialog = PersonDialog(kind=PersonKind.STAFF)
    qtbot.addWidget(dialog)
    ui = dialog._ui
    combo = ui.categoryCombo
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "без категории", "соответствие занимаемой должности", "первая", "высшая", "педагог-методист",
        "педагог-наставник",
    ]
    ui.lastNameEdit.setText("Petrova")
    ui.firstNameEdit.setText("Anna")
    combo.setCurrentIndex(combo.findText("педагог-наставник"))
    draft = dialog.value()
    assert draft.staff is not None and draft.staff.category is QualificationCategory.MENTOR
    saved = services.people.create(draft)
    assert services.people.get(saved.id).staff.category is QualificationCategory.MENTOR  # type: ignore[union-attr]
