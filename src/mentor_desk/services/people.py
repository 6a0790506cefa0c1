"""People: staff, pupils, students and employer representatives, with consents."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from typing import Any, cast

from sqlalchemy import Table, Text, func, insert, select, type_coerce
from sqlalchemy.orm import Session

from mentor_desk.db import models as m
from mentor_desk.domain.enums import ConsentType, PairStatus, PersonKind, QualificationCategory
from mentor_desk.domain.records import (
    ConsentDraft,
    ConsentRecord,
    ExternalProfile,
    MenteeProfile,
    MentorProfile,
    PersonDraft,
    PersonRecord,
    PupilProfile,
    StaffProfile,
)
from mentor_desk.domain.rules import is_young_specialist
from mentor_desk.domain.validation import check_person, normalise_class
from mentor_desk.errors import RuleViolation, UserError
from mentor_desk.services import mapping
from mentor_desk.services.base import ServiceBase, today


class PeopleService(ServiceBase):
    # ---- reading -------------------------------------------------------------------

    def list_people(self, include_archived: bool = True, kind: PersonKind | None = None) -> list[PersonRecord]:
        """Everyone of the school with their profiles, loads and consent state (one joined query)."""
        with self._tx() as s:
            stmt = self._joined_select().where(m.Person.organisation_id == self.organisation_id)
            if not include_archived:
                stmt = stmt.where(m.Person.archived.is_(False))
            if kind is not None:
                stmt = stmt.where(m.Person.kind == kind)
            return self._records_from_rows(s, s.connection().execute(stmt.order_by(m.Person.id)).all())

    def get(self, person_id: int) -> PersonRecord:
        with self._tx() as s:
            self._get(s, m.Person, person_id, "Участник")
            return self._records_from_rows(
                s, s.connection().execute(self._joined_select().where(m.Person.id == person_id)).all()
            )[0]

    def get_many(self, person_ids: Iterable[int]) -> list[PersonRecord]:
        ids = list(person_ids)
        with self._tx() as s:
            rows = s.connection().execute(
                self._joined_select().where(m.Person.organisation_id == self.organisation_id, m.Person.id.in_(ids))
            ).all()
            by_id = {r.id: r for r in self._records_from_rows(s, rows)}
            return [by_id[i] for i in ids if i in by_id]

    def _records(self, s: Session, rows: Iterable[m.Person]) -> list[PersonRecord]:
        """Records for ORM rows already at hand (after a write)."""
        ids = [r.id for r in rows]
        s.flush()
        result = s.connection().execute(self._joined_select().where(m.Person.id.in_(ids))).all()
        by_id = {r.id: r for r in self._records_from_rows(s, result)}
        return [by_id[i] for i in ids]

    @staticmethod
    def _joined_select() -> Any:
        st, pp, ex, mp, me = (m.StaffProfileRow, m.PupilProfileRow, m.ExternalProfileRow, m.MentorProfileRow,
                              m.MenteeProfileRow)
        return (
            select(
                m.Person.id, m.Person.last_name, m.Person.first_name, m.Person.middle_name, m.Person.kind,
                m.Person.gender, m.Person.birth_date, m.Person.phone, m.Person.email, m.Person.contact_note,
                m.Person.archived,
                st.person_id, st.position, st.subjects, st.experience_years, st.experience_as_of, st.hire_date,
                st.category, st.education, st.shmo, st.young_specialist_override,
                pp.person_id, pp.class_name, type_coerce(pp.categories, Text),  # decoded only when not empty
                ex.person_id, ex.organisation_name, ex.position_or_course,
                mp.person_id, mp.competences, mp.interests, mp.achievements, mp.resource, mp.schedule,
                mp.desired_age, mp.joined_on,
                me.person_id, me.request, me.deficits, me.joined_on, m.Person.version,
            )
            .outerjoin(st, st.person_id == m.Person.id)
            .outerjoin(pp, pp.person_id == m.Person.id)
            .outerjoin(ex, ex.person_id == m.Person.id)
            .outerjoin(mp, mp.person_id == m.Person.id)
            .outerjoin(me, me.person_id == m.Person.id)
        )

    def _records_from_rows(self, s: Session, rows: Sequence[Any]) -> list[PersonRecord]:
        on = today()
        org = self.organisation_id
        open_pairs = m.Pair.status.in_((PairStatus.PLANNED, PairStatus.ACTIVE))
        mentor_loads = dict(
            s.execute(
                select(m.Pair.mentor_id, func.count(m.PairMentee.id))
                .join(m.PairMentee, m.PairMentee.pair_id == m.Pair.id)
                .where(m.Pair.organisation_id == org, open_pairs)
                .group_by(m.Pair.mentor_id)
            ).all()
        )
        mentee_pairs = dict(
            s.execute(
                select(m.PairMentee.mentee_id, func.count(m.PairMentee.id))
                .join(m.Pair, m.PairMentee.pair_id == m.Pair.id)
                .where(m.Pair.organisation_id == org, open_pairs)
                .group_by(m.PairMentee.mentee_id)
            ).all()
        )
        consented = set(
            s.scalars(
                select(m.Consent.person_id).where(
                    m.Consent.organisation_id == org,
                    m.Consent.consent_type == ConsentType.PROCESSING,
                    m.Consent.withdrawn_on.is_(None),
                )
            ).all()
        )
        out = []
        for r in rows:
            staff = (
                StaffProfile(r[12], r[13], r[14], r[15], r[16], r[17] or QualificationCategory.NONE, r[18], r[19], r[20])
                if r[11] is not None
                else None
            )
            override = staff.young_specialist_override if staff is not None else None
            out.append(
                PersonRecord(
                    id=r[0],
                    last_name=r[1],
                    first_name=r[2],
                    middle_name=r[3],
                    kind=r[4],
                    gender=r[5],
                    birth_date=r[6],
                    phone=r[7],
                    email=r[8],
                    contact_note=r[9],
                    archived=r[10],
                    staff=staff,
                    pupil=PupilProfile(r[22], _categories(r[23])) if r[21] is not None else None,
                    external=ExternalProfile(r[25], r[26]) if r[24] is not None else None,
                    mentor=MentorProfile(r[28], r[29], r[30], r[31], r[32], r[33], r[34]) if r[27] is not None else None,
                    mentee=MenteeProfile(r[36], r[37], r[38]) if r[35] is not None else None,
                    young_specialist=is_young_specialist(
                        r[4], r[6], mapping.experience_now(staff, on), on, override
                    ),
                    active_mentor_pairs=int(mentor_loads.get(r[0], 0)),
                    active_mentee_pairs=int(mentee_pairs.get(r[0], 0)),
                    has_processing_consent=r[0] in consented,
                    version=r[39],
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
            apply_draft(row, draft)
            s.add(row)
            s.flush()
            return self._records(s, [row])[0]

    def create_many(self, drafts: Iterable[PersonDraft]) -> int:
        """Create many people in one transaction (imports, demo); all or nothing."""
        drafts = list(drafts)
        for draft in drafts:
            self.validate(draft)
        with self._tx() as s:
            insert_people(s, self.organisation_id, drafts)
        return len(drafts)

    def update(self, person_id: int, draft: PersonDraft, expected_version: int | None = None) -> PersonRecord:
        self.validate(draft)
        with self._tx() as s:
            row = self._get(s, m.Person, person_id, "Участник")
            self._check_version(row, expected_version)
            if row.kind != draft.kind and _is_referenced(s, person_id):
                raise UserError(
                    "Нельзя сменить категорию участника, который состоит в паре или ИОМ: "
                    "это нарушит форму наставничества. Завершите пары или создайте новую запись."
                )
            apply_draft(row, draft)
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


def apply_draft(row: m.Person, draft: PersonDraft) -> None:
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


def _categories(raw: Any) -> tuple[str, ...]:
    """Pupil categories from the JSON column read as text (most pupils have none)."""
    if not raw or raw == "[]":
        return ()
    values = json.loads(raw) if isinstance(raw, str) else raw
    return tuple(str(v) for v in values)


def insert_people(s: Session, organisation_id: int, drafts: Sequence[PersonDraft]) -> list[int]:
    """Bulk-insert already validated drafts with their profiles (Core executemany, no unit of work)."""
    if not drafts:
        return []
    now = datetime.now()
    on = today()
    persons = [
        {
            "organisation_id": organisation_id,
            "last_name": d.last_name.strip(),
            "first_name": d.first_name.strip(),
            "middle_name": d.middle_name.strip(),
            "kind": d.kind,
            "gender": d.gender,
            "birth_date": d.birth_date,
            "phone": d.phone.strip(),
            "email": d.email.strip(),
            "contact_note": d.contact_note.strip(),
            "archived": False,
            "created_at": now,
            "updated_at": now,
        }
        for d in drafts
    ]
    person_table = cast(Table, m.Person.__table__)
    ids = list(s.scalars(insert(person_table).returning(person_table.c.id, sort_by_parameter_order=True), persons))
    staff, pupils, externals, mentors, mentees = [], [], [], [], []
    for pid, d in zip(ids, drafts, strict=True):
        if d.staff is not None:
            st = d.staff
            staff.append({
                "person_id": pid, "position": st.position.strip(), "subjects": st.subjects.strip(),
                "experience_years": st.experience_years,
                "experience_as_of": st.experience_as_of or (on if st.experience_years is not None else None),
                "hire_date": st.hire_date, "category": st.category, "education": st.education.strip(),
                "shmo": st.shmo.strip(), "young_specialist_override": st.young_specialist_override,
            })
        if d.pupil is not None:
            pupils.append({"person_id": pid, "class_name": normalise_class(d.pupil.class_name),
                           "categories": list(d.pupil.categories)})
        if d.external is not None:
            externals.append({"person_id": pid, "organisation_name": d.external.organisation_name.strip(),
                              "position_or_course": d.external.position_or_course.strip()})
        if d.mentor is not None:
            mp = d.mentor
            mentors.append({
                "person_id": pid, "competences": mp.competences, "interests": mp.interests,
                "achievements": mp.achievements, "resource": mp.resource, "schedule": mp.schedule,
                "desired_age": mp.desired_age, "joined_on": mp.joined_on,
            })
        if d.mentee is not None:
            mentees.append({"person_id": pid, "request": d.mentee.request, "deficits": d.mentee.deficits,
                            "joined_on": d.mentee.joined_on})
    for model, rows in (
        (m.StaffProfileRow, staff),
        (m.PupilProfileRow, pupils),
        (m.ExternalProfileRow, externals),
        (m.MentorProfileRow, mentors),
        (m.MenteeProfileRow, mentees),
    ):
        if rows:
            s.execute(insert(cast(Table, model.__table__)), rows)
    return ids
