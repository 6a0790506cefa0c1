"""What the school website's «Наставничество» section shows: only what consents allow."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


@dataclass(frozen=True)
class PublicPerson:
    """A mentor as the site may show them; empty fields are not allowed by the consent."""

    name: str
    position: str = ""
    experience: str = ""
    competences: str = ""
    contacts: str = ""
    forms: tuple[str, ...] = ()
    mentees: int = 0


@dataclass(frozen=True)
class SiteFigure:
    title: str
    value: str
    detail: str = ""


@dataclass(frozen=True)
class SiteForm:
    name: str
    pairs: int
    mentees: int


@dataclass(frozen=True)
class SiteDocument:
    title: str
    file_name: str  # relative to the site folder, e.g. documents/polozhenie.pdf
    size: int = 0


@dataclass(frozen=True)
class SiteData:
    school_full: str
    school_short: str
    address: str
    year: str
    generated_on: date
    curator: PublicPerson
    forms: tuple[SiteForm, ...] = ()
    programmes: tuple[str, ...] = ()
    figures: tuple[SiteFigure, ...] = ()
    mentors: tuple[PublicPerson, ...] = ()
    documents: tuple[SiteDocument, ...] = field(default_factory=tuple)
