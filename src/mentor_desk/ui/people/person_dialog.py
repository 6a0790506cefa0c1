"""Add or edit a participant: name parts, kind, contacts and the profile of that kind."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QCheckBox, QWidget

from mentor_desk.domain.enums import Gender, PersonKind, PupilCategory, QualificationCategory
from mentor_desk.domain.records import (
    ExternalProfile,
    MenteeProfile,
    MentorProfile,
    PersonDraft,
    PersonRecord,
    PupilProfile,
    StaffProfile,
)
from mentor_desk.domain.validation import check_person
from mentor_desk.ui.common.dialog_base import (
    FormDialog,
    InputError,
    fill_combo,
    format_date,
    parse_date,
    select_data,
)
from mentor_desk.ui.generated.ui_person_dialog import Ui_PersonDialog


class PersonDialog(FormDialog):
    def __init__(
        self,
        parent: QWidget | None = None,
        record: PersonRecord | None = None,
        kind: PersonKind | None = None,
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self._ui = Ui_PersonDialog()
        self._ui.setupUi(self)
        self._today = today or date.today()
        self._record = record
        ui = self._ui
        self._wire(ui.buttonBox, ui.errorLabel)
        fill_combo(ui.kindCombo, [(k.label, k.value) for k in PersonKind])
        fill_combo(ui.genderCombo, [(g.label, g.value) for g in Gender], empty="не указан")
        fill_combo(ui.categoryCombo, [(c.label, c.value) for c in QualificationCategory])
        self._category_checks: dict[PupilCategory, QCheckBox] = {}
        for cat in PupilCategory:
            box = QCheckBox(cat.label, ui.categoriesBox)
            ui.categoriesBoxLayout.addWidget(box)
            self._category_checks[cat] = box
        ui.categoriesBoxLayout.addStretch(1)
        ui.experienceSpin.setValue(-1.0)
        self.setWindowTitle("Новый участник" if record is None else "Участник")  # no names in window titles
        if record is not None:
            self._load(record)
        elif kind is not None:
            select_data(ui.kindCombo, kind.value)
        ui.kindCombo.currentIndexChanged.connect(self._kind_changed)
        for edit in (ui.lastNameEdit, ui.firstNameEdit, ui.middleNameEdit, ui.birthDateEdit, ui.phoneEdit,
                     ui.emailEdit, ui.classEdit, ui.hireDateEdit):
            edit.textChanged.connect(self._live_check)
        ui.experienceSpin.valueChanged.connect(self._live_check)
        self._kind_changed()
        self._live_check()

    # ---- reading the form ----------------------------------------------------------

    def kind(self) -> PersonKind:
        return PersonKind(self._ui.kindCombo.currentData())

    def value(self) -> PersonDraft:
        draft, problems = self._draft()
        problems += [i.message for i in check_person(draft, self._today)]
        if problems:
            raise InputError(problems)
        return draft

    def _draft(self) -> tuple[PersonDraft, list[str]]:
        ui = self._ui
        problems: list[str] = []
        kind = self.kind()
        gender_value = ui.genderCombo.currentData()
        birth = parse_date(ui.birthDateEdit.text(), "Дата рождения", problems)
        staff = pupil = external = None
        if kind is PersonKind.STAFF:
            exp = ui.experienceSpin.value()
            staff = StaffProfile(
                position=ui.positionEdit.text(),
                subjects=ui.subjectsEdit.text(),
                experience_years=None if exp < 0 else round(exp, 1),
                experience_as_of=self._record.staff.experience_as_of
                if self._record is not None and self._record.staff is not None else None,
                hire_date=parse_date(ui.hireDateEdit.text(), "Дата приёма", problems),
                category=QualificationCategory(ui.categoryCombo.currentData()),
                education=ui.educationEdit.text(),
                shmo=ui.shmoEdit.text(),
                young_specialist_override=self._record.staff.young_specialist_override
                if self._record is not None and self._record.staff is not None else None,
            )
        elif kind is PersonKind.PUPIL:
            pupil = PupilProfile(
                class_name=ui.classEdit.text().strip(),
                categories=tuple(c.value for c, box in self._category_checks.items() if box.isChecked()),
            )
        else:
            external = ExternalProfile(
                organisation_name=ui.organisationEdit.text(), position_or_course=ui.positionOrCourseEdit.text()
            )
        old = self._record
        mentor = None
        if ui.mentorGroup.isChecked():
            base = old.mentor if old is not None and old.mentor is not None else MentorProfile(joined_on=self._today)
            mentor = MentorProfile(
                competences=ui.competencesEdit.text().strip(), interests=base.interests, achievements=base.achievements,
                resource=ui.resourceSpin.value(), schedule=base.schedule, desired_age=base.desired_age,
                joined_on=base.joined_on,
            )
        mentee = None
        if ui.menteeGroup.isChecked():
            base_m = old.mentee if old is not None and old.mentee is not None else MenteeProfile(joined_on=self._today)
            mentee = MenteeProfile(request=ui.requestEdit.text().strip(), deficits=ui.deficitsEdit.text().strip(),
                                   joined_on=base_m.joined_on)
        draft = PersonDraft(
            last_name=ui.lastNameEdit.text().strip(),
            first_name=ui.firstNameEdit.text().strip(),
            middle_name=ui.middleNameEdit.text().strip(),
            kind=kind,
            gender=Gender(gender_value) if gender_value else None,
            birth_date=birth,
            phone=ui.phoneEdit.text().strip(),
            email=ui.emailEdit.text().strip(),
            contact_note=ui.contactNoteEdit.text().strip(),
            staff=staff,
            pupil=pupil,
            external=external,
            mentor=mentor,
            mentee=mentee,
        )
        return draft, problems

    # ---- behaviour -----------------------------------------------------------------

    def _kind_changed(self) -> None:
        kind = self.kind()
        ui = self._ui
        ui.staffGroup.setVisible(kind is PersonKind.STAFF)
        ui.pupilGroup.setVisible(kind is PersonKind.PUPIL)
        ui.externalGroup.setVisible(kind in (PersonKind.STUDENT, PersonKind.EMPLOYER))
        ui.externalGroup.setTitle("Студент" if kind is PersonKind.STUDENT else "Представитель работодателя")
        ui.positionOrCourseEditLabel.setText("Курс, специальность" if kind is PersonKind.STUDENT else "Должность")
        ui.contactNoteEdit.setPlaceholderText(
            "контакты родителя (законного представителя)" if kind is PersonKind.PUPIL else ""
        )
        self.adjustSize()
        self._live_check()

    def _live_check(self) -> None:
        """Show every problem as the user types; Save stays available and re-checks."""
        draft, problems = self._draft()
        draft_issues = [i.message for i in check_person(draft, self._today)]
        # Required-but-empty name parts are shown only after a first attempt to save.
        shown = [m for m in problems + draft_issues if "Заполните" not in m and "Укажите класс" not in m]
        self.show_problem("\n".join(shown))

    def _load(self, r: PersonRecord) -> None:
        ui = self._ui
        select_data(ui.kindCombo, r.kind.value)
        ui.lastNameEdit.setText(r.last_name)
        ui.firstNameEdit.setText(r.first_name)
        ui.middleNameEdit.setText(r.middle_name)
        select_data(ui.genderCombo, r.gender.value if r.gender else None)
        ui.birthDateEdit.setText(format_date(r.birth_date))
        ui.phoneEdit.setText(r.phone)
        ui.emailEdit.setText(r.email)
        ui.contactNoteEdit.setText(r.contact_note)
        if r.staff is not None:
            ui.positionEdit.setText(r.staff.position)
            ui.subjectsEdit.setText(r.staff.subjects)
            ui.experienceSpin.setValue(r.staff.experience_years if r.staff.experience_years is not None else -1.0)
            ui.hireDateEdit.setText(format_date(r.staff.hire_date))
            select_data(ui.categoryCombo, r.staff.category.value)
            ui.educationEdit.setText(r.staff.education)
            ui.shmoEdit.setText(r.staff.shmo)
        if r.pupil is not None:
            ui.classEdit.setText(r.pupil.class_name)
            for cat, box in self._category_checks.items():
                box.setChecked(cat.value in r.pupil.categories)
        if r.external is not None:
            ui.organisationEdit.setText(r.external.organisation_name)
            ui.positionOrCourseEdit.setText(r.external.position_or_course)
        if r.mentor is not None:
            ui.mentorGroup.setChecked(True)
            ui.resourceSpin.setValue(r.mentor.resource)
            ui.competencesEdit.setText(r.mentor.competences)
        if r.mentee is not None:
            ui.menteeGroup.setChecked(True)
            ui.requestEdit.setText(r.mentee.request)
            ui.deficitsEdit.setText(r.mentee.deficits)
