"""Consents for many people at once, and consent forms printed for one person or a whole class."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from mentor_desk.domain.enums import ConsentType, PersonKind, Signer
from mentor_desk.services.container import Services
from mentor_desk.ui.common import prompts
from mentor_desk.ui.people.bulk_consents_dialog import BulkConsentsDialog
from mentor_desk.ui.people.people_tab import PeopleTab
from tests.ui.conftest import School


@pytest.fixture
def tab(qtbot: QtBot, services: Services, school: School) -> PeopleTab:
    widget = PeopleTab(services)
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    return widget


def open_bulk(tab: PeopleTab) -> BulkConsentsDialog:
    tab.bulk_consents_button.click()
    dialog = tab.bulk_consents_dialog
    assert isinstance(dialog, BulkConsentsDialog) and dialog.isVisible()
    return dialog


def test_a_whole_class_gets_its_parents_consent_in_one_step(tab: PeopleTab, services: Services,
                                                            school: School) -> None:
    dialog = open_bulk(tab)
    assert dialog.choose_class("7Б")
    seventh_b = {p.id for p in school.pupils if p.pupil and p.pupil.class_name == "7Б"}
    assert set(dialog.shown_ids()) == seventh_b and len(seventh_b) == 2
    dialog.check_all_button.click()
    assert set(dialog.checked_ids()) == seventh_b
    dialog.mark_button.click()
    assert "у 2 участников" in dialog.result_label.text()
    for person_id in seventh_b:
        consents = services.people.list_consents(person_id)
        assert [(c.consent_type, c.signer) for c in consents] == [(ConsentType.PROCESSING, Signer.PARENT)]
    others = [p.id for p in school.pupils if p.id not in seventh_b]
    assert all(services.people.list_consents(i) == [] for i in others)
    dialog.without_combo.setCurrentIndex(1)  # «без согласия»: the class is done
    assert dialog.shown_ids() == []
    dialog.reject()
    assert all(tab.model.record(r).has_processing_consent for r in range(tab.model.rowCount())
               if tab.model.record(r).id in seventh_b)


def test_consent_forms_print_for_a_class_with_the_parent_signing(tab: PeopleTab, school: School, qtbot: QtBot,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    from pypdf import PdfReader

    opened: list[Path] = []
    monkeypatch.setattr(prompts, "open_path", lambda p: opened.append(p) or True)
    dialog = open_bulk(tab)
    dialog.choose_class("7Б")
    dialog.check_all_button.click()
    job = dialog.print_forms()
    assert job is not None
    qtbot.waitUntil(lambda: not job.running, timeout=30000)
    assert opened == [job.target], job.error
    reader = PdfReader(job.target)
    assert len(reader.pages) == 2  # one form per pupil
    first = " ".join((reader.pages[0].extract_text() or "").split())
    assert "СОГЛАСИЕ" in first and "несовершеннолетнего" in first
    assert "Васина Ксения Петровна" in first and "7Б" in first
    assert "родителем (законным представителем)" in first
    dialog.reject()


def test_a_consent_form_for_one_teacher(tab: PeopleTab, school: School, qtbot: QtBot,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    from pypdf import PdfReader

    monkeypatch.setattr(prompts, "open_path", lambda p: True)
    dialog = open_bulk(tab)
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData(PersonKind.STAFF.value))
    dialog.model.set_checked(school.staff[0].id)
    job = dialog.print_forms()
    assert job is not None
    qtbot.waitUntil(lambda: not job.running, timeout=30000)
    text = " ".join((PdfReader(job.target).pages[0].extract_text() or "").split())
    assert "Орлова Анна Сергеевна" in text and "моих персональных данных" in text
    assert "несовершеннолетнего" not in text
    dialog.reject()
