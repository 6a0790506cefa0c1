"""Reading staff and class lists into person drafts with a row-level report (no database here).

`parse_people_file` finds the header row (anywhere in the first 10 rows), recognises columns by
their Russian names, splits an ФИО column, checks every row with the domain validation, and
marks duplicates inside the file. The services compare the result with the database and apply it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from pathlib import Path
from typing import Any

from mentor_desk.domain.enums import Gender, PersonKind, QualificationCategory
from mentor_desk.domain.names import collation_key, full_name, split_full_name
from mentor_desk.domain.records import ExternalProfile, PersonDraft, PupilProfile, StaffProfile
from mentor_desk.domain.validation import check_person, is_valid_class, normalise_class
from mentor_desk.errors import UserError
from mentor_desk.exports.excel.spec import normalise_header
from mentor_desk.imports.safety import (
    DEFAULT_LIMITS,
    Limits,
    check_suffix,
    first_sheet,
    iter_sheet_rows,
    open_workbook,
    read_csv_rows,
)
from mentor_desk.resources import load_json

HEADER_SEARCH_ROWS = 10
IGNORE = "ignore"
NAME_FIELDS = ("full_name", "last_name", "first_name", "middle_name")
STAFF_FIELDS = ("position", "subjects", "experience", "category", "education", "shmo", "hire_date")
EXTERNAL_FIELDS = ("organisation", "course")

_CLASS_IN_TITLE = re.compile(r"(?<!\d)(1[01]|[1-9])\s*[-–]?\s*[«\"“(]?\s*([А-ЯЁа-яё])\s*[»\"”)]?\s*(?:класс|кл\.?)", re.I)
_CLASS_ONLY = re.compile(r"(1[01]|[1-9])\s*[-–]?\s*[«\"“]?([А-ЯЁа-яё])[»\"”]?")
_CLASS_SUFFIX = re.compile(r"\s*(?:класс|кл\.?)\s*$", re.I)
_NUMBER = re.compile(r"\d+(?:[.,]\d+)?")
_DATE_PATTERNS = (
    re.compile(r"^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$"),
    re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$"),
    re.compile(r"^(\d{1,2})[./](\d{1,2})[./](\d{2})$"),
)
_KIND_WORDS = (
    ("обучающ", PersonKind.PUPIL),
    ("учени", PersonKind.PUPIL),
    ("учащ", PersonKind.PUPIL),
    ("студент", PersonKind.STUDENT),
    ("работодат", PersonKind.EMPLOYER),
    ("представит", PersonKind.EMPLOYER),
    ("педагог", PersonKind.STAFF),
    ("учител", PersonKind.STAFF),
    ("сотрудн", PersonKind.STAFF),
    ("работник", PersonKind.STAFF),
)
_CATEGORY_WORDS = (
    ("высш", QualificationCategory.HIGHEST),
    ("перв", QualificationCategory.FIRST),
    ("без", QualificationCategory.NONE),
    ("нет", QualificationCategory.NONE),
    ("соответств", QualificationCategory.NONE),
    ("сзд", QualificationCategory.NONE),
)


@dataclass(frozen=True)
class FieldInfo:
    field: str
    label: str
    aliases: tuple[str, ...]


def import_fields() -> list[FieldInfo]:
    """Fields a column can be mapped to, with their Russian labels (for the mapping dialog)."""
    data = load_json("registers", "import_people.json")
    return [
        FieldInfo(str(f["field"]), str(f["label"]), tuple(normalise_header(a) for a in f.get("aliases", ())))
        for f in data["fields"]
    ]


@dataclass(frozen=True)
class ColumnMatch:
    index: int  # 0-based column index in the sheet
    header: str
    field: str | None  # None: not recognised

    @property
    def letter(self) -> str:
        from openpyxl.utils import get_column_letter

        return get_column_letter(self.index + 1)


@dataclass(frozen=True)
class RowIssue:
    row: int  # row number as the spreadsheet shows it (1-based)
    column: str
    reason: str

    def __str__(self) -> str:
        where = f"строка {self.row}" + (f", столбец «{self.column}»" if self.column else "")
        return f"{where}: {self.reason}"


@dataclass(frozen=True)
class ImportRow:
    row: int
    draft: PersonDraft
    provided: frozenset[str]  # fields the file gave a value for (an update touches only these)

    @property
    def key(self) -> tuple[object, ...]:
        return person_key(self.draft)


@dataclass
class ImportPreview:
    """What would be imported: good rows, rejected rows with reasons, duplicates in the file."""

    path: Path
    header_row: int
    columns: list[ColumnMatch]
    rows: list[ImportRow] = field(default_factory=list)
    errors: list[RowIssue] = field(default_factory=list)
    duplicates: list[RowIssue] = field(default_factory=list)
    skipped: list[RowIssue] = field(default_factory=list)
    default_kind: PersonKind | None = None

    @property
    def recognised(self) -> list[ColumnMatch]:
        return [c for c in self.columns if c.field is not None and c.field != IGNORE]

    @property
    def unrecognised(self) -> list[ColumnMatch]:
        return [c for c in self.columns if c.field is None and c.header]

    @property
    def rejected_rows(self) -> set[int]:
        return {e.row for e in self.errors}

    @property
    def report(self) -> list[RowIssue]:
        """Every finding in row order: errors, duplicates and skipped rows."""
        return sorted(self.errors + self.duplicates + self.skipped, key=lambda i: (i.row, i.column))


def person_key(draft: PersonDraft) -> tuple[object, ...]:
    """Duplicate key: same ФИО and birth date, else same ФИО and class, else same ФИО and kind."""
    name = collation_key(full_name(draft.last_name, draft.first_name, draft.middle_name))
    if draft.birth_date is not None:
        return (name, "birth", draft.birth_date)
    if draft.pupil is not None and draft.pupil.class_name:
        return (name, "class", normalise_class(draft.pupil.class_name))
    return (name, "kind", draft.kind.value)


# ---- column recognition ------------------------------------------------------------------


def recognise(header: str, fields: Sequence[FieldInfo]) -> str | None:
    norm = normalise_header(header)
    if not norm:
        return None
    best: tuple[int, str] | None = None
    for info in fields:
        for alias in info.aliases:
            if norm == alias:
                return info.field
            if norm.startswith(alias + " ") and (best is None or len(alias) > best[0]):
                best = (len(alias), info.field)
    return best[1] if best else None


def _header_text(value: Any) -> str:
    if value is None:
        return ""
    return " ".join(str(value).split())


def find_header(
    rows: Sequence[Sequence[Any]],
    fields: Sequence[FieldInfo],
    mapping: Mapping[str | int, str | None] | None = None,
) -> tuple[int, list[ColumnMatch]]:
    """The row among the first ten that names the most known columns, with a name column.

    An explicit mapping counts as recognition, so a list with unusual headers is found too.
    """
    best: tuple[int, int, list[ColumnMatch]] | None = None
    for idx, row in enumerate(rows[:HEADER_SEARCH_ROWS]):
        matches = [ColumnMatch(i, _header_text(v), recognise(_header_text(v), fields)) for i, v in enumerate(row)]
        if mapping:
            matches = apply_mapping(matches, mapping, fields)
        known = [m.field for m in matches if m.field and m.field != IGNORE]
        if not any(f in NAME_FIELDS for f in known):
            continue
        score = len(known)
        if best is None or score > best[0]:
            best = (score, idx, matches)
    if best is None:
        raise UserError(
            "Не найдена строка заголовков: в первых 10 строках нет столбцов «ФИО» или «Фамилия», «Имя». "
            "Добавьте строку с названиями столбцов над списком."
        )
    return best[1], best[2]


def apply_mapping(columns: list[ColumnMatch], mapping: Mapping[str | int, str | None], fields: Sequence[FieldInfo]) -> list[ColumnMatch]:
    """Override recognition: keys are header texts or 0-based column indexes; None ignores a column."""
    known = {f.field for f in fields}
    by_header = {normalise_header(str(k)): v for k, v in mapping.items() if isinstance(k, str)}
    out = []
    for col in columns:
        target: str | None
        if col.index in mapping:
            target = mapping[col.index]
        elif normalise_header(col.header) in by_header:
            target = by_header[normalise_header(col.header)]
        else:
            out.append(col)
            continue
        if target is not None and target not in known:
            raise UserError(f"Неизвестное поле «{target}» в сопоставлении столбца «{col.header}».")
        out.append(ColumnMatch(col.index, col.header, target or IGNORE))
    return out


# ---- values -------------------------------------------------------------------------------


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.strftime("%d.%m.%Y")
    if isinstance(value, date):
        return value.strftime("%d.%m.%Y")
    return " ".join(str(value).split())


def parse_date(value: Any) -> date | None:
    """A date from a cell: a real date, or text ДД.ММ.ГГГГ, ГГГГ-ММ-ДД, ДД.ММ.ГГ. ValueError otherwise."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = str(value).strip().rstrip("г.").strip()
    for i, pattern in enumerate(_DATE_PATTERNS):
        match = pattern.match(text)
        if not match:
            continue
        a, b, c = (int(g) for g in match.groups())
        if i == 1:
            return date(a, b, c)
        year = c
        if i == 2:
            year = 2000 + c if c <= date.today().year % 100 else 1900 + c
        return date(year, b, a)
    raise ValueError(text)


def parse_years(value: Any) -> float | None:
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        raise ValueError(str(value))
    if isinstance(value, int | float):
        return float(value)
    match = _NUMBER.search(str(value))
    if not match:
        raise ValueError(str(value))
    return float(match.group(0).replace(",", "."))


def parse_kind(value: Any) -> PersonKind | None:
    text = _text(value).casefold()
    if not text:
        return None
    for word, kind in _KIND_WORDS:
        if word in text:
            return kind
    raise ValueError(text)


def parse_category(value: Any) -> QualificationCategory:
    text = _text(value).casefold()
    if not text or text in ("-", "—", "–"):
        return QualificationCategory.NONE
    for word, category in _CATEGORY_WORDS:
        if word in text:
            return category
    raise ValueError(text)


def parse_gender(value: Any) -> Gender | None:
    text = _text(value).casefold()
    if not text:
        return None
    if text.startswith("м"):
        return Gender.MALE
    if text.startswith("ж"):
        return Gender.FEMALE
    raise ValueError(text)


def class_from_title(rows: Sequence[Sequence[Any]]) -> str:
    """«Список обучающихся 7 «Б» класса» above the header gives the class for every row."""
    for row in rows:
        for value in row:
            if isinstance(value, str):
                match = _CLASS_IN_TITLE.search(value)
                if match:
                    return normalise_class(match.group(1) + match.group(2))
    return ""


# ---- parsing ------------------------------------------------------------------------------


def read_rows(path: Path, limits: Limits = DEFAULT_LIMITS) -> list[Sequence[Any]]:
    """All rows of the first visible sheet (or of the CSV), checked against the limits."""
    path = Path(path)
    if check_suffix(path) == "csv":
        return list(read_csv_rows(path, limits))
    with open_workbook(path, limits) as wb:
        ws = first_sheet(wb, path)
        return list(iter_sheet_rows(ws, path, limits))


def parse_people_file(
    path: Path | str,
    mapping: Mapping[str | int, str | None] | None = None,
    default_kind: PersonKind | None = None,
    today: date | None = None,
    limits: Limits = DEFAULT_LIMITS,
) -> ImportPreview:
    """Read a staff or class list into a preview; nothing is written anywhere."""
    path = Path(path)
    rows = read_rows(path, limits)
    return parse_rows(path, rows, mapping, default_kind, today)


def parse_rows(
    path: Path,
    rows: Sequence[Sequence[Any]],
    mapping: Mapping[str | int, str | None] | None = None,
    default_kind: PersonKind | None = None,
    today: date | None = None,
) -> ImportPreview:
    fields = import_fields()
    if not any(any(v not in (None, "") for v in r) for r in rows):
        raise UserError(f"Файл «{path.name}» не содержит данных.")
    header_idx, columns = find_header(rows, fields, mapping)
    used = {c.field for c in columns if c.field and c.field != IGNORE}
    if not ("full_name" in used or {"last_name", "first_name"} <= used):
        raise UserError(
            "Не найдены столбцы с именами: нужен столбец «ФИО» или столбцы «Фамилия» и «Имя». "
            "Сопоставьте столбцы вручную."
        )
    title_class = class_from_title(rows[:header_idx]) if "class_name" not in used else ""
    if default_kind is None:
        if "kind" in used:
            default_kind = None
        elif "class_name" in used or title_class:
            default_kind = PersonKind.PUPIL
        elif used & set(STAFF_FIELDS):
            default_kind = PersonKind.STAFF
        else:
            raise UserError(
                "Не удалось понять, кто в списке: нет столбцов «Класс», «Должность», «Предмет» или "
                "«Категория участника». Укажите категорию участников при загрузке."
            )
    preview = ImportPreview(path=path, header_row=header_idx + 1, columns=columns, default_kind=default_kind)
    by_field: dict[str, ColumnMatch] = {}
    for col in columns:
        if col.field and col.field != IGNORE and col.field not in by_field:
            by_field[col.field] = col
    on = today or date.today()
    seen: dict[tuple[object, ...], int] = {}
    group_class = title_class
    name_cols = {by_field[f].index for f in NAME_FIELDS if f in by_field}
    for offset, row in enumerate(rows[header_idx + 1 :], start=header_idx + 2):
        filled = [(i, v) for i, v in enumerate(row) if v is not None and _text(v) != ""]
        if not filled:
            continue
        if len(filled) == 1:
            text = _text(filled[0][1])
            match = _CLASS_IN_TITLE.search(text) or _CLASS_ONLY.fullmatch(text)
            if match:
                group_class = normalise_class(match.group(1) + match.group(2))
                preview.skipped.append(RowIssue(offset, "", f"заголовок группы «{text}»: класс {group_class} для строк ниже"))
                continue
            if filled[0][0] not in name_cols or not text[:1].isalpha() or text.casefold().startswith(("итого", "всего")):
                preview.skipped.append(RowIssue(offset, "", f"строка «{text[:60]}» без фамилии и имени пропущена"))
                continue
        result = _row_draft(row, offset, by_field, default_kind, group_class, on)
        if isinstance(result, list):
            preview.errors.extend(result)
            continue
        key = person_key(result.draft)
        if key in seen:
            preview.duplicates.append(
                RowIssue(offset, "", f"повтор строки {seen[key]} ({result.draft.last_name} {result.draft.first_name}): не загружается второй раз")
            )
            continue
        seen[key] = offset
        preview.rows.append(result)
    return preview


def _cell(row: Sequence[Any], col: ColumnMatch | None) -> Any:
    if col is None or col.index >= len(row):
        return None
    return row[col.index]


def _row_draft(
    row: Sequence[Any],
    row_no: int,
    by_field: Mapping[str, ColumnMatch],
    default_kind: PersonKind | None,
    group_class: str,
    on: date,
) -> ImportRow | list[RowIssue]:
    issues: list[RowIssue] = []
    provided: set[str] = set()

    def text(name: str) -> str:
        value = _text(_cell(row, by_field.get(name)))
        if value:
            provided.add(name)
        return value

    def typed(name: str, parse: Any, what: str) -> Any:
        raw = _cell(row, by_field.get(name))
        try:
            value = parse(raw)
        except (ValueError, OverflowError):
            issues.append(RowIssue(row_no, by_field[name].header, f"{what}: не удалось распознать «{_text(raw)}»"))
            return None
        if value is not None:
            provided.add(name)
        return value

    last, first, middle = text("last_name"), text("first_name"), text("middle_name")
    full = text("full_name")
    if full and not (last or first):
        last, first, middle = split_full_name(full)
        provided.update(("last_name", "first_name", "middle_name"))
    kind = typed("kind", parse_kind, "Категория участника") if "kind" in by_field else None
    class_name = _CLASS_SUFFIX.sub("", re.sub(r"[«»\"'“”]", "", text("class_name"))) or group_class
    position = text("position")
    if kind is None:
        if default_kind is not None and "kind" not in by_field:
            kind = default_kind
        elif class_name:
            kind = PersonKind.PUPIL
        elif position or default_kind is PersonKind.STAFF:
            kind = PersonKind.STAFF
        else:
            kind = default_kind
    if kind is None:
        col = by_field.get("kind")
        issues.append(RowIssue(row_no, col.header if col else "", "не указана категория участника (педагог, обучающийся, студент, работодатель)"))
        return issues
    birth = typed("birth_date", parse_date, "Дата рождения")
    hire = typed("hire_date", parse_date, "Дата приёма")
    experience = typed("experience", parse_years, "Стаж")
    category = typed("category", parse_category, "Квалификационная категория") or QualificationCategory.NONE
    gender = typed("gender", parse_gender, "Пол")
    staff = pupil = external = None
    if kind is PersonKind.STAFF:
        staff = StaffProfile(
            position=position,
            subjects=text("subjects"),
            experience_years=experience,
            hire_date=hire,
            category=category,
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
        gender=gender,
        birth_date=birth,
        phone=text("phone"),
        email=text("email"),
        contact_note=text("contact_note"),
        staff=staff,
        pupil=pupil,
        external=external,
    )
    for issue in check_person(draft, on):
        issues.append(RowIssue(row_no, _issue_column(issue.code, issue.message, by_field), issue.message))
    if issues:
        return issues
    return ImportRow(row_no, draft, frozenset(provided))


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


def _issue_column(code: str, message: str, by_field: Mapping[str, ColumnMatch]) -> str:
    name = _ISSUE_FIELDS.get(code)
    if name is None and code.startswith("name"):
        for label, fld in (("«Фамилия»", "last_name"), ("«Имя»", "first_name"), ("«Отчество»", "middle_name")):
            if label in message:
                name = fld if fld in by_field else "full_name"
                break
    col = by_field.get(name) if name else None
    return col.header if col else ""


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
