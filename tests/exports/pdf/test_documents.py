"""Gathering what a printed document needs through the services (read-only)."""

from __future__ import annotations

import pytest

from mentor_desk.domain.enums import Gender
from mentor_desk.errors import NotFoundError, UserError
from mentor_desk.services.container import Services
from mentor_desk.services.documents import ioms_for_print, order_for_print
from tests.exports.pdf.school import build_school


def test_ioms_for_print_by_id_year_and_default(services: Services) -> None:
    school = build_school(services)
    year = services.organisation.current_year()

    assert [r.id for r in ioms_for_print(services, school.iom_id)] == [school.iom_id]
    assert [r.mentee.last_name for r in ioms_for_print(services)] == ["Зуев", "Лебедева"]
    assert len(ioms_for_print(services, school_year=year.title)) == 2
    with pytest.raises(UserError, match="нет ни одного ИОМ"):
        ioms_for_print(services, school_year=f"{year.start - 5}/{year.start - 4}")
    with pytest.raises(NotFoundError):
        ioms_for_print(services, 10_000)


def test_order_for_print_brings_people_with_their_genders(services: Services) -> None:
    school = build_school(services)

    document = order_for_print(services)

    assert document.order.id == school.order_id
    assert {p.id for p in document.pairs} == {school.pair_id, school.group_id}
    assert document.people[school.mentor_id].gender is Gender.MALE
    assert document.people[school.mentee_id].gender is None  # the order guesses it from the patronymic
    assert document.people[school.mentee_id].staff is not None
    assert document.coordinator is not None and document.coordinator.id == school.coordinator_id
