"""People: references, drafts, records, profiles by kind and consents."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import NamedTuple

from mentor_desk.domain.enums import (
    ConsentType,
    Gender,
    PersonKind,
    QualificationCategory,
    Signer,
)
from mentor_desk.domain.names import full_name, short_name, surname_initials


@dataclass(frozen=True)
class StaffProfile:
    position: str = ""
    subjects: str = ""
    experience_years: float | None = None
    experience_as_of: date | None = None
    hire_date: date | None = None
    category: QualificationCategory = QualificationCategory.NONE
    education: str = ""
    shmo: str = ""
    young_specialist_override: bool | None = None


@dataclass(frozen=True)
class PupilProfile:
    class_name: str = ""
    categories: tuple[str, ...] = ()


@dataclass(frozen=True)
class ExternalProfile:
    organisation_name: str = ""
    position_or_course: str = ""


@dataclass(frozen=True)
class MentorProfile:
    competences: str = ""
    interests: str = ""
    achievements: str = ""
    resource: int = 1
    schedule: str = ""
    desired_age: str = ""
    joined_on: date | None = None


@dataclass(frozen=True)
class MenteeProfile:
    request: str = ""
    deficits: str = ""
    joined_on: date | None = None


@dataclass(frozen=True)
class PersonRef:
    """Just enough of a person to name them in a list, pair or document."""

    id: int
    last_name: str
    first_name: str
    middle_name: str
    kind: PersonKind

    @property
    def full_name(self) -> str:
        return full_name(self.last_name, self.first_name, self.middle_name)

    @property
    def short_name(self) -> str:
        return short_name(self.last_name, self.first_name, self.middle_name)

    @property
    def surname_initials(self) -> str:
        return surname_initials(self.last_name, self.first_name, self.middle_name)


@dataclass(frozen=True)
class PersonDraft:
    """What a dialog or an import collects to create or update a person."""

    last_name: str
    first_name: str
    kind: PersonKind
    middle_name: str = ""
    gender: Gender | None = None
    birth_date: date | None = None
    phone: str = ""
    email: str = ""
    contact_note: str = ""
    staff: StaffProfile | None = None
    pupil: PupilProfile | None = None
    external: ExternalProfile | None = None
    mentor: MentorProfile | None = None
    mentee: MenteeProfile | None = None


@dataclass(frozen=True)
class PersonRecord:
    id: int
    last_name: str
    first_name: str
    middle_name: str
    kind: PersonKind
    gender: Gender | None = None
    birth_date: date | None = None
    phone: str = ""
    email: str = ""
    contact_note: str = ""
    archived: bool = False
    staff: StaffProfile | None = None
    pupil: PupilProfile | None = None
    external: ExternalProfile | None = None
    mentor: MentorProfile | None = None
    mentee: MenteeProfile | None = None
    young_specialist: bool = False
    active_mentor_pairs: int = 0
    active_mentee_pairs: int = 0
    has_processing_consent: bool = False
    version: int = 0  # the stored version this record was read at (lost-update check)

    @property
    def ref(self) -> PersonRef:
        return PersonRef(self.id, self.last_name, self.first_name, self.middle_name, self.kind)

    @property
    def full_name(self) -> str:
        return full_name(self.last_name, self.first_name, self.middle_name)

    @property
    def short_name(self) -> str:
        return short_name(self.last_name, self.first_name, self.middle_name)

    @property
    def class_or_position(self) -> str:
        if self.pupil is not None:
            return self.pupil.class_name
        if self.staff is not None:
            return self.staff.position
        if self.external is not None:
            return self.external.position_or_course
        return ""

    @property
    def workplace(self) -> str:
        return self.external.organisation_name if self.external is not None else ""

    def to_row(self) -> PersonRow:
        """The participants-table row of this record (what services.people.table_rows reads in bulk)."""
        staff, pupil, external = self.staff, self.pupil, self.external
        return PersonRow(
            self.id, self.last_name, self.first_name, self.middle_name, self.kind, self.archived, self.birth_date,
            pupil.class_name if pupil else "", pupil.categories if pupil else (),
            staff.position if staff else "", staff.subjects if staff else "",
            staff.experience_years if staff else None, staff.category if staff else None,
            external.organisation_name if external else "", external.position_or_course if external else "",
            self.young_specialist, self.active_mentor_pairs, self.active_mentee_pairs, self.has_processing_consent,
        )

    def to_draft(self) -> PersonDraft:
        return PersonDraft(
            last_name=self.last_name,
            first_name=self.first_name,
            middle_name=self.middle_name,
            kind=self.kind,
            gender=self.gender,
            birth_date=self.birth_date,
            phone=self.phone,
            email=self.email,
            contact_note=self.contact_note,
            staff=self.staff,
            pupil=self.pupil,
            external=self.external,
            mentor=self.mentor,
            mentee=self.mentee,
        )


class PersonRow(NamedTuple):
    """One line of the participants table: the columns it shows and what its filters need.

    A plain tuple, read in bulk for a whole school (100,000 people): the full PersonRecord (contacts,
    every profile field, the version) is read only for the person opened."""

    id: int
    last_name: str
    first_name: str
    middle_name: str
    kind: PersonKind
    archived: bool
    birth_date: date | None
    class_name: str  # a pupil's class, "" for others
    pupil_categories: tuple[str, ...]
    position: str  # staff position, "" for others
    subjects: str
    experience_years: float | None
    category: QualificationCategory | None  # None for non-staff
    organisation_name: str  # a student's or employer's organisation
    position_or_course: str
    young_specialist: bool
    active_mentor_pairs: int
    active_mentee_pairs: int
    has_processing_consent: bool

    @property
    def full_name(self) -> str:
        return full_name(self.last_name, self.first_name, self.middle_name)

    @property
    def class_or_position(self) -> str:
        """The same text as PersonRecord.class_or_position."""
        return self.class_name or self.position or self.position_or_course

    @property
    def workplace(self) -> str:
        return self.organisation_name


@dataclass(frozen=True)
class ConsentRecord:
    id: int
    person_id: int
    consent_type: ConsentType
    signed_on: date
    signer: Signer
    signer_name: str = ""
    withdrawn_on: date | None = None
    # Publication consents only: what may be shown (keys of domain.publication.PUBLICATION_FIELDS).
    scope: tuple[str, ...] = ()

    @property
    def is_active(self) -> bool:
        return self.withdrawn_on is None


@dataclass(frozen=True)
class ConsentDraft:
    person_id: int
    consent_type: ConsentType
    signed_on: date
    signer: Signer = Signer.SELF
    signer_name: str = ""
    withdrawn_on: date | None = None
    scope: tuple[str, ...] = ("name", "position")
