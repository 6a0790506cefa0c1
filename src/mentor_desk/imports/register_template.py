"""A district's own register template: its header row matched to our fields, unknown columns reported."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from mentor_desk.domain.registers import ColumnSpec, RegisterSpec, normalise_header
from mentor_desk.errors import UserError
from mentor_desk.imports.safety import first_sheet, iter_sheet_rows, open_workbook

TEMPLATE_HEADER_ROWS = 10
UNKNOWN_PREFIX = "__unknown_"


@dataclass(frozen=True)
class TemplateLayout:
    """Columns in the template's order and wording; `unknown` are headers we have no data for."""

    source: Path
    columns: tuple[ColumnSpec, ...]
    unknown: tuple[str, ...]
    header_row: int


def match_column(header: str, spec: RegisterSpec) -> ColumnSpec | None:
    norm = normalise_header(header)
    if not norm:
        return None
    best: tuple[int, ColumnSpec] | None = None
    for col in spec.fields:
        names = (normalise_header(col.header), *(normalise_header(a) for a in col.aliases))
        if norm in names:
            return col
        for name in names:
            # «Стаж наставника, лет» matches «стаж наставника»; short words («номер») only exactly.
            if len(name) >= 6 and norm.startswith(name + " ") and (best is None or len(name) > best[0]):
                best = (len(name), col)
    return best[1] if best else None


def layout_from_headers(headers: list[str], spec: RegisterSpec, source: Path, header_row: int = 1) -> TemplateLayout:
    columns: list[ColumnSpec] = []
    unknown: list[str] = []
    for i, header in enumerate(headers):
        text = " ".join(header.split())
        if not text:
            continue
        col = match_column(text, spec)
        if col is None:
            unknown.append(text)
            columns.append(ColumnSpec(f"{UNKNOWN_PREFIX}{i}", text, "text"))
        else:
            columns.append(ColumnSpec(col.field, text, col.type, col.aliases))
    return TemplateLayout(source, tuple(columns), tuple(unknown), header_row)


def read_template(path: Path | str, spec: RegisterSpec) -> TemplateLayout:
    """Find the header row (first 10 rows) of a district's .xlsx and map it onto `spec`'s fields."""
    path = Path(path)
    if path.suffix.lower() not in (".xlsx", ".xlsm"):
        raise UserError(f"Шаблон реестра должен быть файлом .xlsx, а «{path.name}» — нет.")
    with open_workbook(path) as wb:
        ws = first_sheet(wb, path)
        rows = [["" if v is None else str(v) for v in row] for row in iter_sheet_rows(ws, path, max_rows=TEMPLATE_HEADER_ROWS)]
    best: tuple[int, int] | None = None
    for idx, row in enumerate(rows):
        score = sum(1 for v in row if match_column(v, spec) is not None)
        if score >= 2 and (best is None or score > best[0]):
            best = (score, idx)
    if best is None:
        raise UserError(
            f"В шаблоне «{path.name}» не найдена строка заголовков реестра «{spec.title}»: "
            "в первых 10 строках нет хотя бы двух известных столбцов (например, «ФИО наставника», «Форма наставничества»)."
        )
    return layout_from_headers(rows[best[1]], spec, path, best[1] + 1)
