"""No person's name in a window title: titles show in the taskbar and in window lists."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from mentor_desk.services.container import Services
from mentor_desk.ui.people.consents_dialog import ConsentsDialog
from mentor_desk.ui.people.person_dialog import PersonDialog
from tests.ui.conftest import School


def test_dialog_titles_name_nobody(qtbot: QtBot, services: Services, school: School) -> None:
    pupil = school.pupils[0]
    dialogs = [PersonDialog(record=pupil), ConsentsDialog(services, pupil)]
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        title = dialog.windowTitle()
        assert title
        assert pupil.last_name not in title and pupil.first_name not in title, title
