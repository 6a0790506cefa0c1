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

# Both caches are bounded: a district's distinct texts (names, marks) must not pile up for the
# life of the process. Emptied whole when full (cheap, and the next documents refill it).
_LIMIT = 4096
# Parsed markup by (markup, style): the cleaned text, the style the parser returns, the fragments.
_parsed: dict[tuple[str, ParagraphStyle], tuple[str, ParagraphStyle, list[Any]]] = {}
# Lines of simple (one-fragment) paragraphs by (markup, style, width): equal inputs break into
# equal lines and drawing only reads them. A paragraph that has to be split breaks its own first.
_broken: dict[tuple[str, ParagraphStyle, float], tuple[Any, float, float, dict[str, Any]]] = {}
_lock = threading.Lock()
# What reportlab's wrap leaves on the paragraph besides blPara, width and height.
_WRAP_STATE = ("_wrapWidths", "_width_max", "_splitLongWordCount", "_hyphenations")


def _remember(cache: dict[Any, Any], key: Any, value: Any) -> None:
    with _lock:
        if len(cache) >= _LIMIT:
            cache.clear()
        cache[key] = value


def _parse(text: str, style: ParagraphStyle) -> tuple[str, ParagraphStyle, list[Any]]:
    """The cleaned text, the style and a private copy of the fragments reportlab makes of `text`."""
    key = (text, style)
    hit = _parsed.get(key)
    if hit is None:
        parser = ParaParser()
        parser.caseSensitive = 1
        cleaned = cleanBlockQuotedText(text)
        parsed_style, frags, bullet = parser.parse(cleaned, style)
        if frags is None or bullet:
            raise ValueError(f"xml parser error in paragraph beginning {text[:30]!r}")
        textTransformFrags(frags, parsed_style)
        hit = (cleaned, parsed_style, frags)
        _remember(_parsed, key, hit)
    cleaned, parsed_style, frags = hit
    # Fragments are copied: reportlab may change a fragment's class when it splits a paragraph.
    return cleaned, parsed_style, [frag.clone() for frag in frags]


class Para(Paragraph):
    """`Paragraph(text, style)` with its markup parse shared and its line breaking shared per width."""

    _wrapped: tuple[float, float, float, Any] | None = None
    _key: tuple[str, ParagraphStyle] | None = None
    _shared = False

    def __init__(self, text: str | None, style: ParagraphStyle, bulletText: Any = None, frags: Any = None,
                 **kwargs: Any) -> None:
        if frags is None and text is not None and bulletText is None and not kwargs:
            cleaned, parsed_style, frags = _parse(text, style)
            super().__init__(cleaned, parsed_style, frags=frags)
            self._key = (text, style)
        else:  # reportlab's own split halves come back through here with their fragments
            super().__init__(text, style, bulletText=bulletText, frags=frags, **kwargs)

    @override
    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        # Lines depend on the width only; a split (or a failed one) replaces or deletes blPara.
        memo = self._wrapped
        if memo is not None and memo[0] == availWidth and self.__dict__.get("blPara") is memo[3]:
            self.width, self.height = memo[1], memo[2]
            return memo[1], memo[2]
        key = None if self._key is None else (*self._key, availWidth)
        hit = None if key is None else _broken.get(key)
        if hit is not None:
            blpara, width, height, state = hit
            self.__dict__.update(state)
            self.blPara, self.width, self.height, self._shared = blpara, width, height, True
        else:
            width, height = super().wrap(availWidth, availHeight)
            blpara = self.__dict__.get("blPara")
            self._shared = False
            if key is not None and blpara is not None and blpara.kind == 0 and len(self.frags) == 1:
                _remember(_broken, key, (blpara, width, height, {k: self.__dict__[k] for k in _WRAP_STATE}))
                self._shared = True
        self._wrapped = (availWidth, width, height, blpara)
        return width, height

    @override
    def split(self, availWidth: float, availHeight: float) -> list[Any]:
        if self._shared and self._wrapped is not None:
            # reportlab's split may retype the last word of its first half: never on shared lines.
            width = self._wrapped[0]
            self._wrapped, self._shared = None, False
            self.__dict__.pop("blPara", None)
            Paragraph.wrap(self, width, availHeight)
        return super().split(availWidth, availHeight)
