"""Sizes of a register sheet: column widths that fit the content and the printed page, row heights."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from mentor_desk.domain.registers import ColumnSpec

_FORBIDDEN_SHEET_CHARS = str.maketrans({c: " " for c in "[]:*?/\\"})
_WIDTH_MIN, _WIDTH_TEXT_MAX, _WIDTH_WRAP_MAX = 5.0, 40.0, 45.0
_WIDTH_BUDGET_MIN, _WIDTH_PER_COLUMN = 170.0, 12.0
LINE_HEIGHT = 15.0
MAX_ROW_HEIGHT = 409.0  # Excel's limit; a taller row makes it repair the file


def sheet_title(name: str) -> str:
    """A valid, unique-enough worksheet name (Excel: at most 31 chars, no []:*?/\\)."""
    cleaned = " ".join(name.translate(_FORBIDDEN_SHEET_CHARS).split()).strip("'") or "Лист"
    return cleaned[:31]


def count_lines(text: str, per_line: int) -> int:
    """Printed lines of `text` wrapped at word boundaries in a column of `per_line` characters."""
    per_line = max(per_line, 1)
    total = 0
    for para in text.split("\n"):
        lines, used = 1, 0
        for word in para.split():
            n = len(word)
            if used == 0:
                used = n
            elif used + 1 + n <= per_line:
                used += 1 + n
                continue
            else:
                lines += 1
                used = n
            if used > per_line:  # a word longer than the column breaks inside itself
                lines += (used - 1) // per_line
                used = used % per_line or per_line
        total += lines
    return max(total, 1)


def chars_per_line(width: float, bold: bool = False) -> int:
    # Column width counts digits of the default font; Cyrillic letters are a little wider.
    return max(1, int(width * (0.85 if bold else 1.0)) - 1)


def column_widths(columns: Sequence[ColumnSpec], rows: Sequence[Mapping[str, Any]]) -> list[float]:
    """Widths that fit the content; long text wraps, and a wide register is narrowed to print legibly."""
    natural: list[float] = []
    floors: list[float] = []
    for col in columns:
        longest_word = max((len(w) for w in col.header.split()), default=4)
        floor = max(_WIDTH_MIN, longest_word * 1.1 + 2.0)
        if col.type == "date":
            floor = max(floor, 11.5)
            natural.append(floor)
            floors.append(floor)
            continue
        if col.type in ("int", "number", "percent"):
            longest = max((len(str(r.get(col.field, ""))) for r in rows), default=0)
            natural.append(max(floor, min(14.0, longest + 3.0)))
            floors.append(natural[-1])
            continue
        longest = 0
        for r in rows:
            v = r.get(col.field)
            if v is None:
                continue
            text = v if type(v) is str else str(v)
            n = len(text)
            if n > longest:
                if "\n" in text:
                    n = max(len(line) for line in text.split("\n"))
                longest = max(longest, n)
        cap = _WIDTH_WRAP_MAX if col.type == "wrap" else _WIDTH_TEXT_MAX
        natural.append(max(floor, min(cap, longest * 1.08 + 2.0)))
        floors.append(max(floor, min(natural[-1], 16.0 if col.type == "wrap" else 18.0)))
    return _fit_budget(natural, floors, max(_WIDTH_BUDGET_MIN, _WIDTH_PER_COLUMN * len(columns)))


def _fit_budget(natural: list[float], floors: list[float], budget: float) -> list[float]:
    """Shrink the columns that have room (never below their floor) until the total fits `budget`."""
    widths = list(natural)
    for _ in range(20):
        excess = sum(widths) - budget
        slack = [w - f for w, f in zip(widths, floors, strict=True)]
        room = sum(slack)
        if excess <= 0.5 or room <= 0.5:
            break
        factor = min(1.0, excess / room)
        widths = [w - sl * factor for w, sl in zip(widths, slack, strict=True)]
    return [round(w, 1) for w in widths]
