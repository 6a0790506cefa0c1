"""The short codes of those responsible for a roadmap activity («К, Н»), with their legend."""

from __future__ import annotations

import re
from collections.abc import Iterable

# the order in which the legend lists them
RESPONSIBLE_CODES: dict[str, str] = {
    "К": "куратор наставничества",
    "Н": "наставник",
    "МП": "молодой педагог (наставляемый)",
    "ШМО": "школьное методическое объединение",
    "ЗД": "заместитель директора",
    "ПП": "педагог-психолог",
}
_TOKEN = re.compile(r"[А-ЯЁ]{1,4}")


def codes_in(texts: Iterable[str]) -> list[str]:
    """The known codes used in these «Ответственный» texts, in legend order."""
    used = {token for text in texts for token in _TOKEN.findall(text or "")}
    return [code for code in RESPONSIBLE_CODES if code in used]


def legend_text(codes: Iterable[str] | None = None) -> str:
    """«Ответственные: К — куратор наставничества; Н — наставник; …» (all codes, or only these)."""
    chosen = list(RESPONSIBLE_CODES) if codes is None else [c for c in RESPONSIBLE_CODES if c in set(codes)]
    if not chosen:
        return ""
    return "Ответственные: " + "; ".join(f"{c} — {RESPONSIBLE_CODES[c]}" for c in chosen) + "."
