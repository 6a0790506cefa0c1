"""Cell values as schools write them: dates, стаж, categories, kinds, gender; service rows.

Every parser returns None for an empty cell and raises ValueError for text it does not
understand (the import then keeps the person, leaves the field empty and warns).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from typing import Any

from mentor_desk.domain.enums import Gender, PersonKind, QualificationCategory

_EXCEL_EPOCH = date(1899, 12, 30)
_SERIAL_RANGE = (367, 73051)  # 1901-01-01 .. 2099-12-31 as Excel serial numbers
_DASHES = {"-", "—", "–", "нет", "не указан", "не указано", "отсутствует"}

_MONTHS = {
    "янв": 1, "фев": 2, "мар": 3, "апр": 4, "мая": 5, "май": 5, "июн": 6, "июл": 7, "авг": 8,
    "сен": 9, "окт": 10, "ноя": 11, "дек": 12,
}
_NUMERIC_DATE = re.compile(r"(\d{1,2})\s*[./\-]\s*(\d{1,2})\s*[./\-]\s*(\d{2}|\d{4})")
_ISO_DATE = re.compile(r"(\d{4})[./\-](\d{1,2})[./\-](\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?")
_WORD_DATE = re.compile(r"[«\"]?(\d{1,2})[»\"]?\s+([а-яё]+)\.?\s+(\d{4})")
_DATE_TAIL = re.compile(r"\s*(?:г\.?|года?|гг\.?)?\s*$")
_TIME_TAIL = re.compile(r"\s+0?0:00(?::00)?$")

_SPAN_TOKEN = re.compile(
    r"(\d+(?:[.,]\d+)?)\s*(лет|года|год|г|л|месяцев|месяца|месяц|мес|м|дней|дня|день|дн|д)?\.?"
)
_SPAN_GLUE = re.compile(r"[\s,;]*(?:и\s+)?")

_CATEGORY_RULES: tuple[tuple[re.Pattern[str], QualificationCategory], ...] = (
    (re.compile(r"методист"), QualificationCategory.METHODIST),
    (re.compile(r"наставник"), QualificationCategory.MENTOR),
    (re.compile(r"^(?:без\b|б\s*/\s*к$|бк$|нет\b|не\s+имеет|отсутств)"), QualificationCategory.NONE),
    (re.compile(r"высш|^в\s*/?\s*к\s*к?$|^вкк$|^в\.\s*к\.?$"), QualificationCategory.HIGHEST),
    (re.compile(r"перв|^1\b|^i\b|^1\s*к|^пкк$|^1кк$"), QualificationCategory.FIRST),
    (re.compile(r"соответств|^сзд$|^с\.?\s*з\.?\s*д\.?$|^соотв"), QualificationCategory.CONFORMITY),
)

_KIND_WORDS = (
    ("обучающ", PersonKind.PUPIL),
    ("учени", PersonKind.PUPIL),
    ("учащ", PersonKind.PUPIL),
    ("студент", PersonKind.STUDENT),
    ("работодат", PersonKind.EMPLOYER),
    ("представит", PersonKind.EMPLOYER),
    ("педагог", PersonKind.STAFF),
    ("учител", PersonKind.STAFF),
    ("сотрудн", PersonKind.STAFF),
    ("работник", PersonKind.STAFF),
)

# A signature block, a total or a stamp under the list: never a person, never a rejection.
_FOOTER_START = re.compile(
    r"^(?:директор|и\.\s*о\.\s*директора|руководитель|заведующ(?:ий|ая)|исполнитель|составил[аи]?|"
    r"составитель|ответственн(?:ый|ая)|подпись|м\.\s*п\.?|итого|всего|согласовано|утверждаю|"
    r"председатель|секретарь|инспектор|специалист)(?![а-яё])",
    re.I,
)


def text_of(value: Any) -> str:
    """A cell as one line of text: runs of spaces and line breaks become one space."""
    if value is None:
        return ""
    if type(value) is str:
        text = value.strip()
        if "  " in text or "\n" in text or "\t" in text or "\r" in text or "\xa0" in text:
            return " ".join(text.split())
        return text
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime | date):
        return value.strftime("%d.%m.%Y")
    return " ".join(str(value).split())


def _is_blank(text: str) -> bool:
    return not text or text.casefold() in _DASHES


def parse_date(value: Any) -> date | None:
    """A real date, an Excel serial, or text: 05.09.2023, 5.9.23, 05/09/2023, 2023-09-05,
    «5 сентября 2023 г.». ValueError otherwise."""
    if value is None or value == "":
        return None
    if (type(value) is str and len(value) == 10 and value[2] == "." and value[5] == "." and value.isascii()
            and value[:2].isdigit() and value[3:5].isdigit() and value[6:].isdigit()):
        try:  # ДД.ММ.ГГГГ, by far the most common: no regular expressions
            return date(int(value[6:]), int(value[3:5]), int(value[:2]))
        except ValueError:
            pass  # «31.02.1990», or not digits: the full parse decides
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, bool | time | timedelta):
        raise ValueError(str(value))
    if isinstance(value, int | float):
        return _serial(float(value))
    text = text_of(value).casefold().replace("ё", "е")
    if _is_blank(text):
        return None
    text = _TIME_TAIL.sub("", _DATE_TAIL.sub("", text)).strip()
    if re.fullmatch(r"\d{3,5}(?:[.,]0+)?", text):
        return _serial(float(text.replace(",", ".")))
    match = _ISO_DATE.fullmatch(text)
    if match:
        y, m, d = (int(g) for g in match.groups())
        return date(y, m, d)
    match = _NUMERIC_DATE.fullmatch(text)
    if match:
        d, m = int(match.group(1)), int(match.group(2))
        return date(_year(match.group(3)), m, d)
    match = _WORD_DATE.fullmatch(text)
    if match:
        month = _MONTHS.get(match.group(2)[:3])
        if month is None:
            raise ValueError(text)
        return date(int(match.group(3)), month, int(match.group(1)))
    raise ValueError(text)


def _year(text: str) -> int:
    year = int(text)
    if len(text) == 2:
        year += 2000 if year <= date.today().year % 100 else 1900
    return year


def _serial(number: float) -> date:
    if not number.is_integer() or not _SERIAL_RANGE[0] <= number <= _SERIAL_RANGE[1]:
        raise ValueError(str(number))
    return _EXCEL_EPOCH + timedelta(days=int(number))


def parse_years(value: Any) -> float | None:
    """Стаж in years: 12, «0,5», «5 лет», «5 л. 3 мес.», «3 г.», «1 год 2 мес», «8 мес.»."""
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        raise ValueError(str(value))
    if isinstance(value, int | float):
        return float(value)
    text = text_of(value).casefold()
    if _is_blank(text):
        return None
    if text in ("без стажа", "б/с", "менее года", "до года", "впервые"):
        return 0.0
    pos, total, bare = 0, 0.0, 0
    while pos < len(text):
        glue = _SPAN_GLUE.match(text, pos)
        if glue is not None:
            pos = glue.end()
        if pos >= len(text):
            break
        token = _SPAN_TOKEN.match(text, pos)
        if token is None or token.end() == pos:
            raise ValueError(text)
        number = float(token.group(1).replace(",", "."))
        unit = (token.group(2) or "")[:1]
        if unit == "м":
            total += number / 12
        elif unit == "д":
            total += number / 365
        else:
            if not unit:
                bare += 1
            total += number
        pos = token.end()
    if bare > 1:
        raise ValueError(text)  # «5 3»: years and what?
    return round(total, 2)


def parse_category(value: Any) -> QualificationCategory | None:
    """«б/к», «без категории», «СЗД», «первая», «1 кв. к.», «высшая категория», «педагог-методист»…"""
    text = text_of(value).casefold().replace("ё", "е")
    if not text or text in ("-", "—", "–"):
        return None
    compact = re.sub(r"\s+", " ", text.replace("\u00a0", " ")).strip(" .")
    for pattern, category in _CATEGORY_RULES:
        if pattern.search(compact):
            return category
    raise ValueError(text)


def parse_kind(value: Any) -> PersonKind | None:
    text = text_of(value).casefold()
    if not text:
        return None
    for word, kind in _KIND_WORDS:
        if word in text:
            return kind
    raise ValueError(text)


def parse_gender(value: Any) -> Gender | None:
    text = text_of(value).casefold()
    if _is_blank(text):
        return None
    if text.startswith("м"):
        return Gender.MALE
    if text.startswith("ж"):
        return Gender.FEMALE
    raise ValueError(text)


def is_footer(texts: list[str], free_texts: list[str]) -> bool:
    """A signature line («Директор ____ И.О. Фамилия»), a stamp or a total under the list.

    `free_texts` are the cells of name columns and of columns not loaded: only there does a word
    like «Директор» start a signature (in the position column it is the director's post).
    """
    return any("___" in t for t in texts) or any(_FOOTER_START.match(t) for t in free_texts)


def is_numbering(texts: list[str]) -> bool:
    """The row «1 2 3 4 …» some official forms put under the header."""
    return len(texts) >= 3 and texts[1] == "2" and all(t == str(i) for i, t in enumerate(texts, start=1))


class Memo:
    """One file's parsed values by raw cell value: a list repeats its positions, categories and
    стаж thousands of times, so each distinct value is parsed once (errors included)."""

    def __init__(self, parse: Callable[[Any], Any]) -> None:
        self._parse = parse
        self._seen: dict[tuple[type, Any], Any] = {}

    def __call__(self, value: Any) -> Any:
        key = (type(value), value)
        try:
            hit = self._seen.get(key, _MISSING)
        except TypeError:  # an unhashable cell value: nothing to remember
            return self._parse(value)
        if hit is _MISSING:
            try:
                hit = self._parse(value)
            except (ValueError, OverflowError) as exc:
                hit = exc
            self._seen[key] = hit
        if isinstance(hit, Exception):
            raise ValueError(str(hit))
        return hit


_MISSING = object()
