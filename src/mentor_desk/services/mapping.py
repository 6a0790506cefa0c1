"""Turning ORM rows into frozen domain records (services never hand out ORM objects)."""

from __future__ import annotations

from datetime import date

from mentor_desk.db import models as m
from mentor_desk.domain.enums import ConsentType, OrderAmendment, OrderKind
from mentor_desk.domain.publication import parse_scope
from mentor_desk.domain.records import (
    ActivityRecord,
    AttachmentRecord,
    CatalogueItem,
    ConsentRecord,
    FormRecord,
    MeetingRecord,
    OrderRecord,
    OrderRef,
    OrganisationRecord,
    PersonRef,
    ProgrammeRecord,
    StaffProfile,
)
from mentor_desk.domain.schoolyear import SchoolYear


def organisation(row: m.Organisation) -> OrganisationRecord:
    return OrganisationRecord(
        id=row.id,
        full_name=row.full_name,
        short_name=row.short_name,
        director_name=row.director_name,
        director_position=row.director_position,
        coordinator_name=row.coordinator_name,
        coordinator_position=row.coordinator_position,
        address=row.address,
        municipality=row.municipality,
        current_year=row.current_year,
        version=row.version,
    )


def person_ref(row: m.Person) -> PersonRef:
    return PersonRef(row.id, row.last_name, row.first_name, row.middle_name, row.kind)


def experience_now(staff: StaffProfile | None, on: date) -> float | None:
    """Teaching experience grown from the date it was recorded to `on`."""
    if staff is None:
        return None
    return experience_grown(staff.experience_years, staff.experience_as_of, on)


def experience_grown(years: float | None, as_of: date | None, on: date) -> float | None:
    """Experience of `years` recorded on `as_of`, grown to `on` (the one rule experience_now applies)."""
    if years is None:
        return None
    if as_of is None or as_of > on:
        return years
    return years + (on - as_of).days / 365.25


def consent(row: m.Consent) -> ConsentRecord:
    return ConsentRecord(
        id=row.id,
        person_id=row.person_id,
        consent_type=row.consent_type,
        signed_on=row.signed_on,
        signer=row.signer,
        signer_name=row.signer_name,
        withdrawn_on=row.withdrawn_on,
        scope=parse_scope(row.scope) if row.consent_type is ConsentType.PUBLICATION else (),
    )


def form(row: m.MentoringForm) -> FormRecord:
    return FormRecord(row.id, row.name, row.mentor_kind, row.mentee_kind, row.active, row.sort_order)


def catalogue_item(row: m.CatalogueMixin) -> CatalogueItem:
    return CatalogueItem(row.id, row.name, row.sort_order, row.active)


def programme(row: m.Programme) -> ProgrammeRecord:
    return ProgrammeRecord(row.id, row.name, row.for_teachers, row.sort_order, row.active)


def order_ref(row: m.Order | None) -> OrderRef | None:
    return None if row is None else OrderRef(row.id, row.number, row.signed_on)


def order(
    row: m.Order,
    coordinator: m.Person | None,
    pair_ids: tuple[int, ...],
    amends: OrderRef | None = None,
    amended_by: tuple[tuple[OrderRef, OrderAmendment], ...] = (),
) -> OrderRecord:
    return OrderRecord(
        id=row.id,
        kind=row.kind,
        number=row.number,
        signed_on=row.signed_on,
        title=row.title,
        preamble=row.preamble,
        coordinator=person_ref(coordinator) if coordinator is not None else None,
        pair_ids=pair_ids,
        school_year=row.school_year or SchoolYear.governed_by(row.signed_on, row.kind is OrderKind.COMPLETION).title,
        amends=amends,
        amendment=OrderAmendment(row.amendment) if row.amendment else None,
        amended_by=amended_by,
    )


def meeting(row: m.Meeting) -> MeetingRecord:
    return MeetingRecord(
        id=row.id,
        pair_id=row.pair_id,
        held_on=row.held_on,
        topic=row.topic,
        form=row.form,
        duration_minutes=row.duration_minutes,
        done=row.done,
        next_steps=row.next_steps,
    )


def attachment(row: m.Attachment) -> AttachmentRecord:
    return AttachmentRecord(row.id, row.activity_id, row.sha256, row.original_name, row.size, row.added_at)


def activity(row: m.IomActivity, directions: dict[int, str], products: dict[int, str]) -> ActivityRecord:
    return ActivityRecord(
        id=row.id,
        iom_id=row.iom_id,
        position=row.position,
        title=row.title,
        direction=directions.get(row.direction_id, "") if row.direction_id else "",
        direction_id=row.direction_id,
        period=row.period,
        due_date=row.due_date,
        product_type=products.get(row.product_type_id, "") if row.product_type_id else "",
        product_type_id=row.product_type_id,
        product_description=row.product_description,
        responsible=row.responsible,
        status=row.status,
        done_on=row.done_on,
        mark=row.mark,
        attachments=tuple(attachment(a) for a in row.attachments),
        version=row.version,
    )
