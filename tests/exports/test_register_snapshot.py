"""Every register kind of the demo school, on a fixed day, written and reopened, cell for cell
against a snapshot taken before the registers were rewritten for speed (same cells, widths, heights).

The demo school and the export are made on one frozen day (time-machine), so the snapshot does
not age. After a deliberate change of a register's content, rewrite the snapshot with
`MENTOR_DESK_UPDATE_SNAPSHOT=1 pytest tests/exports/test_register_snapshot.py` and review the diff.
"""

from __future__ import annotations

import gzip
import json
import os
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any

import openpyxl
import pytest
import time_machine

from mentor_desk.db.database import open_sqlite
from mentor_desk.demo.generator import write_demo
from mentor_desk.domain.registers import REGISTER_KINDS, load_spec
from mentor_desk.domain.schoolyear import SchoolYear
from mentor_desk.imports.register_template import TemplateLayout
from mentor_desk.services.container import Services
from mentor_desk.services.documents import export_register

SNAPSHOT = Path(__file__).parent / "data" / "register_snapshot.json.gz"
DAY = date(2026, 11, 16)
FORM = "учитель – учитель"


def _cell(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.isoformat()
    return value


def _sheet(path: Path) -> dict[str, Any]:
    """Values of every cell, the column widths and the row heights set, of the only sheet."""
    wb = openpyxl.load_workbook(path)
    try:
        ws = wb.worksheets[0]
        return {
            "title": ws.title,
            "cells": [[_cell(v) for v in row] for row in ws.iter_rows(values_only=True)],
            "widths": {k: d.width for k, d in sorted(ws.column_dimensions.items()) if d.width},
            "heights": {str(k): d.height for k, d in sorted(ws.row_dimensions.items()) if d.height},
            "freeze": ws.freeze_panes,
            "filter": ws.auto_filter.ref,
        }
    finally:
        wb.close()


@pytest.fixture(scope="module")
def day_services(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Services]:
    folder = tmp_path_factory.mktemp("snapshot")
    with time_machine.travel(datetime(DAY.year, DAY.month, DAY.day, 10, 0), tick=False):
        write_demo(folder / "demo.db", seed=2025, on=DAY)
        db = open_sqlite(folder / "demo.db")
        try:
            yield Services.for_database(db)
        finally:
            db.close()


def _exports(services: Services, folder: Path) -> dict[str, Any]:
    """Each register with every field it has (its columns and the optional ones), for the current
    year, for one form of it, and for the year before; and the default workbook of all registers."""
    out: dict[str, Any] = {}
    current = SchoolYear.parse(services.organisation.get().current_year)
    previous = SchoolYear(current.start - 1).title
    variants: list[tuple[str, dict[str, Any]]] = [("year", {}), ("form", {"form": FORM}), ("previous", {"year": previous})]
    for kind in REGISTER_KINDS:
        spec = load_spec(kind)
        layout = TemplateLayout(folder / "template.xlsx", spec.fields, (), 1)
        for name, options in variants:
            target = folder / f"{kind}-{name}.xlsx"
            export_register(services, kind, target, template=layout, on=DAY, **options)
            out[f"{kind}/{name}"] = _sheet(target)
    target = folder / "all.xlsx"
    export_register(services, "all", target, on=DAY)
    wb = openpyxl.load_workbook(target, read_only=True)
    try:
        out["all"] = {ws.title: [[_cell(v) for v in row] for row in ws.iter_rows(values_only=True)] for ws in wb}
    finally:
        wb.close()
    return out


def test_every_register_writes_the_snapshot_cells(day_services: Services, tmp_path: Path) -> None:
    with time_machine.travel(datetime(DAY.year, DAY.month, DAY.day, 10, 0), tick=False):
        got = json.loads(json.dumps(_exports(day_services, tmp_path), ensure_ascii=False))
    if os.environ.get("MENTOR_DESK_UPDATE_SNAPSHOT"):
        SNAPSHOT.parent.mkdir(exist_ok=True)
        SNAPSHOT.write_bytes(gzip.compress(json.dumps(got, ensure_ascii=False, indent=0).encode(), mtime=0))
    expected = json.loads(gzip.decompress(SNAPSHOT.read_bytes()))
    assert sorted(got) == sorted(expected)
    for key in expected:
        if isinstance(expected[key], dict) and "cells" in expected[key]:
            for part in ("title", "widths", "heights", "freeze", "filter"):
                assert got[key][part] == expected[key][part], (key, part)
            cells, want = got[key]["cells"], expected[key]["cells"]
        else:
            cells, want = got[key], expected[key]
        assert len(cells) == len(want), key
        for i, (row, expected_row) in enumerate(zip(cells, want, strict=True)):
            assert row == expected_row, (key, i)
    # The snapshot is not empty: every register has rows in the current year.
    for kind in REGISTER_KINDS:
        assert len(expected[f"{kind}/year"]["cells"]) > 6, kind
