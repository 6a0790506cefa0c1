"""The registry of document and register kinds, read from resources/documents/kinds.json.

One list for the Reports tab, `mentor-desk export KIND` (its help included) and the register
layouts: adding a kind is adding an entry there (and a producer, see the package docstring).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from mentor_desk.errors import UserError
from mentor_desk.resources import load_json

KINDS_FILE = ("documents", "kinds.json")


@dataclass(frozen=True)
class FileFormat:
    name: str  # "pdf", "xlsx", "html", "docx"
    suffix: str
    filter: str  # a file dialog filter, «Документ PDF (*.pdf)»


@dataclass(frozen=True)
class ParamSpec:
    """A parameter the Reports tab asks for; `kind` says which widget (see ui/reports)."""

    key: str
    label: str
    kind: str  # school_year | form | file | choice | order
    allow_all: bool = True
    choices: tuple[tuple[str, Any], ...] = ()
    file_format: str = ""
    none_text: str = "нет"


@dataclass(frozen=True)
class DocumentKind:
    key: str
    producer: str
    title: str
    description: str
    formats: tuple[FileFormat, ...]
    cli: str | None = None
    cli_help: str = ""
    params: tuple[ParamSpec, ...] = ()
    register: str | None = None
    register_file: str | None = None
    default_name: str = ""
    reports_tab: bool = True

    @property
    def format(self) -> FileFormat:
        """The default file type (the first declared)."""
        return self.formats[0]

    def format_of(self, suffix: str) -> FileFormat | None:
        return next((f for f in self.formats if f.suffix == suffix.lower()), None)

    def suggested_name(self, school_year: str | None = None) -> str:
        tail = f" {school_year.replace('/', '-')}" if school_year else ""
        return f"{self.default_name or self.title}{tail}{self.format.suffix}"


def _param(name: str, data: dict[str, Any]) -> ParamSpec:
    return ParamSpec(
        key=str(data.get("key", name)),
        label=str(data["label"]),
        kind=str(data["kind"]),
        allow_all=bool(data.get("allow_all", True)),
        choices=tuple((str(text), value) for text, value in data.get("choices", ())),
        file_format=str(data.get("file_format", "")),
        none_text=str(data.get("none_text", "нет")),
    )


def parse_kinds(data: dict[str, Any]) -> tuple[DocumentKind, ...]:
    """The registry from its JSON form; a mistake in the data is a Russian message naming the entry."""
    formats = {name: FileFormat(name, str(f["suffix"]), str(f["filter"])) for name, f in data["formats"].items()}
    params = {name: _param(name, p) for name, p in data["params"].items()}
    out: list[DocumentKind] = []
    seen: set[str] = set()
    for entry in data["kinds"]:
        key = str(entry.get("key", ""))
        try:
            kind = DocumentKind(
                key=key,
                producer=str(entry["producer"]),
                title=str(entry["title"]),
                description=str(entry["description"]),
                formats=tuple(formats[f] for f in entry["formats"]),
                cli=entry.get("cli"),
                cli_help=str(entry.get("cli_help", "")),
                params=tuple(params[p] for p in entry.get("params", ())),
                register=entry.get("register"),
                register_file=entry.get("register_file"),
                default_name=str(entry.get("default_name", "")),
                reports_tab=bool(entry.get("reports_tab", True)),
            )
        except KeyError as exc:
            raise UserError(f"Описание документа «{key}» в {'/'.join(KINDS_FILE)}: нет значения {exc}.") from exc
        if not key or key in seen or not kind.formats:
            raise UserError(f"Описание документа «{key}» в {'/'.join(KINDS_FILE)}: пустой или повторный ключ.")
        seen.add(key)
        out.append(kind)
    return tuple(out)


@lru_cache(maxsize=1)
def document_kinds() -> tuple[DocumentKind, ...]:
    """Every kind, in the order the Reports tab lists them."""
    return parse_kinds(load_json(*KINDS_FILE))


def document_kind(key: str) -> DocumentKind:
    for kind in document_kinds():
        if kind.key == key:
            return kind
    raise UserError(f"Неизвестный вид документа «{key}».")


def cli_kinds() -> dict[str, DocumentKind]:
    """`mentor-desk export KIND`: KIND -> its kind, in the registry's order."""
    return {k.cli: k for k in document_kinds() if k.cli}


def cli_kind(name: str) -> DocumentKind:
    kinds = cli_kinds()
    if name not in kinds:
        raise UserError(f"Неизвестный вид выгрузки «{name}». Доступны: {', '.join(kinds)}.")
    return kinds[name]
