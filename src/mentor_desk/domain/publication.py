"""What a publication consent allows to show on the school's website, and how a person is named there."""

from __future__ import annotations

from collections.abc import Iterable

# (key, what the coordinator ticks in the consent) in the order the site shows them.
PUBLICATION_FIELDS: tuple[tuple[str, str], ...] = (
    ("name", "ФИО"),
    ("position", "должность, предметы"),
    ("experience", "стаж и категория"),
    ("competences", "компетенции, интересы, достижения"),
    ("contacts", "рабочие телефон и e-mail"),
)
DEFAULT_SCOPE: tuple[str, ...] = ("name", "position")
_KNOWN = {key for key, _ in PUBLICATION_FIELDS}


def parse_scope(text: str | None) -> tuple[str, ...]:
    """The stored comma-separated keys, known ones only, in the order of PUBLICATION_FIELDS."""
    keys = {part.strip() for part in (text or "").split(",")}
    return tuple(key for key, _ in PUBLICATION_FIELDS if key in keys)


def format_scope(keys: Iterable[str]) -> str:
    chosen = set(keys)
    unknown = chosen - _KNOWN
    if unknown:
        raise ValueError(f"unknown publication fields: {sorted(unknown)}")
    return ",".join(key for key, _ in PUBLICATION_FIELDS if key in chosen)


def scope_label(keys: Iterable[str]) -> str:
    chosen = set(keys)
    return ", ".join(label for key, label in PUBLICATION_FIELDS if key in chosen)


def pupil_public_name(first_name: str, last_name: str) -> str:
    """A pupil is never named in full on the site: «Мария Е.»."""
    initial = f" {last_name.strip()[0]}." if last_name.strip() else ""
    return f"{first_name.strip()}{initial}".strip()
