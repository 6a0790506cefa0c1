"""Writing the district registers (Excel), one kind or all of them as one workbook."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from mentor_desk.domain.registers import ALL_KIND, REGISTER_KINDS, RegisterSpec, load_spec
from mentor_desk.errors import Cancelled, UserError
from mentor_desk.services.documents.common import CancelCheck, Progress, check_cancel, never, no_progress
from mentor_desk.services.registers import RegisterData

if TYPE_CHECKING:
    from mentor_desk.imports.register_template import TemplateLayout
    from mentor_desk.services.container import Services


@dataclass
class ExportResult:
    path: Path
    rows: int
    sanitized_cells: int = 0
    truncated_cells: int = 0
    formula_like_cells: int = 0
    sheets: dict[str, int] = field(default_factory=dict)
    unknown_columns: tuple[str, ...] = ()

    @property
    def notes(self) -> tuple[str, ...]:
        """What the coordinator should know about the written file, in Russian."""
        out = []
        if len(self.sheets) > 1:
            out.append("Листы: " + ", ".join(f"«{s}» — {n}" for s, n in self.sheets.items()) + ".")
        if self.unknown_columns:
            out.append("Столбцы шаблона, которые программа не заполняет (оставлены пустыми): "
                       + ", ".join(f"«{c}»" for c in self.unknown_columns) + ".")
        if self.formula_like_cells:
            out.append(f"Ячеек, похожих на формулы (записаны как текст): {self.formula_like_cells}.")
        if self.sanitized_cells:
            out.append(f"Удалены недопустимые символы в ячейках: {self.sanitized_cells}.")
        if self.truncated_cells:
            out.append(f"Внимание: текст обрезан до 32 767 знаков (предел Excel) в ячейках: {self.truncated_cells}.")
        return tuple(out)


def heading_lines(spec: RegisterSpec, data: RegisterData) -> tuple[str, ...]:
    lines = [data.organisation.full_name, f"{spec.title} на {data.school_year} учебный год"]
    third = f"Дата выгрузки: {data.exported_on:%d.%m.%Y}"
    if data.form:
        third += f". Форма наставничества: {data.form}"
    lines.append(third)
    return tuple(lines)


def export_register(
    services: Services,
    kind: str,
    target: Path | str,
    year: str | None = None,
    form: str | None = None,
    template: Path | str | TemplateLayout | None = None,
    progress: Progress | None = None,
    cancel: CancelCheck | None = None,
    on: date | None = None,
) -> ExportResult:
    """Export one register (or `all` as one workbook) to `target`, atomically, and log it.

    Safe off the GUI thread: `progress(done, total, text)` reports rows written; `cancel()`
    returning True stops the export with `Cancelled` and leaves no file and no log entry. A
    `template` (a district's .xlsx or a layout already read from one) gives the columns in the
    district's order and wording.
    """
    from mentor_desk.exports.excel.writer import ExportCancelled, SheetData, write_workbook
    from mentor_desk.imports.register_template import (  # openpyxl: only when exporting
        TemplateLayout,
        read_template,
    )

    progress = progress or no_progress
    cancel = cancel or never
    target = Path(target)
    kinds = list(REGISTER_KINDS) if kind == ALL_KIND else [kind]
    if kind != ALL_KIND and kind not in REGISTER_KINDS:
        raise UserError(f"Неизвестный реестр «{kind}». Доступны: {', '.join((*REGISTER_KINDS, ALL_KIND))}.")
    if template is not None and kind == ALL_KIND:
        raise UserError("Шаблон района применяется к одному реестру. Выберите реестр, а не «все».")
    if target.suffix.lower() != ".xlsx":
        raise UserError(f"Реестр сохраняется в файл .xlsx, а указано «{target.name}».")
    specs = [load_spec(k) for k in kinds]
    unknown: tuple[str, ...] = ()
    if template is not None:
        layout = template if isinstance(template, TemplateLayout) else read_template(template, specs[0])
        specs = [specs[0].with_columns(layout.columns)]
        unknown = layout.unknown
    progress(0, 0, "Сбор данных")
    data = services.registers.collect(kinds, year, form, on)
    check_cancel(cancel)
    sheets = [
        SheetData(spec.sheet, heading_lines(spec, data), spec.columns, data.rows[spec.kind], spec.note)
        for spec in specs
    ]
    try:
        written = write_workbook(
            target, sheets, lambda done, total: progress(done, total, f"Записано строк: {done} из {total}"), cancel
        )
    except ExportCancelled as exc:
        raise Cancelled() from exc
    services.registers.log_export(kind, written.total_rows, str(target))
    return ExportResult(
        path=target,
        rows=written.total_rows,
        sanitized_cells=written.sanitized_cells,
        truncated_cells=written.truncated_cells,
        formula_like_cells=written.formula_like_cells,
        sheets=dict(written.rows),
        unknown_columns=unknown,
    )
