"""The version the app shows is the one the package is built with."""

from __future__ import annotations

import tomllib
from pathlib import Path

from mentor_desk import __version__


def test_static_version_matches_pyproject() -> None:
    pyproject = Path(__file__).resolve().parents[2] / "pyproject.toml"
    assert __version__ == tomllib.loads(pyproject.read_text(encoding="utf-8"))["project"]["version"]
