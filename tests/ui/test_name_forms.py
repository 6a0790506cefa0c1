"""Before an order prints, the coordinator checks every name and position in its case; a correction
is remembered for that person and printed in this and every later order."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from mentor_desk.domain.declension import Case
from mentor_desk.services.container import Services
from mentor_desk.ui.common import prompts
from mentor_desk.ui.pairs.name_forms_dialog import NameFormsDialog
from mentor_desk.ui.pairs.pairs_tab import PairsTab
from tests.exports.pdf.pdfcheck import all_text, page_texts
from tests.exports.pdf.school import build_school


@pytest.fixture
def tab(qtbot: QtBot, services: Services) -> PairsTab:
    widget = PairsTab(services)
    qtbot.addWidget(widget)
    widget.show()
    widget.ensure_loaded()
    return widget


def _row(dialog: NameFormsDialog, full_name: str, case: Case, part: str = "name") -> int:
    return next(i for i, u in enumerate(dialog.uses)
                if u.full_name == full_name and u.case is case and u.part == part)


def test_preview_lists_every_form_and_a_correction_is_remembered(tab: PairsTab, services: Services, qtbot: QtBot,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    school = build_school(services)
    opened: list[Path] = []
    monkeypatch.setattr(prompts, "open_path", lambda p: opened.append(p) or True)
    assert tab.print_order(school.order_id) is None  # nothing prints before the names are checked
    dialog = tab.orders.names_dialog
    assert isinstance(dialog, NameFormsDialog) and dialog.isVisible()
    forms = {(u.full_name, u.case, u.part): u.value for u in dialog.uses}
    assert forms[("Лебедева Ксения Андреевна", Case.ACCUSATIVE, "name")] == "Лебедеву Ксению Андреевну"
    assert forms[("Лебедева Ксения Андреевна", Case.ACCUSATIVE, "position")] == "учителя математики"
    assert forms[("Громов Аркадий Степанович", Case.INSTRUMENTAL, "name")] == "Громовым Аркадием Степановичем"
    assert forms[("Громов Аркадий Степанович", Case.INSTRUMENTAL, "position")] == "учителем математики"
    assert forms[("Сазонова Инна Викторовна", Case.DATIVE, "name")] == "Сазоновой Инне Викторовне"

    # the coordinator corrects one name and one position; an empty form is refused
    row = _row(dialog, "Зуев Пётр Ильич", Case.ACCUSATIVE)
    dialog.set_form(row, "  ")
    dialog.submit()
    assert dialog.isVisible() and "форма пуста" in dialog.problem_text()
    dialog.set_form(row, "Зуева Петра Ильича-младшего")
    dialog.set_form(_row(dialog, "Громов Аркадий Степанович", Case.INSTRUMENTAL, "position"),
                    "учителем математики высшей категории")
    dialog.submit()
    assert not dialog.isVisible(), dialog.problem_text()
    job = tab.pdf_job
    assert job is not None
    qtbot.waitUntil(lambda: not job.running, timeout=30000)
    text = all_text(job.target)
    assert "Зуева Петра Ильича-младшего, учителя истории, за наставником" in text
    assert "Громовым Аркадием Степановичем, учителем математики высшей категории (" in text
    # the annex names the full position in the nominative
    assert "Громов Аркадий Степанович, учитель математики" in all_text(job.target)

    # remembered: the next preview shows the corrected forms, and so does the command line's document
    stored = services.names.corrections([school.mentee_id, school.mentor_id])
    assert stored[school.mentor_id].positions == {"ablt": "учителем математики высшей категории"}
    tab.print_order(school.order_id)
    again = tab.orders.names_dialog
    assert again is not None and again is not dialog
    assert again.form(_row(again, "Зуев Пётр Ильич", Case.ACCUSATIVE)) == "Зуева Петра Ильича-младшего"
    # back to the automatic forms: the stored corrections are forgotten
    again.reset_automatic()
    again.submit()
    second = tab.pdf_job
    assert second is not None and second is not job
    qtbot.waitUntil(lambda: not second.running, timeout=30000)
    assert "Зуева Петра Ильича, учителя истории" in all_text(second.target)
    assert services.names.corrections([school.mentee_id, school.mentor_id]) == {}


def test_signature_lines_never_split_a_name(services: Services, tmp_path: Path) -> None:
    """Initials and a double surname stay on one line of the acquaintance list and the signature."""
    from dataclasses import replace

    from mentor_desk.services import documents

    school = build_school(services)
    document = documents.order_for_print(services, school.order_id)
    mentor = document.people[school.mentor_id]
    long_name = replace(mentor, last_name="Громова-Преображенская-Лихачёва")
    document = replace(document, people={**document.people, school.mentor_id: long_name},
                       pairs=tuple(replace(p, mentor=replace(p.mentor, last_name=long_name.last_name))
                                   if p.mentor.id == school.mentor_id else p for p in document.pairs))
    target = tmp_path / "приказ.pdf"
    documents.export_order_pdf(services, target, document=document)
    lines = [line.replace("\u00a0", " ") for page in page_texts(target) for line in page.splitlines()]
    assert any(line.strip() == "А.С. Громова-Преображенская-Лихачёва" for line in lines)  # the acquaintance list
    assert any(line.strip().endswith("Г.А. Белозёрова") for line in lines)  # the director's signature
