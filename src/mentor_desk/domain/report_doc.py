"""A report as plain data (headings, paragraphs, tables, charts) that any writer can render:
the PDF writer (exports/pdf/report.py) and a DOCX writer alike."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Heading:
    text: str
    level: int = 1


@dataclass(frozen=True)
class Paragraph:
    text: str
    blank_lines: int = 0  # lines left empty after it for the coordinator to write in (SWOT)


@dataclass(frozen=True)
class TableBlock:
    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    widths: tuple[float, ...] = ()  # relative column widths; empty: equal
    caption: str = ""


@dataclass(frozen=True)
class ChartBlock:
    """A chart described by its data; exports/charts.py draws it the same way everywhere."""

    kind: str  # "bar" (vertical bars), "hbar" (horizontal bars with a target line), "pie"
    title: str
    labels: tuple[str, ...]
    series: tuple[tuple[float, ...], ...]
    series_names: tuple[str, ...] = ()
    target: float | None = None  # a reference line (as a share 0..1 for "hbar" percent charts)
    percent: bool = False


Block = Heading | Paragraph | TableBlock | ChartBlock


@dataclass(frozen=True)
class ReportDocument:
    title: str
    subtitle: str
    school: str
    blocks: tuple[Block, ...] = field(default_factory=tuple)
    signature: tuple[str, str] = ("", "")  # position, name of who signs it

    def tables(self) -> list[TableBlock]:
        return [b for b in self.blocks if isinstance(b, TableBlock)]
