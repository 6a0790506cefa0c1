"""School-level documents that exist only as templates: Положение, дорожная карта внедрения,
programmes of mentoring, the consent form. DOCX as rendered; PDF laid out from the same DOCX."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from mentor_desk.domain.enums import PersonKind
from mentor_desk.domain.records import FormRecord, OrganisationRecord, PersonRecord, ProgrammeRecord
from mentor_desk.exports.docx.common import school_context
from mentor_desk.exports.docx.render import clean, combine, render, save
from mentor_desk.exports.docx.to_pdf import write_pdf

_WHO = {
    PersonKind.STAFF: "педагог",
    PersonKind.PUPIL: "обучающийся",
    PersonKind.STUDENT: "студент",
    PersonKind.EMPLOYER: "представитель работодателя",
}


@dataclass(frozen=True)
class ProgrammeFigures:
    """One programme with what its pairs of the year show."""

    programme: ProgrammeRecord
    forms: tuple[str, ...] = ()
    pairs: int = 0
    mentors: int = 0
    mentees: int = 0


def regulation_context(
    org: OrganisationRecord, year: str, forms: Sequence[FormRecord], programmes: Sequence[ProgrammeRecord]
) -> dict[str, Any]:
    context = school_context(org, year)
    context["forms"] = [
        {"name": clean(f.name), "mentor": _WHO.get(f.mentor_kind, ""), "mentee": _WHO.get(f.mentee_kind, "")}
        for f in forms
    ]
    context["programmes"] = [{"name": clean(p.name)} for p in programmes]
    return context


def programme_context(org: OrganisationRecord, year: str, figures: ProgrammeFigures) -> dict[str, Any]:
    context = school_context(org, year)
    context.update(
        {
            "programme_name": clean(figures.programme.name),
            "for_teachers": figures.programme.for_teachers,
            "forms": [clean(f) for f in figures.forms],
            "pairs_count": figures.pairs,
            "mentors_count": figures.mentors,
            "mentees_count": figures.mentees,
        }
    )
    return context


def consent_context(org: OrganisationRecord, year: str, person: PersonRecord) -> dict[str, Any]:
    context = school_context(org, year)
    minor = person.kind is PersonKind.PUPIL
    context.update(
        {
            "person_name": clean(person.full_name),
            "person_class": clean(person.pupil.class_name) if person.pupil is not None else "",
            "minor": minor,
        }
    )
    return context


def write_document(
    template: bytes, contexts: Sequence[dict[str, Any]], target: Path, title: str, author: str
) -> int:
    """One document per context from `template` into `target`: DOCX for a .docx name, else PDF.

    Returns the number of pages of a PDF, or of documents of a DOCX.
    """
    documents = [render(template, context) for context in contexts]
    combined = combine(documents)
    if Path(target).suffix.lower() == ".docx":
        save(combined, target)
        return len(documents)
    return write_pdf(combined, target, title, author)
