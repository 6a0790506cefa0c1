"""Build the one-folder Mentor Desk bundle with PyInstaller: `python packaging/build.py`.

By default a build environment is created in build/venv (or reused) and the project is
installed into it with its `packaging` extra, so a clean checkout needs nothing but Python 3.11+.
`--use-current` builds with the running interpreter instead (it must have the project's
dependencies and PyInstaller). The bundle lands in dist/mentor-desk/; its size is printed.
`--deb` then also builds the Linux .deb (packaging/linux/build_deb.py).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import bundle_config as cfg

BUILD_DIR = cfg.ROOT / "build"
DIST_DIR = cfg.ROOT / "dist"
SPEC = cfg.ROOT / "packaging" / "mentor-desk.spec"
SIZE_LIMIT_MB = 190  # as in smoke_test.py


def venv_python(venv: Path) -> Path:
    return venv / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


def prepare_venv(venv: Path) -> Path:
    """Create (or reuse) the build venv and install the project with its packaging extra into it."""
    python = venv_python(venv)
    if not python.exists():
        print(f"== создаю окружение сборки {venv}")
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
        subprocess.run([str(python), "-m", "pip", "install", "-q", "--upgrade", "pip"], check=True)
    print("== устанавливаю проект и PyInstaller в окружение сборки")
    subprocess.run([str(python), "-m", "pip", "install", "-q", f"{cfg.ROOT}[packaging]"], check=True)
    return python


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def bundle_dir() -> Path:
    return DIST_DIR / cfg.project_info().name


def run_pyinstaller(python: Path, clean: bool) -> Path:
    cmd = [
        str(python), "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
        "--distpath", str(DIST_DIR), "--workpath", str(BUILD_DIR / "pyinstaller"), str(SPEC),
    ]  # fmt: skip
    if clean:
        cmd.insert(3, "--clean")
    print("== " + " ".join(cmd))
    subprocess.run(cmd, check=True, cwd=cfg.ROOT)
    return bundle_dir()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Сборка папки программы Mentor Desk (PyInstaller).")
    parser.add_argument("--use-current", action="store_true", help="собирать текущим интерпретатором Python")
    parser.add_argument("--venv", type=Path, default=BUILD_DIR / "venv", help="окружение сборки (build/venv)")
    parser.add_argument("--clean", action="store_true", help="очистить кэш PyInstaller перед сборкой")
    parser.add_argument("--deb", action="store_true", help="затем собрать пакет .deb (Linux)")
    args = parser.parse_args(argv)

    info = cfg.project_info()
    python = Path(sys.executable) if args.use_current else prepare_venv(args.venv.resolve())
    started = time.monotonic()
    bundle = run_pyinstaller(python, clean=args.clean)
    size_mb = folder_size(bundle) / 1_000_000
    print(f"== {info.name} {info.version}: {bundle} — {size_mb:.1f} МБ ({time.monotonic() - started:.0f} с)")
    if size_mb > SIZE_LIMIT_MB:
        print(
            f"Папка программы больше {SIZE_LIMIT_MB} МБ: проверьте исключения в bundle_config.py",
            file=sys.stderr,
        )
        return 1
    if args.deb:
        subprocess.run([sys.executable, str(cfg.ROOT / "packaging" / "linux" / "build_deb.py")], check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
