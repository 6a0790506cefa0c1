"""ORM tables, split by area; every table is importable from here (`from mentor_desk.db import models as m`)."""

from __future__ import annotations

from mentor_desk.db.models.base import NAMING_CONVENTION, Base, Versioned
from mentor_desk.db.models.files import AppMeta, DocumentTemplate, ExportLog, StoredFile
from mentor_desk.db.models.iom import Attachment, Iom, IomActivity
from mentor_desk.db.models.monitoring import Answer, Question, Questionnaire, QuestionnaireResponse
from mentor_desk.db.models.pairs import (
    FollowUp,
    Meeting,
    NameForm,
    Order,
    OrderPair,
    Pair,
    PairEvent,
    PairMentee,
)
from mentor_desk.db.models.people import (
    Consent,
    ErasureLog,
    ExternalProfileRow,
    MenteeProfileRow,
    MentorProfileRow,
    Person,
    PersonStatus,
    PupilProfileRow,
    StaffProfileRow,
)
from mentor_desk.db.models.school import (
    CatalogueMixin,
    Direction,
    MentoringForm,
    MentoringType,
    Organisation,
    ProductType,
    Programme,
    RoleModel,
    SchoolYearRow,
)

__all__ = [
    "NAMING_CONVENTION",
    "Answer",
    "AppMeta",
    "Attachment",
    "Base",
    "CatalogueMixin",
    "Consent",
    "Direction",
    "DocumentTemplate",
    "ErasureLog",
    "ExportLog",
    "ExternalProfileRow",
    "FollowUp",
    "Iom",
    "IomActivity",
    "Meeting",
    "MenteeProfileRow",
    "MentorProfileRow",
    "MentoringForm",
    "MentoringType",
    "NameForm",
    "Order",
    "OrderPair",
    "Organisation",
    "Pair",
    "PairEvent",
    "PairMentee",
    "Person",
    "PersonStatus",
    "ProductType",
    "Programme",
    "PupilProfileRow",
    "Question",
    "Questionnaire",
    "QuestionnaireResponse",
    "RoleModel",
    "SchoolYearRow",
    "StaffProfileRow",
    "StoredFile",
    "Versioned",
]
