"""The answer grid driven from the keyboard: digits and Tab, a bad answer refused, the database read back."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from mentor_desk.domain.enums import QuestionKind, QuestionnaireStage
from mentor_desk.services.container import Services
from mentor_desk.ui.monitoring.monitoring_tab import MonitoringTab
from tests.services.indicator_school import HandSchool, build_hand_school


@pytest.fixture
def school(services: Services) -> HandSchool:
    return build_hand_school(services)


@pytest.fixture
def tab(services: Services, school: HandSchool, qtbot: QtBot) -> MonitoringTab:
    widget = MonitoringTab(services)
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def keys(text: str) -> None:
    """Send keys to whatever has focus: the grid, or the cell editor a key just opened."""
    for ch in text:
        target = QApplication.focusWidget()
        assert target is not None
        if ch == "\t":
            QTest.keyClick(target, Qt.Key.Key_Tab)
        elif ch == "\n":
            QTest.keyClick(target, Qt.Key.Key_Return)
        else:
            QTest.keyClick(target, ch)
        QApplication.processEvents()  # the delegate commits an edited cell through a queued call


def test_typing_a_form_of_answers(tab: MonitoringTab, services: Services, school: HandSchool) -> None:
    forms = {f.name: f.id for f in services.reference.forms()}
    tab.select("Анкета наставляемого", QuestionnaireStage.ENTRY, "form", forms["учитель – учитель"])
    assert {r.person_id for r in tab.respondents} == {school.people["Y1"], school.people["Y2"]}
    row = next(i for i, r in enumerate(tab.respondents) if r.person_id == school.people["Y2"])
    scale = [i for i, q in enumerate(tab.questions, 1) if q.kind is QuestionKind.SCALE]
    tab.date_edit.setDate(QDate(2026, 3, 2))
    tab.grid.setFocus()
    tab.grid.setCurrentCell(row, 1)
    keys("7\t8\t9\t")  # three scale answers, Tab moves to the next question
    assert [tab.grid.item(row, c).text() for c in scale[:3]] == ["7", "8", "9"]
    # a score out of range: refused with a Russian message, nothing stored
    tab.grid.setCurrentCell(row, scale[3])
    keys("12\t")
    assert not tab.save()
    assert "от 1 до 10" in tab.message.text()
    q = next(x for x in services.monitoring.questionnaires() if x.name == "Анкета наставляемого")
    assert (school.people["Y2"], school.pairs["P2"]) not in services.monitoring.answers_of(q.id, QuestionnaireStage.ENTRY)
    tab.grid.setFocus()
    tab.grid.setCurrentCell(row, scale[3])
    keys("6\n")
    assert tab.grid.item(row, scale[3]).text() == "6"  # typing over a cell replaces what was there
    assert tab.save(), tab.message.text()
    stored = services.monitoring.answers_of(q.id, QuestionnaireStage.ENTRY)[(school.people["Y2"], school.pairs["P2"])]
    assert [stored[tab.questions[c - 1].id] for c in scale[:4]] == ["7", "8", "9", "6"]
    with services.database.session_factory() as s:
        from sqlalchemy import select

        from mentor_desk.db import models as m

        filled = s.scalars(select(m.QuestionnaireResponse.filled_on)
                           .where(m.QuestionnaireResponse.person_id == school.people["Y2"])).all()
    assert filled == [date(2026, 3, 2)]
    # the results pane shows the entry means: Y1 answered 3 in September, Y2 now 7
    assert tab.results.rowCount() == len(q.questions) and tab.results.item(0, 2).text() == "5.0"
