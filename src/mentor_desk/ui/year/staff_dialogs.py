"""Staff changes from the «Учебный год» menu: a dated absence that suspends pairs, and a new
mentor for a pair (the pair, its ИОМ and a draft order follow)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from mentor_desk.domain.enums import PairStatus, PersonKind
from mentor_desk.errors import UserError
from mentor_desk.services.container import Services
from mentor_desk.services.staffing import ABSENCES


def _date_edit(parent: QWidget, day: date) -> QDateEdit:
    edit = QDateEdit(QDate(day.year, day.month, day.day), parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd.MM.yyyy")
    return edit


class _Base(QDialog):
    def __init__(self, services: Services, title: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self._services = services
        self.setWindowTitle(title)
        self.form = QFormLayout()
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.outcome = ""

    def save(self) -> None:
        try:
            self.outcome = self._save()
        except UserError as exc:
            self.message.setText(exc.message)
            return
        self.accept()

    def _save(self) -> str:
        raise NotImplementedError


class AbsenceDialog(_Base):
    """«Отсутствие сотрудника»: уволен, отпуск по уходу за ребёнком, длительная болезнь."""

    def __init__(self, services: Services, parent: QWidget | None = None, today: date | None = None) -> None:
        super().__init__(services, "Отсутствие сотрудника", parent)
        self.person_combo = QComboBox(self)
        for p in services.people.list_people():
            if p.kind is PersonKind.STAFF:
                self.person_combo.addItem(p.full_name, p.id)
        self.reason_combo = QComboBox(self)
        for key, text in ABSENCES.items():
            self.reason_combo.addItem(text, key)
        self.since_edit = _date_edit(self, today or date.today())
        self.note_edit = QLineEdit(self)
        self.form.addRow("Сотрудник", self.person_combo)
        self.form.addRow("Причина", self.reason_combo)
        self.form.addRow("С даты", self.since_edit)
        self.form.addRow("Примечание", self.note_edit)

    def _save(self) -> str:
        since = self.since_edit.date().toPython()
        assert isinstance(since, date)
        pairs = self._services.staffing.set_absence(int(self.person_combo.currentData()),
                                                    str(self.reason_combo.currentData()), since,
                                                    note=self.note_edit.text())
        return f"Приостановлено пар: {len(pairs)}. Они показаны на вкладке «Сроки»."


class ReplaceMentorDialog(_Base):
    """A new mentor for an open pair."""

    def __init__(self, services: Services, parent: QWidget | None = None, today: date | None = None,
                 pair_id: int | None = None) -> None:
        super().__init__(services, "Замена наставника", parent)
        self.pair_combo = QComboBox(self)
        for p in services.pairs.list_pairs():
            if p.status.is_open:
                mark = " — приостановлена" if p.status is PairStatus.SUSPENDED else ""
                self.pair_combo.addItem(f"{p.mentor.full_name} → {p.mentee_names} ({p.form.name}){mark}", p.id)
        if pair_id is not None:
            self.pair_combo.setCurrentIndex(max(0, self.pair_combo.findData(pair_id)))
        self.mentor_combo = QComboBox(self)
        for person in services.people.list_people():  # the form decides who may mentor: the service checks
            self.mentor_combo.addItem(person.full_name, person.id)
        self.on_edit = _date_edit(self, today or date.today())
        self.reason_edit = QLineEdit(self)
        self.form.addRow("Пара (группа)", self.pair_combo)
        self.form.addRow("Новый наставник", self.mentor_combo)
        self.form.addRow("С даты", self.on_edit)
        self.form.addRow("Причина замены", self.reason_edit)

    def _save(self) -> str:
        on = self.on_edit.date().toPython()
        assert isinstance(on, date)
        if self.pair_combo.currentData() is None:
            raise UserError("Нет действующих пар, в которых можно заменить наставника.")
        self._services.staffing.replace_mentor(int(self.pair_combo.currentData()), int(self.mentor_combo.currentData()),
                                               on, self.reason_edit.text())
        return "Наставник заменён; проект приказа о замене — в списке приказов, напоминание — на вкладке «Сроки»."
