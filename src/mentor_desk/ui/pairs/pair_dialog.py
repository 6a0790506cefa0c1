"""Create or edit a pair/group: the form first, then only people of the kinds it allows."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QWidget
from typing_extensions import override

from mentor_desk.domain.enums import PairStatus, PersonKind
from mentor_desk.domain.names import collation_key
from mentor_desk.domain.records import PairDraft, PairRecord, PersonRecord, PersonRef
from mentor_desk.domain.schoolyear import SchoolYear
from mentor_desk.services.container import Services
from mentor_desk.services.reference import Catalogue
from mentor_desk.ui.common.checkable_list import CheckableListModel
from mentor_desk.ui.common.dialog_base import (
    FormDialog,
    InputError,
    fill_combo,
    from_qdate,
    select_data,
    to_qdate,
)
from mentor_desk.ui.common.search_proxy import SearchProxy
from mentor_desk.ui.common.settings import app_settings
from mentor_desk.ui.generated.ui_pair_dialog import Ui_PairDialog


class PairDialog(FormDialog):
    def __init__(self, services: Services, record: PairRecord | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ui = Ui_PairDialog()
        self._ui.setupUi(self)
        self._services = services
        self._record = record
        ui = self._ui
        self._wire(ui.buttonBox, ui.errorLabel)
        self.setWindowTitle("Новая пара или группа" if record is None else "Пара / группа")
        self._forms = {f.id: f for f in services.reference.forms(include_inactive=record is not None)}
        fill_combo(ui.formCombo, [(f.name, f.id) for f in self._forms.values()], empty="— выберите форму —")
        self._programmes = services.reference.programmes(include_inactive=record is not None)
        self._load_in_open_pairs(record)
        fill_combo(ui.typeCombo, [(t.name, t.id) for t in services.reference.items(Catalogue.TYPES)], empty="не указан")
        fill_combo(ui.roleModelCombo, [(r.name, r.id) for r in services.reference.items(Catalogue.ROLE_MODELS)],
                   empty="не указана")
        statuses = [PairStatus.PLANNED, PairStatus.ACTIVE]
        if record is not None and record.status not in statuses:
            statuses.append(record.status)
        fill_combo(ui.statusCombo, [(s.label, s.value) for s in statuses])
        select_data(ui.statusCombo, PairStatus.ACTIVE.value)
        current_year = services.organisation.current_year().title
        years = list(dict.fromkeys([*services.organisation.school_years(), current_year]))
        ui.schoolYearCombo.addItems(years)
        ui.schoolYearCombo.setCurrentText(current_year)
        today = date.today()
        ui.startDateEdit.setDate(to_qdate(remembered_start() or today if record is None else today))
        ui.endDateEdit.setDate(to_qdate(SchoolYear.parse(current_year).last_day.replace(month=5, day=31)))
        ui.endDateEdit.setEnabled(False)
        ui.consentDateEdit.setDate(to_qdate(today))
        ui.consentDateEdit.setEnabled(False)
        ui.endCheck.toggled.connect(ui.endDateEdit.setEnabled)
        ui.consentCheck.toggled.connect(ui.consentDateEdit.setEnabled)
        ui.formCombo.currentIndexChanged.connect(self._form_changed)
        ui.mentorCombo.currentIndexChanged.connect(self._mentor_changed)
        self.mentee_model = CheckableListModel(self)
        self.mentee_proxy = SearchProxy(self)
        self.mentee_proxy.setSourceModel(self.mentee_model)
        ui.menteeList.setModel(self.mentee_proxy)
        ui.menteeFilterEdit.textChanged.connect(self.mentee_proxy.set_search)
        self.mentee_model.checked_changed.connect(self._update_selected)
        self._mentor_candidates: list[PersonRef] = []
        ui.selectedLabel.setWordWrap(True)
        self._remembered_programme = remembered_programme() if record is None else None
        if record is not None:
            self._load(record)
        else:
            ui.endCheck.setChecked(True)
        self._form_changed()

    def _load_in_open_pairs(self, record: PairRecord | None) -> None:
        """Each mentor's current number of mentees, and who already has an open pair (one query)."""
        self._mentor_load: dict[int, int] = {}
        self._in_pair: dict[int, str] = {}
        for pair in self._services.pairs.list_pairs():
            if not pair.status.is_open or (record is not None and pair.id == record.id):
                continue
            self._mentor_load[pair.mentor.id] = self._mentor_load.get(pair.mentor.id, 0) + len(pair.mentees)
            for mentee in pair.mentees:
                self._in_pair.setdefault(mentee.id, pair.mentor.surname_initials)

    @override
    def done_ok(self) -> None:
        """Saved: the next new pair starts with this one's start date and programme (30 pairs in a row)."""
        settings = app_settings()
        settings.setValue("pairDialog/startDate", from_qdate(self._ui.startDateEdit.date()).isoformat())
        settings.setValue("pairDialog/programme", self._ui.programmeCombo.currentData())
        super().done_ok()

    # ---- value ---------------------------------------------------------------------

    def value(self) -> PairDraft:
        ui = self._ui
        problems: list[str] = []
        form_id = ui.formCombo.currentData()
        programme_id = ui.programmeCombo.currentData()
        mentor_id = ui.mentorCombo.currentData()
        mentees = self.checked_mentee_ids()
        if form_id is None:
            problems.append("Выберите форму наставничества.")
        if programme_id is None:
            problems.append("Выберите программу наставничества.")
        if mentor_id is None:
            problems.append("Выберите наставника.")
        if not mentees:
            problems.append("Отметьте хотя бы одного наставляемого.")
        start = from_qdate(ui.startDateEdit.date())
        end = from_qdate(ui.endDateEdit.date()) if ui.endCheck.isChecked() else None
        if end is not None and end < start:
            problems.append("Дата окончания раньше даты начала: измените одну из дат.")
        year = ui.schoolYearCombo.currentText().strip()
        try:
            year = SchoolYear.parse(year).title
        except ValueError as exc:
            problems.append(str(exc) + ".")
        if problems:
            raise InputError(problems)
        old = self._record
        return PairDraft(
            form_id=int(form_id),
            mentor_id=int(mentor_id),
            mentee_ids=tuple(mentees),
            programme_id=int(programme_id),
            start_date=start,
            end_date=end,
            type_id=ui.typeCombo.currentData(),
            role_model_id=ui.roleModelCombo.currentData(),
            school_year=year,
            goal=ui.goalEdit.toPlainText().strip(),
            status=PairStatus(ui.statusCombo.currentData()),
            status_reason=old.status_reason if old else "",
            result=old.result if old else "",
            mentor_consent_on=from_qdate(ui.consentDateEdit.date()) if ui.consentCheck.isChecked() else None,
            agreement=ui.agreementEdit.text().strip(),
        )

    def checked_mentee_ids(self) -> list[int]:
        return self.mentee_model.checked_ids()

    # ---- helpers for the controller and tests ---------------------------------------

    def choose_form(self, form_id: int) -> None:
        select_data(self._ui.formCombo, form_id)

    def choose_programme(self, programme_id: int) -> None:
        select_data(self._ui.programmeCombo, programme_id)

    def choose_mentor(self, person_id: int) -> bool:
        idx = self._ui.mentorCombo.findData(person_id)
        if idx >= 0:
            self._ui.mentorCombo.setCurrentIndex(idx)
        return idx >= 0

    def check_mentees(self, person_ids: list[int]) -> int:
        return sum(1 for i in person_ids if self.mentee_model.set_checked(i, True))

    def mentor_ids(self) -> list[int]:
        return [p.id for p in self._mentor_candidates]

    def mentee_ids_offered(self) -> list[int]:
        return self.mentee_model.ids()

    def visible_mentee_count(self) -> int:
        return self.mentee_proxy.rowCount()

    def load_text(self) -> str:
        return self._ui.loadLabel.text()

    # ---- behaviour -----------------------------------------------------------------

    def _form_changed(self) -> None:
        ui = self._ui
        form_id = ui.formCombo.currentData()
        keep_mentor = ui.mentorCombo.currentData()
        keep_mentees = set(self.checked_mentee_ids())
        if self._record is not None and not self.mentee_model.rowCount():
            keep_mentor = self._record.mentor.id
            keep_mentees = {m.id for m in self._record.mentees}
        mentors: list[PersonRef] = []
        mentees: list[PersonRef] = []
        if form_id is not None:
            mentors = self._services.pairs.candidates(int(form_id), "mentor")
            mentees = self._services.pairs.candidates(int(form_id), "mentee")
            if self._record is not None and self._record.form.id == form_id:
                # Archived people of an existing pair stay visible in it.
                known = {p.id for p in mentors}
                if self._record.mentor.id not in known:
                    mentors.append(self._record.mentor)
                known_m = {p.id for p in mentees}
                mentees += [m for m in self._record.mentees if m.id not in known_m]
        mentors.sort(key=lambda p: collation_key(p.full_name))
        # the people already in the pair or group first, so an edit shows them without scrolling
        mentees.sort(key=lambda p: (p.id not in keep_mentees, collation_key(p.full_name)))
        self._mentor_candidates = mentors
        records = {p.id: p for p in self._services.people.get_many({p.id for p in mentors} | {p.id for p in mentees})}
        fill_combo(ui.mentorCombo, [(self._mentor_text(p, records.get(p.id)), p.id) for p in mentors],
                   empty="— выберите наставника —" if form_id is not None else "— сначала выберите форму —")
        select_data(ui.mentorCombo, keep_mentor)
        self.mentee_model.set_rows([(p.id, self._mentee_text(p, records.get(p.id))) for p in mentees], keep_mentees)
        ui.mentorCombo.setEnabled(form_id is not None)
        ui.menteeList.setEnabled(form_id is not None)
        ui.menteeFilterEdit.setEnabled(form_id is not None)
        form = self._forms.get(form_id) if form_id is not None else None
        ui.menteeFilterEditLabel.setText(f"Наставляемые ({form.mentee_kind.label}) *" if form else "Наставляемые *")
        ui.mentorComboLabel.setText(f"Наставник ({form.mentor_kind.label}) *" if form else "Наставник *")
        self._fill_programmes(form.mentee_kind if form else None)
        # the agreement to the employment contract exists only for a mentor on the school's staff
        staff_mentor = form is None or form.mentor_kind is PersonKind.STAFF
        ui.agreementEdit.setVisible(staff_mentor)
        ui.agreementEditLabel.setVisible(staff_mentor)
        self._mentor_changed()
        self._update_selected()

    def _fill_programmes(self, mentee_kind: PersonKind | None) -> None:
        """Only the programmes of the form's mentees: teachers' programmes for staff, the others for pupils."""
        combo = self._ui.programmeCombo
        keep = combo.currentData()
        if keep is None and self._record is not None and combo.count() == 0:
            keep = self._record.programme.id
        if keep is None:
            keep = self._remembered_programme
        offered = [p for p in self._programmes if mentee_kind is None
                   or p.for_teachers == (mentee_kind is PersonKind.STAFF)
                   or (self._record is not None and p.id == self._record.programme.id)]
        fill_combo(combo, [(p.name, p.id) for p in offered], empty="— выберите программу —")
        select_data(combo, keep)

    def _mentor_text(self, ref: PersonRef, person: PersonRecord | None) -> str:
        """«Фамилия Имя Отчество — учитель, математика, высшая; наставляемых 1 из 2»."""
        details: list[str] = []
        if person is not None and person.staff is not None:
            staff = person.staff
            details += [x for x in (staff.position, staff.subjects) if x]
            details.append(staff.category.label)
        elif person is not None and person.class_or_position:
            details.append(person.class_or_position)
        resource = person.mentor.resource if person is not None and person.mentor is not None else 1
        load = f"наставляемых {self._mentor_load.get(ref.id, 0)} из {resource}"
        return f"{ref.full_name} — " + (", ".join(details) + "; " if details else "") + load

    def _mentee_text(self, ref: PersonRef, person: PersonRecord | None) -> str:
        text = ref.full_name
        if person is not None and person.class_or_position:
            text += f" — {person.class_or_position}"
        if ref.id in self._in_pair:
            text += f" (уже в паре: наставник {self._in_pair[ref.id]})"
        return text

    def mentor_text(self) -> str:
        return self._ui.mentorCombo.currentText()

    def mentee_texts(self) -> list[str]:
        return [row.text for row in self.mentee_model.records_view()]

    def _mentor_changed(self) -> None:
        mentor_id = self._ui.mentorCombo.currentData()
        if mentor_id is None:
            self._ui.loadLabel.setText("")
            return
        load = self._services.pairs.mentor_load(int(mentor_id), self._record.id if self._record else None)
        over = load.mentees >= load.resource
        text = f"Сейчас наставляемых: {load.mentees}, ресурс наставника: {load.resource}"
        if over:
            text += " — ресурс исчерпан, новая пара будет сверх ресурса"
        self._ui.loadLabel.setText(text)
        self._ui.loadLabel.setStyleSheet("color: #b00020;" if over else "color: #2e6b2e;")

    def _update_selected(self) -> None:
        names = [text.split(" — ")[0].split(" (уже в паре")[0] for text in self.mentee_model.checked_texts()]
        n = len(names)
        head = "Никто не отмечен" if n == 0 else ("Пара: 1 наставляемый" if n == 1 else f"Группа: {n} наставляемых")
        shown = ", ".join(names[:4]) + (f" и ещё {n - 4}" if n > 4 else "")
        self._ui.selectedLabel.setText(f"{head}" + (f" — {shown}" if n else ""))

    def _load(self, r: PairRecord) -> None:
        ui = self._ui
        select_data(ui.formCombo, r.form.id)
        ui.formCombo.setEnabled(False)  # a form change is a new pair: the kinds would not fit
        fill_combo(ui.programmeCombo, [(r.programme.name, r.programme.id)])
        select_data(ui.typeCombo, r.type_id)
        select_data(ui.roleModelCombo, r.role_model_id)
        select_data(ui.statusCombo, r.status.value)
        ui.startDateEdit.setDate(to_qdate(r.start_date))
        ui.endCheck.setChecked(r.end_date is not None)
        if r.end_date is not None:
            ui.endDateEdit.setDate(to_qdate(r.end_date))
        if r.school_year:
            ui.schoolYearCombo.setCurrentText(r.school_year)
        ui.goalEdit.setPlainText(r.goal)
        ui.consentCheck.setChecked(r.mentor_consent_on is not None)
        if r.mentor_consent_on is not None:
            ui.consentDateEdit.setDate(to_qdate(r.mentor_consent_on))
        ui.agreementEdit.setText(r.agreement)


def remembered_start() -> date | None:
    value = app_settings().value("pairDialog/startDate")
    try:
        return date.fromisoformat(str(value)) if value else None
    except ValueError:
        return None


def remembered_programme() -> int | None:
    value = app_settings().value("pairDialog/programme")
    try:
        return int(str(value)) if value not in (None, "") else None
    except (TypeError, ValueError):
        return None
