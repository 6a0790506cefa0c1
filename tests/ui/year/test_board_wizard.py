"""The board and the new-year wizard through real widgets, and their place in the main window."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot

from mentor_desk.domain.enums import PairStatus
from mentor_desk.errors import UserError
from mentor_desk.services.board import OVERDUE, WEEK
from mentor_desk.services.container import Services
from mentor_desk.ui.board.board_tab import BoardTab
from mentor_desk.ui.main_window import MainWindow
from mentor_desk.ui.year.year_actions import PastYearDialog, RolloverWizard
from tests.services.indicator_school import YEAR, HandSchool, build_hand_school

ON = date(2026, 5, 27)


@pytest.fixture
def school(services: Services) -> HandSchool:
    return build_hand_school(services)


def test_board_groups_and_opens_a_line(services: Services, school: HandSchool, qtbot: QtBot) -> None:
    tab = BoardTab(services, today=ON)
    qtbot.addWidget(tab)
    tab.show()
    qtbot.waitExposed(tab)
    overdue, week = tab.group(OVERDUE), tab.group(WEEK)
    assert overdue.text(0).startswith("Просрочено (") and overdue.childCount() == sum(
        1 for i in tab.items if i.bucket == OVERDUE) > 5
    ends = [week.child(i) for i in range(week.childCount()) if week.child(i).text(1).startswith("Завершение пары")]
    assert {line.text(0) for line in ends} == {"31.05.2026"}
    opened: list[tuple[str, int]] = []
    tab.open_record.connect(lambda target, rid: opened.append((target, rid)))
    tab.tree.setFocus()
    tab.tree.setCurrentItem(ends[0])
    QTest.keyClick(tab.tree, Qt.Key.Key_Return)
    assert opened and opened[0][0] == "pairs" and opened[0][1] in (school.pairs["P1"], school.pairs["P2"])
    # the school's setting for stalled pairs, typed in the spin box
    tab.stall_spin.setFocus()
    tab.stall_spin.selectAll()
    QTest.keyClicks(tab.stall_spin, "200")
    QTest.keyClick(tab.stall_spin, Qt.Key.Key_Return)
    assert services.board.stalled_after_days() == 200
    assert not any(i.kind == "stalled" and i.target_id == school.pairs["P4"] for i in tab.items)


def test_wizard_rolls_the_year_over(services: Services, school: HandSchool, qtbot: QtBot) -> None:
    services.organisation.set_current_year(YEAR)
    wizard = RolloverWizard(services, on=date(2026, 6, 20))
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    wizard.next()
    assert wizard.table.rowCount() == 2
    row = next(i for i, p in enumerate(wizard.plan.to_close) if p.pair_id == school.pairs["P1"])
    wizard.outcome_boxes[row].setCurrentIndex(wizard.outcome_boxes[row].findData("partly"))
    wizard.result_edits[row].setFocus()
    QTest.keyClicks(wizard.result_edits[row], "lesson plans done")
    wizard.next()
    assert "Опытнова" in wizard.carry_label.text() or "Васильев" in wizard.carry_label.text()
    made: list[str] = []
    services.years.forced_backup = lambda: made.append("backup") or "копия"  # type: ignore[method-assign]
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert made == ["backup"] and wizard.rollover_result is not None
    p1 = services.pairs.get(school.pairs["P1"])
    assert p1.status is PairStatus.COMPLETED and p1.result == "lesson plans done"
    assert services.organisation.get().current_year == "2026/2027"
    with pytest.raises(UserError, match="уже переведён"):
        RolloverWizard(services, on=date(2026, 6, 21))


def test_past_year_is_shown_read_only(services: Services, school: HandSchool, qtbot: QtBot) -> None:
    services.organisation.set_current_year(YEAR)
    services.years.roll_over(date(2026, 6, 20), backup=lambda: "")
    dialog = PastYearDialog(services)
    qtbot.addWidget(dialog)
    dialog.year_combo.setCurrentIndex(dialog.year_combo.findData(YEAR))
    assert "только просмотр" in dialog.note.text() and "31.08.2026" in dialog.note.text()
    titles = [dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())]
    assert dialog.table.item(titles.index("Пары и группы"), 1).text() == "4"


def test_main_window_has_the_year_tabs(services: Services, school: HandSchool, qtbot: QtBot, db_path: Path) -> None:
    win = MainWindow(services, db_path)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    titles = [win.tabs.tabText(i) for i in range(win.tabs.count())]
    assert titles[-2:] == ["Сроки", "Мониторинг"]
    qtbot.waitUntil(lambda: len(win.charts_panel.charts) >= 2)  # type: ignore[attr-defined]  # no ИОМ: no pie
    from mentor_desk.ui.year.area import open_record

    open_record(win, "pairs", school.pairs["P4"])
    assert win.tabs.currentWidget() is win.pairs_tab and win.pairs_tab.proxy.rowCount() == 1
    open_record(win, "monitoring-final", school.pairs["P1"])
    assert win.tabs.currentWidget() is win.monitoring_tab  # type: ignore[attr-defined]
    assert [r.pair_id for r in win.monitoring_tab.respondents] == [school.pairs["P1"]]  # type: ignore[attr-defined]
    win.close()


def test_staff_dialogs(services: Services, school: HandSchool, qtbot: QtBot) -> None:
    from PySide6.QtCore import QDate

    from mentor_desk.ui.year.staff_dialogs import AbsenceDialog, ReplaceMentorDialog

    absence = AbsenceDialog(services, today=date(2026, 5, 20))
    qtbot.addWidget(absence)
    absence.person_combo.setCurrentIndex(absence.person_combo.findData(school.people["M1"]))
    absence.reason_combo.setCurrentIndex(absence.reason_combo.findData("illness"))
    absence.save()
    assert absence.result() == absence.DialogCode.Accepted and "Приостановлено пар: 2" in absence.outcome
    assert services.pairs.get(school.pairs["P1"]).status is PairStatus.SUSPENDED
    replace = ReplaceMentorDialog(services, pair_id=school.pairs["P1"], today=date(2026, 5, 21))
    qtbot.addWidget(replace)
    replace.mentor_combo.setCurrentIndex(replace.mentor_combo.findData(school.people["Y1"]))
    replace.save()  # the mentee cannot mentor their own pair: the dialog stays open with the reason
    assert "наставляемый в этой паре" in replace.message.text() and replace.result() != replace.DialogCode.Accepted
    replace.mentor_combo.setCurrentIndex(replace.mentor_combo.findData(school.people["T4"]))
    replace.on_edit.setDate(QDate(2026, 5, 21))
    replace.save()
    assert replace.result() == replace.DialogCode.Accepted
    pair = services.pairs.get(school.pairs["P1"])
    assert pair.mentor.id == school.people["T4"] and pair.status is PairStatus.ACTIVE
