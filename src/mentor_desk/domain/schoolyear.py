"""School years («2025/2026»): parsing, formatting and the year a date falls in."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

_YEAR_RE = re.compile(r"^\s*(\d{4})\s*[/\-–—]\s*(\d{4})\s*$")


@dataclass(frozen=True, order=True)
class SchoolYear:
    """A school year from 1 September of `start` to 31 August of `start + 1`."""

    start: int

    @property
    def title(self) -> str:
        return f"{self.start}/{self.start + 1}"

    @property
    def dash_title(self) -> str:
        """«2025–2026», as document titles write it."""
        return f"{self.start}–{self.start + 1}"

    @property
    def first_day(self) -> date:
        return date(self.start, 9, 1)

    @property
    def last_day(self) -> date:
        return date(self.start + 1, 8, 31)

    @classmethod
    def parse(cls, text: str) -> SchoolYear:
        match = _YEAR_RE.match(text)
        if not match:
            raise ValueError(f"Учебный год указывается как «2025/2026», получено «{text}»")
        first, second = int(match.group(1)), int(match.group(2))
        if second != first + 1:
            raise ValueError(f"Учебный год «{text}»: второй год должен следовать за первым")
        return cls(first)

    @classmethod
    def containing(cls, day: date) -> SchoolYear:
        return cls(day.year if day.month >= 9 else day.year - 1)

    @classmethod
    def governed_by(cls, signed_on: date, completes: bool = False) -> SchoolYear:
        """The year an order governs. One signed in July or August prepares the coming year (an
        order of 29 August appoints the curator for the year starting on 1 September); an order
        completing programmes governs the year they ran in, the one its date falls in."""
        if completes or signed_on.month < 7:
            return cls.containing(signed_on)
        return cls(signed_on.year)

    def __str__(self) -> str:
        return self.title
