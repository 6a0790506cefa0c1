"""Names in the cases an order needs, with the gender stored, read from the patronymic or guessed."""

from __future__ import annotations

import pytest

from mentor_desk.domain.declension import Case, decline_name, gender_from_patronymic, guess_gender
from mentor_desk.domain.enums import Gender


@pytest.mark.parametrize(
    ("case", "expected"),
    [
        (Case.NOMINATIVE, "Иванова Мария Петровна"),
        (Case.GENITIVE, "Ивановой Марии Петровны"),
        (Case.DATIVE, "Ивановой Марии Петровне"),
        (Case.ACCUSATIVE, "Иванову Марию Петровну"),
        (Case.INSTRUMENTAL, "Ивановой Марией Петровной"),
    ],
)
def test_female_name_in_every_case(case: Case, expected: str) -> None:
    assert decline_name("Иванова", "Мария", "Петровна", Gender.FEMALE, case) == expected


def test_male_name_without_stored_gender_uses_the_patronymic() -> None:
    assert decline_name("Сидоров", "Алексей", "Игоревич", None, Case.INSTRUMENTAL) == "Сидоровым Алексеем Игоревичем"
    assert decline_name("Громов", "Аркадий", "Степанович", None, Case.ACCUSATIVE) == "Громова Аркадия Степановича"


def test_surname_that_does_not_change_with_gender() -> None:
    # «Ким» declines for a man and stays for a woman: the gender must reach the rules.
    assert decline_name("Ким", "Александр", "Олегович", None, Case.ACCUSATIVE) == "Кима Александра Олеговича"
    assert decline_name("Ким", "Александра", "Олеговна", None, Case.ACCUSATIVE) == "Ким Александру Олеговну"
    assert decline_name("Черных", "Илья", "", Gender.MALE, Case.DATIVE) == "Черных Илье"


def test_stored_gender_wins_over_the_guess() -> None:
    assert decline_name("Ким", "Саша", "", Gender.FEMALE, Case.GENITIVE) == "Ким Саши"
    assert decline_name("Ким", "Саша", "", Gender.MALE, Case.GENITIVE) == "Кима Саши"


def test_gender_guesses() -> None:
    assert gender_from_patronymic("Ильинична") is Gender.FEMALE
    assert gender_from_patronymic("Ильич") is Gender.MALE
    assert gender_from_patronymic("Мамед оглы") is Gender.MALE
    assert gender_from_patronymic("") is None
    assert guess_gender("Лебедева", "Ксения", "") is Gender.FEMALE
    assert guess_gender("Петров", "Пётр", "") is Gender.MALE
