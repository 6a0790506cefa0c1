"""Fields every template may use: the school's requisites."""

from __future__ import annotations

from html import unescape
from typing import Any

from mentor_desk.domain.records import OrganisationRecord
from mentor_desk.exports.docx.render import Numbering, clean
from mentor_desk.exports.pdf.text import signature_name, split_lines


def school_context(org: OrganisationRecord, year: str) -> dict[str, Any]:
    short = clean(org.short_name)
    return {
        "school_full": clean(org.full_name),
        "school_short": short,
        "school_in": f"в {short}" if short else "в образовательной организации",
        "director_position": clean(org.director_position) or "Директор",
        "director_signature": signature_name(org.director_name) or "________________",
        "coordinator_signature": signature_name(org.coordinator_name),
        "municipality": clean(org.municipality),
        "address": clean(org.address),
        "year": clean(year),
        "n": Numbering(),
    }


def plain(markup: str) -> str:
    """Text from the PDF writers' Paragraph markup (escaped, with <br/> line breaks)."""
    return clean(unescape(markup.replace("<br/>", "\n")))


def lines(text: str) -> list[str]:
    return [clean(line) for line in split_lines(text)]
