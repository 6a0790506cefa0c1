"""The shipped default templates are exactly what tools/build_doc_templates.py builds."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from mentor_desk.exports.docx.catalog import KINDS
from mentor_desk.resources import resource_path

ROOT = Path(__file__).resolve().parents[3]


def test_default_templates_match_their_builder(tmp_path: Path) -> None:
    subprocess.run([sys.executable, str(ROOT / "tools" / "build_doc_templates.py"), str(tmp_path)],
                   check=True, capture_output=True, timeout=300)
    for kind in KINDS.values():
        built = (tmp_path / kind.file_name).read_bytes()
        shipped = resource_path("templates", "docx", kind.file_name).read_bytes()
        assert built == shipped, f"{kind.file_name}: run python tools/build_doc_templates.py"
