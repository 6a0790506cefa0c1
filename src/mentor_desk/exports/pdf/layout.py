"""A4 page layout per ГОСТ Р 7.0.97: margins, page numbers from page 2, several documents per file."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any, BinaryIO

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, NextPageTemplate, PageBreak, PageTemplate
from typing_extensions import override

from mentor_desk.errors import Cancelled
from mentor_desk.exports.pdf.fonts import REGULAR, register_fonts

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_LEFT = 30 * mm
MARGIN_RIGHT = 10 * mm
MARGIN_TOP = 20 * mm
MARGIN_BOTTOM = 20 * mm
CONTENT_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT
FRAME_HEIGHT = PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM
PAGE_NUMBER_SIZE = 11
# The number sits in the top margin, centred over the text column.
PAGE_NUMBER_Y = PAGE_HEIGHT - 12 * mm

FIRST = "first"
NEXT = "next"

Progress = Callable[[int, int], None]
Cancel = Callable[[], bool]


class DocumentsTemplate(BaseDocTemplate):
    """One or more documents in one file, each starting on a new page with its own numbering.

    A document's first page uses the FIRST template (no number) and records where the document
    starts; the following pages use NEXT and print their number within the document.
    """

    def __init__(
        self,
        stream: BinaryIO,
        *,
        title: str,
        author: str,
        total_documents: int,
        progress: Progress | None = None,
        cancel: Cancel | None = None,
    ) -> None:
        font = register_fonts()
        super().__init__(
            stream,
            pagesize=A4,
            leftMargin=MARGIN_LEFT,
            rightMargin=MARGIN_RIGHT,
            topMargin=MARGIN_TOP,
            bottomMargin=MARGIN_BOTTOM,
            title=title,
            author=author,
            creator="Mentor Desk",
            subject=title,
            lang="ru-RU",
            initialFontName=font,
            pageCompression=1,
        )
        frame = Frame(
            MARGIN_LEFT,
            MARGIN_BOTTOM,
            CONTENT_WIDTH,
            FRAME_HEIGHT,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
            id="body",
        )
        self.addPageTemplates(
            [
                PageTemplate(id=FIRST, frames=[frame], onPage=self._first_page, autoNextPageTemplate=NEXT),
                PageTemplate(id=NEXT, frames=[frame], onPage=self._next_page),
            ]
        )
        self._total = total_documents
        self._progress = progress
        self._cancel = cancel
        self._document_index = 0
        self._document_first_page = 1
        self._story: list[Flowable] = []

    def _first_page(self, canv: Canvas, doc: Any) -> None:
        if self._cancel is not None and self._cancel():
            raise Cancelled
        if self._progress is not None and self._document_index:
            self._progress(self._document_index, self._total)
        self._document_index += 1
        self._document_first_page = canv.getPageNumber()

    def _next_page(self, canv: Canvas, doc: Any) -> None:
        number = canv.getPageNumber() - self._document_first_page + 1
        canv.saveState()
        canv.setFont(REGULAR, PAGE_NUMBER_SIZE)
        canv.drawCentredString(MARGIN_LEFT + CONTENT_WIDTH / 2, PAGE_NUMBER_Y, str(number))
        canv.restoreState()

    def build_documents(self, documents: Iterable[list[Flowable]]) -> None:
        """Lay the documents out one after another, taking the next one only when the previous is
        on its pages: memory holds one document's flowables, not the whole batch's."""
        self._pending = iter(documents)
        self._started = False
        story: list[Flowable] = []
        self._story = story
        self._refill(story)
        if story:
            self.build(story)
        if self._progress is not None:
            self._progress(self._total, self._total)

    def _refill(self, story: list[Flowable]) -> None:
        flowables = next(self._pending, None)
        if flowables is None:
            return
        if self._started:
            story.extend([NextPageTemplate(FIRST), PageBreak()])
        self._started = True
        story.extend(flowables)

    @override
    def handle_flowable(self, flowables: list[Flowable]) -> None:
        super().handle_flowable(flowables)
        if not flowables and flowables is self._story:  # not the template's own `_hanging` list
            self._refill(flowables)
