"""Every table model passes qtmodeltester; the participants model is fast on 20,000 people."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from mentor_desk.domain.enums import ConsentType, PairStatus, PersonKind, Signer
from mentor_desk.domain.records import (
    ConsentRecord,
    FormRecord,
    IomSummary,
    MeetingRecord,
    PairRecord,
    PersonRecord,
    PersonRow,
    ProgrammeRecord,
    PupilProfile,
    StaffProfile,
)
from mentor_desk.ui.common.search_proxy import SearchProxy
from mentor_desk.ui.common.table_model import SORT_ROLE, RecordTableModel
from mentor_desk.ui.iom.iom_tab import IOM_COLUMNS
from mentor_desk.ui.pairs.pairs_model import make_meetings_model, make_pairs_model
from mentor_desk.ui.people.consents_dialog import CONSENT_COLUMNS
from mentor_desk.ui.people.people_model import columns_for, make_people_model

LAST = ["Иванова", "Петров", "Ёлкин", "Смирнова", "Кузнецов", "Попова", "Васильев", "Егорова"]
FIRST = ["Анна", "Иван", "Мария", "Пётр", "Олег", "Ксения"]


def people(n: int) -> list[PersonRecord]:
    out = []
    for i in range(n):
        kind = PersonKind.STAFF if i % 10 == 0 else PersonKind.PUPIL
        out.append(PersonRecord(
            id=i + 1, last_name=f"{LAST[i % len(LAST)]}{i}", first_name=FIRST[i % len(FIRST)], middle_name="",
            kind=kind, birth_date=date(2010, 1 + i % 12, 1 + i % 28),
            staff=StaffProfile(position="учитель", subjects="математика" if i % 20 else "физика",
                               experience_years=float(i % 30)) if kind is PersonKind.STAFF else None,
            pupil=PupilProfile(class_name=f"{1 + i % 11}{'АБВ'[i % 3]}") if kind is PersonKind.PUPIL else None,
            active_mentee_pairs=i % 7 == 0, has_processing_consent=i % 3 == 0,
        ))
    return out


def people_rows(n: int) -> list[PersonRow]:
    return [p.to_row() for p in people(n)]


def pairs() -> list[PairRecord]:
    form = FormRecord(1, "учитель – ученик", PersonKind.STAFF, PersonKind.PUPIL)
    programme = ProgrammeRecord(1, "Поддержка одарённых обучающихся")
    ps = people(12)
    return [
        PairRecord(i, form, ps[0].ref, tuple(p.ref for p in ps[1:2 + i]), programme, date(2025, 9, 1),
                   date(2026, 5, 31) if i % 2 else None, PairStatus.ACTIVE, "2025/2026")
        for i in range(1, 5)
    ]


def test_people_model(qtmodeltester: ModelTester) -> None:
    model = make_people_model()
    model.set_rows(people_rows(50))
    qtmodeltester.check(model)
    for kind in (None, *PersonKind):
        model.set_columns(columns_for(kind))
        qtmodeltester.check(model)
    proxy = SearchProxy()
    proxy.setSourceModel(model)
    proxy.set_search("иванова")
    qtmodeltester.check(proxy)


def test_pairs_meetings_consents_ioms_models(qtmodeltester: ModelTester) -> None:
    model = make_pairs_model()
    model.set_rows(pairs())
    qtmodeltester.check(model)
    meetings = make_meetings_model()
    meetings.set_rows([MeetingRecord(1, 1, date(2025, 10, 1), "Знакомство"), MeetingRecord(2, 1, date(2025, 10, 8),
                                                                                             "План")])
    qtmodeltester.check(meetings)
    consents = RecordTableModel[ConsentRecord](CONSENT_COLUMNS)
    consents.set_rows([ConsentRecord(1, 1, ConsentType.PROCESSING, date(2025, 9, 1), Signer.PARENT, "Иванова А.")])
    qtmodeltester.check(consents)
    ioms = RecordTableModel[IomSummary](IOM_COLUMNS)
    ioms.alert = lambda s: s.overdue > 0
    ioms.set_rows([IomSummary(1, people(1)[0].ref, None, "2025/2026", 10, 3, 2)])
    qtmodeltester.check(ioms)
    assert ioms.data(ioms.index(0, 0), Qt.ItemDataRole.ForegroundRole) is not None


def test_sort_roles_use_raw_values() -> None:
    model = make_pairs_model()
    model.set_rows(pairs())
    start_col = [c.title for c in model.columns].index("Начало")
    assert model.data(model.index(0, start_col), SORT_ROLE) == date(2025, 9, 1).toordinal()
    model.sort(start_col + 1, Qt.SortOrder.DescendingOrder)  # «Окончание»: empty dates go last
    assert model.record(0).end_date is not None


def test_twenty_thousand_people_filter_and_sort(qtbot: QtBot) -> None:
    """Functional checks at district scale; the timings are benchmarks/run.py's job."""
    rows = people_rows(20_000)
    model = make_people_model()
    model.set_rows(rows)
    proxy = SearchProxy()
    proxy.setSourceModel(model)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(proxy)
    view.setSortingEnabled(True)
    view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    view.resize(1200, 700)
    view.show()
    qtbot.wait(1)
    counts = []
    for text in ("е", "ел", "елк", "7б", "физ"):
        proxy.set_search(text)
        counts.append(proxy.rowCount())
    assert counts[0] >= counts[1] >= counts[2]  # typing narrows
    proxy.set_search("")
    assert proxy.rowCount() == 20_000
    proxy.set_search("физ")
    assert proxy.rowCount() == 1000  # every 20th person is a physics teacher
    assert proxy.record_at(0).last_name == "Иванова0"  # sorted by ФИО: Иванова before Кузнецов


def test_checkable_list_model(qtmodeltester: ModelTester) -> None:
    from mentor_desk.ui.common.checkable_list import CheckableListModel

    model = CheckableListModel()
    model.set_rows([(1, "Белов Артём — 9А"), (2, "Ёлкина Вера — 6А"), (3, "Гусев Лев — 7Б")], {2, 99})
    assert model.checked_ids() == [2]
    qtmodeltester.check(model)
    index = model.index(0, 0)
    assert model.setData(index, Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    assert model.checked_ids() == [1, 2]
    proxy = SearchProxy()
    proxy.setSourceModel(model)
    proxy.set_search("елкина")
    assert proxy.rowCount() == 1
    qtmodeltester.check(proxy)


def test_roadmap_model(qtmodeltester: ModelTester) -> None:
    from mentor_desk.domain.enums import ActivityStatus
    from mentor_desk.domain.records import ActivityRecord
    from mentor_desk.ui.iom.roadmap_model import RoadmapModel

    acts = (
        ActivityRecord(1, 1, 0, "Входная диагностика", direction="Диагностика", due_date=date(2025, 9, 30),
                       product_type="Пакет педагогических диагностик", product_description="Карта дефицитов"),
        ActivityRecord(2, 1, 1, "Открытый урок", direction="Обобщение опыта", status=ActivityStatus.DONE,
                       done_on=date(2026, 3, 1), product_type="Открытый урок", product_description="открытый урок"),
        ActivityRecord(3, 1, 2, "Анкета", direction="Диагностика"),
        ActivityRecord(4, 1, 3, "Без направления"),
    )
    model = RoadmapModel()
    model.measure = lambda text, width: 16 * (1 + len(text) // max(width // 8, 1))
    model.set_activities(acts, date(2026, 1, 10))
    qtmodeltester.check(model)
    assert [model.group_name(g) for g in range(model.group_count())] == [
        "Диагностика", "Обобщение опыта", "Без направления"]
    diag = model.index(0, 0)
    assert [model.data(model.index(r, 1, diag)) for r in range(model.rowCount(diag))] == [
        "Входная диагностика", "Анкета"]
    assert [model.data(model.index(r, 0, diag)) for r in range(2)] == ["1", "2"]  # numbered as shown
    assert model.data(model.index(0, 3, diag)) == "Пакет педагогических диагностик: Карта дефицитов"
    assert model.data(model.index(0, 3, model.index(1, 0))) == "Открытый урок"  # no «Открытый урок: открытый урок»
    assert model.data(model.index(0, 1, diag), Qt.ItemDataRole.ForegroundRole) is not None  # overdue
    assert model.activity(model.index_of(3)) == acts[2]
    assert model.activity(diag) is None
    model.set_widths([34, 120, 90, 100, 105, 110, 85, 110, 90])
    qtmodeltester.check(model)
