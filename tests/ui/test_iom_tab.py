"""The «ИОМ» tab: new ИОМ from the template, copy, empty; edit, reorder, mark done, attach a file."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from mentor_desk.domain.enums import ActivityStatus
from mentor_desk.domain.records import ActivityDraft, IomDraft, PairDraft
from mentor_desk.services.container import Services
from mentor_desk.ui.common import prompts
from mentor_desk.ui.common.table_model import OVERDUE_COLOR
from mentor_desk.ui.iom.iom_dialogs import ActivityDialog, IomPassportDialog, MarkDoneDialog, NewIomDialog
from mentor_desk.ui.iom.iom_tab import IomTab
from tests.ui.conftest import School
from tests.ui.helpers import type_text


@pytest.fixture
def young_pair(services: Services, school: School) -> int:
    form = next(f for f in services.reference.forms() if f.name == "учитель – учитель")
    programme = next(p for p in services.reference.programmes() if p.for_teachers)
    pair = services.pairs.create(PairDraft(form.id, school.staff[0].id, (school.staff[1].id,), programme.id,
                                           date.today(), None), accept_warnings=True)
    return pair.id


@pytest.fixture
def tab(qtbot: QtBot, services: Services, school: School, young_pair: int) -> IomTab:
    widget = IomTab(services)
    qtbot.addWidget(widget)
    widget.resize(1300, 800)
    widget.show()
    return widget


def create_from_template(tab: IomTab, mentee_id: int) -> int:
    tab.new_iom()
    dialog = tab.dialog
    assert isinstance(dialog, NewIomDialog)
    assert dialog.choose_mentee(mentee_id)
    dialog.use_template("iom_young_teacher")
    type_text(dialog._ui.topicEdit, "Формирующее оценивание")
    dialog.submit()
    assert not dialog.isVisible(), dialog.problem_text()
    assert tab.current is not None
    return tab.current.id


def test_new_iom_from_template(tab: IomTab, services: Services, school: School, young_pair: int) -> None:
    iom_id = create_from_template(tab, school.staff[1].id)
    iom = services.roadmaps.get(iom_id)
    assert iom.mentee.id == school.staff[1].id
    assert iom.mentor is not None and iom.mentor.id == school.staff[0].id  # taken from the open pair
    assert iom.pair is not None and iom.pair.id == young_pair
    assert iom.topic == "Формирующее оценивание"
    assert len(iom.activities) >= 20 and iom.goal
    assert tab.roadmap.group_count() >= 5  # grouped by direction
    assert tab.progress.maximum() == len(iom.activities) and tab.progress.value() == 0
    assert "Ёжикова Мария Игоревна" in tab.passport_label.text()
    legend = tab.panel.legend_label.text()  # the codes of those responsible are explained
    assert legend.startswith("Ответственные: К — куратор наставничества; Н — наставник; МП — молодой педагог")
    assert "ШМО — школьное методическое объединение" in legend
    # planned from the pair's start (today): nothing is overdue on the first day (in a summer month
    # the plan of the year just ended lies in May: nothing is left to plan for it)
    if date.today().month not in (6, 7, 8):
        assert all(a.due_date is None or a.due_date >= date.today() for a in iom.activities)
        assert tab.overdue_label.text() == ""


def test_edit_activity_mark_done_and_attach(tab: IomTab, services: Services, school: School, tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    iom_id = create_from_template(tab, school.staff[1].id)
    first = services.roadmaps.get(iom_id).activities[0]
    assert tab.select_activity(first.id)
    tab.edit_activity()
    dialog = tab.dialog
    assert isinstance(dialog, ActivityDialog)
    dialog._ui.responsibleEdit.setText("Наставник, куратор")
    dialog._ui.productEdit.setText("Карта дефицитов с выводами")
    dialog.submit()
    edited = services.roadmaps.get(iom_id).activities[0]
    assert edited.responsible == "Наставник, куратор" and edited.product_description == "Карта дефицитов с выводами"

    assert tab.select_activity(first.id)
    tab.mark_done()
    done_dialog = tab.dialog
    assert isinstance(done_dialog, MarkDoneDialog)
    done_dialog._ui.doneOnEdit.setDate(done_dialog._ui.doneOnEdit.date().addDays(-2))
    type_text(done_dialog._ui.markEdit, "обсуждено на ШМО")
    done_dialog.submit()
    done = services.roadmaps.get(iom_id).activities[0]
    assert done.status is ActivityStatus.DONE
    assert done.done_on == date.today() - timedelta(days=2) and done.mark == "обсуждено на ШМО"
    assert tab.progress.value() == 1

    product = tmp_path / "карта дефицитов.docx"
    product.write_bytes(b"fictional product file")
    monkeypatch.setattr(prompts, "open_file", lambda *_a, **_k: product)
    assert tab.select_activity(first.id)
    tab.attach_file()
    attachments = services.roadmaps.get(iom_id).activities[0].attachments
    assert [a.original_name for a in attachments] == ["карта дефицитов.docx"]
    stored = services.roadmaps.attachment_path(attachments[0].id)
    assert stored.read_bytes() == b"fictional product file"
    opened: list[Path] = []
    monkeypatch.setattr(prompts, "open_path", lambda path: opened.append(path) or True)
    assert tab.select_activity(first.id)
    tab.open_file()
    assert opened and opened[0].name == "карта дефицитов.docx"
    assert opened[0].read_bytes() == b"fictional product file"


def test_add_activity_and_reorder_within_direction(tab: IomTab, services: Services, school: School,
                                                   qtbot: QtBot) -> None:
    from PySide6.QtCore import Qt

    tab.new_iom()
    dialog = tab.dialog
    assert isinstance(dialog, NewIomDialog)
    dialog.choose_mentee(school.staff[1].id)
    dialog.use_empty()
    dialog.submit()
    assert tab.current is not None and tab.current.activities == ()
    iom_id = tab.current.id
    for title in ("Первое", "Второе"):
        tab.add_activity()
        act_dialog = tab.dialog
        assert isinstance(act_dialog, ActivityDialog)
        act_dialog._ui.directionCombo.setCurrentIndex(1)
        act_dialog.set_title(f"{title} мероприятие")
        act_dialog.submit()
    titles = [a.title for a in services.roadmaps.get(iom_id).activities]
    assert titles == ["Первое мероприятие", "Второе мероприятие"]
    second = services.roadmaps.get(iom_id).activities[1]
    assert tab.select_activity(second.id)
    tab.move_activity(-1)
    assert [a.title for a in services.roadmaps.get(iom_id).activities] == ["Второе мероприятие", "Первое мероприятие"]
    assert tab.selected_activity() == second.id
    tab.tree.setFocus()
    qtbot.keyClick(tab.tree, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)  # and back, by keyboard
    assert [a.title for a in services.roadmaps.get(iom_id).activities] == ["Первое мероприятие", "Второе мероприятие"]


def test_copy_from_another_iom(tab: IomTab, services: Services, school: School) -> None:
    source_id = create_from_template(tab, school.staff[1].id)
    planned = len(services.roadmaps.get(source_id).activities)
    tab.new_iom()
    dialog = tab.dialog
    assert isinstance(dialog, NewIomDialog)
    dialog._ui.menteeCombo.setCurrentIndex(0)
    assert dialog.choose_mentee(school.staff[2].id) is False  # not in a pair, not in the mentee base
    dialog.choose_mentee(school.staff[1].id)
    next_year = services.organisation.current_year().start + 1
    dialog._ui.schoolYearCombo.setCurrentText(f"{next_year}/{next_year + 1}")
    dialog.use_copy(source_id)
    dialog.submit()
    assert tab.current is not None and tab.current.id != source_id
    copy = services.roadmaps.get(tab.current.id)
    assert len(copy.activities) == planned and copy.school_year == f"{next_year}/{next_year + 1}"


def test_passport_edit_and_overdue_in_red(tab: IomTab, services: Services, school: School) -> None:
    iom = services.roadmaps.create(IomDraft(mentee_id=school.staff[1].id,
                                            school_year=services.organisation.current_year().title))
    services.roadmaps.add_activity(iom.id, ActivityDraft("Открытый урок", due_date=date.today() - timedelta(days=3)))
    tab.reload(select_id=iom.id)
    assert tab.overdue_label.text() == "просрочено: 1"
    from PySide6.QtCore import Qt

    first = tab.roadmap.index(0, 1, tab.roadmap.index(0, 0))
    assert tab.roadmap.data(first, Qt.ItemDataRole.ForegroundRole).color() == OVERDUE_COLOR
    assert tab.roadmap.data(first) == "Открытый урок"
    tab.edit_passport()
    dialog = tab.dialog
    assert isinstance(dialog, IomPassportDialog)
    dialog._ui.deficitsEdit.setPlainText("Оценивание")
    dialog._ui.goalEdit.setPlainText("Освоить критериальное оценивание")
    dialog.submit()
    saved = services.roadmaps.get(iom.id)
    assert saved.deficits == "Оценивание" and saved.goal == "Освоить критериальное оценивание"
    assert "критериальное" in tab.passport_label.text()


def test_delete_key_removes_an_activity_after_asking(tab: IomTab, services: Services, school: School,
                                                     qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtCore import Qt

    iom = services.roadmaps.create(IomDraft(mentee_id=school.staff[1].id,
                                            school_year=services.organisation.current_year().title))
    act = services.roadmaps.add_activity(iom.id, ActivityDraft("Выступление на ШМО"))
    tab.reload(select_id=iom.id)
    assert tab.select_activity(act.id)
    tab.tree.setFocus()
    monkeypatch.setattr(prompts, "ask_yes_no", lambda *a, **k: False)
    qtbot.keyClick(tab.tree, Qt.Key.Key_Delete)
    assert len(services.roadmaps.get(iom.id).activities) == 1
    monkeypatch.setattr(prompts, "ask_yes_no", lambda *a, **k: True)
    qtbot.keyClick(tab.tree, Qt.Key.Key_Delete)
    assert services.roadmaps.get(iom.id).activities == ()


# ---- PDF of the selected ИОМ ----------------------------------------------------------------


@pytest.mark.parametrize("blank", [False, True])
def test_print_selected_iom_opens_a_pdf(qtbot: QtBot, demo_services: Services, blank: bool,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    from pypdf import PdfReader

    tab = IomTab(demo_services)
    qtbot.addWidget(tab)
    tab.show()
    tab.ensure_loaded()
    tab.list_view.selectRow(0)
    assert tab.current is not None and tab.print_button.isEnabled()
    opened: list[Path] = []
    monkeypatch.setattr(prompts, "open_path", lambda p: opened.append(p) or True)
    job = tab.print_iom(blank=blank)
    assert job is not None
    qtbot.waitUntil(lambda: not job.running, timeout=30000)
    assert opened == [job.target] and job.target.suffix == ".pdf"
    assert tab.current.mentee.last_name not in job.target.name
    text = "\n".join(page.extract_text() or "" for page in PdfReader(job.target).pages)
    assert "УТВЕРЖДАЮ" in text and tab.current.mentee.last_name in text
    flat = " ".join(text.split())
    assert "Ответственные: К — куратор наставничества" in flat and "МП — молодой педагог" in flat
    done = next((a for a in tab.current.activities if a.done_on is not None), None)
    if done is not None:
        assert (f"{done.done_on:%d.%m.%Y}" in text) is not blank


def test_save_selected_iom_as_pdf(qtbot: QtBot, demo_services: Services, tmp_path: Path,
                                  monkeypatch: pytest.MonkeyPatch) -> None:
    tab = IomTab(demo_services)
    qtbot.addWidget(tab)
    tab.ensure_loaded()
    tab.list_view.selectRow(0)
    monkeypatch.setattr(prompts, "save_file", lambda *_a: tmp_path / "иом")
    monkeypatch.setattr(prompts, "open_path", lambda p: pytest.fail("a saved PDF is not opened"))
    job = tab.print_iom(blank=True, save_as=True)
    assert job is not None
    qtbot.waitUntil(lambda: not job.running, timeout=30000)
    assert (tmp_path / "иом.pdf").read_bytes().startswith(b"%PDF")
