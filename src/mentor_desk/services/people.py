"""People: staff, pupils, students and employer representatives, with consents."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from mentor_desk.db import models as m
from mentor_desk.domain.enums import ConsentType, PersonKind
from mentor_desk.domain.records import ConsentDraft, ConsentRecord, PersonDraft, PersonRecord
from mentor_desk.domain.validation import check_person, normalise_class
from mentor_desk.errors import RuleViolation, UserError
from mentor_desk.services import mapping
from mentor_desk.services.base import ServiceBase, today

_PROFILE_LOADS = (
    selectinload(m.Person.staff),
    selectinload(m.Person.pupil),
    selectinload(m.Person.external),
    selectinload(m.Person.mentor_profile),
    selectinload(m.Person.mentee_profile),
)


class PeopleService(ServiceBase):
    # ---- reading -------------------------------------------------------------------

    def list_people(self, include_archived: bool = True, kind: PersonKind | None = None) -> list[PersonRecord]:
        """Everyone of the school with their profiles, loads and consent state."""
        with self._tx() as s:
            stmt = select(m.Person).where(m.Person.organisation_id == self.organisation_id).options(*_PROFILE_LOADS)
            if not include_archived:
                stmt = stmt.where(m.Person.archived.is_(False))
            if kind is not None:
                stmt = stmt.where(m.Person.kind == kind)
            rows = s.scalars(stmt.order_by(m.Person.id)).all()
            return self._records(s, rows)

    def get(self, person_id: int) -> PersonRecord:
        with self._tx() as s:
            row = self._get(s, m.Person, person_id, "Участник")
            return self._records(s, [row])[0]

    def get_many(self, person_ids: Iterable[int]) -> list[PersonRecord]:
        ids = list(person_ids)
        with self._tx() as s:
            rows = s.scalars(
                select(m.Person)
                .where(m.Person.organisation_id == self.organisation_id, m.Person.id.in_(ids))
                .options(*_PROFILE_LOADS)
            ).all()
            by_id = {r.id: r for r in self._records(s, rows)}
            return [by_id[i] for i in ids if i in by_id]

    def _records(self, s: Session, rows: Iterable[m.Person]) -> list[PersonRecord]:
        rows = list(rows)
        on = today()
        mentor_loads = dict(
            s.execute(
                select(m.Pair.mentor_id, func.count(m.PairMentee.id))
                .join(m.PairMentee, m.PairMentee.pair_id == m.Pair.id)
                .where(m.Pair.organisation_id == self.organisation_id, m.Pair.status.in_(("planned", "active")))
                .group_by(m.Pair.mentor_id)
            ).all()
        )
        mentee_pairs = dict(
            s.execute(
                select(m.PairMentee.mentee_id, func.count(m.PairMentee.id))
                .join(m.Pair, m.PairMentee.pair_id == m.Pair.id)
                .where(m.Pair.organisation_id == self.organisation_id, m.Pair.status.in_(("planned", "active")))
                .group_by(m.PairMentee.mentee_id)
            ).all()
        )
        consented = set(
            s.scalars(
                select(m.Consent.person_id).where(
                    m.Consent.organisation_id == self.organisation_id,
                    m.Consent.consent_type == ConsentType.PROCESSING,
                    m.Consent.withdrawn_on.is_(None),
                )
            ).all()
        )
        out = []
        for row in rows:
            staff = mapping.staff_profile(row.staff)
            out.append(
                PersonRecord(
                    id=row.id,
                    last_name=row.last_name,
                    first_name=row.first_name,
                    middle_name=row.middle_name,
                    kind=row.kind,
                    gender=row.gender,
                    birth_date=row.birth_date,
                    phone=row.phone,
                    email=row.email,
                    contact_note=row.contact_note,
                    archived=row.archived,
                    staff=staff,
                    pupil=mapping.pupil_profile(row.pupil),
                    external=mapping.external_profile(row.external),
                    mentor=mapping.mentor_profile(row.mentor_profile),
                    mentee=mapping.mentee_profile(row.mentee_profile),
                    young_specialist=mapping.young_specialist(row, staff, on),
                    active_mentor_pairs=int(mentor_loads.get(row.id, 0)),
                    active_mentee_pairs=int(mentee_pairs.get(row.id, 0)),
                    has_processing_consent=row.id in consented,
                )
            )
        return out

    # ---- writing -------------------------------------------------------------------

    def validate(self, draft: PersonDraft) -> None:
        issues = check_person(draft, today())
        if issues:
            raise RuleViolation(issues)

    def create(self, draft: PersonDraft) -> PersonRecord:
        self.validate(draft)
        with self._tx() as s:
            row = m.Person(organisation_id=self.organisation_id)
            _apply(row, draft)
            s.add(row)
            s.flush()
            return self._records(s, [row])[0]

    def create_many(self, drafts: Iterable[PersonDraft]) -> int:
        """Create many people in one transaction (imports, demo); all or nothing."""
        drafts = list(drafts)
        for draft in drafts:
            self.validate(draft)
        with self._tx() as s:
            for draft in drafts:
                row = m.Person(organisation_id=self.organisation_id)
                _apply(row, draft)
                s.add(row)
        return len(drafts)

    def update(self, person_id: int, draft: PersonDraft) -> PersonRecord:
        self.validate(draft)
        with self._tx() as s:
            row = self._get(s, m.Person, person_id, "Участник")
            if row.kind != draft.kind and _is_referenced(s, person_id):
                raise UserError(
                    "Нельзя сменить категорию участника, который состоит в паре или ИОМ: "
                    "это нарушит форму наставничества. Завершите пары или создайте новую запись."
                )
            _apply(row, draft)
            s.flush()
            return self._records(s, [row])[0]

    def set_archived(self, person_id: int, archived: bool = True) -> PersonRecord:
        with self._tx() as s:
            row = self._get(s, m.Person, person_id, "Участник")
            if archived:
                busy = s.scalar(
                    select(func.count())
                    .select_from(m.Pair)
                    .outerjoin(m.PairMentee, m.PairMentee.pair_id == m.Pair.id)
                    .where(
                        m.Pair.status.in_(("planned", "active")),
                        (m.Pair.mentor_id == person_id) | (m.PairMentee.mentee_id == person_id),
                    )
                )
                if busy:
                    raise UserError(
                        "Участник состоит в действующей паре. Сначала завершите или прервите пару "
                        "(вкладка «Пары и группы»), затем переведите его в архив."
                    )
            row.archived = archived
            s.flush()
            return self._records(s, [row])[0]

    def delete(self, person_id: int) -> None:
        """Delete a person who was never referenced; referenced people are archived instead."""
        with self._tx() as s:
            row = self._get(s, m.Person, person_id, "Участник")
            if _is_referenced(s, person_id):
                raise UserError(
                    "Участник упоминается в парах, приказах или ИОМ: такие записи не удаляются, "
                    "а переводятся в архив."
                )
            s.delete(row)

    # ---- consents ------------------------------------------------------------------

    def list_consents(self, person_id: int) -> list[ConsentRecord]:
        with self._tx() as s:
            self._get(s, m.Person, person_id, "Участник")
            rows = s.scalars(
                select(m.Consent).where(m.Consent.person_id == person_id).order_by(m.Consent.signed_on, m.Consent.id)
            ).all()
            return [mapping.consent(r) for r in rows]

    def add_consent(self, draft: ConsentDraft) -> ConsentRecord:
        if draft.signed_on > today():
            raise UserError("Дата согласия не может быть в будущем.")
        if draft.withdrawn_on is not None and draft.withdrawn_on < draft.signed_on:
            raise UserError("Дата отзыва согласия не может быть раньше даты подписания.")
        with self._tx() as s:
            self._get(s, m.Person, draft.person_id, "Участник")
            row = m.Consent(
                organisation_id=self.organisation_id,
                person_id=draft.person_id,
                consent_type=draft.consent_type,
                signed_on=draft.signed_on,
                signer=draft.signer,
                signer_name=draft.signer_name.strip(),
                withdrawn_on=draft.withdrawn_on,
            )
            s.add(row)
            s.flush()
            return mapping.consent(row)

    def withdraw_consent(self, consent_id: int, on: date) -> ConsentRecord:
        with self._tx() as s:
            row = self._get(s, m.Consent, consent_id, "Согласие")
            if on < row.signed_on:
                raise UserError("Дата отзыва согласия не может быть раньше даты подписания.")
            row.withdrawn_on = on
            s.flush()
            return mapping.consent(row)

    def delete_consent(self, consent_id: int) -> None:
        with self._tx() as s:
            s.delete(self._get(s, m.Consent, consent_id, "Согласие"))


def _is_referenced(s: Session, person_id: int) -> bool:
    checks = (
        select(m.Pair.id).where(m.Pair.mentor_id == person_id),
        select(m.PairMentee.id).where(m.PairMentee.mentee_id == person_id),
        select(m.Iom.id).where((m.Iom.mentee_id == person_id) | (m.Iom.mentor_id == person_id)),
        select(m.Order.id).where(m.Order.coordinator_id == person_id),
    )
    return any(s.scalar(stmt.limit(1)) is not None for stmt in checks)


def _apply(row: m.Person, draft: PersonDraft) -> None:
    row.last_name = draft.last_name.strip()
    row.first_name = draft.first_name.strip()
    row.middle_name = draft.middle_name.strip()
    row.kind = draft.kind
    row.gender = draft.gender
    row.birth_date = draft.birth_date
    row.phone = draft.phone.strip()
    row.email = draft.email.strip()
    row.contact_note = draft.contact_note.strip()
    if draft.staff is not None:
        st = row.staff or m.StaffProfileRow()
        st.position = draft.staff.position.strip()
        st.subjects = draft.staff.subjects.strip()
        st.experience_years = draft.staff.experience_years
        st.experience_as_of = draft.staff.experience_as_of or (
            today() if draft.staff.experience_years is not None else None
        )
        st.hire_date = draft.staff.hire_date
        st.category = draft.staff.category
        st.education = draft.staff.education.strip()
        st.shmo = draft.staff.shmo.strip()
        st.young_specialist_override = draft.staff.young_specialist_override
        row.staff = st
    else:
        row.staff = None
    if draft.pupil is not None:
        pp = row.pupil or m.PupilProfileRow()
        pp.class_name = normalise_class(draft.pupil.class_name)
        pp.categories = list(draft.pupil.categories)
        row.pupil = pp
    else:
        row.pupil = None
    if draft.external is not None:
        ex = row.external or m.ExternalProfileRow()
        ex.organisation_name = draft.external.organisation_name.strip()
        ex.position_or_course = draft.external.position_or_course.strip()
        row.external = ex
    else:
        row.external = None
    if draft.mentor is not None:
        mp = row.mentor_profile or m.MentorProfileRow()
        mp.competences = draft.mentor.competences
        mp.interests = draft.mentor.interests
        mp.achievements = draft.mentor.achievements
        mp.resource = draft.mentor.resource
        mp.schedule = draft.mentor.schedule
        mp.desired_age = draft.mentor.desired_age
        mp.joined_on = draft.mentor.joined_on
        row.mentor_profile = mp
    else:
        row.mentor_profile = None
    if draft.mentee is not None:
        me = row.mentee_profile or m.MenteeProfileRow()
        me.request = draft.mentee.request
        me.deficits = draft.mentee.deficits
        me.joined_on = draft.mentee.joined_on
        row.mentee_profile = me
    else:
        row.mentee_profile = None
