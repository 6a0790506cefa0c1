"""Where the shipped resources (reference data, templates, fonts, icons) are."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any


def resources_dir() -> Path:
    """`mentor_desk/resources` in a wheel or bundle; the repository's `resources/` in a checkout."""
    installed = Path(__file__).resolve().parent / "resources"
    if installed.is_dir():
        return installed
    return Path(__file__).resolve().parents[2] / "resources"


def resource_path(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


def load_json(*parts: str) -> Any:
    with resource_path(*parts).open(encoding="utf-8") as fh:
        return json.load(fh)
