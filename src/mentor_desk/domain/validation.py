"""Checks of typed-in person data, shared by dialogs, imports and services."""

from __future__ import annotations

import re
from datetime import date

from mentor_desk.domain.enums import PersonKind
from mentor_desk.domain.records import Issue, PersonDraft

_NAME_RE = re.compile(r"^[A-Za-zА-Яа-яЁё][A-Za-zА-Яа-яЁё' .\-]*$")
_CLASS_RE = re.compile(r"^(?:[1-9]|1[01])\s*[-–]?\s*[А-ЯЁа-яё]?$")
_EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_PHONE_RE = re.compile(r"^\+?[\d\s()\-]{5,20}$")
NAME_PART_MAX = 60  # the longest real surnames are under 40 letters; more is a pasted note


def normalise_class(text: str) -> str:
    """«7 б», «7-б», «7б» → «7Б»."""
    compact = re.sub(r"[\s\-–]", "", text)
    return compact.upper()


def is_valid_class(text: str) -> bool:
    return bool(_CLASS_RE.match(text.strip()))


def is_valid_email(text: str) -> bool:
    return bool(_EMAIL_RE.match(text.strip()))


def is_valid_phone(text: str) -> bool:
    digits = re.sub(r"\D", "", text)
    return bool(_PHONE_RE.match(text.strip())) and 5 <= len(digits) <= 15


def check_name_part(label: str, value: str, required: bool) -> list[Issue]:
    text = value.strip()
    if not text:
        return [Issue("name_required", f"Заполните поле «{label}».")] if required else []
    if len(text) > NAME_PART_MAX:
        return [Issue("name_long", f"Поле «{label}» длиннее {NAME_PART_MAX} знаков ({len(text)}): "
                                   "проверьте, не попал ли в ячейку лишний текст.")]
    if not _NAME_RE.match(text):
        return [Issue("name_chars", f"Поле «{label}» может содержать только буквы, дефис и пробел.")]
    return []


def check_person(draft: PersonDraft, today: date) -> list[Issue]:
    """Every field-level problem of a person draft, each with a Russian message."""
    issues = check_name_part("Фамилия", draft.last_name, True)
    issues += check_name_part("Имя", draft.first_name, True)
    issues += check_name_part("Отчество", draft.middle_name, False)
    if draft.birth_date is not None:
        if draft.birth_date > today:
            issues.append(Issue("birth_future", "Дата рождения не может быть в будущем."))
        elif draft.birth_date.year < 1900:
            issues.append(Issue("birth_old", "Проверьте дату рождения: год раньше 1900."))
    if draft.email.strip() and not is_valid_email(draft.email):
        issues.append(Issue("email", f"Адрес электронной почты «{draft.email}» записан неверно (пример: name@school.ru)."))
    if draft.phone.strip() and not is_valid_phone(draft.phone):
        issues.append(Issue("phone", f"Телефон «{draft.phone}» записан неверно (пример: +7 900 123-45-67)."))
    if draft.kind is PersonKind.PUPIL:
        class_name = draft.pupil.class_name if draft.pupil else ""
        if not class_name.strip():
            issues.append(Issue("class_required", "Укажите класс обучающегося (например, 7Б)."))
        elif not is_valid_class(class_name):
            issues.append(Issue("class", f"Класс «{class_name}» записан неверно: номер от 1 до 11 и буква, например 7Б."))
    if draft.staff is not None:
        exp = draft.staff.experience_years
        if exp is not None and exp < 0:
            issues.append(Issue("experience", "Педагогический стаж не может быть отрицательным."))
        if exp is not None and exp > 70:
            issues.append(Issue("experience", "Проверьте педагогический стаж: больше 70 лет."))
        if draft.staff.hire_date is not None and draft.staff.hire_date > today:
            issues.append(Issue("hire_future", "Дата приёма на работу не может быть в будущем."))
    if draft.mentor is not None and draft.mentor.resource < 0:
        issues.append(Issue("resource", "Ресурс наставника не может быть отрицательным."))
    return issues
