"""The streaming register writer: typed cells, safe text, print layout, atomic saves."""

from __future__ import annotations

import os
from datetime import date, datetime
from pathlib import Path
from typing import Any

import openpyxl
import pytest
import xlsxwriter

from mentor_desk.domain.registers import ColumnSpec
from mentor_desk.errors import UserError
from mentor_desk.exports.excel.sanitize import MAX_CELL_CHARS, clean_text, is_formula_like
from mentor_desk.exports.excel.writer import ExportCancelled, SheetData, column_widths, write_workbook

COLUMNS = (
    ColumnSpec("no", "№", "int"),
    ColumnSpec("name", "ФИО", "text"),
    ColumnSpec("born", "Дата рождения", "date"),
    ColumnSpec("note", "Примечание", "wrap"),
    ColumnSpec("share", "Доля", "percent"),
    ColumnSpec("years", "Стаж, лет", "number"),
)
TRICKY = ["=1+2", "+7 900 123-45-67", "-5", "@SUM(A1)", "\tтаб", "\rcr", "\nlf", "=HYPERLINK(\"x\")"]


def sheet(rows: list[dict[str, Any]], name: str = "Реестр") -> SheetData:
    return SheetData(name, ("Школа № 1", "Реестр на 2025/2026 учебный год", "Дата выгрузки: 01.10.2025"), COLUMNS, rows,
                     note="Примечание к форме")


def header_row_of(ws: Any) -> int:
    for row in ws.iter_rows(min_row=1, max_row=10):
        if row[0].value == "№":
            return int(row[0].row)
    raise AssertionError("no header row")


def test_values_keep_their_types_and_dates_show_russian_format(tmp_path: Path) -> None:
    rows = [
        {"no": 1, "name": "Иванова Мария Петровна", "born": date(2010, 5, 4), "note": "строка\nвторая", "share": 0.25, "years": 3.5},
        {"no": 2, "name": "Петров Пётр", "born": None, "note": "", "share": None, "years": None},
    ]
    result = write_workbook(tmp_path / "r.xlsx", [sheet(rows)])
    assert result.rows == {"Реестр": 2}
    ws = openpyxl.load_workbook(tmp_path / "r.xlsx").active
    h = header_row_of(ws)
    assert [c.value for c in ws[h]] == [c.header for c in COLUMNS]
    assert all(c.font.b for c in ws[h])
    first = ws[h + 1]
    assert first[0].value == 1 and first[0].data_type == "n"
    assert first[1].value == "Иванова Мария Петровна" and first[1].data_type == "s"
    assert first[2].is_date and first[2].value == datetime(2010, 5, 4) and first[2].number_format == "DD.MM.YYYY"
    assert first[3].value == "строка\nвторая" and first[3].alignment.wrap_text
    assert first[4].value == 0.25 and first[4].number_format == "0.0%"
    assert first[5].value == 3.5
    second = ws[h + 2]
    assert second[2].value is None and second[4].value is None
    assert second[2].border.left.style == "thin"  # empty cells keep the table grid
    assert ws.max_row == h + 2
    assert ws["A1"].value == "Школа № 1" and ws["A1"].font.b


def test_formula_like_text_is_written_as_text(tmp_path: Path) -> None:
    rows = [{"no": i, "name": text, "note": text} for i, text in enumerate(TRICKY, 1)]
    result = write_workbook(tmp_path / "r.xlsx", [sheet(rows)])
    assert result.formula_like_cells == 2 * len(TRICKY)
    ws = openpyxl.load_workbook(tmp_path / "r.xlsx").active
    h = header_row_of(ws)
    for offset, text in enumerate(TRICKY, 1):
        cell = ws.cell(h + offset, 2)
        assert cell.value == text.replace("\r", "\n")  # a cell's line break is LF
        assert cell.data_type == "s"
        assert cell.quotePrefix
    # The raw XML holds inline strings, never a <f> element.
    import zipfile

    with zipfile.ZipFile(tmp_path / "r.xlsx") as zf:
        xml = zf.read("xl/worksheets/sheet1.xml").decode()
    assert "<f>" not in xml and "<f " not in xml


def test_illegal_characters_are_removed_and_counted(tmp_path: Path) -> None:
    rows = [{"no": 1, "name": "Имя\x07\x00Фамилия", "note": "ok"}, {"no": 2, "name": "чисто", "note": "a\x1bb"}]
    result = write_workbook(tmp_path / "r.xlsx", [sheet(rows)])
    assert result.sanitized_cells == 2
    ws = openpyxl.load_workbook(tmp_path / "r.xlsx").active
    h = header_row_of(ws)
    assert ws.cell(h + 1, 2).value == "ИмяФамилия"
    assert ws.cell(h + 2, 4).value == "ab"


def test_overlong_text_is_cut_to_the_cell_limit_and_flagged(tmp_path: Path) -> None:
    result = write_workbook(tmp_path / "r.xlsx", [sheet([{"no": 1, "note": "я" * (MAX_CELL_CHARS + 10)}])])
    assert result.truncated_cells == 1
    ws = openpyxl.load_workbook(tmp_path / "r.xlsx", read_only=True).active
    values = [r for r in ws.iter_rows(values_only=True)]
    assert len(values[-1][3]) == MAX_CELL_CHARS
    ws_full = openpyxl.load_workbook(tmp_path / "r.xlsx").active
    assert ws_full.row_dimensions[ws_full.max_row].height <= 409  # Excel's row height limit


def test_sanitize_helpers() -> None:
    assert all(is_formula_like(t) for t in TRICKY)
    assert not is_formula_like("Иванов") and not is_formula_like("")
    assert clean_text("a\x01b\x02") == ("ab", 2, False)


def test_print_layout_freeze_filter_and_widths(tmp_path: Path) -> None:
    rows = [{"no": i, "name": f"Участник {i}", "note": "длинный текст " * 20} for i in range(1, 40)]
    write_workbook(tmp_path / "r.xlsx", [sheet(rows)])
    ws = openpyxl.load_workbook(tmp_path / "r.xlsx").active
    h = header_row_of(ws)
    assert ws.freeze_panes == f"A{h + 1}"
    assert ws.auto_filter.ref == f"A{h}:F{h + 39}"
    assert ws.print_title_rows == f"${h}:${h}"
    assert ws.page_setup.orientation == "landscape"
    assert str(ws.page_setup.paperSize) == "9"
    # An absent fitToWidth is 1 page wide (its default in ECMA-376, as Excel and LibreOffice read it).
    assert (ws.page_setup.fitToWidth or 1) == 1 and ws.page_setup.fitToHeight == 0
    assert ws.sheet_properties.pageSetUpPr.fitToPage
    widths = {c: ws.column_dimensions[c].width for c in "ABCDEF"}
    assert widths["C"] >= 11  # a date fits
    assert 14 <= widths["D"] <= 46  # long text wraps instead of stretching
    assert ws.row_dimensions[h + 1].height and ws.row_dimensions[h + 1].height > 15  # wrapped rows grow


def test_column_widths_fit_a_wide_register_into_a_budget() -> None:
    cols = tuple(ColumnSpec(f"c{i}", f"Столбец {i}", "wrap") for i in range(20))
    rows = [{f"c{i}": "слово " * 30 for i in range(20)}]
    widths = column_widths(cols, rows)
    assert sum(widths) <= 16 * 20 + 1  # narrowed from the 45 each would take
    assert min(widths) >= len("Столбец") + 2


def test_several_sheets_in_one_workbook(tmp_path: Path) -> None:
    write_workbook(tmp_path / "r.xlsx", [sheet([{"no": 1}], "Первый"), sheet([{"no": 1}, {"no": 2}], "Второй: [x]")])
    wb = openpyxl.load_workbook(tmp_path / "r.xlsx")
    assert wb.sheetnames == ["Первый", "Второй x"]


def test_calamine_reads_the_same_values_as_openpyxl(tmp_path: Path) -> None:
    """The file is plain OOXML: the fastest reader and openpyxl see the same titles, text, numbers and dates."""
    from python_calamine import CalamineWorkbook

    rows = [{"no": 1, "name": "=x", "born": date(2011, 1, 2), "note": "n", "share": 0.5, "years": 2.0}, {"no": 2}]
    write_workbook(tmp_path / "r.xlsx", [sheet(rows)])
    ws = openpyxl.load_workbook(tmp_path / "r.xlsx").active
    by_openpyxl = [[c.value for c in row] for row in ws.iter_rows()]
    by_calamine = CalamineWorkbook.from_path(str(tmp_path / "r.xlsx")).get_sheet_by_index(0).to_python(skip_empty_area=False)

    def norm(v: Any) -> Any:
        if v == "" or v is None:
            return None
        if isinstance(v, datetime):
            return v.date()
        if isinstance(v, float) and v.is_integer():
            return int(v)
        return v

    width = len(COLUMNS)
    assert [[norm(v) for v in r[:width]] for r in by_calamine] == [[norm(v) for v in r[:width]] for r in by_openpyxl]
    h = header_row_of(ws)
    assert norm(by_calamine[h][2]) == date(2011, 1, 2) and by_calamine[h][1] == "=x"


# ---- atomic saves -------------------------------------------------------------------------


def _old_file(tmp_path: Path) -> tuple[Path, bytes]:
    target = tmp_path / "реестр.xlsx"
    write_workbook(target, [sheet([{"no": 1, "name": "старый"}])])
    return target, target.read_bytes()


class _FailingRows(list):  # type: ignore[type-arg]
    """Rows that break halfway through, as a failing data source would."""

    def __iter__(self):  # type: ignore[no-untyped-def]
        for i, row in enumerate(list.__iter__(self)):
            if i == 700:
                raise RuntimeError("source failed")
            yield row


def test_a_save_failing_halfway_leaves_the_old_file_byte_identical(tmp_path: Path) -> None:
    target, before = _old_file(tmp_path)
    rows = _FailingRows({"no": i, "name": f"новый {i}"} for i in range(2000))
    with pytest.raises(RuntimeError):
        write_workbook(target, [sheet(rows)])
    assert target.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["реестр.xlsx"]


def test_a_disk_full_during_save_leaves_the_old_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target, before = _old_file(tmp_path)
    real_close = xlsxwriter.Workbook.close

    def half_save(self: Any) -> None:
        real_close(self)
        with open(self.filename, "r+b") as fh:  # a zip cut in the middle, then the disk is full
            fh.truncate(200)
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(xlsxwriter.Workbook, "close", half_save)
    with pytest.raises(UserError, match="свободное место"):
        write_workbook(target, [sheet([{"no": i, "name": "новый"} for i in range(100)])])
    assert target.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["реестр.xlsx"]


def test_cancel_leaves_no_file(tmp_path: Path) -> None:
    calls: list[tuple[int, int]] = []
    target = tmp_path / "new.xlsx"
    rows = [{"no": i} for i in range(1500)]
    with pytest.raises(ExportCancelled):
        write_workbook(target, [sheet(rows)], progress=lambda d, t: calls.append((d, t)), cancel=lambda: len(calls) >= 2)
    assert not target.exists()
    assert list(tmp_path.iterdir()) == []
    assert calls[0] == (0, 1500)


def test_progress_reaches_the_total(tmp_path: Path) -> None:
    calls: list[tuple[int, int]] = []
    write_workbook(tmp_path / "r.xlsx", [sheet([{"no": i} for i in range(1200)])], progress=lambda d, t: calls.append((d, t)))
    assert calls[-1] == (1200, 1200)
    assert [d for d, _ in calls] == sorted(d for d, _ in calls)


def test_file_locked_by_excel_on_replace_gives_a_russian_message(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target, before = _old_file(tmp_path)

    def locked(src: Any, dst: Any) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(os, "replace", locked)
    with pytest.raises(UserError, match="открыт в другой программе"):
        write_workbook(target, [sheet([{"no": 1, "name": "новый"}])])
    monkeypatch.undo()
    assert target.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["реестр.xlsx"]


def test_file_locked_on_open_is_detected_before_any_work(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target, before = _old_file(tmp_path)
    real_open = Path.open

    def fake_open(self: Path, mode: str = "r", *args: Any, **kwargs: Any) -> Any:
        if self == target and "+" in mode:
            raise PermissionError(13, "used by another process")
        return real_open(self, mode, *args, **kwargs)

    monkeypatch.setattr(Path, "open", fake_open)
    with pytest.raises(UserError, match="Закройте его"):
        write_workbook(target, [sheet([{"no": 1}])])
    monkeypatch.undo()
    assert target.read_bytes() == before


def test_missing_folder_is_a_clear_message(tmp_path: Path) -> None:
    with pytest.raises(UserError, match="не найдена"):
        write_workbook(tmp_path / "нет" / "r.xlsx", [sheet([])])


def test_row_height_estimate_wraps_at_words() -> None:
    from mentor_desk.exports.excel.layout import count_lines as _count_lines

    text = "Поддержка педагогов, испытывающих недостаток педагогических компетенций"
    assert _count_lines(text, 12) == 7  # «педагогических» (14) breaks inside the word
    assert _count_lines(text, 100) == 1
    assert _count_lines("первая\nвторая", 50) == 2
    assert _count_lines("", 5) == 1
