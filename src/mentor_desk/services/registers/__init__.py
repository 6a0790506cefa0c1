"""Rows of the district registers, assembled from the database in one transaction, and the export log.

Rows are plain dicts (field -> str, int, float, date or None) keyed as resources/registers/*.json
declare; services/documents writes them (through the Excel writer) for the window and the CLI.
"""

from __future__ import annotations

from mentor_desk.services.registers.rows import COVERED_STATUSES, Row, class_sort_key, in_school_year
from mentor_desk.services.registers.service import ExportLogRecord, RegisterData, RegisterService

__all__ = [
    "COVERED_STATUSES",
    "ExportLogRecord",
    "RegisterData",
    "RegisterService",
    "Row",
    "class_sort_key",
    "in_school_year",
]
