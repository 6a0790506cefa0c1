"""Register layouts declared as data in resources/registers/*.json: sheets, columns, aliases (used by writers and readers)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from mentor_desk.errors import UserError
from mentor_desk.resources import load_json

COLUMN_TYPES = ("text", "wrap", "int", "number", "date", "percent")

def _register_files() -> dict[str, str]:
    """Register kind -> its layout in resources/registers, from the one registry of document kinds."""
    kinds = load_json("documents", "kinds.json")["kinds"]
    return {str(k["register"]): str(k["register_file"]) for k in kinds if k.get("register_file")}


# KIND (as typed on the command line) -> resource file name
REGISTER_FILES: dict[str, str] = _register_files()
REGISTER_KINDS: tuple[str, ...] = tuple(REGISTER_FILES)
ALL_KIND = "all"


@dataclass(frozen=True)
class ColumnSpec:
    """One column of a register: the record field it shows and how it looks."""

    field: str
    header: str
    type: str = "text"
    aliases: tuple[str, ...] = ()

    @property
    def wraps(self) -> bool:
        return self.type == "wrap"


@dataclass(frozen=True)
class RegisterSpec:
    kind: str
    sheet: str
    title: str
    columns: tuple[ColumnSpec, ...]
    extra_fields: tuple[ColumnSpec, ...] = ()
    note: str = ""

    @property
    def fields(self) -> tuple[ColumnSpec, ...]:
        """Every field a layout may use: the default columns and the optional ones."""
        return self.columns + self.extra_fields

    def with_columns(self, columns: tuple[ColumnSpec, ...]) -> RegisterSpec:
        return RegisterSpec(self.kind, self.sheet, self.title, columns, self.extra_fields, self.note)


def _column(data: dict[str, Any], where: str) -> ColumnSpec:
    try:
        field, header = str(data["field"]), str(data["header"])
    except KeyError as exc:
        raise UserError(f"Описание реестра «{where}»: у столбца нет поля {exc}.") from exc
    kind = str(data.get("type", "text"))
    if kind not in COLUMN_TYPES:
        raise UserError(f"Описание реестра «{where}»: неизвестный тип столбца «{kind}» у «{header}».")
    return ColumnSpec(field, header, kind, tuple(str(a) for a in data.get("aliases", ())))


def parse_spec(data: dict[str, Any], where: str) -> RegisterSpec:
    """A register declaration from its JSON form; mistakes in the data are a Russian message."""
    columns = tuple(_column(c, where) for c in data.get("columns", ()))
    if not columns:
        raise UserError(f"Описание реестра «{where}» не содержит столбцов.")
    extra = tuple(_column(c, where) for c in data.get("extra_fields", ()))
    return RegisterSpec(
        kind=str(data.get("kind", where)),
        sheet=str(data.get("sheet", where))[:31],
        title=str(data.get("title", where)),
        columns=columns,
        extra_fields=extra,
        note=str(data.get("note", "")),
    )


def load_spec(kind: str) -> RegisterSpec:
    """The shipped default layout of a register."""
    try:
        name = REGISTER_FILES[kind]
    except KeyError:
        known = ", ".join(REGISTER_KINDS)
        raise UserError(f"Неизвестный реестр «{kind}». Доступны: {known}.") from None
    return parse_spec(load_json("registers", name), name)


_NON_WORD = re.compile(r"[^0-9a-zа-я№%]+")


def normalise_header(text: str) -> str:
    """A header as compared with our names: case, Ё, punctuation and spacing ignored."""
    return _NON_WORD.sub(" ", str(text).casefold().replace("ё", "е")).strip()
