"""The compiled forms in mentor_desk.ui.generated match ui/*.ui (regenerated here; drift fails)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tools.build_forms import FORMS_DIR, GENERATED_DIR, build, compile_form, generated_name

FORMS = sorted(FORMS_DIR.glob("*.ui"))


def test_every_form_is_compiled_and_nothing_is_stale() -> None:
    assert FORMS, "no Designer files found"
    expected = {generated_name(f) for f in FORMS} | {"__init__.py"}
    present = {p.name for p in GENERATED_DIR.glob("*.py")}
    assert present == expected, "run: python tools/build_forms.py"


@pytest.mark.parametrize("form", FORMS, ids=[f.stem for f in FORMS])
def test_generated_code_matches_designer_file(form: Path) -> None:
    current = (GENERATED_DIR / generated_name(form)).read_text(encoding="utf-8")
    assert current == compile_form(form), (
        f"{form.name} changed without recompiling: run python tools/build_forms.py"
    )


def test_build_writes_a_package(tmp_path: Path) -> None:
    written = build(tmp_path)
    assert (tmp_path / "__init__.py").exists()
    assert len(written) == len(FORMS)
