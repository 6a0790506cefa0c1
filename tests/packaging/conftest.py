"""Make packaging/ scripts importable in the packaging tests (they are scripts, not a package)."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"

# packaging/ must not become a package: its name would shadow PyPI's `packaging` library.
for folder in (PACKAGING, PACKAGING / "linux"):
    if str(folder) not in sys.path:
        sys.path.insert(0, str(folder))
