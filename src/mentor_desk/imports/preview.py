"""What a people import found in a file: columns, good rows, rejected rows, warnings, duplicates."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from mentor_desk.domain.enums import PersonKind
from mentor_desk.domain.names import collation_key, full_name
from mentor_desk.domain.records import PersonDraft
from mentor_desk.domain.validation import normalise_class
from mentor_desk.resources import load_json

IGNORE = "ignore"
_NON_WORD = re.compile(r"[^0-9a-zа-я№%]+")


def normalise_header(text: str) -> str:
    """A header as compared with our names: case, Ё, punctuation and spacing ignored."""
    return _NON_WORD.sub(" ", str(text).casefold().replace("ё", "е")).strip()


@dataclass(frozen=True)
class FieldInfo:
    field: str
    label: str
    aliases: tuple[str, ...]


def import_fields() -> list[FieldInfo]:
    """Fields a column can be mapped to, with their Russian labels (for the mapping dialog)."""
    return list(_fields())


@cache
def _fields() -> tuple[FieldInfo, ...]:
    data = load_json("registers", "import_people.json")
    return tuple(
        FieldInfo(str(f["field"]), str(f["label"]), tuple(normalise_header(a) for a in f.get("aliases", ())))
        for f in data["fields"]
    )


@dataclass(frozen=True)
class ColumnMatch:
    index: int  # 0-based column index in the sheet
    header: str
    field: str | None  # None: not recognised

    @property
    def letter(self) -> str:
        """The column as a spreadsheet names it: A, B, …, Z, AA, …"""
        number, letters = self.index + 1, ""
        while number:
            number, rest = divmod(number - 1, 26)
            letters = chr(65 + rest) + letters
        return letters


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
    warnings: list[RowIssue] = field(default_factory=list)  # loaded, but a value was left out
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
        """Every finding in row order: errors, warnings, duplicates and skipped rows."""
        return sorted(self.errors + self.warnings + self.duplicates + self.skipped, key=lambda i: (i.row, i.column))

    def field_label(self, name: str) -> str:
        return field_labels().get(name, name)


def field_labels() -> dict[str, str]:
    """Field name -> its Russian label, as the mapping step and the reports show it."""
    return {f.field: f.label for f in import_fields()}


def person_key(draft: PersonDraft) -> tuple[object, ...]:
    """Duplicate key: same ФИО and birth date, else same ФИО and class, else same ФИО and kind."""
    name = collation_key(full_name(draft.last_name, draft.first_name, draft.middle_name))
    if draft.birth_date is not None:
        return (name, "birth", draft.birth_date)
    if draft.pupil is not None and draft.pupil.class_name:
        return (name, "class", normalise_class(draft.pupil.class_name))
    return (name, "kind", draft.kind.value)


