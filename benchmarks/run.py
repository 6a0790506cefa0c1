"""District-scale benchmarks, each figure beside its floor measured in the same run.

    python benchmarks/run.py [--quick] [--json FILE] [--only NAME ...]

Every figure is the median of several runs; a floor is the same work done by the bare library
(PySide6, openpyxl, reportlab) in the same run, so the ratio is what Mentor Desk adds. The
table goes to stdout, the same rows (figure, value, unit, floor, ratio, target, met) to JSON.
No timing is asserted in the test suite; `--quick` is a smoke run with small data.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from benchmarks import floors  # noqa: E402
from benchmarks.large_db import build as build_large_db  # noqa: E402


@dataclass
class Row:
    figure: str
    value: float
    unit: str
    floor: float | None
    ratio: float | None
    target: str
    met: bool


@dataclass
class Settings:
    quick: bool
    work: Path
    repeats: int

    @property
    def persons(self) -> int:
        return 2_000 if self.quick else 20_000


def median_time(fn: Callable[[], Any], repeats: int) -> float:
    times = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def ratio_row(figure: str, value: float, floor: float, limit: float, unit: str = "s") -> Row:
    ratio = value / floor if floor > 0 else float("inf")
    return Row(figure, round(value, 3), unit, round(floor, 3), round(ratio, 2), f"<= {limit}x", ratio <= limit)


def absolute_row(figure: str, value: float, limit: float, unit: str) -> Row:
    return Row(figure, round(value, 3), unit, None, None, f"< {limit} {unit}", value < limit)


# ---- data -------------------------------------------------------------------------------


def large_database(st: Settings) -> Path:
    path = st.work / ("large-quick.db" if st.quick else "large.db")
    if not path.exists():
        if st.quick:
            build_large_db(path, persons=2_000, pairs=600, ioms=40)
        else:
            build_large_db(path)
    return path


def demo_database(st: Settings) -> Path:
    path = st.work / "demo.db"
    if not path.exists():
        from mentor_desk.demo.generator import write_demo

        write_demo(path, seed=2025)
    return path


def open_services(path: Path) -> Any:
    from mentor_desk.db.database import open_sqlite
    from mentor_desk.services.container import Services

    return Services.for_database(open_sqlite(path))


# ---- figures ----------------------------------------------------------------------------


def figure_startup(st: Settings) -> list[Row]:
    demo = demo_database(st)
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src"), "MENTOR_DESK_DATA_DIR": str(st.work / "data")}
    app_cmd = [sys.executable, "-m", "mentor_desk", "--db", str(demo), "--smoke-test"]

    def run(cmd: list[str]) -> None:
        subprocess.run(cmd, env=env, check=True, capture_output=True, timeout=120)

    run(app_cmd)  # warm the file cache and write the lock-free state once
    run(floors.bare_qt_command())
    value = median_time(lambda: run(app_cmd), st.repeats)
    floor = median_time(lambda: run(floors.bare_qt_command()), st.repeats)
    return [ratio_row("start-up to the shown main window (demo school, subprocess)", value, floor, 1.5)]


def figure_register_xlsx(st: Settings) -> list[Row]:
    from mentor_desk.exports.excel.spec import load_spec
    from mentor_desk.services.documents import export_register

    services = open_services(large_database(st))
    target = st.work / "people.xlsx"
    try:
        value = median_time(lambda: export_register(services, "people", target), st.repeats)
        data = services.registers.collect(["people"])
    finally:
        services.database.close()
    spec = load_spec("people")
    rows = [[row.get(c.field) for c in spec.columns] for row in data.rows["people"]]
    header = [c.header for c in spec.columns]
    floor = median_time(lambda: floors.openpyxl_write_only(rows, header, st.work / "floor.xlsx"), st.repeats)
    return [ratio_row(f"register of {len(rows)} persons to .xlsx", value, floor, 1.3)]


def figure_import_xlsx(st: Settings) -> list[Row]:
    from openpyxl import Workbook

    from mentor_desk.imports.people import parse_people_file

    count = 500 if st.quick else 5_000
    source = st.work / "staff-list.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.append(["Список педагогических работников (вымышленные данные)"])
    ws.append(["Фамилия", "Имя", "Отчество", "Должность", "Предмет", "Стаж", "Дата рождения", "Телефон"])
    import random

    from benchmarks.large_db import _name
    from mentor_desk.domain.enums import Gender

    rng = random.Random(5)
    for i in range(count):
        last, first, middle = _name(rng, rng.choice((Gender.MALE, Gender.FEMALE)))
        ws.append([last, first, middle, "учитель", "Математика", i % 30, f"{1 + i % 28:02d}.0{1 + i % 9}.19{70 + i % 30}",
                   f"+7 900 {i:07d}"])
    wb.save(source)

    targets = []
    for n in range(st.repeats):
        db = st.work / f"import-target-{n}.db"
        for suffix in ("", "-journal", ".lock"):
            Path(f"{db}{suffix}").unlink(missing_ok=True)
        open_services(db).database.close()  # an empty school, made before the clock starts
        targets.append(db)

    def product() -> None:
        services = open_services(targets.pop())
        try:
            preview = parse_people_file(source)
            services.imports.apply(preview, update_existing=False, dry_run=False)
        finally:
            services.database.close()

    value = median_time(product, st.repeats)
    floor = median_time(lambda: floors.openpyxl_read_only(source), st.repeats)
    calamine = median_time(lambda: floors.calamine_read(source), st.repeats)
    return [ratio_row(f"import of {count} rows from .xlsx (parse, check, write to the database)", value, floor, 1.5),
            ratio_row(f"import of {count} rows from .xlsx against python-calamine reading it", value, calamine, 3.0)]


def figure_iom_pdf(st: Settings) -> list[Row]:
    from mentor_desk.exports.pdf import write_iom_pdf
    from mentor_desk.resources import resource_path

    services = open_services(large_database(st))
    count = 20 if st.quick else 300
    try:
        ids = [s.id for s in services.roadmaps.list_ioms()][:count]
        records = [services.roadmaps.get(i) for i in ids]
        org = services.organisation.get()
    finally:
        services.database.close()
    target = st.work / "ioms.pdf"
    value = median_time(lambda: write_iom_pdf(records, org, target), max(1, st.repeats - 2))
    regular = resource_path("fonts", "LiberationSerif-Regular.ttf")
    bold = resource_path("fonts", "LiberationSerif-Bold.ttf")
    floor = median_time(lambda: floors.platypus_ioms(records, st.work / "floor.pdf", regular, bold),
                        max(1, st.repeats - 2))
    return [ratio_row(f"{len(records)} ИОМ to one PDF", value, floor, 1.5)]


def figure_participants(st: Settings) -> list[Row]:
    """The participants tab over the large database: ready, then search-as-you-type keystrokes."""
    from PySide6.QtWidgets import QApplication

    from mentor_desk.ui.application import open_services as open_ui_services
    from mentor_desk.ui.people.people_tab import PeopleTab

    app = QApplication.instance() or QApplication([])
    database, services = open_ui_services(large_database(st))
    try:
        ready = []
        tab = None
        for _ in range(st.repeats):
            if tab is not None:
                tab.deleteLater()
            started = time.perf_counter()
            tab = PeopleTab(services)
            tab.resize(1400, 800)
            tab.show()
            app.processEvents()
            ready.append(time.perf_counter() - started)
        assert tab is not None and tab.model.rowCount() >= st.persons
        keystrokes: list[float] = []
        filtering: list[float] = []
        for _ in range(3):
            for word in ("иванова", "петров", "смирнова анна", "7б", "кузнецов"):
                tab.search_edit.clear()
                app.processEvents()
                for n in range(1, len(word) + 1):
                    started = time.perf_counter()
                    tab.search_edit.setText(word[:n])  # the model is filtered when this returns
                    filtered = time.perf_counter()
                    app.processEvents()  # the view repaints the rows now shown
                    filtering.append(filtered - started)
                    keystrokes.append(time.perf_counter() - started)
        tab.deleteLater()
        app.processEvents()
    finally:
        database.close()
    p95 = statistics.quantiles(keystrokes, n=20)[-1] * 1000
    p95_filter = statistics.quantiles(filtering, n=20)[-1] * 1000
    repaint_floor = statistics.quantiles(floors.bare_table_repaints(), n=20)[-1] * 1000
    with_repaint = absolute_row(f"search keystroke over {st.persons} persons: filtering and repaint (p95)", p95,
                                16.0, "ms")
    with_repaint.floor = round(repaint_floor, 3)  # a bare QTableView painting a page of rows
    with_repaint.ratio = round(p95 / repaint_floor, 2)
    return [
        absolute_row(f"participants tab ready with {st.persons} persons", statistics.median(ready), 1.0, "s"),
        absolute_row(f"search keystroke over {st.persons} persons: filtering (p95)", p95_filter, 16.0, "ms"),
        with_repaint,
    ]


def figure_memory(st: Settings) -> list[Row]:
    """Peak resident memory of the app on the large database after every tab was shown (subprocess)."""
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src"), "MENTOR_DESK_DATA_DIR": str(st.work / "data")}
    script = (
        "import resource, sys\n"
        "from pathlib import Path\n"
        "from mentor_desk.ui.application import GuiSession, install_translators, make_application\n"
        "app = make_application()\n"
        "install_translators(app)\n"
        "session = GuiSession()\n"
        "assert session.open(Path(sys.argv[1]))\n"
        "tabs = session.window.tabs\n"
        "for i in range(tabs.count()):\n"
        "    tabs.setCurrentIndex(i)\n"
        "    app.processEvents()\n"
        "print('MAXRSS', resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, file=sys.stderr)\n"
        "session.close()\n"
    )
    peaks = []
    for _ in range(max(1, st.repeats - 2)):
        done = subprocess.run([sys.executable, "-c", script, str(large_database(st))], env=env,
                              capture_output=True, text=True, timeout=300, check=False)
        line = next((x for x in done.stderr.splitlines() if x.startswith("MAXRSS")), None)
        if line is None:
            raise RuntimeError(f"the memory probe failed:\n{done.stderr[-2000:]}")
        peaks.append(int(line.split()[1]) / 1024)
    return [absolute_row("peak memory of the app with the large database open, every tab shown",
                         statistics.median(peaks), 300, "MB")]


def figure_bundle(st: Settings) -> list[Row]:
    """The PyInstaller bundle (packaging/build.py) beside the pip-installed app: time to the window."""
    sys.path.insert(0, str(ROOT / "packaging"))
    from smoke_test import bundle_executable, default_bundle, time_to_window

    bundle = bundle_executable(default_bundle())
    if not bundle.exists():
        print(f"(no bundle at {bundle}: run `python packaging/build.py` to measure it)", file=sys.stderr)
        return []
    demo = demo_database(st)
    env = {**os.environ, "MENTOR_DESK_DATA_DIR": str(st.work / "data")}
    pip_app = [sys.executable, "-m", "mentor_desk"]
    time_to_window([str(bundle)], demo, 1, env)  # warm the disk cache
    bundled = statistics.median(time_to_window([str(bundle)], demo, st.repeats, env))
    installed = statistics.median(time_to_window(pip_app, demo, st.repeats, {**env, "PYTHONPATH": str(ROOT / "src")}))
    return [
        absolute_row("bundled app: start-up to the shown window (demo school)", bundled, 2.0, "s"),
        Row("pip-installed app: the same, for comparison", round(installed, 3), "s", None, None, "—", True),
    ]


def _server_url() -> str | None:
    return os.environ.get("MENTOR_DESK_BENCH_DATABASE_URL") or os.environ.get("MENTOR_DESK_TEST_DATABASE_URL")


def _district(st: Settings, url: str) -> tuple[str, str, int, int]:
    """A fresh server database with N schools × M people (each a copy of one generated school);
    returns (admin URL, methodist URL, schools, people per school)."""
    import uuid

    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    from mentor_desk.db.engine import server_url
    from mentor_desk.services.district import DistrictAdmin

    schools, people = (3, 100) if st.quick else (50, 400)
    school_file = st.work / f"school-{people}.db"
    if not school_file.exists():
        # seed 2: at 400 people seed 1 draws the same mentee twice into one group (large_db's sampler)
        build_large_db(school_file, seed=1 if st.quick else 2, persons=people, pairs=people * 3 // 10,
                       ioms=people // 40)
    base = server_url(url)
    name = f"md_bench_{uuid.uuid4().hex[:8]}"
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    admin.dispose()
    admin_url = make_url(base).set(database=name).render_as_string(hide_password=False)
    district = DistrictAdmin(admin_url)
    district.init()
    suffix = name[-8:]
    for i in range(schools):
        number, _ = district.add_school(f"Школа № {i + 1}", f"bench_{suffix}_{i}", "bench")
        district.upload(number, school_file)
    district.add_methodist(f"bench_{suffix}_m", "bench")
    methodist = make_url(admin_url).set(username=f"bench_{suffix}_m", password="bench")
    return admin_url, methodist.render_as_string(hide_password=False), schools, people


def _drop_district(admin_url: str) -> None:
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    u = make_url(admin_url)
    suffix = str(u.database)[-8:]
    engine = create_engine(u.set(database="postgres"), isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{u.database}" WITH (FORCE)'))
        for role in conn.execute(text("SELECT rolname FROM pg_roles WHERE rolname LIKE :p"), {"p": f"bench_{suffix}_%"}):
            conn.execute(text(f'DROP ROLE "{role[0]}"'))
    engine.dispose()


def figure_district(st: Settings) -> list[Row]:
    """The methodist's district table and the consolidated workbook, on a real PostgreSQL server
    (MENTOR_DESK_BENCH_DATABASE_URL or MENTOR_DESK_TEST_DATABASE_URL: a role that may create
    databases and roles). Skipped without one."""
    url = _server_url()
    if not url:
        print("(no PostgreSQL server given: set MENTOR_DESK_BENCH_DATABASE_URL to measure the district figures)",
              file=sys.stderr)
        return []
    from sqlalchemy.engine import make_url

    from mentor_desk.exports.excel.spec import REGISTER_KINDS, load_spec
    from mentor_desk.services.district import connect
    from mentor_desk.services.district_view import DistrictView

    admin_url, methodist_url, schools, people = _district(st, url)
    try:
        session = connect(methodist_url)
        view = DistrictView(session.database)
        try:
            table = median_time(view.indicators, st.repeats)
            indicators = view.indicators()
            target = st.work / "district.xlsx"
            book = median_time(lambda: view.consolidated_workbook(target, indicators=indicators), st.repeats)
            sheets: list[tuple[list[str], list[list[Any]]]] = []
            per_kind: dict[str, list[list[Any]]] = {k: [] for k in REGISTER_KINDS}
            for org in view.schools():
                data = view.school_services(org.id).registers.collect(list(REGISTER_KINDS))
                for kind in REGISTER_KINDS:
                    cols = load_spec(kind).columns
                    per_kind[kind] += [[org.short_name, *(r.get(c.field) for c in cols)] for r in data.rows[kind]]
            sheets.append((["Школа", "Участников"], [[i.name, i.participants] for i in indicators]))
            for kind in REGISTER_KINDS:
                sheets.append((["Школа", *(c.header for c in load_spec(kind).columns)], per_kind[kind]))
        finally:
            session.database.close()
        raw = make_url(methodist_url).set(drivername="postgresql").render_as_string(hide_password=False)
        tables = ("organisation", "person", "staff_profile", "pupil_profile", "mentoring_form", "pair", "pair_mentee",
                  "iom", "iom_activity", "consent")
        select_floor = median_time(lambda: floors.bare_select_school_rows(raw, tables), st.repeats)
        cells = sum(len(rows) * len(header) for header, rows in sheets)
        book_floor = median_time(lambda: floors.openpyxl_write_only_sheets(sheets, st.work / "floor-district.xlsx"),
                                 st.repeats)
    finally:
        _drop_district(admin_url)
    table_ratio = table / select_floor if select_floor > 0 else float("inf")
    return [
        Row(f"district table ready: {schools} schools × {people} people (methodist, PostgreSQL)", round(table, 3), "s",
            round(select_floor, 3), round(table_ratio, 2), "< 5 s", table < 5),
        ratio_row(f"consolidated workbook of {schools} schools ({cells} cells)", book, book_floor, 2.0),
    ]


FIGURES: dict[str, Callable[[Settings], list[Row]]] = {
    "district": figure_district,
    "participants": figure_participants,
    "memory": figure_memory,
    "startup": figure_startup,
    "xlsx": figure_register_xlsx,
    "pdf": figure_iom_pdf,
    "import": figure_import_xlsx,
    "bundle": figure_bundle,
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="small data, fewer repeats (a smoke run)")
    parser.add_argument("--json", type=Path, help="write the rows as JSON here")
    parser.add_argument("--only", nargs="*", choices=sorted(FIGURES), help="run only these figures")
    parser.add_argument("--work", type=Path, help="folder for the generated databases (kept between runs)")
    parser.add_argument("--in-process", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    work = args.work or Path(tempfile.mkdtemp(prefix="mentor-desk-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    os.environ.setdefault("MENTOR_DESK_DATA_DIR", str(work / "data"))
    st = Settings(quick=args.quick, work=work, repeats=3 if args.quick else 5)
    rows: list[Row] = []
    names = args.only or list(FIGURES)
    if args.in_process:
        for name in names:
            rows += FIGURES[name](st)
    else:
        # Each figure in a fresh process: what one figure leaves in memory (20,000 records, a Qt
        # application) must not slow the next one down.
        for name in names:
            out = work / f"figure-{name}.json"
            cmd = [sys.executable, str(Path(__file__).resolve()), "--in-process", "--only", name,
                   "--json", str(out), "--work", str(work)]
            if args.quick:
                cmd.append("--quick")
            subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
            rows += [Row(**r) for r in json.loads(out.read_text(encoding="utf-8"))]
    if args.in_process:  # a child of the isolated run: hand the rows over, print nothing
        if args.json:
            args.json.write_text(json.dumps([asdict(r) for r in rows], ensure_ascii=False), encoding="utf-8")
        return 0
    if not rows:
        print("no figures measured", file=sys.stderr)
        return 1
    width = max(len(r.figure) for r in rows)
    print(f"{'figure':<{width}}  {'value':>9}  {'floor':>9}  {'ratio':>6}  {'target':>12}  met")
    for r in rows:
        floor = f"{r.floor:9.3f}" if r.floor is not None else f"{'—':>9}"
        ratio = f"{r.ratio:6.2f}" if r.ratio is not None else f"{'—':>6}"
        print(f"{r.figure:<{width}}  {r.value:9.3f}  {floor}  {ratio}  {r.target:>12}  {'yes' if r.met else 'NO'}")
    if args.json:
        args.json.write_text(json.dumps([asdict(r) for r in rows], ensure_ascii=False, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
