"""One row of a staff or class list into a person draft, with its errors and warnings.

A row is rejected only when the person cannot be identified (no surname or no name, or a name
that is not a name). A value an optional column holds that is not understood, not valid or too
long is left out: the person is loaded with that field empty and the row gets a warning.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

from mentor_desk.domain.enums import PersonKind, QualificationCategory
from mentor_desk.domain.names import split_full_name
from mentor_desk.domain.records import ExternalProfile, PersonDraft, PupilProfile, StaffProfile
from mentor_desk.domain.validation import check_person, is_valid_class, normalise_class
from mentor_desk.imports.preview import ColumnMatch, ImportRow, RowIssue
from mentor_desk.imports.values import (
    Memo,
    parse_category,
    parse_date,
    parse_gender,
    parse_kind,
    parse_years,
    text_of,
)

STAFF_FIELDS = ("position", "subjects", "experience", "category", "education", "shmo", "hire_date")
EXTERNAL_FIELDS = ("organisation", "course")
_CLASS_SUFFIX = re.compile(r"\s*(?:класс|кл\.?)\s*$", re.I)
_QUOTES = re.compile(r"[«»\"'“”]")

_WHAT = {
    "kind": "категория участника",
    "birth_date": "дата рождения",
    "hire_date": "дата приёма на работу",
    "experience": "педагогический стаж",
    "category": "квалификационная категория",
    "gender": "пол",
}
# Column lengths of the database: a longer text in an optional column is not stored (PostgreSQL
# would refuse the whole import), the person is.
_MAX_TEXT = {"position": 200, "subjects": 300, "education": 300, "shmo": 200, "phone": 100, "email": 200,
             "organisation": 300, "course": 200, "contact_note": 2000}
# Domain checks of optional fields: which field the issue is about (it is then left empty).
_ISSUE_FIELDS = {
    "birth_future": "birth_date",
    "birth_old": "birth_date",
    "email": "email",
    "phone": "phone",
    "class_required": "class_name",
    "class": "class_name",
    "experience": "experience",
    "hire_future": "hire_date",
}
_LEFT_EMPTY = "участник загружен, поле оставлено пустым"


@dataclass
class RowContext:
    """What every row of one file shares: columns, the kind, today, and its memoised parsers."""

    by_field: Mapping[str, ColumnMatch]
    default_kind: PersonKind | None
    on: date
    index: dict[str, int] = field(init=False)
    parsers: dict[str, Callable[[Any], Any]] = field(init=False)

    def __post_init__(self) -> None:
        self.index = {name: col.index for name, col in self.by_field.items()}
        self.parsers = {
            "kind": Memo(parse_kind), "birth_date": Memo(parse_date), "hire_date": Memo(parse_date),
            "experience": Memo(parse_years), "category": Memo(parse_category), "gender": Memo(parse_gender),
        }


def row_draft(row: Sequence[Any], row_no: int, ctx: RowContext, group_class: str,
              cells: Mapping[int, str] | None = None) -> tuple[ImportRow | None, list[RowIssue], list[RowIssue]]:
    """(the row to load or None, errors that reject it, warnings about fields left empty).

    `cells` are the row's non-empty cells as text by column index, when the caller has them.
    """
    if cells is None:
        cells = {i: t for i, v in enumerate(row) if v is not None and (t := text_of(v))}
    by_field = ctx.by_field
    errors: list[RowIssue] = []
    warnings: list[RowIssue] = []
    provided: set[str] = set()

    def header(name: str) -> str:
        col = by_field.get(name)
        return col.header if col else ""

    index = ctx.index
    width = len(row)

    def raw(name: str) -> Any:
        i = index.get(name)
        return row[i] if i is not None and i < width else None

    def text(name: str) -> str:
        i = index.get(name)
        if i is None:
            return ""
        value = cells.get(i, "")
        limit = _MAX_TEXT.get(name)
        if limit is not None and len(value) > limit:
            warnings.append(RowIssue(row_no, header(name), f"текст длиннее {limit} знаков; {_LEFT_EMPTY}"))
            return ""
        if value:
            provided.add(name)
        return value

    def typed(name: str) -> Any:
        if name not in index:
            return None
        value = raw(name)
        try:
            parsed = ctx.parsers[name](value)
        except (ValueError, OverflowError):
            warnings.append(RowIssue(row_no, header(name), f"{_WHAT[name]}: не распознано «{text_of(value)[:60]}»; {_LEFT_EMPTY}"))
            return None
        if parsed is not None:
            provided.add(name)
        return parsed

    last, first, middle = text("last_name"), text("first_name"), text("middle_name")
    full = text("full_name")
    if full and not (last or first):
        last, first, middle = split_full_name(full)
        provided.update(("last_name", "first_name", "middle_name"))
    kind = typed("kind")
    class_text = _CLASS_SUFFIX.sub("", _QUOTES.sub("", text_of(raw("class_name"))))
    if class_text:
        provided.add("class_name")
    class_name = class_text or group_class
    position = text("position")
    if kind is None:
        if ctx.default_kind is not None and "kind" not in by_field:
            kind = ctx.default_kind
        elif class_name:
            kind = PersonKind.PUPIL
        elif position or ctx.default_kind is PersonKind.STAFF:
            kind = PersonKind.STAFF
        else:
            kind = ctx.default_kind
    if kind is None:
        errors.append(RowIssue(row_no, header("kind"), "не указана категория участника (педагог, обучающийся, студент, работодатель)"))
        return None, errors, warnings
    birth = typed("birth_date")
    staff = pupil = external = None
    if kind is PersonKind.STAFF:
        staff = StaffProfile(
            position=position,
            subjects=text("subjects"),
            experience_years=typed("experience"),
            hire_date=typed("hire_date"),
            category=typed("category") or QualificationCategory.NONE,
            education=text("education"),
            shmo=text("shmo"),
        )
    elif kind is PersonKind.PUPIL:
        if class_name:
            provided.add("class_name")
        pupil = PupilProfile(class_name=normalise_class(class_name) if is_valid_class(class_name) else class_name)
    else:
        external = ExternalProfile(organisation_name=text("organisation"), position_or_course=position or text("course"))
    draft = PersonDraft(
        last_name=last,
        first_name=first,
        middle_name=middle,
        kind=kind,
        gender=typed("gender"),
        birth_date=birth,
        phone=text("phone"),
        email=text("email"),
        contact_note=text("contact_note"),
        staff=staff,
        pupil=pupil,
        external=external,
    )
    for issue in check_person(draft, ctx.on):
        name = _ISSUE_FIELDS.get(issue.code)
        if name is None:  # the name itself: this person cannot be identified
            errors.append(RowIssue(row_no, _name_column(issue.message, by_field), issue.message))
            continue
        draft = _without(draft, name)
        provided.discard(name)
        column = header(name) or (header("class_name") if name == "class_name" else "")
        warnings.append(RowIssue(row_no, column, f"{issue.message.rstrip('.')}; {_LEFT_EMPTY}"))
    if errors:
        return None, errors, warnings
    return ImportRow(row_no, draft, frozenset(provided)), errors, warnings


def _without(draft: PersonDraft, name: str) -> PersonDraft:
    """The draft with one optional field emptied."""
    if name == "birth_date":
        return replace(draft, birth_date=None)
    if name == "email":
        return replace(draft, email="")
    if name == "phone":
        return replace(draft, phone="")
    if name == "class_name" and draft.pupil is not None:
        return replace(draft, pupil=replace(draft.pupil, class_name=""))
    if draft.staff is not None and name == "experience":
        return replace(draft, staff=replace(draft.staff, experience_years=None))
    if draft.staff is not None and name == "hire_date":
        return replace(draft, staff=replace(draft.staff, hire_date=None))
    return draft


def _name_column(message: str, by_field: Mapping[str, ColumnMatch]) -> str:
    for label, fld in (("«Фамилия»", "last_name"), ("«Имя»", "first_name"), ("«Отчество»", "middle_name")):
        if label in message:
            col = by_field.get(fld) or by_field.get("full_name")
            return col.header if col else ""
    return ""


def merge_draft(existing: PersonDraft, incoming: ImportRow) -> PersonDraft:
    """The existing person with only the fields the file provided replaced (an update never blanks)."""
    new, given = incoming.draft, incoming.provided
    merged = existing
    simple: dict[str, Any] = {
        "last_name": new.last_name,
        "first_name": new.first_name,
        "middle_name": new.middle_name,
        "birth_date": new.birth_date,
        "phone": new.phone,
        "email": new.email,
        "contact_note": new.contact_note,
        "gender": new.gender,
    }
    merged = replace(merged, **{k: v for k, v in simple.items() if k in given})
    if existing.kind is not new.kind:
        return merged  # a different kind is not merged silently; the service reports it
    if new.staff is not None and given & set(STAFF_FIELDS):
        old = existing.staff or StaffProfile()
        mapping: dict[str, tuple[str, Any]] = {
            "position": ("position", new.staff.position),
            "subjects": ("subjects", new.staff.subjects),
            "experience": ("experience_years", new.staff.experience_years),
            "hire_date": ("hire_date", new.staff.hire_date),
            "category": ("category", new.staff.category),
            "education": ("education", new.staff.education),
            "shmo": ("shmo", new.staff.shmo),
        }
        changes: dict[str, Any] = {attr: value for key, (attr, value) in mapping.items() if key in given}
        if "experience_years" in changes:
            changes["experience_as_of"] = None
        merged = replace(merged, staff=replace(old, **changes))
    if new.pupil is not None and "class_name" in given:
        merged = replace(merged, pupil=replace(existing.pupil or PupilProfile(), class_name=new.pupil.class_name))
    if new.external is not None and given & set((*EXTERNAL_FIELDS, "position")):
        merged = replace(merged, external=new.external)
    return merged
