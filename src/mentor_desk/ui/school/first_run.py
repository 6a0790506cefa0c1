"""The first-run form on the Overview of a new database: the school's name, director, curator, year.

Until it is filled in, a new database carries a placeholder name that would print on every order.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mentor_desk.domain.records import OrganisationDraft, OrganisationRecord
from mentor_desk.domain.schoolyear import SchoolYear
from mentor_desk.services.container import Services
from mentor_desk.ui.common.operations import Change, Operation

NEXT_STEPS = (
    "Дальше: 1) «Участники» → «Загрузить…» — списки педагогов и классов из Excel; "
    "2) «Пары и группы» → «Создать…» — пары и группы наставничества; "
    "3) «ИОМ» → «Новый ИОМ…» — маршрут молодого педагога по типовому шаблону. "
    "Подробнее — в меню «Справка» → «Руководство»."
)


@dataclass(frozen=True)
class FirstRunValue:
    draft: OrganisationDraft
    school_year: str


class FirstRunPanel(QGroupBox):
    """Asks for what every document needs; emits `completed` once it is saved."""

    completed = Signal()

    def __init__(self, services: Services, parent: QWidget | None = None, today: date | None = None) -> None:
        super().__init__("Начало работы: реквизиты школы для приказов и ИОМ", parent)
        self.setObjectName("firstRunPanel")
        self._services = services
        intro = QLabel("Это новая база. Укажите, как школа называется в документах, кто директор и кто куратор "
                       "наставничества: эти данные попадут в приказы и ИОМ. Остальное можно дополнить позже "
                       "в меню «Настройки».", self)
        intro.setWordWrap(True)
        self.full_name_edit = QLineEdit(self)
        self.full_name_edit.setPlaceholderText("например: Муниципальное бюджетное общеобразовательное учреждение "
                                               "«Средняя школа № 1»")
        self.short_name_edit = QLineEdit(self)
        self.short_name_edit.setPlaceholderText("например: МБОУ СШ № 1")
        self.director_edit = QLineEdit(self)
        self.director_edit.setPlaceholderText("Фамилия Имя Отчество")
        self.curator_edit = QLineEdit(self)
        self.curator_edit.setPlaceholderText("Фамилия Имя Отчество")
        self.curator_position_edit = QLineEdit(self)
        self.curator_position_edit.setPlaceholderText("например: заместитель директора по УВР")
        self.year_combo = QComboBox(self)
        current = SchoolYear.containing(today or date.today())
        for year in (SchoolYear(current.start - 1), current, SchoolYear(current.start + 1)):
            self.year_combo.addItem(year.title, year.title)
        self.year_combo.setCurrentIndex(1)
        form = QFormLayout()
        form.addRow("Полное наименование школы *", self.full_name_edit)
        form.addRow("Краткое наименование *", self.short_name_edit)
        form.addRow("Директор (ФИО)", self.director_edit)
        form.addRow("Куратор наставничества (ФИО)", self.curator_edit)
        form.addRow("Должность куратора", self.curator_position_edit)
        form.addRow("Учебный год", self.year_combo)
        self.error_label = QLabel(self)
        self.error_label.setStyleSheet("color: #b00020;")
        self.error_label.setWordWrap(True)
        self.error_label.setVisible(False)
        self.save_button = QPushButton("Сохранить и начать работу", self)
        self.save_button.setDefault(True)
        steps = QLabel(NEXT_STEPS, self)
        steps.setWordWrap(True)
        steps.setTextFormat(Qt.TextFormat.PlainText)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        row = QHBoxLayout()
        row.addWidget(self.save_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(steps)
        self.save_button.clicked.connect(self.save)
        for edit in (self.full_name_edit, self.short_name_edit, self.director_edit, self.curator_edit):
            edit.returnPressed.connect(self.save)

    def show_problem(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.setVisible(bool(message))

    def value(self, org: OrganisationRecord) -> FirstRunValue | None:
        full = " ".join(self.full_name_edit.text().split())
        short = " ".join(self.short_name_edit.text().split())
        problems = []
        if not full:
            problems.append("Укажите полное наименование школы: оно печатается в шапке приказов.")
        if not short:
            problems.append("Укажите краткое наименование школы (например, «МБОУ СШ № 1»).")
        if problems:
            self.show_problem("\n".join(problems))
            return None
        draft = OrganisationDraft(
            full_name=full, short_name=short, director_name=self.director_edit.text().strip(),
            director_position=org.director_position, coordinator_name=self.curator_edit.text().strip(),
            coordinator_position=self.curator_position_edit.text().strip() or org.coordinator_position,
            address=org.address, municipality=org.municipality,
        )
        return FirstRunValue(draft, str(self.year_combo.currentData()))

    def save(self) -> None:
        org = self._services.organisation
        value = self.value(org.get())
        if value is None:
            return

        def save() -> OrganisationRecord:
            org.update(value.draft)
            return org.set_current_year(value.school_year)

        Operation(self, save, Change.SCHOOL).failure(self.show_problem).success(lambda _r: self._done()).run()

    def _done(self) -> None:
        self.show_problem("")
        self.completed.emit()


def fill(panel: FirstRunPanel, org: OrganisationRecord) -> None:
    """Start from what the database already has (a school renamed in «Настройки» keeps its director)."""
    panel.director_edit.setText(org.director_name)
    panel.curator_edit.setText(org.coordinator_name)
    panel.curator_position_edit.setText(org.coordinator_position)
    if org.current_year:
        index = panel.year_combo.findData(org.current_year)
        if index < 0:
            panel.year_combo.addItem(org.current_year, org.current_year)
            index = panel.year_combo.count() - 1
        panel.year_combo.setCurrentIndex(index)


__all__ = ["FirstRunPanel", "FirstRunValue", "fill"]
