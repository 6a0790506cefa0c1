"""Enumerations of the mentoring domain with their Russian labels."""

from __future__ import annotations

from enum import StrEnum


class PersonKind(StrEnum):
    STAFF = "staff"
    PUPIL = "pupil"
    STUDENT = "student"
    EMPLOYER = "employer"

    @property
    def label(self) -> str:
        return _PERSON_KIND_LABELS[self]

    @property
    def plural_label(self) -> str:
        return _PERSON_KIND_PLURALS[self]


_PERSON_KIND_LABELS = {
    PersonKind.STAFF: "педагог",
    PersonKind.PUPIL: "обучающийся",
    PersonKind.STUDENT: "студент",
    PersonKind.EMPLOYER: "представитель работодателя",
}
_PERSON_KIND_PLURALS = {
    PersonKind.STAFF: "педагоги и сотрудники",
    PersonKind.PUPIL: "обучающиеся",
    PersonKind.STUDENT: "студенты",
    PersonKind.EMPLOYER: "представители работодателей",
}


class Gender(StrEnum):
    MALE = "m"
    FEMALE = "f"

    @property
    def label(self) -> str:
        return "мужской" if self is Gender.MALE else "женский"


class PairStatus(StrEnum):
    PLANNED = "planned"
    ACTIVE = "active"
    COMPLETED = "completed"
    INTERRUPTED = "interrupted"
    SUSPENDED = "suspended"

    @property
    def label(self) -> str:
        return _PAIR_STATUS_LABELS[self]

    @property
    def is_open(self) -> bool:
        """Planned and active pairs occupy a mentee's place in a programme."""
        return self in (PairStatus.PLANNED, PairStatus.ACTIVE, PairStatus.SUSPENDED)


_PAIR_STATUS_LABELS = {
    PairStatus.PLANNED: "планируется",
    PairStatus.ACTIVE: "действует",
    PairStatus.COMPLETED: "завершена",
    PairStatus.INTERRUPTED: "прервана",
    PairStatus.SUSPENDED: "приостановлена",
}


class ActivityStatus(StrEnum):
    PLANNED = "planned"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    POSTPONED = "postponed"
    FAILED = "failed"

    @property
    def label(self) -> str:
        return _ACTIVITY_STATUS_LABELS[self]

    @property
    def is_finished(self) -> bool:
        return self in (ActivityStatus.DONE, ActivityStatus.FAILED)


_ACTIVITY_STATUS_LABELS = {
    ActivityStatus.PLANNED: "запланировано",
    ActivityStatus.IN_PROGRESS: "в работе",
    ActivityStatus.DONE: "выполнено",
    ActivityStatus.POSTPONED: "перенесено",
    ActivityStatus.FAILED: "не выполнено",
}


class ConsentType(StrEnum):
    PROCESSING = "processing"
    PUBLICATION = "publication"

    @property
    def label(self) -> str:
        return "обработка персональных данных" if self is ConsentType.PROCESSING else "публикация"


class Signer(StrEnum):
    SELF = "self"
    PARENT = "parent"

    @property
    def label(self) -> str:
        return "лично" if self is Signer.SELF else "родитель (законный представитель)"


class QualificationCategory(StrEnum):
    NONE = "none"
    CONFORMITY = "conformity"  # attested for the post held (СЗД): not a category, but what registers ask
    FIRST = "first"
    HIGHEST = "highest"
    METHODIST = "methodist"  # introduced in 2023 (приказ Минпросвещения № 196)
    MENTOR = "mentor"  # introduced in 2023

    @property
    def label(self) -> str:
        return _CATEGORY_LABELS[self]


_CATEGORY_LABELS = {
    QualificationCategory.NONE: "без категории",
    QualificationCategory.CONFORMITY: "соответствие занимаемой должности",
    QualificationCategory.FIRST: "первая",
    QualificationCategory.HIGHEST: "высшая",
    QualificationCategory.METHODIST: "педагог-методист",
    QualificationCategory.MENTOR: "педагог-наставник",
}


class PupilCategory(StrEnum):
    GIFTED = "gifted"
    SPECIAL_NEEDS = "special_needs"
    CAREER = "career"
    LOW_MOTIVATION = "low_motivation"
    ADAPTATION = "adaptation"

    @property
    def label(self) -> str:
        return _PUPIL_CATEGORY_LABELS[self]


_PUPIL_CATEGORY_LABELS = {
    PupilCategory.GIFTED: "одарённый",
    PupilCategory.SPECIAL_NEEDS: "ОВЗ",
    PupilCategory.CAREER: "профориентация",
    PupilCategory.LOW_MOTIVATION: "низкая мотивация",
    PupilCategory.ADAPTATION: "адаптация",
}


class OrderKind(StrEnum):
    APPOINT_COORDINATOR = "appoint_coordinator"
    FIX_PAIRS = "fix_pairs"
    COMPLETION = "completion"

    @property
    def label(self) -> str:
        return _ORDER_KIND_LABELS[self]


_ORDER_KIND_LABELS = {
    OrderKind.APPOINT_COORDINATOR: "о назначении куратора",
    OrderKind.FIX_PAIRS: "о закреплении наставнических пар",
    OrderKind.COMPLETION: "о завершении программы наставничества",
}


class OrderAmendment(StrEnum):
    """How an order acts on an earlier one."""

    CHANGE = "change"
    CANCEL = "cancel"

    @property
    def label(self) -> str:
        return "изменяет" if self is OrderAmendment.CHANGE else "отменяет"

    @property
    def past_label(self) -> str:
        return "изменён" if self is OrderAmendment.CHANGE else "отменён"


class QuestionnaireStage(StrEnum):
    ENTRY = "entry"
    INTERIM = "interim"
    FINAL = "final"

    @property
    def label(self) -> str:
        return {"entry": "входной", "interim": "промежуточный", "final": "итоговый"}[self.value]


class Respondent(StrEnum):
    MENTOR = "mentor"
    MENTEE = "mentee"
    PARENT = "parent"

    @property
    def label(self) -> str:
        return {"mentor": "наставник", "mentee": "наставляемый", "parent": "родитель наставляемого"}[self.value]


class QuestionKind(StrEnum):
    SCALE = "scale"
    OPEN = "open"
    YES_NO = "yes_no"
