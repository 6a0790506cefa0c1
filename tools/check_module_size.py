"""Fail when a module of the app grows past the size limit (STYLE.md: small files, no god classes).

Run: python tools/check_module_size.py   (CI runs it beside import-linter's layer contracts)
Migrations and the forms compiled from ui/*.ui are generated and exempt.
"""

from __future__ import annotations

import sys
from pathlib import Path

LIMIT = 400
ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "src" / "mentor_desk"
EXEMPT_PARTS = ("migrations", "generated")


def oversized(package: Path = PACKAGE, limit: int = LIMIT) -> list[tuple[Path, int]]:
    """(module, line count) of every hand-written module longer than `limit` lines."""
    found = []
    for path in sorted(package.rglob("*.py")):
        if any(part in EXEMPT_PARTS for part in path.relative_to(package).parts):
            continue
        lines = len(path.read_text(encoding="utf-8").splitlines())
        if lines > limit:
            found.append((path, lines))
    return found


def main() -> int:
    found = oversized()
    for path, lines in found:
        print(f"{path.relative_to(ROOT)}: {lines} строк (предел {LIMIT})")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
