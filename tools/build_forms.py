"""Compile the Designer files in ui/*.ui into mentor_desk.ui.generated (run after editing a form)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]
FORMS_DIR = REPO_ROOT / "ui"
GENERATED_DIR = REPO_ROOT / "src" / "mentor_desk" / "ui" / "generated"


def uic_executable() -> str:
    """pyside6-uic next to the running interpreter, else on PATH."""
    beside = Path(sys.executable).with_name("pyside6-uic")
    if beside.exists():
        return str(beside)
    found = shutil.which("pyside6-uic")
    if found is None:
        raise RuntimeError("pyside6-uic не найден: установите PySide6-Essentials")
    return found


def compile_form(source: Path) -> str:
    """The Python code pyside6-uic produces for one .ui file, without its version banner."""
    result = subprocess.run(
        [uic_executable(), "--from-imports", str(source)], check=True, capture_output=True, text=True
    )
    return strip_banner(result.stdout)


def strip_banner(code: str) -> str:
    # The banner names the uic version and the source path; neither is part of the form.
    return "".join(line for line in code.splitlines(keepends=True) if not line.startswith("##"))


def generated_name(source: Path) -> str:
    return f"ui_{source.stem}.py"


def build(target: Path = GENERATED_DIR) -> list[Path]:
    target.mkdir(parents=True, exist_ok=True)
    (target / "__init__.py").write_text('"""Forms compiled from ui/*.ui by build_forms; do not edit."""\n', encoding="utf-8")
    written = []
    for source in sorted(FORMS_DIR.glob("*.ui")):
        out = target / generated_name(source)
        out.write_text(compile_form(source), encoding="utf-8")
        written.append(out)
    return written


if __name__ == "__main__":  # pragma: no cover
    for path in build():
        print(path.relative_to(REPO_ROOT))
