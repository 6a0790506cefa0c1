"""Excel registers for the district office: declared layouts, safe values, atomic streaming writer."""

from mentor_desk.exports.excel.spec import ALL_KIND, REGISTER_KINDS, ColumnSpec, RegisterSpec, load_spec
from mentor_desk.exports.excel.template import TemplateLayout, read_template
from mentor_desk.exports.excel.writer import ExportCancelled, SheetData, WriteResult, write_workbook

__all__ = [
    "ALL_KIND",
    "REGISTER_KINDS",
    "ColumnSpec",
    "ExportCancelled",
    "RegisterSpec",
    "SheetData",
    "TemplateLayout",
    "WriteResult",
    "load_spec",
    "read_template",
    "write_workbook",
]
