"""The «Учебный год» menu: the new-year wizard and a read-only view of any past year."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from mentor_desk.domain.schoolyear import SchoolYear
from mentor_desk.errors import UserError
from mentor_desk.services.container import Services
from mentor_desk.services.staffing import OUTCOMES
from mentor_desk.services.years import RolloverPlan, RolloverResult
from mentor_desk.ui.common import prompts
from mentor_desk.ui.common.operations import Change
from mentor_desk.ui.year.staff_dialogs import AbsenceDialog, ReplaceMentorDialog

if TYPE_CHECKING:
    from mentor_desk.ui.main_window import MainWindow


def add_year_actions(window: MainWindow, menu: QMenu) -> None:
    menu.addAction("&Новый учебный год…").triggered.connect(lambda: open_wizard(window))
    menu.addAction("&Прошлые учебные годы…").triggered.connect(lambda: open_past_years(window))
    menu.addSeparator()
    menu.addAction("&Отсутствие сотрудника…").triggered.connect(lambda: open_staff_dialog(window, AbsenceDialog))
    menu.addAction("&Замена наставника…").triggered.connect(lambda: open_staff_dialog(window, ReplaceMentorDialog))


def open_staff_dialog(window: MainWindow, kind: type[AbsenceDialog] | type[ReplaceMentorDialog]) -> None:
    dialog = kind(window.services, window)
    window.dialog = dialog

    def done(result: int) -> None:
        if result == QDialog.DialogCode.Accepted:
            window.statusBar().showMessage(dialog.outcome, 20000)
            window.changes_made.emit(Change.PAIRS | Change.IOM | Change.ORDERS, None)

    dialog.finished.connect(done)
    dialog.open()


def open_wizard(window: MainWindow) -> None:
    try:
        wizard = RolloverWizard(window.services, window)
    except UserError as exc:
        prompts.show_error(window, exc.message)
        return
    window.dialog = wizard
    wizard.finished.connect(lambda _r: window.changes_made.emit(Change.EVERYTHING, None))
    wizard.open()


def open_past_years(window: MainWindow) -> None:
    dialog = PastYearDialog(window.services, window)
    window.dialog = dialog
    dialog.open()


class RolloverWizard(QWizard):
    """Backup → results of finished pairs → what is carried over → done."""

    def __init__(self, services: Services, parent: QWidget | None = None, on: date | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._on = on or date.today()
        self.plan: RolloverPlan = services.years.plan(self._on)  # refuses a second roll-over up front
        self.rollover_result: RolloverResult | None = None
        self.setWindowTitle(f"Переход на {self.plan.new_year} учебный год")
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        intro = QWizardPage(self)
        intro.setTitle(f"{self.plan.old_year} → {self.plan.new_year}")
        QVBoxLayout(intro).addWidget(QLabel(
            "Сначала будет сделана резервная копия базы, которая хранится всегда.\n"
            f"Завершатся пары, срок которых истёк: {len(self.plan.to_close)}.\n"
            f"Перейдут в новый учебный год пары: {len(self.plan.to_carry)}, "
            f"невыполненные мероприятия ИОМ: {self.plan.activities_to_carry}.\n"
            f"Будет подготовлен проект приказа о закреплении пар. {self.plan.old_year} учебный год останется "
            "доступен для просмотра и отчётов.", intro))
        results = QWizardPage(self)
        results.setTitle("Итоги завершаемых пар")
        results.setSubTitle("Отметьте, достигнуты ли планируемые результаты, и коротко опишите результат.")
        self.table = QTableWidget(len(self.plan.to_close), 3, results)
        self.table.setHorizontalHeaderLabels(["Пара", "Планируемые результаты достигнуты?", "Результат"])
        self.outcome_boxes: list[QComboBox] = []
        self.result_edits: list[QLineEdit] = []
        for row, pair in enumerate(self.plan.to_close):
            self.table.setItem(row, 0, QTableWidgetItem(pair.label))
            box = QComboBox(self.table)
            for key, text in OUTCOMES.items():
                box.addItem(text.replace("планируемые результаты ", "").capitalize(), key)
            edit = QLineEdit(self.table)
            edit.setPlaceholderText("что получилось")
            self.table.setCellWidget(row, 1, box)
            self.table.setCellWidget(row, 2, edit)
            self.outcome_boxes.append(box)
            self.result_edits.append(edit)
        self.table.setColumnWidth(0, 330)
        self.table.setColumnWidth(1, 250)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        QVBoxLayout(results).addWidget(self.table)
        carry = QWizardPage(self)
        carry.setTitle("Что переходит в новый учебный год")
        carry.setFinalPage(True)
        self.carry_label = QLabel("\n".join(f"• {p.label}" for p in self.plan.to_carry) or "Нет действующих пар.", carry)
        self.status = QLabel(carry)
        self.status.setWordWrap(True)
        layout = QVBoxLayout(carry)
        layout.addWidget(self.carry_label)
        layout.addStretch(1)
        layout.addWidget(self.status)
        for page in (intro, results, carry):
            self.addPage(page)
        for button, text in ((QWizard.WizardButton.FinishButton, "Перейти на новый год"),
                             (QWizard.WizardButton.NextButton, "Далее >"), (QWizard.WizardButton.BackButton, "< Назад"),
                             (QWizard.WizardButton.CancelButton, "Отмена")):
            self.setButtonText(button, text)
        self.resize(820, 520)

    def outcomes(self) -> dict[int, tuple[str, str]]:
        return {pair.pair_id: (str(box.currentData()), edit.text())
                for pair, box, edit in zip(self.plan.to_close, self.outcome_boxes, self.result_edits, strict=True)}

    def accept(self) -> None:
        try:
            self.rollover_result = self._services.years.roll_over(self._on, self.outcomes())
        except UserError as exc:
            self.status.setText(exc.message)
            return
        super().accept()


class PastYearDialog(QDialog):
    """Any school year, read-only: its indicators on its last day and the annual report."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.setWindowTitle("Учебные годы — только просмотр")
        self.year_combo = QComboBox(self)
        for title in services.years.years():
            self.year_combo.addItem(title, title)
        self.note = QLabel(self)
        self.table = QTableWidget(0, 3, self)
        self.table.setHorizontalHeaderLabels(["Показатель", "Значение", "Из скольких"])
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.report_button = QPushButton("Аналитическая справка за этот год…", self)
        top = QHBoxLayout()
        top.addWidget(QLabel("Учебный год", self))
        top.addWidget(self.year_combo)
        top.addStretch(1)
        top.addWidget(self.report_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.note)
        layout.addWidget(self.table, 1)
        self.year_combo.currentIndexChanged.connect(self.show_year)
        self.report_button.clicked.connect(self.save_report)
        self.resize(900, 600)
        self.show_year()

    def year(self) -> str:
        return str(self.year_combo.currentData())

    def show_year(self) -> None:
        year = SchoolYear.parse(self.year())
        on = min(date.today(), year.last_day)
        try:
            figures = self._services.indicators.compute(on)
        except UserError as exc:
            self.note.setText(exc.message)
            self.table.setRowCount(0)
            return
        closed = self._services.years.is_read_only(year.title)
        self.note.setText(f"Показатели на {on:%d.%m.%Y}." + (" Год завершён: только просмотр." if closed else ""))
        self.table.setRowCount(len(figures.items))
        for row, item in enumerate(figures.items):
            for col, text in enumerate((item.title, item.value_text, item.detail_text)):
                self.table.setItem(row, col, QTableWidgetItem(text))

    def save_report(self) -> None:
        year = self.year()
        target = prompts.save_file(self, "Аналитическая справка",
                                   Path(f"Аналитическая справка {year.replace('/', '-')}.pdf"),
                                   "Документ PDF (*.pdf);;Документ Word (*.docx)")
        if target is None:
            return
        try:
            pages = self._services.annual.write(target, year)
        except UserError as exc:
            self.note.setText(exc.message)
            return
        if target.suffix.lower() == ".docx":
            self.note.setText(f"Справка сохранена для правки в Word: «{target.name}».")
        else:
            self.note.setText(f"Справка сохранена: «{target.name}», страниц: {pages}.")
