"""The «Участники» tab: add, edit, archive, search, filters, consents — asserted on the database."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from mentor_desk.domain.enums import ConsentType, PersonKind
from mentor_desk.services.container import Services
from mentor_desk.ui.common import prompts
from mentor_desk.ui.people.people_model import RoleFilter
from mentor_desk.ui.people.people_tab import PeopleTab
from mentor_desk.ui.people.person_dialog import PersonDialog
from tests.ui.conftest import School
from tests.ui.helpers import type_text


@pytest.fixture
def tab(qtbot: QtBot, services: Services, school: School) -> PeopleTab:
    widget = PeopleTab(services)
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    return widget


def names(tab: PeopleTab) -> list[str]:
    return [tab.proxy.record_at(r).full_name for r in range(tab.proxy.rowCount())]


def test_add_person_through_dialog(tab: PeopleTab, services: Services, qtbot: QtBot) -> None:
    tab.kind_combo.setCurrentIndex(tab.kind_combo.findData(PersonKind.PUPIL.value))
    tab.add_person()
    dialog = tab.dialog
    assert isinstance(dialog, PersonDialog)
    ui = dialog._ui
    assert ui.pupilGroup.isVisibleTo(dialog) and not ui.staffGroup.isVisibleTo(dialog)
    type_text(ui.lastNameEdit, "Ёлкина")
    type_text(ui.firstNameEdit, "Вера")
    ui.middleNameEdit.setText("Павловна")
    ui.birthDateEdit.setText("12.04.2012")
    type_text(ui.classEdit, "6 а")
    ui.emailEdit.setText("parent@example.ru")
    dialog.submit()
    assert not dialog.isVisible()
    saved = [p for p in services.people.list_people() if p.last_name == "Ёлкина"]
    assert len(saved) == 1
    assert saved[0].pupil is not None and saved[0].pupil.class_name == "6А"
    assert saved[0].birth_date == date(2012, 4, 12)
    assert tab.selected() is not None and tab.selected().id == saved[0].id  # type: ignore[union-attr]


def test_inline_validation_blocks_bad_input(tab: PeopleTab, services: Services) -> None:
    before = len(services.people.list_people())
    tab.kind_combo.setCurrentIndex(tab.kind_combo.findData(PersonKind.PUPIL.value))
    tab.add_person()
    dialog = tab.dialog
    assert dialog is not None
    ui = dialog._ui  # type: ignore[attr-defined]
    ui.lastNameEdit.setText("Тестова")
    ui.birthDateEdit.setText(f"01.01.{date.today().year + 1}")
    assert "будущем" in dialog.problem_text()  # shown while typing
    ui.emailEdit.setText("не-почта")
    assert "электронной почты" in dialog.problem_text()
    ui.classEdit.setText("15Ж")
    dialog.submit()
    text = dialog.problem_text()
    assert "Заполните поле «Имя»" in text and "Класс «15Ж»" in text
    assert dialog.isVisible()
    assert len(services.people.list_people()) == before


def test_staff_experience_cannot_be_negative(qtbot: QtBot) -> None:
    dialog = PersonDialog(kind=PersonKind.STAFF)
    qtbot.addWidget(dialog)
    ui = dialog._ui
    ui.lastNameEdit.setText("Петров")
    ui.firstNameEdit.setText("Пётр")
    ui.experienceSpin.setValue(-1)
    draft = dialog.value()
    assert draft.staff is not None and draft.staff.experience_years is None  # -1 means «не указан»
    ui.experienceSpin.setValue(12.5)
    assert dialog.value().staff.experience_years == 12.5  # type: ignore[union-attr]
    assert ui.experienceSpin.minimum() >= -1


def test_edit_person_keeps_profile(tab: PeopleTab, services: Services, school: School) -> None:
    target = school.staff[0]
    assert tab.select_person(target.id)
    tab.edit_person()
    dialog = tab.dialog
    assert isinstance(dialog, PersonDialog)
    assert dialog._ui.lastNameEdit.text() == "Орлова"
    assert dialog._ui.mentorGroup.isChecked()
    dialog._ui.subjectsEdit.setText("математика, информатика")
    dialog.submit()
    saved = services.people.get(target.id)
    assert saved.staff is not None and saved.staff.subjects == "математика, информатика"
    assert saved.mentor is not None and saved.mentor.resource == 3


def test_archive_and_restore(tab: PeopleTab, services: Services, school: School,
                             monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(prompts, "ask_yes_no", lambda *a, **k: True)
    target = school.pupils[3]
    assert tab.select_person(target.id)
    tab.toggle_archive()
    assert services.people.get(target.id).archived
    assert "Дронова Алиса Максимовна" not in names(tab)
    tab.archived_check.setChecked(True)
    assert names(tab) == ["Дронова Алиса Максимовна"]
    assert tab.select_person(target.id)
    tab.toggle_archive()
    assert not services.people.get(target.id).archived


def test_archiving_a_person_in_an_active_pair_is_refused(tab: PeopleTab, services: Services, school: School,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    from mentor_desk.domain.records import PairDraft

    form = next(f for f in services.reference.forms() if f.name == "учитель – ученик")
    programme = services.reference.programmes()[2]
    services.pairs.create(PairDraft(form.id, school.staff[0].id, (school.pupils[1].id,), programme.id,
                                    date.today(), None), accept_warnings=True)
    tab.reload()
    errors: list[str] = []
    monkeypatch.setattr(prompts, "ask_yes_no", lambda *a, **k: True)
    monkeypatch.setattr(prompts, "show_error", lambda _p, message, *a: errors.append(message))
    assert tab.select_person(school.pupils[1].id)
    tab.toggle_archive()
    assert errors and "действующей паре" in errors[0]
    assert not services.people.get(school.pupils[1].id).archived


def test_search_as_you_type_and_yo(tab: PeopleTab) -> None:
    type_text(tab.search_edit, "еж")  # «Ёжикова» is found by «е»
    assert names(tab) == ["Ёжикова Мария Игоревна"]
    tab.search_edit.clear()
    type_text(tab.search_edit, "7б")
    assert sorted(names(tab)) == ["Васина Ксения Петровна", "Гусев Лев Ильич"]
    tab.search_edit.setText("физика")
    assert names(tab) == ["Егоров Павел Андреевич"]


def test_russian_sort_puts_yo_with_ye(tab: PeopleTab) -> None:
    tab.kind_combo.setCurrentIndex(tab.kind_combo.findData(PersonKind.STAFF.value))
    tab.view.sortByColumn(0, tab.view.horizontalHeader().sortIndicatorOrder().AscendingOrder)
    assert names(tab) == ["Егоров Павел Андреевич", "Ёжикова Мария Игоревна", "Орлова Анна Сергеевна"]


def test_kind_filter_changes_columns(tab: PeopleTab) -> None:
    tab.kind_combo.setCurrentIndex(tab.kind_combo.findData(PersonKind.PUPIL.value))
    headers = [tab.model.headerData(i, tab.model.columns[0].__class__ and 1) for i in range(tab.model.columnCount())]
    titles = [c.title for c in tab.model.columns]
    assert "Класс" in titles and "Должность" not in titles
    assert headers
    assert tab.proxy.rowCount() == 4
    tab.kind_combo.setCurrentIndex(tab.kind_combo.findData(PersonKind.STAFF.value))
    assert "Стаж, лет" in [c.title for c in tab.model.columns]
    assert tab.proxy.rowCount() == 3


def test_role_filter(tab: PeopleTab, services: Services, school: School) -> None:
    from mentor_desk.domain.records import PairDraft

    form = next(f for f in services.reference.forms() if f.name == "учитель – учитель")
    services.pairs.create(PairDraft(form.id, school.staff[0].id, (school.staff[1].id,),
                                    services.reference.programmes()[0].id, date.today(), None), accept_warnings=True)
    tab.reload()
    tab.role_combo.setCurrentIndex(tab.role_combo.findData(RoleFilter.MENTOR.value))
    assert names(tab) == ["Орлова Анна Сергеевна"]
    tab.role_combo.setCurrentIndex(tab.role_combo.findData(RoleFilter.MENTEE.value))
    assert names(tab) == ["Ёжикова Мария Игоревна"]
    tab.role_combo.setCurrentIndex(tab.role_combo.findData(RoleFilter.UNPAIRED.value))
    assert len(names(tab)) == 7


def test_consents_dialog_adds_and_withdraws(tab: PeopleTab, services: Services, school: School,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    pupil = school.pupils[0]
    assert tab.select_person(pupil.id)
    tab.open_consents()
    dialog = tab.consents_dialog
    assert dialog is not None
    ui = dialog._ui
    ui.typeCombo.setCurrentIndex(ui.typeCombo.findData(ConsentType.PROCESSING.value))
    type_text(ui.signerNameEdit, "Белова Ирина Олеговна")
    dialog.add_consent()
    consents = services.people.list_consents(pupil.id)
    assert len(consents) == 1 and consents[0].signer_name == "Белова Ирина Олеговна"
    assert consents[0].signer.value == "parent"  # a pupil's consent is signed by a parent
    monkeypatch.setattr(prompts, "ask_yes_no", lambda *a, **k: True)
    ui.consentsView.selectRow(0)
    dialog.withdraw_selected()
    assert services.people.list_consents(pupil.id)[0].withdrawn_on == date.today()
    dialog.reject()


def test_show_ids_from_overview(tab: PeopleTab, school: School) -> None:
    tab.show_ids([school.pupils[0].id, school.staff[2].id], "Без согласия")
    assert sorted(names(tab)) == ["Белов Артём Олегович", "Егоров Павел Андреевич"]
    assert tab.id_bar.isVisible()
    tab.id_bar._button.click()
    assert len(names(tab)) == 9


def test_tab_shows_compact_rows_and_reads_a_full_record_only_for_the_person_opened(
    tab: PeopleTab, school: School, monkeypatch: pytest.MonkeyPatch
) -> None:
    from mentor_desk.domain.records import PersonRow
    from mentor_desk.services.queries import people as people_queries

    built: list[int] = []
    real = people_queries._records

    def counting(rows: Any, *args: Any) -> Any:
        out = real(rows, *args)
        built.append(len(out))
        return out

    monkeypatch.setattr(people_queries, "_records", counting)
    tab.reload()
    assert built == [] and tab.model.rowCount() == 9
    assert all(isinstance(r, PersonRow) for r in tab.model.records())
    assert tab.select_person(school.staff[0].id)
    tab.edit_person()
    assert built == [1]  # the dialog got the one record it edits, with contacts and profiles
    assert isinstance(tab.dialog, PersonDialog) and tab.dialog._ui.mentorGroup.isChecked()
    tab.dialog.reject()


def test_search_narrows_widens_and_takes_several_words(tab: PeopleTab) -> None:
    type_text(tab.search_edit, "е")
    wide = set(names(tab))
    type_text(tab.search_edit, "г")  # «ег»: only the rows already shown are checked
    assert set(names(tab)) == {"Егоров Павел Андреевич", "Белов Артём Олегович"}  # «Олегович»
    tab.search_edit.setText("е")  # back to one letter: the earlier rows come back
    assert set(names(tab)) == wide and "Ёжикова Мария Игоревна" in wide
    tab.search_edit.setText("7б  ксения")  # words in any order, each anywhere in the row
    assert names(tab) == ["Васина Ксения Петровна"]
    tab.search_edit.setText("колледж")  # a student's organisation is searched too
    assert names(tab) == ["Жуков Илья Романович"]
    assert tab.count_label.text() == "Показано: 1 из 9"
    tab.search_edit.setText("")
    assert len(names(tab)) == 9


def test_name_sort_follows_russian_collation_both_ways(tab: PeopleTab) -> None:
    from mentor_desk.domain.names import collation_key

    order = Qt.SortOrder
    tab.view.sortByColumn(0, order.AscendingOrder)
    ascending = names(tab)
    assert ascending == sorted(ascending, key=collation_key)
    assert ascending.index("Егоров Павел Андреевич") < ascending.index("Ёжикова Мария Игоревна") \
        < ascending.index("Жуков Илья Романович")  # «Ё» sorts as «Е», not after «Я»
    tab.view.sortByColumn(0, order.DescendingOrder)
    assert names(tab) == ascending[::-1]


def test_filters_combine_with_search_and_survive_a_reload(tab: PeopleTab, services: Services,
                                                          school: School) -> None:
    tab.kind_combo.setCurrentIndex(tab.kind_combo.findData(PersonKind.PUPIL.value))
    tab.search_edit.setText("7")
    assert sorted(names(tab)) == ["Васина Ксения Петровна", "Гусев Лев Ильич", "Дронова Алиса Максимовна"]
    services.people.set_archived(school.pupils[3].id)
    tab.reload()  # the same filters apply to the rows read again
    assert sorted(names(tab)) == ["Васина Ксения Петровна", "Гусев Лев Ильич"]
    tab.archived_check.setChecked(True)
    assert names(tab) == ["Дронова Алиса Максимовна"]
    tab.kind_combo.setCurrentIndex(tab.kind_combo.findData(PersonKind.STAFF.value))
    assert names(tab) == []
    assert [c.title for c in tab.model.columns][:2] == ["ФИО", "Должность"]
