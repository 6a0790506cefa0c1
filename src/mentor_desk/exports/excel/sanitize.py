"""Text made safe for a cell: no live formulas, no characters XML forbids, no overlong values."""

from __future__ import annotations

import re

# The control characters XML 1.0 forbids (tab, LF and CR are allowed).
ILLEGAL_CHARACTERS_RE = re.compile(r"[\000-\010]|[\013-\014]|[\016-\037]")

# A string starting with one of these could be read as a formula by a spreadsheet
# (or by a later CSV round trip); such cells are written as text with a quote prefix.
FORMULA_TRIGGERS = frozenset("=+-@\t\r\n")
MAX_CELL_CHARS = 32_767


def is_formula_like(text: str) -> bool:
    return bool(text) and text[0] in FORMULA_TRIGGERS


def clean_text(text: str) -> tuple[str, int, bool]:
    """(cleaned text, illegal characters removed, whether it was cut to Excel's cell limit)."""
    if text.isprintable() and len(text) <= MAX_CELL_CHARS:
        return text, 0, False  # the common case, checked in C
    cleaned, removed = ILLEGAL_CHARACTERS_RE.subn("", text)
    if "\r" in cleaned:
        # XML turns a bare CR into LF on reading anyway; a cell's line break is LF in Excel.
        cleaned = cleaned.replace("\r\n", "\n").replace("\r", "\n")
    if len(cleaned) > MAX_CELL_CHARS:
        return cleaned[:MAX_CELL_CHARS], removed, True
    return cleaned, removed, False
