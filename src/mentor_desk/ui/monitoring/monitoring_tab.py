"""The «Мониторинг» tab: paper questionnaires typed in quickly, blanks to print, and the results.

The grid has one row per respondent and one column per question; typing a digit starts editing
a cell, Enter and Tab move on, so a stack of paper answers is entered from the keyboard alone.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from typing_extensions import override

from mentor_desk.domain.enums import QuestionKind, QuestionnaireStage
from mentor_desk.domain.records import QuestionnaireRecord, QuestionRecord
from mentor_desk.errors import UserError
from mentor_desk.services.container import Services
from mentor_desk.services.monitoring import GridRow, Respondee
from mentor_desk.ui.common import prompts
from mentor_desk.ui.common.lazy_tab import LazyTab

SCOPES = (("form", "Форма наставничества"), ("pair", "Пара (группа)"), ("class", "Класс"))


class AnswerGrid(QTableWidget):
    """A table where Enter moves to the next cell to the right (then to the next row)."""

    @override
    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.state() != QAbstractItemView.State.EditingState:
            row, col = self.currentRow(), self.currentColumn()
            if col + 1 < self.columnCount():
                self.setCurrentCell(row, col + 1)
            elif row + 1 < self.rowCount():
                self.setCurrentCell(row + 1, 1)
            return
        super().keyPressEvent(event)


class MonitoringTab(LazyTab):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.questionnaires: list[QuestionnaireRecord] = []
        self.respondents: list[Respondee] = []
        self.questions: tuple[QuestionRecord, ...] = ()
        self.questionnaire_combo = QComboBox(self)
        self.stage_combo = QComboBox(self)
        for st in QuestionnaireStage:
            self.stage_combo.addItem(f"{st.label.capitalize()} мониторинг", st.value)
        self.scope_combo = QComboBox(self)
        for key, title in SCOPES:
            self.scope_combo.addItem(title, key)
        self.value_combo = QComboBox(self)
        self.value_combo.setMinimumWidth(220)
        self.date_edit = QDateEdit(QDate.currentDate(), self)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("dd.MM.yyyy")
        self.show_button = QPushButton("Показать", self)
        self.save_button = QPushButton("Сохранить ответы", self)
        self.print_button = QPushButton("Бланки для печати…", self)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.grid = AnswerGrid(self)
        self.grid.setEditTriggers(QAbstractItemView.EditTrigger.AnyKeyPressed
                                  | QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.results = QTableWidget(self)
        self.results.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        top = QHBoxLayout()
        for label, w in (("Анкета", self.questionnaire_combo), ("Этап", self.stage_combo),
                         ("Для", self.scope_combo), ("", self.value_combo), ("Дата заполнения", self.date_edit)):
            if label:
                top.addWidget(QLabel(label, self))
            top.addWidget(w)
        top.addStretch(1)
        buttons = QHBoxLayout()
        for b in (self.show_button, self.save_button, self.print_button):
            buttons.addWidget(b)
        buttons.addWidget(self.message, 1)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.grid)
        split.addWidget(self.results)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(buttons)
        layout.addWidget(split, 1)
        self.scope_combo.currentIndexChanged.connect(self._fill_values)
        self.show_button.clicked.connect(self.show_grid)
        self.save_button.clicked.connect(self.save)
        self.print_button.clicked.connect(self.print_blanks)
        self.questionnaire_combo.currentIndexChanged.connect(self.show_grid)
        self.stage_combo.currentIndexChanged.connect(self.show_grid)

    def _load(self) -> None:
        self.questionnaires = self._services.monitoring.questionnaires()
        self.questionnaire_combo.blockSignals(True)
        self.questionnaire_combo.clear()
        for q in self.questionnaires:
            self.questionnaire_combo.addItem(q.name, q.id)
        self.questionnaire_combo.blockSignals(False)
        self._fill_values()

    def _fill_values(self) -> None:
        scope = self.scope_combo.currentData()
        self.value_combo.clear()
        if scope == "form":
            for f in self._services.reference.forms():
                self.value_combo.addItem(f.name, f.id)
        elif scope == "pair":
            for p in self._services.pairs.list_pairs():
                if p.status.is_open:
                    self.value_combo.addItem(f"{p.mentor.full_name} → {p.mentee_names} ({p.form.name})", p.id)
        else:
            classes = sorted({p.class_or_position for p in self._services.people.list_people()
                              if p.kind.value == "pupil" and p.class_or_position})
            for c in classes:
                self.value_combo.addItem(c, c)

    # ---- the grid ---------------------------------------------------------------------

    def current_stage(self) -> QuestionnaireStage:
        return QuestionnaireStage(self.stage_combo.currentData())

    def select(self, questionnaire: str, stage: QuestionnaireStage, scope: str, value: object) -> None:
        """Pick a questionnaire, a stage and a scope (used by tests and by links from other tabs)."""
        self.ensure_loaded()
        self.questionnaire_combo.setCurrentIndex(self.questionnaire_combo.findText(questionnaire))
        self.stage_combo.setCurrentIndex(self.stage_combo.findData(stage.value))
        self.scope_combo.setCurrentIndex(self.scope_combo.findData(scope))
        self.value_combo.setCurrentIndex(self.value_combo.findData(value))
        self.show_grid()

    def _scope_args(self) -> dict[str, object]:
        scope, value = self.scope_combo.currentData(), self.value_combo.currentData()
        key = {"form": "form_id", "pair": "pair_id", "class": "class_name"}[str(scope)]
        return {key: value}

    def show_grid(self) -> None:
        qid = self.questionnaire_combo.currentData()
        if qid is None or self.value_combo.currentData() is None:
            self.grid.setRowCount(0)
            return
        q = next(x for x in self.questionnaires if x.id == qid)
        stage = self.current_stage()
        self.questions = q.questions_at(stage)
        self.respondents = self._services.monitoring.respondents(qid, stage, **self._scope_args())  # type: ignore[arg-type]
        stored = self._services.monitoring.answers_of(qid, stage)
        self.grid.clear()
        self.grid.setColumnCount(1 + len(self.questions))
        self.grid.setRowCount(len(self.respondents))
        self.grid.setHorizontalHeaderLabels(["Респондент"] + [_short(i, x) for i, x in enumerate(self.questions, 1)])
        for col, question in enumerate(self.questions, 1):
            header = self.grid.horizontalHeaderItem(col)
            if header is not None:
                header.setToolTip(f"{col}. {question.text} ({_hint(question)})")
        for row, who in enumerate(self.respondents):
            name = QTableWidgetItem(who.label)
            name.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            name.setToolTip(who.pair_label)
            self.grid.setItem(row, 0, name)
            answers = stored.get((who.person_id, who.pair_id), {})
            for col, question in enumerate(self.questions, 1):
                self.grid.setItem(row, col, QTableWidgetItem(answers.get(question.id, "")))
        self.grid.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        for col, question in enumerate(self.questions, 1):
            self.grid.setColumnWidth(col, 150 if question.kind is QuestionKind.OPEN else 60)
        if self.respondents:
            self.grid.setCurrentCell(0, 1)
        self.message.setText(f"Респондентов: {len(self.respondents)}. Шкала 1–10; да/нет — «д»/«н» или 1/0.")
        self._show_results(q)

    def save(self) -> bool:
        qid = self.questionnaire_combo.currentData()
        if qid is None:
            return False
        self._commit_editor()
        rows = []
        for r, who in enumerate(self.respondents):
            cells = {}
            for c, question in enumerate(self.questions, 1):
                item = self.grid.item(r, c)
                cells[question.id] = item.text() if item is not None else ""
            rows.append(GridRow(who.person_id, who.pair_id, cells))
        filled = self.date_edit.date().toPython()
        assert isinstance(filled, date)
        try:
            saved = self._services.monitoring.save_grid(qid, self.current_stage(), filled, rows,
                                                        [w.label for w in self.respondents])
        except UserError as exc:
            self.message.setText(exc.message)
            self.message.setStyleSheet("color: #b00020;")
            return False
        self.message.setStyleSheet("")
        self.message.setText(f"Сохранено анкет: {saved}.")
        self._show_results(next(x for x in self.questionnaires if x.id == qid))
        return True

    def _commit_editor(self) -> None:
        """A cell still being typed in counts: commit it before reading the grid."""
        editor = QApplication.focusWidget()
        if self.grid.state() == QAbstractItemView.State.EditingState and editor is not None:
            self.grid.commitData(editor)
            self.grid.closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)

    def print_blanks(self) -> None:
        qid = self.questionnaire_combo.currentData()
        if qid is None:
            return
        target = prompts.save_file(self, "Бланки анкет", Path("Анкеты.pdf"),
                                   "Документ PDF (*.pdf);;Документ Word (*.docx)")
        if target is None:
            return
        try:
            pages = self._services.monitoring.write_blanks(qid, self.current_stage(), target, **self._scope_args())  # type: ignore[arg-type]
        except UserError as exc:
            self.message.setText(exc.message)
            return
        self.message.setText(f"Бланки сохранены: «{target}», страниц: {pages}.")

    def _show_results(self, q: QuestionnaireRecord) -> None:
        agg = self._services.monitoring.aggregate(q.id, self.current_stage())
        change = {c.question: c for c in self._services.monitoring.change(q.id)}
        self.results.clear()
        self.results.setColumnCount(5)
        self.results.setHorizontalHeaderLabels(["Вопрос", "Ответов", "Средний балл / доля «да»",
                                                "Входная → итоговая (те же люди)", "Изменение"])
        self.results.setRowCount(len(agg))
        for r, a in enumerate(agg):
            value = (f"{a.mean:.1f}" if a.mean is not None else
                     f"{100 * a.yes_share:.0f} %" if a.yes_share is not None else "—")
            c = change.get(a.question)
            pair = (f"{c.entry_mean:.1f} → {c.final_mean:.1f} ({c.people} чел.)"
                    if c is not None and c.entry_mean is not None and c.final_mean is not None else "—")
            delta = f"{c.change:+.1f}" if c is not None and c.change is not None else "—"
            for col, text in enumerate((a.question, str(a.answers), value, pair, delta)):
                self.results.setItem(r, col, QTableWidgetItem(text))
        self.results.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col, width in ((1, 80), (2, 190), (3, 260), (4, 100)):
            self.results.setColumnWidth(col, width)


def _short(i: int, q: QuestionRecord) -> str:
    return f"{i}" + {"scale": "", "yes_no": " (д/н)", "open": " (текст)"}[q.kind.value]


def _hint(q: QuestionRecord) -> str:
    return {QuestionKind.SCALE: "1–10", QuestionKind.YES_NO: "да/нет", QuestionKind.OPEN: "свободный ответ"}[q.kind]
