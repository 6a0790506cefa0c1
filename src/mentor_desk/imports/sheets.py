"""Rows of the first visible sheet of an untrusted .xlsx/.xlsm/.xls/.ods (calamine) or .csv.

calamine (Rust) reads all three spreadsheet formats about ten times faster than openpyxl, but
it builds a sheet as one dense rectangle and does not refuse DTDs by itself. So before it sees a
file: the size, zip-bomb and entry checks (`safety.inspect_zip`), a refusal of any XML part that
declares a DOCTYPE (entity bombs), and an estimate of the sheet's extent from its XML. A sheet
whose extent would not fit the cell budget is streamed by openpyxl (xlsx) or refused (ods).
"""

from __future__ import annotations

import logging
import re
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from mentor_desk.errors import UserError
from mentor_desk.imports.safety import (
    _CFB_MAGIC,
    _ZIP_MAGIC,
    DEFAULT_LIMITS,
    Limits,
    UnsafeFileError,
    _bomb,
    _check_size,
    _corrupt,
    _protected,
    _too_big,
    check_suffix,
    first_sheet,
    inspect_zip,
    iter_sheet_rows,
    open_workbook,
    read_csv_rows,
)

log = logging.getLogger(__name__)

_PROLOG_LIMIT = 1024 * 1024  # a real prolog is a few dozen bytes; a padded one is refused
_CHUNK = 1024 * 1024


def read_table(path: Path, limits: Limits = DEFAULT_LIMITS) -> list[list[Any]]:
    """Every row of the first visible sheet (or of the CSV), refused over the limits."""
    path = Path(path)
    kind = check_suffix(path)
    if kind == "csv":
        return read_csv_rows(path, limits)
    kind = _sniff(path, kind, limits)
    if kind in ("xlsx", "ods"):
        inspect_zip(path, limits, kind)
        with _zip(path) as zf:
            refuse_doctype(path, zf)
            too_big = _extent(zf, kind) > limits.cells
        if too_big:
            if kind == "ods":
                raise _too_big(path, "таблица занимает слишком много ячеек")
            log.info("%s: sheet extent over the cell budget, streaming with openpyxl", path.name)
            return _read_streaming(path, limits)
    return _read_calamine(path, kind, limits)


def _sniff(path: Path, kind: str, limits: Limits) -> str:
    """The format by content: schools rename files, and web systems save HTML as «.xls»."""
    _check_size(path, limits)
    try:
        with path.open("rb") as fh:
            magic = fh.read(512)
    except OSError as exc:
        raise UnsafeFileError(f"Не удалось прочитать «{path.name}»: {exc.strerror or exc}.") from exc
    if magic.startswith(_CFB_MAGIC):
        return "xls"  # an old workbook, or a password-protected new one (calamine says which)
    if magic.startswith(_ZIP_MAGIC):
        return "ods" if b"opendocument" in magic else ("xlsx" if kind != "ods" else "ods")
    head = magic.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith((b"<", b"\xff\xfe<", b"\xfe\xff\x00<")) or b"<html" in head or b"<table" in head:
        raise UnsafeFileError(
            f"Файл «{path.name}» — это веб-страница, сохранённая с расширением таблицы. Откройте его в "
            "Excel или LibreOffice, сохраните как «Книга Excel (.xlsx)» и повторите."
        )
    raise _corrupt(path)


class _zip:
    def __init__(self, path: Path) -> None:
        self._path = path
        self._zf: zipfile.ZipFile | None = None

    def __enter__(self) -> zipfile.ZipFile:
        try:
            self._zf = zipfile.ZipFile(self._path)
        except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
            raise _corrupt(self._path) from exc
        return self._zf

    def __exit__(self, *exc: object) -> None:
        if self._zf is not None:
            self._zf.close()


def refuse_doctype(path: Path, zf: zipfile.ZipFile) -> None:
    """No XML part of a workbook may declare a DTD: that is how entity bombs start."""
    for info in zf.infolist():
        if info.is_dir() or not info.filename.lower().endswith((".xml", ".rels")):
            continue
        try:
            with zf.open(info) as fh:
                if _prolog_has_doctype(fh):
                    raise _bomb(path)
        except UserError:
            raise
        except (zipfile.BadZipFile, OSError, ValueError, EOFError, RuntimeError) as exc:
            raise _corrupt(path) from exc


def _prolog_has_doctype(fh: IO[bytes]) -> bool:
    """True when a DOCTYPE comes before the root element (or the prolog is absurdly long)."""
    data = fh.read(64 * 1024)
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = (data + fh.read(_PROLOG_LIMIT)).decode("utf-16", errors="replace").encode("utf-8")
        return b"<!DOCTYPE" in text or b"<!ENTITY" in text
    pos = 3 if data.startswith(b"\xef\xbb\xbf") else 0
    while True:
        while pos < len(data) and data[pos:pos + 1] in b" \t\r\n":
            pos += 1
        if pos >= len(data) or data.startswith((b"<?", b"<!--"), pos):
            end_mark = b"?>" if data.startswith(b"<?", pos) else b"-->"
            end = data.find(end_mark, pos)
            while end < 0 and pos < len(data):
                if len(data) > _PROLOG_LIMIT:
                    return True
                more = fh.read(64 * 1024)
                if not more:
                    return False
                data += more
                end = data.find(end_mark, pos)
            if pos >= len(data):
                more = fh.read(64 * 1024)
                if not more:
                    return False
                data += more
                continue
            pos = end + len(end_mark)
            continue
        return data.startswith(b"<!", pos)  # <!DOCTYPE (or anything else odd before the root)


_XLSX_TOKEN = re.compile(rb"<(?:\w+:)?(row|c)\b([^>]*)>")
_ODS_TOKEN = re.compile(rb"<(?:\w+:)?(table-row|table-cell|covered-table-cell|table)\b([^>]*)>|</(?:\w+:)?table-row>")
_ROW_R = re.compile(rb"\sr\s*=\s*[\"'](\d+)[\"']")
_CELL_R = re.compile(rb"\sr\s*=\s*[\"']([A-Za-z]{1,3})(\d+)[\"']")
_ROWS_REPEATED = re.compile(rb"number-rows-repeated\s*=\s*[\"'](\d+)[\"']")
_COLS_REPEATED = re.compile(rb"number-columns-repeated\s*=\s*[\"'](\d+)[\"']")


def _extent(zf: zipfile.ZipFile, kind: str) -> int:
    """The largest rows × columns rectangle any sheet of the workbook would occupy in calamine."""
    biggest = 0
    for info in zf.infolist():
        name = info.filename
        if kind == "xlsx" and name.startswith("xl/worksheets/") and name.endswith(".xml"):
            biggest = max(biggest, _xlsx_extent(zf.read(info)))
        elif kind == "ods" and name == "content.xml":
            biggest = max(biggest, _ods_extent(zf.read(info)))
    return biggest


def _column_number(letters: bytes) -> int:
    number = 0
    for ch in letters.upper():
        number = number * 26 + (ch - 64)
    return number


def _xlsx_extent(xml: bytes) -> int:
    """Rows × columns as the cell references say; cells without a reference count one by one."""
    height = width = 0
    row = col = 0
    cells = xml.count(b"<c ") + xml.count(b":c ")
    declared = xml.count(b"<row") + xml.count(b":row")
    if xml.count(b'<c r="') + xml.count(b':c r="') == cells:
        # Every row and cell carries its reference (as Excel, LibreOffice, XlsxWriter write): the
        # largest row number and the widest column are enough; this path costs a few bytes scans.
        rows = re.findall(rb'<row r="(\d+)"', xml) + re.findall(rb':row r="(\d+)"', xml)
        height = max(map(int, rows), default=0) + (0 if len(rows) >= declared else declared)
        wide = set(re.findall(rb'r="([A-Za-z]{2,3})\d', xml))
        width = max((_column_number(c) for c in wide), default=26)
        return height * max(width, 26)
    for match in _XLSX_TOKEN.finditer(xml):
        tag, attrs = match.group(1), match.group(2)
        if tag == b"row":
            r = _ROW_R.search(attrs)
            row = int(r.group(1)) if r else row + 1
            col = 0
            height = max(height, row)
        else:
            c = _CELL_R.search(attrs)
            col = _column_number(c.group(1)) if c else col + 1
            width = max(width, col)
    return height * width


def _ods_extent(xml: bytes) -> int:
    """Rows × columns up to the last non-empty cell, repeats included (as calamine expands them)."""
    height = width = 0
    row = 0
    row_repeat = 1
    col = 0
    row_has_value = False
    for match in _ODS_TOKEN.finditer(xml):
        tag, attrs = match.group(1), match.group(2) or b""
        if tag is None:  # </table-row>
            row += row_repeat
            if row_has_value:
                height = max(height, row)
            continue
        if tag == b"table":
            row = 0
            continue
        if tag == b"table-row":
            rep = _ROWS_REPEATED.search(attrs)
            row_repeat = int(rep.group(1)) if rep else 1
            col = 0
            row_has_value = False
            if attrs.endswith(b"/"):
                row += row_repeat
            continue
        rep = _COLS_REPEATED.search(attrs)
        col += int(rep.group(1)) if rep else 1
        has_value = b"value-type" in attrs or not attrs.endswith(b"/")
        if has_value:
            width = max(width, col)
            row_has_value = True
    return height * width


def _read_calamine(path: Path, kind: str, limits: Limits) -> list[list[Any]]:
    from python_calamine import CalamineWorkbook, PasswordError

    try:
        wb = CalamineWorkbook.from_path(str(path))
    except PasswordError as exc:
        raise _protected(path) from exc
    except Exception as exc:  # calamine raises several kinds on damaged files
        if kind == "xls" and check_suffix(path) == "xlsx":
            # An OLE container named .xlsx is what Excel writes for a password-protected workbook.
            raise _protected(path) from exc
        raise _calamine_refusal(path, exc) from exc
    try:
        index = _first_visible(wb, path)
        try:
            sheet = wb.get_sheet_by_index(index)
        except Exception as exc:
            raise _calamine_refusal(path, exc) from exc
        if sheet.height > limits.rows + 20:
            raise _too_big(path, f"на листе {sheet.height} строк (допустимо не больше {limits.rows})")
        return [_row(r, limits.columns) for r in sheet.iter_rows()]
    finally:
        wb.close()


def _first_visible(wb: Any, path: Path) -> int:
    from python_calamine import SheetTypeEnum, SheetVisibleEnum

    for i, meta in enumerate(wb.sheets_metadata):
        if meta.visible == SheetVisibleEnum.Visible and meta.typ == SheetTypeEnum.WorkSheet:
            return i
    raise UnsafeFileError(f"В файле «{path.name}» нет видимых листов.")


def _row(values: list[Any], columns: int) -> list[Any]:
    """calamine's cells as the parser expects them: empty cells None, trailing ones dropped."""
    end = min(len(values), columns)
    while end and values[end - 1] == "":
        end -= 1
    return [None if v == "" else v for v in values[:end]]


def _calamine_refusal(path: Path, exc: Exception) -> UnsafeFileError:
    text = str(exc).lower()
    if "password" in text or "encrypt" in text:
        return _protected(path)
    if "cell limit" in text:
        return _too_big(path, "таблица занимает слишком много ячеек")
    log.info("workbook %s refused by calamine: %r", path.name, exc)
    return _corrupt(path)


def _read_streaming(path: Path, limits: Limits) -> list[list[Any]]:
    with open_workbook(path, limits) as wb:
        ws = first_sheet(wb, path)
        return [_row(["" if v is None else v for v in r], limits.columns)
                for r in _rows(iter_sheet_rows(ws, path, limits))]


def _rows(rows: Iterator[tuple[Any, ...]]) -> Iterator[list[Any]]:
    for r in rows:
        yield list(r)
