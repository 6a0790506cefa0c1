"""Streaming .xlsx writer for registers: title rows, styled header, typed cells, print layout.

Rows are plain mappings (field -> value) prepared by the services; nothing here knows the
database. The workbook is written through XlsxWriter's public API in constant-memory mode (each
row goes to disk as soon as the next one starts), with every cell format made once per
workbook, and saved atomically. openpyxl stays the reader of district templates.
"""

from __future__ import annotations

import contextlib
import tempfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from xlsxwriter import Workbook
from xlsxwriter.exceptions import FileCreateError, FileSizeError, XlsxWriterException
from xlsxwriter.format import Format
from xlsxwriter.worksheet import Worksheet

from mentor_desk.domain.registers import ColumnSpec
from mentor_desk.errors import UserError
from mentor_desk.exports.excel.atomic import CancelCheck, ProgressCallback, atomic_target, check_writable
from mentor_desk.exports.excel.layout import (
    LINE_HEIGHT,
    MAX_ROW_HEIGHT,
    chars_per_line,
    column_widths,
    count_lines,
    sheet_title,
)
from mentor_desk.exports.excel.sanitize import FORMULA_TRIGGERS, MAX_CELL_CHARS, clean_text

DATE_FORMAT = "DD.MM.YYYY"
FONT = "Calibri"  # LibreOffice shows it with the metric-compatible Carlito
PERCENT_FORMAT = "0.0%"
NUMBER_FORMAT = "0.0"
_PROGRESS_EVERY = 500
_GRID = "#808080"
_EPOCH = date(1899, 12, 30)  # Excel's day 0 for serial dates from 1 March 1900 on
_FIRST_PLAIN_SERIAL = date(1900, 3, 1)



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


class _Formats:
    """Every cell format of the workbook, made once (XlsxWriter dedupes them into the style table)."""

    def __init__(self, wb: Workbook) -> None:
        self._wb = wb
        self._data: dict[tuple[str, bool], Format] = {}
        base = {"font_name": FONT, "font_size": 11}
        self.titles = [
            wb.add_format({**base, "bold": True, "font_size": 12}),
            wb.add_format({**base, "bold": True, "font_size": 14}),
            wb.add_format(base),
        ]
        self.note = wb.add_format({**base, "italic": True, "font_size": 9, "font_color": "#404040"})
        self.header = wb.add_format({
            **base, "bold": True, "border": 1, "border_color": _GRID, "bg_color": "#D9D9D9", "pattern": 1,
            "text_wrap": True, "align": "center", "valign": "vcenter",
        })

    def data(self, column_type: str, quoted: bool = False) -> Format:
        key = (column_type, quoted)
        fmt = self._data.get(key)
        if fmt is None:
            props: dict[str, Any] = {
                "font_name": FONT, "font_size": 11, "border": 1, "border_color": _GRID, "valign": "top",
                "text_wrap": column_type in ("wrap", "text"),
            }
            if column_type in ("int", "date"):
                props["align"] = "center"
            number_format = {"date": DATE_FORMAT, "percent": PERCENT_FORMAT, "number": NUMBER_FORMAT}.get(column_type)
            if number_format:
                props["num_format"] = number_format
            if quoted:
                props["quote_prefix"] = True
            fmt = self._data[key] = self._wb.add_format(props)
        return fmt


class _RowWriter:
    """Writes one record's cells with as little work per cell as possible; values are typed here,
    so nothing is ever guessed to be a formula (text goes through `write_string`)."""

    def __init__(self, ws: Worksheet, formats: _Formats, columns: Sequence[ColumnSpec], widths: Sequence[float],
                 result: WriteResult) -> None:
        self.ws = ws
        self.result = result
        self.fields = [c.field for c in columns]
        self.plain = [formats.data(c.type) for c in columns]
        self.quoted = [formats.data(c.type, True) for c in columns]
        self.per_line = [chars_per_line(w) for w in widths]

    def write(self, row: int, record: Mapping[str, Any]) -> None:
        ws, get, per_line, plain = self.ws, record.get, self.per_line, self.plain
        write_string, write_number, write_blank = ws.write_string, ws.write_number, ws.write_blank
        lines = 1
        for idx, name in enumerate(self.fields):
            value: Any = get(name)
            cls = type(value)
            if cls is str:
                if value.isprintable() and len(value) <= MAX_CELL_CHARS:
                    # The common case, checked in C: nothing to remove, no line break; only
                    # `= + - @` of the formula triggers can start a printable text.
                    if not value:
                        write_blank(row, idx, None, plain[idx])
                        continue
                    fmt = plain[idx]
                    if value[0] in FORMULA_TRIGGERS:
                        self.result.formula_like_cells += 1
                        fmt = self.quoted[idx]
                    if len(value) > per_line[idx]:
                        lines = max(lines, count_lines(value, per_line[idx]))
                    write_string(row, idx, value, fmt)
                    continue
                text, fmt = self._text(idx, value)
                if not text:
                    write_blank(row, idx, None, plain[idx])
                    continue
                if len(text) > per_line[idx] or "\n" in text:
                    lines = max(lines, count_lines(text, per_line[idx]))
                write_string(row, idx, text, fmt)
            elif value is None:
                write_blank(row, idx, None, plain[idx])
            elif cls is int or cls is float:
                write_number(row, idx, value, plain[idx])
            elif cls is date or cls is datetime:
                day = value.date() if cls is datetime else value
                if day >= _FIRST_PLAIN_SERIAL:
                    serial = (day - _EPOCH).days
                    if cls is datetime:
                        serial += (value.hour * 3600 + value.minute * 60 + value.second) / 86400
                    write_number(row, idx, serial, plain[idx])
                else:
                    ws.write_datetime(row, idx, value.replace(tzinfo=None) if cls is datetime else value, plain[idx])
            else:
                text, fmt = self._text(idx, "да" if value is True else "нет" if value is False else str(value))
                write_string(row, idx, text, fmt)
        if lines > 1:
            # Neither Excel nor LibreOffice reliably grows a row for wrapped text written by a
            # program, so the height is set from the estimated number of lines. In constant-memory
            # mode a row goes to disk when the next one starts, so setting it after its cells is in time.
            ws.set_row(row, min(LINE_HEIGHT * lines, MAX_ROW_HEIGHT))

    def _text(self, idx: int, value: str) -> tuple[str, Format]:
        cleaned, removed, cut = clean_text(value)
        if removed:
            self.result.sanitized_cells += 1
        if cut:
            self.result.truncated_cells += 1
        if cleaned and cleaned[0] in FORMULA_TRIGGERS:
            self.result.formula_like_cells += 1
            return cleaned, self.quoted[idx]
        return cleaned, self.plain[idx]


def _write_sheet(
    wb: Workbook,
    formats: _Formats,
    sheet: SheetData,
    result: WriteResult,
    progress: ProgressCallback | None,
    cancel: CancelCheck | None,
    done_before: int,
    total: int,
) -> int:
    ws = wb.add_worksheet(sheet_title(sheet.name))
    columns = sheet.columns
    widths = column_widths(columns, sheet.rows)
    for idx, width in enumerate(widths):
        ws.set_column(idx, idx, width)

    # Rows are 0-based here; `header_row` is the header's 1-based number as Excel shows it.
    header_row = len(sheet.heading) + (1 if sheet.note else 0) + 2
    ws.freeze_panes(header_row, 0)
    ws.repeat_rows(header_row - 1)
    ws.set_landscape()
    ws.set_paper(9)  # A4
    ws.fit_to_pages(1, 0)
    ws.set_margins(left=0.8, right=0.4, top=0.8, bottom=0.8)
    ws.set_footer("&C&9Страница &P из &N")

    row = 0
    for i, line in enumerate(sheet.heading):
        ws.write_string(row, 0, clean_text(line)[0], formats.titles[min(i, 2)])
        row += 1
    if sheet.note:
        ws.write_string(row, 0, clean_text(sheet.note)[0], formats.note)
        row += 1
    row += 1  # an empty row between the titles and the table

    header_lines = max(
        (count_lines(c.header, chars_per_line(w, bold=True)) for c, w in zip(columns, widths, strict=True)), default=1
    )
    ws.set_row(row, min(LINE_HEIGHT * header_lines + 4, MAX_ROW_HEIGHT))
    for idx, col in enumerate(columns):
        ws.write_string(row, idx, clean_text(col.header)[0], formats.header)

    writer = _RowWriter(ws, formats, columns, widths, result)
    count = 0
    for record in sheet.rows:
        if count % _PROGRESS_EVERY == 0:
            if cancel is not None and cancel():
                raise ExportCancelled()
            if progress is not None:
                progress(done_before + count, total)
        count += 1
        writer.write(header_row - 1 + count, record)
    ws.autofilter(header_row - 1, 0, header_row - 1 + count, max(len(columns) - 1, 0))
    result.rows[sheet.name] = count
    return count


def _save_error(target: Path, exc: BaseException) -> UserError:
    if isinstance(exc, PermissionError):
        return UserError(f"Нет прав на запись в папку «{target.parent}». Выберите другую папку.")
    if isinstance(exc, OSError):
        return UserError(
            f"Не удалось записать «{target.name}»: {exc.strerror or exc}. Проверьте свободное место на диске."
        )
    return UserError(f"Не удалось записать «{target.name}»: недопустимое значение в данных ({exc}).")


def _write_all(
    wb: Workbook,
    sheets: Sequence[SheetData],
    result: WriteResult,
    progress: ProgressCallback | None,
    cancel: CancelCheck | None,
    total: int,
) -> None:
    try:
        formats = _Formats(wb)
        done = 0
        for sheet in sheets:
            done += _write_sheet(wb, formats, sheet, result, progress, cancel, done, total)
        if cancel is not None and cancel():
            raise ExportCancelled()
    except BaseException:
        # Close what XlsxWriter holds open (the rows' temp files); the half-made file at the
        # temp name is then removed by the atomic writer.
        with contextlib.suppress(Exception):
            wb.close()
        raise
    wb.close()


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
    # XlsxWriter keeps each sheet's rows in a temp file until it assembles the workbook: in a
    # folder of our own, removed whatever happens.
    with atomic_target(target) as tmp, tempfile.TemporaryDirectory(
        prefix="mentor-desk-xlsx-", ignore_cleanup_errors=True
    ) as scratch:
        wb = Workbook(str(tmp), {"constant_memory": True, "tmpdir": scratch, "strings_to_numbers": False})
        try:
            _write_all(wb, sheets, result, progress, cancel, total)
        except FileCreateError as exc:
            cause = exc.args[0] if exc.args and isinstance(exc.args[0], BaseException) else exc
            raise _save_error(target, cause) from exc
        except FileSizeError as exc:
            raise UserError(f"Не удалось записать «{target.name}»: файл слишком велик для формата .xlsx.") from exc
        except (OSError, TypeError, ValueError, XlsxWriterException) as exc:
            raise _save_error(target, exc) from exc
    if progress is not None:
        progress(total, total)
    return result


__all__ = [
    "MAX_CELL_CHARS", "ExportCancelled", "SheetData", "WriteResult", "column_widths", "sheet_title",
    "write_workbook",
]
