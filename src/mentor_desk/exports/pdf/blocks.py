"""Building blocks both documents share: school header, «УТВЕРЖДАЮ», signature lines, grids."""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table

from mentor_desk.exports.pdf.fonts import REGULAR
from mentor_desk.exports.pdf.layout import CONTENT_WIDTH, FRAME_HEIGHT
from mentor_desk.exports.pdf.para import Para
from mentor_desk.exports.pdf.styles import HEADER_BACKGROUND, plain_style, styles
from mentor_desk.exports.pdf.text import BLANK_DATE, SIGNATURE_LINE, esc

# Column widths of a signature line: role · line for the signature · И.О. Фамилия · date.
SIGNATURE_COLUMNS = (32 * mm, 38 * mm, 46 * mm, CONTENT_WIDTH - 116 * mm)


@lru_cache(maxsize=1)
def grid_commands() -> tuple[tuple[Any, ...], ...]:
    """Bordered table with a shaded bold header row; extended per table, never mutated."""
    return (
        # Plain-string cells would otherwise be set in reportlab's unembedded Helvetica.
        ("FONTNAME", (0, 0), (-1, -1), REGULAR),
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("VALIGN", (0, 0), (-1, 0), "MIDDLE"),
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_BACKGROUND),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    )


def school_header(full_name: str) -> list[Flowable]:
    st = styles()
    return [Para(esc(full_name) or "&nbsp;", st.school), Spacer(1, 6 * mm)]


def approval_block(director_position: str, school_short: str, director_signature: str, date_text: str) -> Table:
    """«УТВЕРЖДАЮ» on the right half; the left half is left for «РАССМОТРЕНО»."""
    st = styles()
    left = [
        Para("РАССМОТРЕНО", st.approve),
        Para("на заседании методического совета", st.approve),
        Para("протокол № ______", st.approve),
        Para("от «___» ____________ 20___ г.", st.approve),
    ]
    right = [
        Para("УТВЕРЖДАЮ", st.approve),
        Para(esc(director_position or "Директор"), st.approve),
    ]
    if school_short:
        right.append(Para(esc(school_short), st.approve))
    right.append(Spacer(1, 3 * mm))
    right.append(Para(f"{SIGNATURE_LINE} {esc(director_signature) or '________________'}", st.approve))
    right.append(Spacer(1, 2 * mm))
    right.append(Para(esc(date_text), st.approve))
    half = CONTENT_WIDTH / 2
    table = Table([[left, right]], colWidths=(half - 4 * mm, half + 4 * mm), style=plain_style())
    table.setStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (1, 0), (1, 0), 12 * mm)])
    return table


def signature_rows(rows: Sequence[tuple[str, str]], with_date: bool = True) -> Table:
    """Lines «Роль ________ И.О. Фамилия «__» ____ 20__ г.» with «(подпись)» under the line."""
    st = styles()
    data: list[list[Any]] = []
    commands: list[tuple[Any, ...]] = []
    for role, name in rows:
        data.append(
            [
                Para(esc(role), st.signature),
                Para(SIGNATURE_LINE, st.signature_center),
                Para(esc(name) or "________________", st.signature),
                Para(BLANK_DATE if with_date else "", st.signature),
            ]
        )
        data.append(["", Para("(подпись)", st.caption), Para("(И.О. Фамилия)" if not name else "", st.caption), ""])
        commands.append(("TOPPADDING", (0, len(data) - 2), (-1, len(data) - 2), 8))
    table = Table(data, colWidths=SIGNATURE_COLUMNS, style=plain_style())
    table.setStyle(commands)
    return table


class GridTable(Table):
    """A table that splits between rows, and inside a row only when that row is taller than a page.

    reportlab's splitInRow also cuts an ordinary row in two whenever not one whole row fits in
    the rest of a page, which leaves half an activity at the foot of a page (and breaks spanned
    direction rows). Here such a row moves to the next page instead; only a row that could not
    fit even on an empty page is split.
    """

    def split(self, availWidth: float, availHeight: float) -> list[Table]:
        self._calc(availWidth, availHeight)
        if self._width > availWidth:
            return []
        parts: list[Table] = self._splitRows(availHeight, doInRowSplit=False)
        if parts:
            return parts
        header = self.repeatRows if isinstance(self.repeatRows, int) else max(self.repeatRows) + 1
        if header >= len(self._rowHeights):
            return []
        if sum(self._rowHeights[: header + 1]) <= FRAME_HEIGHT:
            return []  # the row fits on the next page: move it there whole
        return self._splitRows(availHeight, doInRowSplit=True)


def grid_table(
    data: list[list[Any]], widths: Sequence[float], extra: Sequence[tuple[Any, ...]] = (), header: bool = True
) -> Table:
    """A bordered table; its header row repeats on every page; a row taller than a page splits."""
    commands = grid_commands() if header else grid_commands()[:3] + grid_commands()[5:]
    return GridTable(
        data,
        colWidths=list(widths),
        repeatRows=1 if header else 0,
        splitInRow=1,
        style=[*commands, *extra],
    )


def may_exceed_half_page(texts: Sequence[str], widths: Sequence[float], size: float = 10, leading: float = 11.5) -> bool:
    """A cheap, generous guess whether a row of these cell texts could be taller than half a page."""
    for text, width in zip(texts, widths, strict=False):
        if not text:
            continue
        per_line = max(1.0, (width - 6) / (size * 0.45))
        lines = len(text) / per_line + text.count("\n") + text.count("<br/>")
        if lines * leading > FRAME_HEIGHT / 2:
            return True
    return False
