"""Text for documents: escaping user input for Paragraph markup, Russian dates and numbers."""

from __future__ import annotations

import re
from datetime import date
from xml.sax.saxutils import escape

from mentor_desk.domain.names import signature, split_full_name

MONTHS_GENITIVE = (
    "января", "февраля", "марта", "апреля", "мая", "июня",
    "июля", "августа", "сентября", "октября", "ноября", "декабря",
)

BLANK_DATE = "«___» ____________ 20___ г."
SIGNATURE_LINE = "_______________"

# Characters that are not allowed in XML 1.0 and would break Paragraph's parser.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_QUOTES = {'"': "&quot;", "'": "&#39;"}


def esc(text: str | None) -> str:
    """User text as Paragraph markup: < > & and quotes print literally, control characters go."""
    if not text:
        return ""
    return escape(_CONTROL.sub("", text), _QUOTES)


def esc_lines(text: str | None) -> str:
    """Escaped text with its line breaks kept (Paragraph ignores plain newlines)."""
    return "<br/>".join(esc(line) for line in (text or "").strip().splitlines())


def split_lines(text: str | None) -> list[str]:
    """Non-empty lines of a multi-line field, stripped."""
    return [line.strip() for line in (text or "").splitlines() if line.strip()]


def long_date(day: date) -> str:
    """«5 ноября 2025 г.»"""
    return f"{day.day} {MONTHS_GENITIVE[day.month - 1]} {day.year} г."


def quoted_date(day: date) -> str:
    """«05» ноября 2025 г., as the «УТВЕРЖДАЮ» block writes a known date."""
    return f"«{day.day:02d}» {MONTHS_GENITIVE[day.month - 1]} {day.year} г."


def short_date(day: date | None) -> str:
    """05.11.2025, or nothing."""
    return f"{day:%d.%m.%Y}" if day is not None else ""


def plural(n: int, one: str, few: str, many: str) -> str:
    """The Russian plural form for n: 1 год, 2 года, 5 лет."""
    n = abs(n)
    if n % 10 == 1 and n % 100 != 11:
        return one
    if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
        return few
    return many


def years_text(years: float) -> str:
    """«1 год», «3 года», «12 лет», «1 год 8 месяцев», «7 месяцев» (fractions as whole months)."""
    whole = int(years)
    months = round((years - whole) * 12)
    if months == 12:
        whole, months = whole + 1, 0
    parts = []
    if whole or not months:
        parts.append(f"{whole} {plural(whole, 'год', 'года', 'лет')}")
    if months:
        parts.append(f"{months} {plural(months, 'месяц', 'месяца', 'месяцев')}")
    return " ".join(parts)


def signature_name(full: str) -> str:
    """«И.О.\u00a0Фамилия» (never split across lines) from «Фамилия Имя Отчество» as typed into the
    school's requisites."""
    last, first, middle = split_full_name(full)
    return signature(last, first, middle) if last else ""
