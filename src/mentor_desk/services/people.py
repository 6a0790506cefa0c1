"""People: staff, pupils, students and employer representatives, with consents."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from mentor_desk.db import models as m
from mentor_desk.domain.enums import ConsentType, PersonKind
from mentor_desk.domain.publication import format_scope, parse_scope
from mentor_desk.domain.records import (
    ConsentDraft,
    ConsentRecord,
    PersonDraft,
    PersonRecord,
    PersonRow,
)
from mentor_desk.domain.validation import check_person
from mentor_desk.errors import RuleViolation, UserError
from mentor_desk.services import mapping, queries
from mentor_desk.services.base import ServiceBase, today
from mentor_desk.services.queries.people_table import people_table_rows
from mentor_desk.services.queries.person_rows import apply_draft, insert_people


class PeopleService(ServiceBase):
    # ---- reading -------------------------------------------------------------------

    def list_people(self, include_archived: bool = True, kind: PersonKind | None = None) -> list[PersonRecord]:
        """Everyone of the school with their profiles, loads and consent state."""
        conditions: list[ColumnElement[bool]] = []
        if not include_archived:
            conditions.append(m.Person.archived.is_(False))
        if kind is not None:
            conditions.append(m.Person.kind == kind)
        with self._tx() as s:
            return queries.people_records(s, self.organisation_id, *conditions)

    def table_rows(self) -> list[PersonRow]:
        """Everyone of the school (the archive too) as compact rows of the participants table."""
        with self._tx() as s:
            return people_table_rows(s, self.organisation_id)

    def get(self, person_id: int) -> PersonRecord:
        with self._tx() as s:
            self._get(s, m.Person, person_id, "Участник")
            return queries.people_by_id(s, self.organisation_id, [person_id])[person_id]

    def get_many(self, person_ids: Iterable[int]) -> list[PersonRecord]:
        """The people with these ids in the order asked (unknown ids are left out), read in batches."""
        ids = list(person_ids)
        with self._tx() as s:
            by_id = queries.people_by_id(s, self.organisation_id, ids)
            return [by_id[i] for i in ids if i in by_id]

    def _record(self, s: Session, row: m.Person) -> PersonRecord:
        """The record of a row just written (flushed by the loader)."""
        s.flush()
        return queries.people_by_id(s, self.organisation_id, [row.id])[row.id]

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
            return self._record(s, row)

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
            return self._record(s, row)

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
            return self._record(s, row)

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
        if draft.consent_type is ConsentType.PUBLICATION and not parse_scope(",".join(draft.scope)):
            raise UserError("Отметьте, что можно публиковать по этому согласию (хотя бы ФИО).")
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
                scope=format_scope(draft.scope) if draft.consent_type is ConsentType.PUBLICATION else "",
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
