"""Opening untrusted spreadsheets safely: size, zip and XML checks before parsing, Russian errors.

Every check runs before a parser (calamine, or openpyxl for templates and odd sheets) sees the
file; whatever goes wrong while reading becomes a `UserError` that says what to do, never a
traceback.
"""

from __future__ import annotations

import codecs
import csv
import io
import logging
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from mentor_desk.errors import UserError

log = logging.getLogger(__name__)

XLSX_SUFFIXES = (".xlsx", ".xlsm")
XLS_SUFFIXES = (".xls",)
ODS_SUFFIXES = (".ods",)
CSV_SUFFIXES = (".csv", ".txt")
ACCEPTED = ".xlsx, .xlsm, .xls, .ods или .csv"
_CFB_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # OLE container: .xls or a password-protected .xlsx
_ZIP_MAGIC = b"PK\x03\x04"


@dataclass(frozen=True)
class Limits:
    file_bytes: int = 60 * 1024 * 1024
    uncompressed_bytes: int = 300 * 1024 * 1024
    entries: int = 2_000
    ratio: int = 200  # uncompressed / compressed per entry bigger than `ratio_floor`
    ratio_floor: int = 1024 * 1024
    rows: int = 200_000  # a district's list
    columns: int = 200
    # calamine holds a sheet as a dense rectangle: a tiny file with two far-apart cells would ask
    # for gigabytes. Sheets whose extent is larger are read by streaming instead (or refused).
    cells: int = 6_000_000


DEFAULT_LIMITS = Limits()


class UnsafeFileError(UserError):
    """The file was refused before or while reading it; nothing was written anywhere."""


def assert_defused() -> None:
    """openpyxl must parse with defusedxml, or an entity bomb would expand in memory."""
    try:
        import defusedxml  # noqa: F401
        from openpyxl.xml import DEFUSEDXML
    except ImportError as exc:  # pragma: no cover - the dependency is declared
        raise UnsafeFileError(
            "Не установлен модуль защиты от опасных файлов (defusedxml). Переустановите программу."
        ) from exc
    if not DEFUSEDXML:
        raise UnsafeFileError(
            "Защита от опасных файлов отключена (переменная OPENPYXL_DEFUSEDXML). "
            "Загрузка таблиц невозможна: включите защиту и повторите."
        )


def _corrupt(path: Path) -> UnsafeFileError:
    return UnsafeFileError(
        f"Файл «{path.name}» повреждён или не является таблицей Excel. "
        "Откройте его в Excel или LibreOffice, сохраните заново как .xlsx и повторите."
    )


def _protected(path: Path) -> UnsafeFileError:
    return UnsafeFileError(
        f"Файл «{path.name}» защищён паролем или сохранён в старом формате .xls. "
        "Снимите пароль или сохраните файл как «Книга Excel (.xlsx)» и повторите."
    )


def _too_big(path: Path, what: str) -> UnsafeFileError:
    return UnsafeFileError(
        f"Файл «{path.name}» отклонён: {what}. Это не похоже на список сотрудников или класса; "
        "сохраните в файл только нужный лист и повторите."
    )


def check_suffix(path: Path) -> str:
    """'xlsx', 'xls', 'ods' or 'csv'; anything else is refused naming the accepted formats."""
    suffix = path.suffix.lower()
    for kind, suffixes in (("xlsx", XLSX_SUFFIXES), ("xls", XLS_SUFFIXES), ("ods", ODS_SUFFIXES),
                           ("csv", CSV_SUFFIXES)):
        if suffix in suffixes:
            return kind
    raise UnsafeFileError(
        f"Формат файла «{path.name}» не поддерживается. Загрузите таблицу {ACCEPTED}."
    )


def _check_size(path: Path, limits: Limits) -> int:
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise UnsafeFileError(f"Файл «{path}» не найден. Проверьте путь.") from None
    except OSError as exc:
        raise UnsafeFileError(f"Не удалось прочитать «{path.name}»: {exc.strerror or exc}.") from exc
    if size > limits.file_bytes:
        raise _too_big(path, f"размер {size // (1024 * 1024)} МБ больше допустимых {limits.file_bytes // (1024 * 1024)} МБ")
    if size == 0:
        raise UnsafeFileError(f"Файл «{path.name}» пуст.")
    return size


def inspect_zip(path: Path, limits: Limits = DEFAULT_LIMITS, kind: str = "xlsx") -> None:
    """Refuse oversized, bomb-like, encrypted or non-workbook archives before a parser sees them."""
    _check_size(path, limits)
    try:
        with path.open("rb") as fh:
            magic = fh.read(8)
    except OSError as exc:
        raise UnsafeFileError(f"Не удалось прочитать «{path.name}»: {exc.strerror or exc}.") from exc
    if magic.startswith(_CFB_MAGIC):
        raise _protected(path)
    if not magic.startswith(_ZIP_MAGIC):
        raise _corrupt(path)
    try:
        with zipfile.ZipFile(path) as zf:
            infos = zf.infolist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
        raise _corrupt(path) from exc
    if len(infos) > limits.entries:
        raise _too_big(path, f"в архиве {len(infos)} частей (допустимо не больше {limits.entries})")
    total = 0
    names = set()
    for info in infos:
        names.add(info.filename)
        if info.flag_bits & 0x1:
            raise _protected(path)
        total += info.file_size
        if info.file_size > limits.ratio_floor and info.file_size > limits.ratio * max(info.compress_size, 1):
            raise _too_big(path, "содержимое сжато подозрительно сильно (возможна «zip-бомба»)")
    if total > limits.uncompressed_bytes:
        raise _too_big(path, f"в распакованном виде {total // (1024 * 1024)} МБ (допустимо {limits.uncompressed_bytes // (1024 * 1024)} МБ)")
    required = ("content.xml",) if kind == "ods" else ("xl/workbook.xml", "[Content_Types].xml")
    if not all(name in names for name in required):
        raise _corrupt(path)


def _caused_by_defusedxml(exc: BaseException) -> bool:
    """openpyxl wraps parser errors in ValueError; look down the chain for defusedxml's refusal."""
    from defusedxml.common import DefusedXmlException

    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        if isinstance(current, DefusedXmlException):
            return True
        seen.add(id(current))
        current = current.__cause__ or current.__context__
    return False


def _refusal(path: Path, exc: Exception) -> UnsafeFileError:
    if _caused_by_defusedxml(exc):
        return _bomb(path)
    log.info("workbook %s refused: %r", path.name, exc)
    return _corrupt(path)


@contextmanager
def open_workbook(path: Path, limits: Limits = DEFAULT_LIMITS) -> Iterator[Any]:
    """A read-only openpyxl workbook of an untrusted file, closed afterwards; errors are Russian."""
    from openpyxl import load_workbook

    assert_defused()
    inspect_zip(path, limits)
    # We own the file handle, so it is closed even when openpyxl fails halfway through loading.
    with path.open("rb") as fh:
        try:
            wb = load_workbook(fh, read_only=True, data_only=True, keep_links=False, keep_vba=False)
        except UserError:
            raise
        except Exception as exc:  # openpyxl raises many kinds on damaged parts
            raise _refusal(path, exc) from exc
        try:
            yield wb
        except UserError:
            raise
        except Exception as exc:
            raise _refusal(path, exc) from exc
        finally:
            wb.close()


def _bomb(path: Path) -> UnsafeFileError:
    return UnsafeFileError(
        f"Файл «{path.name}» отклонён: в нём есть недопустимые конструкции XML (так бывает у "
        "специально испорченных файлов). Сохраните таблицу заново в Excel или LibreOffice."
    )


def first_sheet(wb: Any, path: Path) -> Any:
    for ws in wb.worksheets:
        if getattr(ws, "sheet_state", "visible") == "visible":
            return ws
    raise UnsafeFileError(f"В файле «{path.name}» нет видимых листов.")


def iter_sheet_rows(ws: Any, path: Path, limits: Limits = DEFAULT_LIMITS, max_rows: int | None = None) -> Iterator[tuple[Any, ...]]:
    """Values of a read-only sheet row by row, refusing sheets over the row and column limits."""
    declared_rows = getattr(ws, "max_row", None)
    if declared_rows is not None and declared_rows > limits.rows + 20 and max_rows is None:
        raise _too_big(path, f"на листе {declared_rows} строк (допустимо не больше {limits.rows})")
    if hasattr(ws, "reset_dimensions"):
        # The declared size may lie in both directions; read rows as they are.
        ws.reset_dimensions()
    cap = max_rows if max_rows is not None else limits.rows + 20
    for count, row in enumerate(ws.iter_rows(values_only=True)):
        if count >= cap:
            if max_rows is not None:
                return
            raise _too_big(path, f"на листе больше {limits.rows} строк")
        yield row[: limits.columns] if len(row) > limits.columns else row


def _decode_csv(path: Path, data: bytes) -> str:
    for bom, encoding in ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"),
                          (codecs.BOM_UTF16_BE, "utf-16-be")):
        if data.startswith(bom):
            return data[len(bom):].decode(encoding, errors="replace")
    if b"\x00" in data[:4096]:
        raise UnsafeFileError(f"Файл «{path.name}» не является текстовым файлом CSV.")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1251", errors="replace")


def read_csv_rows(path: Path, limits: Limits = DEFAULT_LIMITS) -> list[list[Any]]:
    """Rows of a .csv in UTF-8 (with or without BOM), UTF-16 with BOM, or cp1251, separated by ; , or tab."""
    _check_size(path, limits)
    data = path.read_bytes()
    text = _decode_csv(path, data)
    head = text.splitlines()[:10]
    counts = {d: sum(line.count(d) for line in head) for d in (";", ",", "\t")}
    delimiter = max(counts, key=lambda d: counts[d]) if any(counts.values()) else ";"
    try:
        reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
        rows = []
        for count, row in enumerate(reader):
            if count >= limits.rows + 20:
                raise _too_big(path, f"в файле больше {limits.rows} строк")
            rows.append([v or None for v in row[: limits.columns]])
    except csv.Error as exc:
        raise UnsafeFileError(f"Файл «{path.name}» не удалось разобрать как CSV: {exc}.") from exc
    return rows
