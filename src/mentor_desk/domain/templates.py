"""What the app knows about a document template: which document, whether the school changed it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class TemplateInfo:
    kind: str
    title: str
    fields: tuple[tuple[str, str], ...]
    customised: bool = False
    file_name: str = ""
    updated_at: datetime | None = None
