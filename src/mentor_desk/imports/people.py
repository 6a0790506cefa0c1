"""Reading staff and class lists into person drafts with a row-level report (no database here).

`parse_people_file` finds the header row (anywhere in the first 20 rows, under any title), recognises
columns by their Russian names, splits an ФИО column, turns every row into a draft
(`person_row`), skips group headings, column numbers and the signature under the list, and marks
duplicates inside the file. The services compare the result with the database and apply it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from mentor_desk.domain.enums import PersonKind
from mentor_desk.domain.validation import normalise_class
from mentor_desk.errors import UserError
from mentor_desk.imports.person_row import EXTERNAL_FIELDS, STAFF_FIELDS, RowContext, merge_draft, row_draft
from mentor_desk.imports.preview import (
    IGNORE,
    ColumnMatch,
    FieldInfo,
    ImportPreview,
    ImportRow,
    RowIssue,
    field_labels,
    import_fields,
    normalise_header,
    person_key,
)
from mentor_desk.imports.safety import DEFAULT_LIMITS, Limits
from mentor_desk.imports.sheets import read_table
from mentor_desk.imports.values import (
    is_footer,
    is_numbering,
    parse_category,
    parse_date,
    parse_years,
    text_of,
)

HEADER_SEARCH_ROWS = 20
NAME_FIELDS = ("full_name", "last_name", "first_name", "middle_name")

_CLASS_IN_TITLE = re.compile(r"(?<!\d)(1[01]|[1-9])\s*[-–]?\s*[«\"“(]?\s*([А-ЯЁа-яё])\s*[»\"”)]?\s*(?:класс|кл\.?)", re.I)
_CLASS_ONLY = re.compile(r"(1[01]|[1-9])\s*[-–]?\s*[«\"“]?([А-ЯЁа-яё])[»\"”]?")

__all__ = [
    "EXTERNAL_FIELDS", "HEADER_SEARCH_ROWS", "IGNORE", "NAME_FIELDS", "STAFF_FIELDS", "ColumnMatch", "FieldInfo",
    "ImportPreview", "ImportRow", "RowIssue", "field_labels", "import_fields", "merge_draft", "parse_category",
    "parse_date", "parse_people_file", "parse_rows", "parse_years", "person_key", "read_rows", "recognise",
]


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
            "Не найдена строка заголовков: в первых 20 строках нет столбцов «ФИО» или «Фамилия», «Имя». "
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


def read_rows(path: Path, limits: Limits = DEFAULT_LIMITS) -> list[list[Any]]:
    """All rows of the first visible sheet (or of the CSV), checked against the limits."""
    return read_table(Path(path), limits)


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
    used_cols = {c.index for c in by_field.values()}
    ctx = RowContext(by_field, default_kind, today or date.today())
    seen: dict[tuple[object, ...], int] = {}
    group_class = title_class
    name_cols = {by_field[f].index for f in NAME_FIELDS if f in by_field}
    below_signature = False
    for offset, row in enumerate(rows[header_idx + 1 :], start=header_idx + 2):
        texts = [(i, t) for i, v in enumerate(row) if v is not None and (t := text_of(v))]
        if not texts:
            continue
        values = [t for _i, t in texts]
        if is_numbering(values):
            preview.skipped.append(RowIssue(offset, "", "строка с номерами столбцов пропущена"))
            continue
        if is_footer(values, [t for i, t in texts if i in name_cols or i not in used_cols]):
            below_signature = True
            preview.skipped.append(RowIssue(offset, "", f"подпись или итог под списком «{' '.join(values)[:60]}» пропущена"))
            continue
        if len(texts) == 1:
            text = values[0]
            match = _CLASS_IN_TITLE.search(text) or _CLASS_ONLY.fullmatch(text)
            if match:
                group_class = normalise_class(match.group(1) + match.group(2))
                preview.skipped.append(RowIssue(offset, "", f"заголовок группы «{text}»: класс {group_class} для строк ниже"))
                continue
        if not any(i in name_cols for i, _t in texts) and (below_signature or not any(i in used_cols for i, _t in texts)):
            preview.skipped.append(RowIssue(offset, "", f"строка «{' '.join(values)[:60]}» без фамилии и имени пропущена"))
            continue
        result, errors, warnings = row_draft(row, offset, ctx, group_class, dict(texts))
        if result is None:
            if below_signature:  # notes under the signature («тел. 8 (812) …») are not people
                preview.skipped.append(RowIssue(offset, "", f"строка под подписью «{' '.join(values)[:60]}» пропущена"))
            else:
                preview.errors.extend(errors)
            continue
        key = person_key(result.draft)
        if key in seen:
            preview.duplicates.append(
                RowIssue(offset, "", f"повтор строки {seen[key]} ({result.draft.last_name} {result.draft.first_name}): не загружается второй раз")
            )
            continue
        seen[key] = offset
        preview.warnings.extend(warnings)
        preview.rows.append(result)
    return preview
