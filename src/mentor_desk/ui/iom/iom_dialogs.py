"""Dialogs of the ИОМ tab: a new ИОМ, its passport, one activity, marking an activity done."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtWidgets import QWidget

from mentor_desk.domain.enums import ActivityStatus
from mentor_desk.domain.names import collation_key
from mentor_desk.domain.records import (
    ActivityDraft,
    ActivityRecord,
    CatalogueItem,
    IomDraft,
    IomRecord,
    IomSummary,
    PairRecord,
    PersonRecord,
)
from mentor_desk.domain.schoolyear import SchoolYear
from mentor_desk.services.roadmaps import IomTemplate
from mentor_desk.ui.common.dialog_base import (
    FormDialog,
    InputError,
    fill_combo,
    from_qdate,
    select_data,
    to_qdate,
)
from mentor_desk.ui.generated.ui_activity_dialog import Ui_ActivityDialog
from mentor_desk.ui.generated.ui_iom_passport_dialog import Ui_IomPassportDialog
from mentor_desk.ui.generated.ui_mark_done_dialog import Ui_MarkDoneDialog
from mentor_desk.ui.generated.ui_new_iom_dialog import Ui_NewIomDialog


@dataclass(frozen=True)
class NewIomRequest:
    draft: IomDraft
    template_key: str | None = None
    copy_from: int | None = None


@dataclass(frozen=True)
class DoneMark:
    done_on: date
    mark: str


def _year_or_problem(text: str, problems: list[str]) -> str:
    try:
        return SchoolYear.parse(text).title
    except ValueError as exc:
        problems.append(str(exc) + ".")
        return text


class NewIomDialog(FormDialog):
    """Who the ИОМ is for and where its roadmap comes from: a template, a copy, or nothing."""

    def __init__(
        self,
        people: list[PersonRecord],
        open_pairs: list[PairRecord],
        templates: list[IomTemplate],
        existing: list[IomSummary],
        school_years: list[str],
        current_year: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._ui = Ui_NewIomDialog()
        self._ui.setupUi(self)
        ui = self._ui
        self._wire(ui.buttonBox, ui.errorLabel)
        self._pair_of: dict[int, PairRecord] = {}
        for pair in open_pairs:
            for mentee in pair.mentees:
                self._pair_of.setdefault(mentee.id, pair)
        # Mentees of open pairs first, then everyone in the mentee base.
        in_pairs = [p for p in people if p.id in self._pair_of]
        others = [p for p in people if p.id not in self._pair_of and p.mentee is not None]
        ordered = sorted(in_pairs, key=lambda p: collation_key(p.full_name)) + sorted(
            others, key=lambda p: collation_key(p.full_name))
        fill_combo(ui.menteeCombo, [(f"{p.full_name} — {p.class_or_position or p.kind.label}", p.id) for p in ordered],
                   empty="— выберите наставляемого —")
        mentors = sorted({pair.mentor.id: pair.mentor for pair in open_pairs}.values(),
                         key=lambda r: collation_key(r.full_name))
        fill_combo(ui.mentorCombo, [(m.full_name, m.id) for m in mentors], empty="не указан")
        ui.schoolYearCombo.addItems(list(dict.fromkeys([*school_years, current_year])))
        ui.schoolYearCombo.setCurrentText(current_year)
        fill_combo(ui.templateCombo, [(t.name, t.key) for t in templates])
        fill_combo(ui.copyCombo, [(f"{s.mentee.full_name}, {s.school_year} ({s.planned} мероприятий)", s.id)
                                  for s in sorted(existing, key=lambda s: collation_key(s.mentee.full_name))])
        ui.copyRadio.setEnabled(bool(existing))
        ui.templateRadio.setEnabled(bool(templates))
        if not templates:
            ui.emptyRadio.setChecked(True)
        for radio in (ui.templateRadio, ui.copyRadio, ui.emptyRadio):
            radio.toggled.connect(self._source_changed)
        ui.menteeCombo.currentIndexChanged.connect(self._mentee_changed)
        self._source_changed()

    def choose_mentee(self, person_id: int) -> bool:
        idx = self._ui.menteeCombo.findData(person_id)
        if idx >= 0:
            self._ui.menteeCombo.setCurrentIndex(idx)
        return idx >= 0

    def use_template(self, key: str) -> None:
        self._ui.templateRadio.setChecked(True)
        select_data(self._ui.templateCombo, key)

    def use_copy(self, iom_id: int) -> None:
        self._ui.copyRadio.setChecked(True)
        select_data(self._ui.copyCombo, iom_id)

    def use_empty(self) -> None:
        self._ui.emptyRadio.setChecked(True)

    def _mentee_changed(self) -> None:
        mentee_id = self._ui.menteeCombo.currentData()
        pair = self._pair_of.get(mentee_id) if mentee_id is not None else None
        select_data(self._ui.mentorCombo, pair.mentor.id if pair else None)

    def _source_changed(self) -> None:
        ui = self._ui
        ui.templateCombo.setEnabled(ui.templateRadio.isChecked())
        ui.copyCombo.setEnabled(ui.copyRadio.isChecked())

    def value(self) -> NewIomRequest:
        ui = self._ui
        problems: list[str] = []
        mentee_id = ui.menteeCombo.currentData()
        if mentee_id is None:
            problems.append("Выберите наставляемого.")
        year = _year_or_problem(ui.schoolYearCombo.currentText(), problems)
        if ui.copyRadio.isChecked() and ui.copyCombo.currentData() is None:
            problems.append("Выберите ИОМ-образец.")
        if problems:
            raise InputError(problems)
        pair = self._pair_of.get(int(mentee_id))
        draft = IomDraft(
            mentee_id=int(mentee_id),
            school_year=year,
            mentor_id=ui.mentorCombo.currentData(),
            pair_id=pair.id if pair is not None and pair.mentor.id == ui.mentorCombo.currentData() else None,
            topic=ui.topicEdit.text().strip(),
        )
        if ui.templateRadio.isChecked():
            return NewIomRequest(draft, template_key=ui.templateCombo.currentData())
        if ui.copyRadio.isChecked():
            return NewIomRequest(draft, copy_from=int(ui.copyCombo.currentData()))
        return NewIomRequest(draft)


class IomPassportDialog(FormDialog):
    """The passport part of an ИОМ: year, topic, deficits, goal, tasks, approval, results."""

    def __init__(self, iom: IomRecord, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ui = Ui_IomPassportDialog()
        self._ui.setupUi(self)
        ui = self._ui
        self._iom = iom
        self._wire(ui.buttonBox, ui.errorLabel)
        self.setWindowTitle("Паспорт ИОМ")  # no names in window titles
        ui.schoolYearEdit.setText(iom.school_year)
        ui.topicEdit.setText(iom.topic)
        ui.deficitsEdit.setPlainText(iom.deficits)
        ui.goalEdit.setPlainText(iom.goal)
        ui.tasksEdit.setPlainText(iom.tasks)
        ui.approvedByEdit.setText(iom.approved_by)
        ui.approvedCheck.setChecked(iom.approved_on is not None)
        ui.approvedOnEdit.setDate(to_qdate(iom.approved_on or date.today()))
        ui.approvedOnEdit.setEnabled(iom.approved_on is not None)
        ui.approvedCheck.toggled.connect(ui.approvedOnEdit.setEnabled)
        ui.selfReportEdit.setPlainText(iom.self_report)
        ui.conclusionEdit.setPlainText(iom.mentor_conclusion)

    def value(self) -> IomDraft:
        ui = self._ui
        problems: list[str] = []
        year = _year_or_problem(ui.schoolYearEdit.text(), problems)
        approved_on = from_qdate(ui.approvedOnEdit.date()) if ui.approvedCheck.isChecked() else None
        if approved_on is not None and approved_on > date.today():
            problems.append("Дата утверждения не может быть в будущем.")
        if problems:
            raise InputError(problems)
        base = self._iom.to_draft()
        return IomDraft(
            mentee_id=base.mentee_id, school_year=year, mentor_id=base.mentor_id, pair_id=base.pair_id,
            topic=ui.topicEdit.text().strip(), deficits=ui.deficitsEdit.toPlainText().strip(),
            goal=ui.goalEdit.toPlainText().strip(), tasks=ui.tasksEdit.toPlainText().strip(),
            approved_by=ui.approvedByEdit.text().strip(), approved_on=approved_on,
            self_report=ui.selfReportEdit.toPlainText().strip(),
            mentor_conclusion=ui.conclusionEdit.toPlainText().strip(),
        )


class ActivityDialog(FormDialog):
    def __init__(
        self,
        directions: list[CatalogueItem],
        product_types: list[CatalogueItem],
        record: ActivityRecord | None = None,
        parent: QWidget | None = None,
        default_due: date | None = None,
    ) -> None:
        super().__init__(parent)
        self._ui = Ui_ActivityDialog()
        self._ui.setupUi(self)
        ui = self._ui
        self._wire(ui.buttonBox, ui.errorLabel)
        self.setWindowTitle("Новое мероприятие" if record is None else "Мероприятие ИОМ")
        fill_combo(ui.directionCombo, [(d.name, d.id) for d in directions], empty="без направления")
        fill_combo(ui.productTypeCombo, [(p.name, p.id) for p in product_types], empty="не указан")
        fill_combo(ui.statusCombo, [(s.label, s.value) for s in ActivityStatus])
        today = date.today()
        ui.dueDateEdit.setDate(to_qdate(default_due or today))
        ui.dueDateEdit.setEnabled(False)
        ui.dueCheck.toggled.connect(ui.dueDateEdit.setEnabled)
        ui.doneOnEdit.setDate(to_qdate(today))
        ui.doneOnEdit.setMaximumDate(to_qdate(today))
        ui.statusCombo.currentIndexChanged.connect(self._status_changed)
        if record is not None:
            select_data(ui.directionCombo, record.direction_id)
            ui.titleEdit.setPlainText(record.title)
            ui.periodEdit.setText(record.period)
            ui.dueCheck.setChecked(record.due_date is not None)
            if record.due_date is not None:
                ui.dueDateEdit.setDate(to_qdate(record.due_date))
            select_data(ui.productTypeCombo, record.product_type_id)
            ui.productEdit.setText(record.product_description)
            ui.responsibleEdit.setText(record.responsible)
            select_data(ui.statusCombo, record.status.value)
            if record.done_on is not None:
                ui.doneOnEdit.setDate(to_qdate(record.done_on))
            ui.markEdit.setText(record.mark)
        else:
            ui.dueCheck.setChecked(default_due is not None)
        self._status_changed()

    def _status_changed(self) -> None:
        self._ui.doneOnEdit.setEnabled(self._ui.statusCombo.currentData() == ActivityStatus.DONE.value)

    def set_title(self, text: str) -> None:
        self._ui.titleEdit.setPlainText(text)

    def value(self) -> ActivityDraft:
        ui = self._ui
        title = ui.titleEdit.toPlainText().strip()
        if not title:
            raise InputError(["Опишите мероприятие."])
        status = ActivityStatus(ui.statusCombo.currentData())
        return ActivityDraft(
            title=title,
            direction_id=ui.directionCombo.currentData(),
            period=ui.periodEdit.text().strip(),
            due_date=from_qdate(ui.dueDateEdit.date()) if ui.dueCheck.isChecked() else None,
            product_type_id=ui.productTypeCombo.currentData(),
            product_description=ui.productEdit.text().strip(),
            responsible=ui.responsibleEdit.text().strip(),
            status=status,
            done_on=from_qdate(ui.doneOnEdit.date()) if status is ActivityStatus.DONE else None,
            mark=ui.markEdit.text().strip(),
        )


class MarkDoneDialog(FormDialog):
    def __init__(self, activity: ActivityRecord, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ui = Ui_MarkDoneDialog()
        self._ui.setupUi(self)
        ui = self._ui
        self._wire(ui.buttonBox, ui.errorLabel)
        ui.activityLabel.setText(activity.title)
        today = date.today()
        ui.doneOnEdit.setDate(to_qdate(today))
        ui.doneOnEdit.setMaximumDate(to_qdate(today))
        ui.markEdit.setText(activity.mark)

    def value(self) -> DoneMark:
        return DoneMark(from_qdate(self._ui.doneOnEdit.date()), self._ui.markEdit.text().strip())
