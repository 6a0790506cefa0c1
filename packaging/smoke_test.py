"""Smoke test of a built Mentor Desk: the bundle in dist/, or an installed copy (`--app /usr/bin/mentor-desk`).

Checks `--version`, `demo`, `check`, `stats`, `export` (PDF with the shipped fonts embedded,
Excel), the window started offscreen with `--smoke-test` (it must exit 0 after the main window
is shown), the bundle's contents and size, and that a database written by the bundle opens in
the pip-installed app and the other way round.

    python packaging/smoke_test.py                       # dist/mentor-desk, all checks
    python packaging/smoke_test.py --app /usr/bin/mentor-desk
    python packaging/smoke_test.py --time-window --runs 5 [--compare]  # only time the window start

`time_to_window(command)` is the function the benchmarks call.
"""

from __future__ import annotations

import argparse
import json
import os
import shlex
import statistics
import subprocess
import sys
import tempfile
import time
import zipfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import bundle_config as cfg  # noqa: E402

WINDOWS = sys.platform == "win32"
# Qt is about 85 MB of it; lxml (DOCX) and the Russian morphology dictionaries (declension) about 26 MB.
SIZE_LIMIT_MB = 190
WINDOW_LIMIT_S = 2.0
GUI_TIMEOUT_S = 60


def default_bundle() -> Path:
    return cfg.ROOT / "dist" / cfg.project_info().name


def bundle_executable(bundle: Path, cli: bool = False) -> Path:
    """The program inside a bundle folder; on Windows the console twin for headless commands."""
    name = cfg.project_info().name
    if WINDOWS:
        return bundle / (f"{name}-cli.exe" if cli else f"{name}.exe")
    return bundle / name


def default_reference() -> list[str]:
    """The pip-installed app: build/venv's mentor-desk-cli if build.py made one, else this Python on src/."""
    venv = cfg.ROOT / "build" / "venv"
    script = venv / ("Scripts/mentor-desk-cli.exe" if WINDOWS else "bin/mentor-desk-cli")
    if script.exists():
        return [str(script)]
    return [sys.executable, "-m", "mentor_desk"]


def isolated_env(
    data_dir: Path, *, extra_pythonpath: bool = False, qt_platform: str = "offscreen"
) -> dict[str, str]:
    """A private data folder; Qt offscreen, or `xcb` under xvfb-run to exercise the real X11 plugin."""
    env = dict(os.environ)
    env["MENTOR_DESK_DATA_DIR"] = str(data_dir)
    env["QT_QPA_PLATFORM"] = qt_platform
    env.pop("PYTHONPATH", None)
    if extra_pythonpath:
        env["PYTHONPATH"] = str(cfg.SRC)
    return env


def time_to_window(
    command: Sequence[str], db: Path | None = None, runs: int = 1, env: dict[str, str] | None = None
) -> list[float]:
    """Wall-clock seconds from start until `command --smoke-test` exits 0 (window shown, then closed).

    An upper bound of the time to the first window: it includes the clean shutdown.
    """
    times: list[float] = []
    for _ in range(runs):
        with tempfile.TemporaryDirectory(prefix="md-window-") as tmp:
            run_env = env or isolated_env(Path(tmp) / "data")
            args = [*command, "--smoke-test"]
            if db is not None:
                args += ["--db", str(db)]
            started = time.perf_counter()
            proc = subprocess.run(args, env=run_env, capture_output=True, text=True, timeout=GUI_TIMEOUT_S)
            elapsed = time.perf_counter() - started
            if proc.returncode != 0:
                raise RuntimeError(f"{shlex.join(args)} -> {proc.returncode}\n{proc.stdout}\n{proc.stderr}")
            times.append(elapsed)
    return times


@dataclass
class Report:
    failures: list[str] = field(default_factory=list)

    def check(self, name: str, func: Callable[[], str]) -> None:
        try:
            detail = func()
        except Exception as exc:
            self.failures.append(name)
            print(f"FAIL {name}: {exc}")
        else:
            print(f"ok   {name}" + (f": {detail}" if detail else ""))


def _run(
    command: Sequence[str], env: dict[str, str], timeout: float = 120
) -> subprocess.CompletedProcess[str]:
    proc = subprocess.run(list(command), env=env, capture_output=True, text=True, timeout=timeout)
    if proc.returncode != 0:
        raise RuntimeError(
            f"{shlex.join(command)} -> код {proc.returncode}: {proc.stderr.strip() or proc.stdout.strip()}"
        )
    return proc


def _stats(command: Sequence[str], db: Path, env: dict[str, str]) -> dict[str, object]:
    data = json.loads(_run([*command, "stats", "--db", str(db)], env).stdout)
    if not isinstance(data, dict):
        raise RuntimeError("stats: не словарь")
    return data


def check_bundle_contents(bundle: Path) -> str:
    """Data files in place, Russian Qt translation only, bundle under the size limit."""
    internal = bundle / "_internal"
    needed = [
        internal / "mentor_desk" / "resources" / "reference" / "defaults.json",
        internal / "mentor_desk" / "resources" / "icons" / "mentor-desk.svg",
        internal / "mentor_desk" / "db" / "migrations" / "env.py",
    ]
    missing = [str(p.relative_to(bundle)) for p in needed if not p.is_file()]
    if not list((internal / "mentor_desk" / "db" / "migrations" / "versions").glob("0001_*.py")):
        missing.append("mentor_desk/db/migrations/versions/0001_*.py")
    if missing:
        raise RuntimeError(f"нет файлов: {', '.join(missing)}")
    translations = sorted(p.name for p in internal.rglob("*.qm"))
    if translations and "qtbase_ru.qm" not in translations:
        raise RuntimeError(f"нет qtbase_ru.qm среди {translations}")
    foreign = [t for t in translations if not t.endswith("_ru.qm")]
    if foreign:
        raise RuntimeError(f"лишние переводы Qt: {foreign[:5]}")
    for unwanted in ("QtWebEngineCore", "QtQml", "QtQuick", "Qt3DCore", "QtMultimedia"):
        if any(internal.rglob(f"*{unwanted}*")):
            raise RuntimeError(f"в сборку попал модуль {unwanted}")
    size_mb = sum(p.stat().st_size for p in bundle.rglob("*") if p.is_file() and not p.is_symlink()) / 1e6
    if size_mb > SIZE_LIMIT_MB:
        raise RuntimeError(f"{size_mb:.1f} МБ > {SIZE_LIMIT_MB} МБ")
    qt = "qtbase_ru.qm есть" if translations else "Qt в сборке нет (GUI ещё не импортируется)"
    return f"{size_mb:.1f} МБ, {qt}"


def run_smoke_test(
    app: Path,
    cli_app: Path,
    reference: Sequence[str],
    *,
    bundle: Path | None,
    gui: bool = True,
    qt_platform: str = "offscreen",
) -> list[str]:
    """All checks; returns the names of the failed ones."""
    info = cfg.project_info()
    report = Report()
    ref_env_src = reference[0] == sys.executable
    with tempfile.TemporaryDirectory(prefix="md-smoke-") as tmp_name:
        tmp = Path(tmp_name)
        env = isolated_env(tmp / "data", qt_platform=qt_platform)
        ref_env = isolated_env(tmp / "data-ref", extra_pythonpath=ref_env_src, qt_platform=qt_platform)
        bundle_db = tmp / "bundle-school.db"
        ref_db = tmp / "pip-school.db"
        cli = [str(cli_app)]

        def version() -> str:
            out = _run([*cli, "--version"], env).stdout.strip()
            expected = f"{cfg.DISPLAY_NAME} {info.version}"
            if out != expected:
                raise RuntimeError(f"«{out}», ожидалось «{expected}»")
            return out

        def help_text() -> str:
            """Every command module imports (they are loaded by name: TRAPS.md #8)."""
            out = _run([*cli, "--help"], env).stdout
            for command in ("demo", "check", "stats", "export", "import", "backup", "restore"):
                if command not in out:
                    raise RuntimeError(f"в справке нет команды {command}")
            return f"{len(out.splitlines())} строк"

        def demo() -> str:
            _run([*cli, "demo", str(bundle_db)], env)
            if not bundle_db.is_file():
                raise RuntimeError("файл базы не создан")
            return f"{bundle_db.stat().st_size // 1024} КБ"

        def check() -> str:
            return _run([*cli, "check", "--db", str(bundle_db)], env).stdout.strip()

        def stats() -> str:
            data = _stats(cli, bundle_db, env)
            total = data.get("persons_total")
            if not isinstance(total, int) or total <= 0:
                raise RuntimeError(f"persons_total = {total!r}")
            return f"persons_total={total}"

        def pdf() -> str:
            """Shipped fonts and name declension rules in use: a PDF with the TTF embedded."""
            pages = []
            for kind in ("order", "iom"):
                target = tmp / f"{kind}.pdf"
                out = _run(
                    [*cli, "export", kind, "--db", str(bundle_db), "-o", str(target)], env
                ).stdout.strip()
                data = target.read_bytes()
                if not data.startswith(b"%PDF-") or b"/FontFile2" not in data:
                    raise RuntimeError(f"{target.name}: нет встроенного шрифта TrueType")
                if b"LiberationSerif" not in data:
                    raise RuntimeError(f"{target.name}: шрифт из resources/fonts не использован")
                pages.append(out)
            return "; ".join(pages)

        def excel() -> str:
            """openpyxl in the bundle: every register in one workbook, a real .xlsx zip."""
            target = tmp / "registers.xlsx"
            out = _run([*cli, "export", "all", "--db", str(bundle_db), "-o", str(target)], env).stdout.strip()
            with zipfile.ZipFile(target) as book:
                names = set(book.namelist())
                if "xl/workbook.xml" not in names or book.testzip() is not None:
                    raise RuntimeError(f"{target.name}: не книга Excel")
                sheets = sum(1 for n in names if n.startswith("xl/worksheets/sheet"))
            return f"{out.splitlines()[0]} листов: {sheets}"

        def window() -> str:
            seconds = time_to_window([str(app)], db=bundle_db, env=env)[0]
            return f"показано и закрыто ({qt_platform}), {seconds:.2f} с (цель {WINDOW_LIMIT_S} с)"

        def bundle_to_pip() -> str:
            ours = _stats(cli, bundle_db, env)
            theirs = _stats(reference, bundle_db, ref_env)
            if ours != theirs:
                raise RuntimeError("pip-версия видит в базе сборки другие данные")
            _run([*reference, "check", "--db", str(bundle_db)], ref_env)
            return "база сборки открыта pip-версией, данные совпали"

        def pip_to_bundle() -> str:
            _run([*reference, "demo", str(ref_db), "--seed", "7"], ref_env)
            theirs = _stats(reference, ref_db, ref_env)
            _run([*cli, "check", "--db", str(ref_db)], env)
            ours = _stats(cli, ref_db, env)
            if ours != theirs:
                raise RuntimeError("сборка видит в базе pip-версии другие данные")
            return "база pip-версии открыта сборкой, данные совпали"

        if bundle is not None:
            report.check("состав и размер сборки", lambda: check_bundle_contents(bundle))
        report.check("--version", version)
        report.check("--help", help_text)
        report.check("demo", demo)
        report.check("check", check)
        report.check("stats", stats)
        report.check("export: PDF (шрифты и склонение)", pdf)
        report.check("export: Excel", excel)
        if gui:
            report.check("окно (--smoke-test)", window)
        report.check(f"сборка → pip ({shlex.join(reference)})", bundle_to_pip)
        report.check("pip → сборка", pip_to_bundle)
    return report.failures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Проверка собранной программы Mentor Desk.")
    parser.add_argument(
        "--bundle", type=Path, default=None, help="папка сборки (по умолчанию dist/mentor-desk)"
    )
    parser.add_argument("--app", type=Path, default=None, help="установленная программа вместо папки сборки")
    parser.add_argument(
        "--reference", default=None, help="команда pip-версии (по умолчанию build/venv/bin/mentor-desk-cli)"
    )
    parser.add_argument("--no-gui", action="store_true", help="не запускать окно")
    parser.add_argument("--time-window", action="store_true", help="только замерить запуск окна")
    parser.add_argument("--runs", type=int, default=5, help="сколько запусков замерять")
    parser.add_argument("--compare", action="store_true", help="замерить и pip-версию (--reference) рядом")
    parser.add_argument(
        "--qt-platform", default="offscreen", help="платформа Qt для окна (xcb — под xvfb-run)"
    )
    args = parser.parse_args(argv)

    bundle: Path | None
    if args.app is not None:
        bundle, app, cli_app = None, args.app, args.app
    else:
        bundle = (args.bundle or default_bundle()).resolve()
        app, cli_app = bundle_executable(bundle), bundle_executable(bundle, cli=True)
    if not Path(app).exists():
        print(f"Нет программы «{app}»: сначала выполните python packaging/build.py", file=sys.stderr)
        return 2

    reference = shlex.split(args.reference) if args.reference else default_reference()
    if args.time_window:
        results = []
        with tempfile.TemporaryDirectory(prefix="md-time-") as tmp:
            db = Path(tmp) / "school.db"
            _run([str(cli_app), "demo", str(db)], isolated_env(Path(tmp) / "data"))
            commands = [([str(app)], False)]
            if args.compare:
                commands.append((reference, reference[0] == sys.executable))
            for command, from_source in commands:
                env = isolated_env(
                    Path(tmp) / "data", extra_pythonpath=from_source, qt_platform=args.qt_platform
                )
                times = time_to_window(command, db=db, runs=args.runs, env=env)
                results.append({"command": shlex.join(command), "runs": [round(t, 3) for t in times],
                                "median_s": round(statistics.median(times), 3)})  # fmt: skip
        print(json.dumps(results, ensure_ascii=False, indent=2))
        return 0

    failures = run_smoke_test(
        Path(app), Path(cli_app), reference, bundle=bundle, gui=not args.no_gui, qt_platform=args.qt_platform
    )
    if failures:
        print(f"Не прошли: {', '.join(failures)}", file=sys.stderr)
        return 1
    print("Все проверки пройдены.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
