"""A save refused because someone else changed the record keeps the dialog open with what was typed."""

from __future__ import annotations

from dataclasses import replace

from pytestqt.qtbot import QtBot

from mentor_desk.db.database import Database
from mentor_desk.db.engine import make_engine
from mentor_desk.services.container import Services
from mentor_desk.ui.people.people_tab import PeopleTab
from mentor_desk.ui.people.person_dialog import PersonDialog
from tests.ui.conftest import School


def test_person_dialog_keeps_input_when_record_changed_elsewhere(
    qtbot: QtBot, services: Services, school: School, database: Database
) -> None:
    tab = PeopleTab(services)
    qtbot.addWidget(tab)
    tab.show()
    target = school.staff[0]
    assert tab.select_person(target.id)
    tab.edit_person()
    dialog = tab.dialog
    assert isinstance(dialog, PersonDialog)
    dialog._ui.subjectsEdit.setText("astronomy")

    second = Database(engine=make_engine(database.url), url=database.url, path=database.path,
                      files_dir=database.files_dir)
    try:
        other = Services.for_database(second, services.organisation_id)
        fresh = other.people.get(target.id)
        other.people.update(target.id, replace(fresh.to_draft(), phone="+7 900 111-22-33"),
                            expected_version=fresh.version)
    finally:
        second.engine.dispose()

    dialog.submit()
    assert dialog.isVisible()  # not closed: the typed text is still there to re-apply
    assert dialog._ui.subjectsEdit.text() == "astronomy"
    assert "Запись изменена другим пользователем" in dialog.problem_text()
    saved = services.people.get(target.id)
    assert saved.phone == "+7 900 111-22-33" and saved.staff is not None and saved.staff.subjects != "astronomy"
