"""Russian names in the grammatical cases an order needs («закрепить Иванову Марию Петровну»)."""

from __future__ import annotations

from enum import Enum
from functools import lru_cache

from pytrovich.detector import PetrovichGenderDetector
from pytrovich.enums import Case as PCase
from pytrovich.enums import Gender as PGender
from pytrovich.enums import NamePart
from pytrovich.maker import PetrovichDeclinationMaker

from mentor_desk.domain.enums import Gender


class Case(Enum):
    NOMINATIVE = PCase.NOMINATIVE
    GENITIVE = PCase.GENITIVE
    DATIVE = PCase.DATIVE
    ACCUSATIVE = PCase.ACCUSATIVE
    INSTRUMENTAL = PCase.INSTRUMENTAL
    PREPOSITIONAL = PCase.PREPOSITIONAL


@lru_cache(maxsize=1)
def _maker() -> PetrovichDeclinationMaker:
    return PetrovichDeclinationMaker()


@lru_cache(maxsize=1)
def _detector() -> PetrovichGenderDetector:
    return PetrovichGenderDetector()


def gender_from_patronymic(middle: str) -> Gender | None:
    """-вич/-ич and «оглы» are male, -вна/-чна and «кызы» female; anything else is unknown."""
    word = middle.strip().lower()
    if word.endswith(("вич", "ич", "оглы", "улы", "уулу")):
        return Gender.MALE
    if word.endswith(("вна", "чна", "кызы", "гызы")):
        return Gender.FEMALE
    return None


def guess_gender(last: str, first: str, middle: str = "") -> Gender | None:
    """The stored gender is missing: the patronymic decides, else pytrovich's detector, else None."""
    by_patronymic = gender_from_patronymic(middle)
    if by_patronymic is not None:
        return by_patronymic
    detected = _detector().detect(firstname=first or None, lastname=last or None, middlename=middle or None)
    if detected is PGender.MALE:
        return Gender.MALE
    if detected is PGender.FEMALE:
        return Gender.FEMALE
    return None


def resolve_gender(last: str, first: str, middle: str, gender: Gender | None) -> Gender | None:
    return gender if gender is not None else guess_gender(last, first, middle)


@lru_cache(maxsize=4096)
def decline_name(last: str, first: str, middle: str, gender: Gender | None, case: Case) -> str:
    """«Фамилия Имя Отчество» in `case`; a part no rule knows stays as it is."""
    if case is Case.NOMINATIVE:
        return " ".join(p for p in (last, first, middle) if p)
    known = gender is not None
    resolved = resolve_gender(last, first, middle, gender)
    pgender = {Gender.MALE: PGender.MALE, Gender.FEMALE: PGender.FEMALE}.get(resolved, PGender.ANDROGYNOUS)  # type: ignore[arg-type]
    # A gender that came from the patronymic is as good as a stored one.
    known = known or gender_from_patronymic(middle) is not None
    maker = _maker()
    parts = []
    for part, value in ((NamePart.LASTNAME, last), (NamePart.FIRSTNAME, first), (NamePart.MIDDLENAME, middle)):
        if value:
            parts.append(maker.make(part, pgender, case.value, value, known_gender=known))
    return " ".join(parts)
