"""Plain records the services return and drafts they accept, split by area; all importable from here."""

from __future__ import annotations

from mentor_desk.domain.records.iom import (
    ActivityDraft,
    ActivityRecord,
    AttachmentRecord,
    IomDraft,
    IomRecord,
    IomSummary,
    product_text,
)
from mentor_desk.domain.records.monitoring import (
    AnswerDraft,
    QuestionnaireRecord,
    QuestionRecord,
    ResponseDraft,
)
from mentor_desk.domain.records.pairs import (
    MeetingDraft,
    MeetingRecord,
    OrderDraft,
    OrderRecord,
    OrderRef,
    PairDraft,
    PairRecord,
)
from mentor_desk.domain.records.people import (
    ConsentDraft,
    ConsentRecord,
    ExternalProfile,
    MenteeProfile,
    MentorProfile,
    PersonDraft,
    PersonRecord,
    PersonRef,
    PersonRow,
    PupilProfile,
    StaffProfile,
)
from mentor_desk.domain.records.school import (
    CatalogueItem,
    FormRecord,
    Issue,
    OrganisationDraft,
    OrganisationRecord,
    ProgrammeRecord,
)

__all__ = [
    "ActivityDraft",
    "ActivityRecord",
    "AnswerDraft",
    "AttachmentRecord",
    "CatalogueItem",
    "ConsentDraft",
    "ConsentRecord",
    "ExternalProfile",
    "FormRecord",
    "IomDraft",
    "IomRecord",
    "IomSummary",
    "Issue",
    "MeetingDraft",
    "MeetingRecord",
    "MenteeProfile",
    "MentorProfile",
    "OrderDraft",
    "OrderRecord",
    "OrderRef",
    "OrganisationDraft",
    "OrganisationRecord",
    "PairDraft",
    "PairRecord",
    "PersonDraft",
    "PersonRecord",
    "PersonRef",
    "PersonRow",
    "ProgrammeRecord",
    "PupilProfile",
    "QuestionRecord",
    "QuestionnaireRecord",
    "ResponseDraft",
    "StaffProfile",
    "product_text",
]
