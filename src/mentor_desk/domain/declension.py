"""Russian names and positions in the grammatical cases documents need («закрепить Иванову Марию
Петровну, учителя математики, за наставником …»): names by pytrovich's rules, positions and
subjects by pymorphy3's dictionary. A form nobody can decline is left as written; the coordinator
confirms or corrects every form before an order prints (services/names)."""

from __future__ import annotations

import re
from enum import Enum
from functools import lru_cache
from typing import Any

from pytrovich.detector import PetrovichGenderDetector
from pytrovich.enums import Case as PCase
from pytrovich.enums import Gender as PGender
from pytrovich.enums import NamePart
from pytrovich.maker import PetrovichDeclinationMaker

from mentor_desk.domain.enums import Gender


class Case(Enum):
    """A grammatical case; the value is pymorphy3's grammeme (also the key stored with corrections)."""

    NOMINATIVE = "nomn"
    GENITIVE = "gent"
    DATIVE = "datv"
    ACCUSATIVE = "accs"
    INSTRUMENTAL = "ablt"
    PREPOSITIONAL = "loct"

    @property
    def label(self) -> str:
        return _CASE_LABELS[self]

    @property
    def question(self) -> str:
        """The case's question, as Russian grammar books name it («кому?»)."""
        return _CASE_QUESTIONS[self]

    @property
    def pytrovich(self) -> PCase:
        return _PCASES[self]


_CASE_LABELS = {
    Case.NOMINATIVE: "именительный", Case.GENITIVE: "родительный", Case.DATIVE: "дательный",
    Case.ACCUSATIVE: "винительный", Case.INSTRUMENTAL: "творительный", Case.PREPOSITIONAL: "предложный",
}
_CASE_QUESTIONS = {
    Case.NOMINATIVE: "кто?", Case.GENITIVE: "кого?", Case.DATIVE: "кому?",
    Case.ACCUSATIVE: "кого?", Case.INSTRUMENTAL: "кем?", Case.PREPOSITIONAL: "о ком?",
}
_PCASES = {
    Case.NOMINATIVE: PCase.NOMINATIVE, Case.GENITIVE: PCase.GENITIVE, Case.DATIVE: PCase.DATIVE,
    Case.ACCUSATIVE: PCase.ACCUSATIVE, Case.INSTRUMENTAL: PCase.INSTRUMENTAL,
    Case.PREPOSITIONAL: PCase.PREPOSITIONAL,
}


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
            parts.append(maker.make(part, pgender, case.pytrovich, value, known_gender=known))
    return " ".join(parts)


# ---- positions and subjects (pymorphy3) -------------------------------------------------------

_SPLIT_SUBJECTS = re.compile(r"\s*(?:[,;/]|\sи\s)\s*")
_TEACHER_WORDS = ("учитель", "преподаватель")


@lru_cache(maxsize=1)
def _morph() -> Any:
    import pymorphy3  # a dictionary of 15 MB: loaded on the first declension only

    return pymorphy3.MorphAnalyzer()


def _nominative_parse(word: str, prefer: str | None = None) -> Any | None:
    """The dictionary reading of `word` in the nominative (of the part of speech `prefer` if it has one)."""
    parses = [p for p in _morph().parse(word) if "nomn" in p.tag and p.is_known]
    if prefer is not None:
        preferred = [p for p in parses if p.tag.POS == prefer]  # noqa: SIM300
        if preferred:
            return preferred[0]
    return parses[0] if parses else None


def _inflect(parse: Any, grammemes: set[str], original: str) -> str:
    form = parse.inflect(grammemes)
    if form is None:
        return original
    word = str(form.word)
    return word[:1].upper() + word[1:] if original[:1].isupper() else word


def _head_length(words: list[str]) -> int:
    """How many leading words form the head of the phrase: adjectives up to the first noun."""
    for i, word in enumerate(words):
        parsed = None if i == len(words) - 1 else _nominative_parse(word.split("-")[0], "ADJF")
        if parsed is None or parsed.tag.POS != "ADJF":
            return i + 1
    return len(words)


@lru_cache(maxsize=2048)
def decline_phrase(phrase: str, case: Case, animate: bool = True) -> str:
    """A nominative noun phrase («старший вожатый», «заместитель директора по УВР», «педагог-психолог»,
    «русский язык») in `case`: its leading adjectives and first noun change, the rest stays."""
    phrase = " ".join(phrase.split())
    if case is Case.NOMINATIVE or not phrase:
        return phrase
    words = phrase.split(" ")
    head = _head_length(words)
    noun_parts = words[head - 1].split("-")
    noun = _nominative_parse(noun_parts[0], "NOUN")
    if noun is None:
        return phrase
    number = "plur" if "plur" in noun.tag else "sing"
    gender = noun.tag.gender or "masc"
    out = []
    for i, word in enumerate(words):
        if i < head - 1:
            adjective = _nominative_parse(word, "ADJF")
            grammemes = {case.value, number} | ({gender} if number == "sing" else set())
            if case is Case.ACCUSATIVE and (number == "plur" or gender == "masc"):
                grammemes.add("anim" if animate else "inan")
            out.append(_inflect(adjective, grammemes, word) if adjective is not None else word)
        elif i == head - 1:
            parts = []
            for part in noun_parts:
                parsed = _nominative_parse(part, "NOUN")
                parts.append(_inflect(parsed, {case.value, number}, part) if parsed is not None else part)
            out.append("-".join(parts))
        else:
            out.append(word)
    return " ".join(out)


def subjects_genitive(subjects: str) -> str:
    """«математика, физика» → «математики и физики»; an abbreviation («ИЗО», «ОБЗР») stays as written."""
    items = [s.strip() for s in _SPLIT_SUBJECTS.split(subjects.strip()) if s.strip()]
    declined = [s if s.isupper() else decline_phrase(s, Case.GENITIVE, animate=False) for s in items]
    if len(declined) <= 1:
        return "".join(declined)
    return ", ".join(declined[:-1]) + " и " + declined[-1]


def full_position(position: str, subjects: str = "") -> str:
    """«учитель» teaching «математика» is «учитель математики»; a position naming more stays as it is."""
    position = " ".join(position.split())
    if position.casefold() in _TEACHER_WORDS and subjects.strip():
        return f"{position} {subjects_genitive(subjects)}"
    return position
