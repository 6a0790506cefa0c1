"""Time the people import at district scale against the bare calamine read of the same file.

Run: PYTHONPATH=src python tools/measure_import.py [ROWS ...]   (default 20000 100000)

For each size it writes a staff list as schools write them (title rows, «б/к», «СЗД», стаж and
dates as text, a signature) with fictional names, then reports medians of three runs of:
the floor (python-calamine reading every cell), reading with the checks (`read_rows`),
parsing and checking every row, and the whole import into an empty database (read, parse, plan,
bulk insert in one transaction). Timings never go into the tests; this is the script behind the
figures in the report.
"""

from __future__ import annotations

import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

CATEGORIES = ("высшая", "первая", "б/к", "СЗД", "1 кв. к.", "без категории", "педагог-наставник")
SPANS = ("0,5", "5 лет", 12, "3 г.", "5 л. 3 мес.", "1 год 2 мес")
LAST = ("Иванова", "Петров", "Соколова", "Кузнецов", "Лебедева", "Морозов", "Волкова", "Новиков")
FIRST = ("Анна", "Олег", "Мария", "Игорь", "Елена", "Павел")
MIDDLE = ("Сергеевна", "Иванович", "Петровна", "Олегович")


def write_list(path: Path, rows: int) -> None:
    import xlsxwriter

    rng = random.Random(rows)
    wb = xlsxwriter.Workbook(str(path), {"constant_memory": True})
    ws = wb.add_worksheet("Педагоги")
    ws.write_row(0, 0, ["Список педагогических работников (вымышленные данные)"])
    ws.write_row(2, 0, ["№ п/п", "ФИО", "Должность", "Предмет", "Пед. стаж", "Категория", "Дата рождения", "Телефон"])
    for i in range(rows):
        ws.write_row(3 + i, 0, [
            i + 1, f"{rng.choice(LAST)} {rng.choice(FIRST)} {rng.choice(MIDDLE)}", "учитель математики",
            "математика", rng.choice(SPANS), rng.choice(CATEGORIES),
            f"{rng.randint(1, 28):02d}.{rng.randint(1, 12):02d}.{rng.randint(1960, 2000)}", "+7 900 123-45-67",
        ])
    ws.write_row(4 + rows, 1, ["Директор ____________ И.О. Фамилия"])
    wb.close()


def median(fn: Callable[[], object], repeats: int = 3) -> str:
    """Median wall time and, in brackets, median CPU time (the machine may be shared)."""
    wall, cpu = [], []
    for _ in range(repeats):
        start, start_cpu = time.perf_counter(), time.process_time()
        fn()
        wall.append(time.perf_counter() - start)
        cpu.append(time.process_time() - start_cpu)
    return f"{statistics.median(wall):.2f} s ({statistics.median(cpu):.2f} s CPU)"


def main(sizes: list[int]) -> None:
    from python_calamine import CalamineWorkbook

    from mentor_desk.db.database import open_sqlite
    from mentor_desk.services.container import Services
    from mentor_desk.services.imports import parse_rows, read_rows

    work = Path(tempfile.mkdtemp(prefix="measure-import-"))
    for rows in sizes:
        source = work / f"staff-{rows}.xlsx"
        write_list(source, rows)

        def floor(src: Path = source) -> None:
            wb = CalamineWorkbook.from_path(str(src))
            wb.get_sheet_by_index(0).to_python()
            wb.close()

        table = read_rows(source)
        targets: list[Path] = []
        for n in range(3):
            db_path = work / f"target-{rows}-{n}.db"
            Services.for_database(open_sqlite(db_path)).database.close()
            targets.append(db_path)

        def whole(src: Path = source, targets: list[Path] = targets, rows: int = rows) -> None:
            services = Services.for_database(open_sqlite(targets.pop()))
            try:
                preview = parse_rows(src, read_rows(src))
                outcome = services.imports.apply(preview)
                assert outcome.created == len(preview.rows) > rows * 0.9
            finally:
                services.database.close()

        t_floor = median(floor)
        t_read = median(lambda src=source: read_rows(src))
        t_parse = median(lambda src=source, t=table: parse_rows(src, t))
        t_whole = median(whole)
        print(f"{rows:>7} rows: calamine floor {t_floor} | read with checks {t_read} | "
              f"parse+check {t_parse} | whole import {t_whole}")


if __name__ == "__main__":
    main([int(a) for a in sys.argv[1:]] or [20_000, 100_000])
