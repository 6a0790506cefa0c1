"""Hard cases of names and positions in the cases an order uses; phones and signature names."""

from __future__ import annotations

import pytest

from mentor_desk.domain.declension import Case, decline_name, decline_phrase, full_position
from mentor_desk.domain.enums import Gender
from mentor_desk.domain.names import NBSP, format_phone, signature

D, A, T = Case.DATIVE, Case.ACCUSATIVE, Case.INSTRUMENTAL  # T: творительный


@pytest.mark.parametrize(
    ("last", "first", "middle", "gender", "case", "expected"),
    [
        # hyphenated surnames: both parts change
        ("Петров-Водкин", "Кузьма", "Сергеевич", None, D, "Петрову-Водкину Кузьме Сергеевичу"),
        ("Петрова-Водкина", "Анна", "Сергеевна", None, A, "Петрову-Водкину Анну Сергеевну"),
        # «оглы» / «кызы»: the father's name and the particle stay
        ("Алиев", "Рашид", "Гасан оглы", None, T, "Алиевым Рашидом Гасан оглы"),
        ("Алиева", "Лейла", "Гасан кызы", None, D, "Алиевой Лейле Гасан кызы"),
        # -ич: a man's surname declines, a woman's does not
        ("Петрович", "Иван", "Иванович", None, D, "Петровичу Ивану Ивановичу"),
        ("Петрович", "Мария", "Ивановна", None, D, "Петрович Марии Ивановне"),
        # -ко, -ых: never declined
        ("Шевченко", "Олег", "Петрович", None, T, "Шевченко Олегом Петровичем"),
        ("Черных", "Ирина", "Павловна", None, A, "Черных Ирину Павловну"),
        ("Черных", "Игорь", "Павлович", None, D, "Черных Игорю Павловичу"),
        # -чая: declined as an adjective
        ("Горячая", "Алла", "Ивановна", None, T, "Горячей Аллой Ивановной"),
        # foreign and indeclinable
        ("Дюма", "Александр", "", Gender.MALE, D, "Дюма Александру"),
        ("Ким", "Наталья", "Сергеевна", None, A, "Ким Наталью Сергеевну"),
        ("Ким", "Сергей", "Олегович", None, D, "Киму Сергею Олеговичу"),
        # «Лев» loses its «е»
        ("Толстой", "Лев", "Николаевич", None, A, "Толстого Льва Николаевича"),
        ("Гусев", "Лев", "Ильич", None, T, "Гусевым Львом Ильичом"),
    ],
)
def test_hard_names(last: str, first: str, middle: str, gender: Gender | None, case: Case, expected: str) -> None:
    assert decline_name(last, first, middle, gender, case) == expected


@pytest.mark.parametrize(
    ("position", "case", "expected"),
    [
        ("учитель математики", A, "учителя математики"),
        ("заместитель директора по УВР", D, "заместителю директора по УВР"),
        ("педагог-психолог", T, "педагогом-психологом"),
        ("старший вожатый", D, "старшему вожатому"),
        ("социальный педагог", A, "социального педагога"),
        ("учитель начальных классов", T, "учителем начальных классов"),
        ("советник директора по воспитанию", D, "советнику директора по воспитанию"),
    ],
)
def test_positions_are_declined(position: str, case: Case, expected: str) -> None:
    assert decline_phrase(position, case) == expected


def test_full_position_names_the_subjects() -> None:
    assert full_position("учитель", "математика") == "учитель математики"
    assert full_position("учитель", "русский язык, литература") == "учитель русского языка и литературы"
    assert full_position("учитель", "физическая культура; ОБЗР") == "учитель физической культуры и ОБЗР"
    assert full_position("учитель истории", "История") == "учитель истории"
    assert full_position("педагог-психолог", "") == "педагог-психолог"


def test_signature_keeps_initials_with_the_surname() -> None:
    assert signature("Петрова-Водкина", "Анна", "Сергеевна") == f"А.С.{NBSP}Петрова-Водкина"
    assert signature("Ким", "", "") == "Ким"


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("89123456789", "+7 (912) 345-67-89"),
        ("8-912-345-67-89", "+7 (912) 345-67-89"),
        ("+7 912 3456789", "+7 (912) 345-67-89"),
        ("(912) 345 67 89", "+7 (912) 345-67-89"),
        ("+7 912 345-67-89 доб. 12", "+7 912 345-67-89 доб. 12"),
        ("12-34-56", "12-34-56"),
        ("", ""),
    ],
)
def test_phones_in_one_format(typed: str, expected: str) -> None:
    assert format_phone(typed) == expected
