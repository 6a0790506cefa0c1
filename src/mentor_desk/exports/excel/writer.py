"""Streaming .xlsx writer for registers: title rows, styled header, typed cells, print layout.

Rows are plain mappings (field -> value) prepared by the services; nothing here knows the
database. The workbook is written in openpyxl's write-only mode and saved atomically.
"""

from __future__ import annotations

import contextlib
import copy
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import Cell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet
from openpyxl.worksheet.properties import PageSetupProperties

from mentor_desk.errors import UserError
from mentor_desk.exports.excel.atomic import CancelCheck, ProgressCallback, atomic_target, check_writable
from mentor_desk.exports.excel.sanitize import FORMULA_TRIGGERS, MAX_CELL_CHARS, clean_text
from mentor_desk.exports.excel.spec import ColumnSpec

DATE_FORMAT = "DD.MM.YYYY"
FONT = "Calibri"  # LibreOffice shows it with the metric-compatible Carlito
PERCENT_FORMAT = "0.0%"
NUMBER_FORMAT = "0.0"
_FORBIDDEN_SHEET_CHARS = str.maketrans({c: " " for c in "[]:*?/\\"})
_PROGRESS_EVERY = 500
_WIDTH_MIN, _WIDTH_TEXT_MAX, _WIDTH_WRAP_MAX = 5.0, 40.0, 45.0
_WIDTH_BUDGET_MIN, _WIDTH_PER_COLUMN = 170.0, 12.0
_LINE_HEIGHT = 15.0
_MAX_ROW_HEIGHT = 409.0  # Excel's limit; a taller row makes it repair the file


class ExportCancelled(UserError):
    """The user cancelled the export; no file was written."""

    def __init__(self) -> None:
        super().__init__("Выгрузка отменена, файл не записан.")


@dataclass(frozen=True)
class SheetData:
    """One register sheet: tab name, title lines above the table, columns, rows."""

    name: str
    heading: tuple[str, ...]
    columns: tuple[ColumnSpec, ...]
    rows: Sequence[Mapping[str, Any]]
    note: str = ""


@dataclass
class WriteResult:
    path: Path
    rows: dict[str, int] = field(default_factory=dict)
    sanitized_cells: int = 0
    truncated_cells: int = 0
    formula_like_cells: int = 0

    @property
    def total_rows(self) -> int:
        return sum(self.rows.values())


def sheet_title(name: str) -> str:
    """A valid, unique-enough worksheet name (Excel: at most 31 chars, no []:*?/\\)."""
    cleaned = " ".join(name.translate(_FORBIDDEN_SHEET_CHARS).split()).strip("'") or "Лист"
    return cleaned[:31]


class _FixedStyleCell(Cell):
    """A reusable data cell whose style never changes, so its style id is looked up once.

    openpyxl otherwise hashes the style into the workbook's style table for every cell written,
    which is most of the cost of a styled cell.
    """

    __slots__ = ("_sid",)

    def freeze(self) -> _FixedStyleCell:
        self._sid = self.parent.parent._cell_styles.add(self._style)
        return self

    @property
    def style_id(self) -> int:
        return int(self._sid)

    @property
    def has_style(self) -> bool:
        return True


class _Styles:
    """Every style used once per workbook; cells share them by copying the style array."""

    def __init__(self, ws: WriteOnlyWorksheet) -> None:
        thin = Side(style="thin", color="808080")
        self.border = Border(left=thin, right=thin, top=thin, bottom=thin)
        self.ws = ws
        self.font = Font(name=FONT, size=11)

    def cell(self, **kwargs: Any) -> WriteOnlyCell:
        c = WriteOnlyCell(self.ws)
        for key, value in kwargs.items():
            setattr(c, key, value)
        return c

    def data_cell(self, col: ColumnSpec, quoted: bool) -> _FixedStyleCell:
        wrap = col.type in ("wrap", "text")
        horizontal = "center" if col.type in ("int", "date") else None
        c = self.cell(
            font=self.font,
            border=self.border,
            alignment=Alignment(wrap_text=wrap, vertical="top", horizontal=horizontal),
        )
        if col.type == "date":
            c.number_format = DATE_FORMAT
        elif col.type == "percent":
            c.number_format = PERCENT_FORMAT
        elif col.type == "number":
            c.number_format = NUMBER_FORMAT
        if quoted:
            c.quotePrefix = True
        fixed = _FixedStyleCell(self.ws, column=1, row=1)
        fixed._style = copy.copy(c._style)
        return fixed.freeze()


class _RowMaker:
    """Turns a record into cells with as little work per cell as possible.

    One reusable cell per column and style is filled and handed to the sheet's writer, which
    serialises it at once; values are typed here, so openpyxl never guesses a formula.
    """

    def __init__(self, ws: WriteOnlyWorksheet, styles: _Styles, columns: Sequence[ColumnSpec], result: WriteResult):
        self.fields = [c.field for c in columns]
        self.plain = [styles.data_cell(c, False) for c in columns]
        self.quoted = [styles.data_cell(c, True) for c in columns]
        self.result = result
        self.per_line = [1_000_000] * len(columns)
        self.lines = 1

    def cells(self, record: Mapping[str, Any]) -> Iterator[tuple[int, WriteOnlyCell]]:
        """(column, cell) pairs of one record; `self.lines` is then the row's height in text lines."""
        get = record.get
        lines = 1
        per_line = self.per_line
        for idx, name in enumerate(self.fields):
            value = get(name)
            cls = type(value)
            if value is None or value == "":
                cell = self.plain[idx]
                cell._value = None
                cell.data_type = "n"
            elif cls is str:
                cell = self._text(idx, value)
                if len(value) > per_line[idx] or "\n" in value:
                    lines = max(lines, _count_lines(cell._value, per_line[idx]))
            elif cls is int or cls is float:
                cell = self.plain[idx]
                cell._value = value
                cell.data_type = "n"
            elif cls is date:
                cell = self.plain[idx]
                cell._value = value
                cell.data_type = "d"
            elif cls is datetime:
                cell = self.plain[idx]
                cell._value = value.replace(tzinfo=None)
                cell.data_type = "d"
            elif cls is bool:
                cell = self._text(idx, "да" if value else "нет")
            else:
                cell = self._text(idx, str(value))
            yield idx + 1, cell
        self.lines = lines

    def _text(self, idx: int, value: str) -> WriteOnlyCell:
        cleaned, removed, cut = clean_text(value)
        if removed:
            self.result.sanitized_cells += 1
        if cut:
            self.result.truncated_cells += 1
        if cleaned[:1] in FORMULA_TRIGGERS and cleaned:
            self.result.formula_like_cells += 1
            cell = self.quoted[idx]
        else:
            cell = self.plain[idx]
        cell._value = cleaned
        cell.data_type = "s"
        return cell


def _count_lines(text: str, per_line: int) -> int:
    """Printed lines of `text` wrapped at word boundaries in a column of `per_line` characters."""
    per_line = max(per_line, 1)
    total = 0
    for para in text.split("\n"):
        lines, used = 1, 0
        for word in para.split():
            n = len(word)
            if used == 0:
                used = n
            elif used + 1 + n <= per_line:
                used += 1 + n
                continue
            else:
                lines += 1
                used = n
            if used > per_line:  # a word longer than the column breaks inside itself
                lines += (used - 1) // per_line
                used = used % per_line or per_line
        total += lines
    return max(total, 1)


def _chars_per_line(width: float, bold: bool = False) -> int:
    # Column width counts digits of the default font; Cyrillic letters are a little wider.
    return max(1, int(width * (0.85 if bold else 1.0)) - 1)


def _install_row_writer(ws: WriteOnlyWorksheet) -> bool:
    """Let the sheet take our prepared cells as they are (no per-cell type guessing or copies).

    openpyxl's write-only sheet converts every appended value through `_values_to_row`; we give
    it (column, cell) pairs instead. If a future openpyxl renames the hook, the public path is used.
    """
    if not hasattr(WriteOnlyWorksheet, "_values_to_row"):
        return False

    def values_to_row(values: Any, row_idx: int) -> Iterator[WriteOnlyCell]:
        for col_idx, cell in values:
            cell.column = col_idx
            cell.row = row_idx
            yield cell

    ws._values_to_row = values_to_row
    return True


def _public_row(pairs: Iterator[tuple[int, WriteOnlyCell]], ws: WriteOnlyWorksheet) -> list[Any]:
    """The same row through openpyxl's public API: a list of fresh styled cells."""
    row: list[Any] = []
    for col_idx, cell in pairs:
        while len(row) < col_idx - 1:
            row.append(None)
        fresh = WriteOnlyCell(ws)
        fresh._style = copy.copy(cell._style)
        fresh._value = cell._value
        fresh.data_type = cell.data_type
        row.append(fresh)
    return row


def column_widths(columns: Sequence[ColumnSpec], rows: Sequence[Mapping[str, Any]]) -> list[float]:
    """Widths that fit the content; long text wraps, and a wide register is narrowed to print legibly."""
    natural: list[float] = []
    floors: list[float] = []
    for col in columns:
        longest_word = max((len(w) for w in col.header.split()), default=4)
        floor = max(_WIDTH_MIN, longest_word * 1.1 + 2.0)
        if col.type == "date":
            floor = max(floor, 11.5)
            natural.append(floor)
            floors.append(floor)
            continue
        if col.type in ("int", "number", "percent"):
            longest = max((len(str(r.get(col.field, ""))) for r in rows), default=0)
            natural.append(max(floor, min(14.0, longest + 3.0)))
            floors.append(natural[-1])
            continue
        longest = 0
        for r in rows:
            v = r.get(col.field)
            if v is None:
                continue
            text = v if type(v) is str else str(v)
            n = len(text)
            if n > longest:
                if "\n" in text:
                    n = max(len(line) for line in text.split("\n"))
                longest = max(longest, n)
        cap = _WIDTH_WRAP_MAX if col.type == "wrap" else _WIDTH_TEXT_MAX
        natural.append(max(floor, min(cap, longest * 1.08 + 2.0)))
        floors.append(max(floor, min(natural[-1], 16.0 if col.type == "wrap" else 18.0)))
    return _fit_budget(natural, floors, max(_WIDTH_BUDGET_MIN, _WIDTH_PER_COLUMN * len(columns)))


def _fit_budget(natural: list[float], floors: list[float], budget: float) -> list[float]:
    """Shrink the columns that have room (never below their floor) until the total fits `budget`."""
    widths = list(natural)
    for _ in range(20):
        excess = sum(widths) - budget
        slack = [w - f for w, f in zip(widths, floors, strict=True)]
        room = sum(slack)
        if excess <= 0.5 or room <= 0.5:
            break
        factor = min(1.0, excess / room)
        widths = [w - sl * factor for w, sl in zip(widths, slack, strict=True)]
    return [round(w, 1) for w in widths]


def _write_sheet(
    wb: Workbook,
    sheet: SheetData,
    result: WriteResult,
    progress: ProgressCallback | None,
    cancel: CancelCheck | None,
    done_before: int,
    total: int,
) -> int:
    ws: WriteOnlyWorksheet = wb.create_sheet(sheet_title(sheet.name))
    styles = _Styles(ws)
    columns = sheet.columns
    ncols = len(columns)
    last_col = get_column_letter(ncols)

    widths = column_widths(columns, sheet.rows)
    for idx, width in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(idx)].width = width

    # Sheet properties, views and columns are streamed before the first row: set them now.
    header_row = len(sheet.heading) + (1 if sheet.note else 0) + 2
    ws.freeze_panes = f"A{header_row + 1}"
    ws.print_title_rows = f"{header_row}:{header_row}"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = "9"  # A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    ws.page_margins.left = 0.8
    ws.page_margins.right = 0.4
    ws.page_margins.top = 0.8
    ws.page_margins.bottom = 0.8
    ws.oddFooter.center.text = "Страница &P из &N"
    ws.oddFooter.center.size = 9

    title_font = [Font(name=FONT, bold=True, size=12), Font(name=FONT, bold=True, size=14), Font(name=FONT, size=11)]
    heading_rows = 0
    for i, line in enumerate(sheet.heading):
        text, _, _ = clean_text(line)
        cell = styles.cell(font=title_font[min(i, 2)])
        cell.value = text
        cell.data_type = "s"
        ws.append([cell])
        heading_rows += 1
    if sheet.note:
        cell = styles.cell(font=Font(name=FONT, italic=True, size=9, color="404040"))
        cell.value = clean_text(sheet.note)[0]
        cell.data_type = "s"
        ws.append([cell])
        heading_rows += 1
    ws.append([])

    header_cells = []
    for col in columns:
        cell = styles.cell(
            font=Font(name=FONT, bold=True),
            border=styles.border,
            fill=PatternFill("solid", fgColor="D9D9D9"),
            alignment=Alignment(wrap_text=True, horizontal="center", vertical="center"),
        )
        cell.value = clean_text(col.header)[0]
        cell.data_type = "s"
        header_cells.append(cell)
    header_lines = max(
        (_count_lines(c.header, _chars_per_line(w, bold=True)) for c, w in zip(columns, widths, strict=True)), default=1
    )
    ws.row_dimensions[header_row].height = min(_LINE_HEIGHT * header_lines + 4, _MAX_ROW_HEIGHT)
    ws.append(header_cells)

    maker = _RowMaker(ws, styles, columns, result)
    maker.per_line = [_chars_per_line(w) for w in widths]
    fast = _install_row_writer(ws)
    dims = ws.row_dimensions
    count = 0
    for record in sheet.rows:
        if count % _PROGRESS_EVERY == 0:
            if cancel is not None and cancel():
                raise ExportCancelled()
            if progress is not None:
                progress(done_before + count, total)
        cells = list(maker.cells(record))
        count += 1
        if maker.lines > 1:
            # Neither Excel nor LibreOffice reliably grows a row for wrapped text written by a
            # program, so the height is set from the estimated number of lines.
            dims[header_row + count].height = min(_LINE_HEIGHT * maker.lines, _MAX_ROW_HEIGHT)
        ws.append(cells if fast else _public_row(iter(cells), ws))
        if maker.lines > 1:
            del dims[header_row + count]
    last_row = header_row + count
    ws.auto_filter.ref = f"A{header_row}:{last_col}{max(last_row, header_row)}"
    result.rows[sheet.name] = count
    return count


def _discard(wb: Workbook) -> None:
    """Close and delete the half-written sheet streams of a failed workbook (openpyxl's temp files)."""
    for ws in wb.worksheets:
        rows = getattr(ws, "_rows", None)
        writer = getattr(ws, "_writer", None)
        with contextlib.suppress(Exception):
            if rows is not None:
                rows.close()
        if writer is not None:
            with contextlib.suppress(Exception):
                writer.close()
            with contextlib.suppress(Exception):
                writer.cleanup()


def write_workbook(
    target: Path,
    sheets: Sequence[SheetData],
    progress: ProgressCallback | None = None,
    cancel: CancelCheck | None = None,
) -> WriteResult:
    """Write the sheets to `target` atomically; the old file survives any failure unchanged."""
    if not sheets:
        raise UserError("Нечего выгружать: не выбран ни один реестр.")
    target = Path(target)
    check_writable(target)
    result = WriteResult(path=target)
    total = sum(len(s.rows) for s in sheets)
    with atomic_target(target) as tmp:
        wb = Workbook(write_only=True)
        wb.iso_dates = False
        try:
            done = 0
            for sheet in sheets:
                done += _write_sheet(wb, sheet, result, progress, cancel, done, total)
            if cancel is not None and cancel():
                raise ExportCancelled()
            wb.save(tmp)
        except PermissionError as exc:
            _discard(wb)
            raise UserError(f"Нет прав на запись в папку «{target.parent}». Выберите другую папку.") from exc
        except OSError as exc:
            _discard(wb)
            raise UserError(
                f"Не удалось записать «{target.name}»: {exc.strerror or exc}. Проверьте свободное место на диске."
            ) from exc
        except (TypeError, ValueError) as exc:
            _discard(wb)
            raise UserError(f"Не удалось записать «{target.name}»: недопустимое значение в данных ({exc}).") from exc
        except BaseException:
            _discard(wb)
            raise
    if progress is not None:
        progress(total, total)
    return result


__all__ = ["MAX_CELL_CHARS", "ExportCancelled", "SheetData", "WriteResult", "column_widths", "write_workbook"]
