"""A Paragraph that does its expensive work once: markup parsed once per process, lines broken once
per width.

A batch of ИОМ repeats the same markup thousands of times (the approval block, headings, the
roadmap's header row, signature lines, activities taken from the same plan), and reportlab
parses each Paragraph's markup with an HTML parser (≈17 % of laying out an ИОМ). A table also
wraps every cell again when it measures, splits and draws (three wraps per cell on average),
and breaking lines is the largest single cost of the layout. Both results are pure functions of
their inputs, so they are kept: the output is byte-for-byte what plain `Paragraph` produces.
"""

from __future__ import annotations

import threading
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph
from reportlab.platypus.paragraph import cleanBlockQuotedText, textTransformFrags
from reportlab.platypus.paraparser import ParaParser
from typing_extensions import override

# Parsed markup by (markup, style): the style the parser returns and its fragments. Bounded:
# a district's distinct texts (names, marks) must not accumulate for the life of the process.
_PARSED_LIMIT = 4096
_parsed: dict[tuple[str, ParagraphStyle], tuple[ParagraphStyle, list[Any]]] = {}
_lock = threading.Lock()


def _parse(text: str, style: ParagraphStyle) -> tuple[ParagraphStyle, list[Any]]:
    key = (text, style)
    with _lock:
        hit = _parsed.get(key)
    if hit is None:
        parser = ParaParser()
        parser.caseSensitive = 1
        parsed_style, frags, bullet = parser.parse(cleanBlockQuotedText(text), style)
        if frags is None or bullet:
            raise ValueError(f"xml parser error in paragraph beginning {text[:30]!r}")
        textTransformFrags(frags, parsed_style)
        hit = (parsed_style, frags)
        with _lock:
            if len(_parsed) >= _PARSED_LIMIT:
                _parsed.clear()
            _parsed[key] = hit
    parsed_style, frags = hit
    # Fragments are copied: reportlab may change a fragment's class when it splits a paragraph.
    return parsed_style, [frag.clone() for frag in frags]


class Para(Paragraph):
    """`Paragraph(text, style)` with its markup parse shared and its wrap remembered per width."""

    _wrapped: tuple[float, float, float, Any] | None = None

    def __init__(self, text: str | None, style: ParagraphStyle, bulletText: Any = None, frags: Any = None,
                 **kwargs: Any) -> None:
        if frags is None and text is not None and bulletText is None and not kwargs:
            parsed_style, frags = _parse(text, style)
            super().__init__(cleanBlockQuotedText(text), parsed_style, frags=frags)
        else:  # reportlab's own split halves come back through here with their fragments
            super().__init__(text, style, bulletText=bulletText, frags=frags, **kwargs)

    @override
    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        # Lines depend on the width only; a split (or a failed one) replaces or deletes blPara.
        memo = self._wrapped
        if memo is not None and memo[0] == availWidth and self.__dict__.get("blPara") is memo[3]:
            self.width, self.height = memo[1], memo[2]
            return memo[1], memo[2]
        width, height = super().wrap(availWidth, availHeight)
        self._wrapped = (availWidth, width, height, self.__dict__.get("blPara"))
        return width, height
