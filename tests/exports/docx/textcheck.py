"""Reading DOCX back in tests and comparing its words with a PDF's."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from docx import Document
from docx.oxml.ns import qn
from pypdf import PdfReader


def docx_blocks(path: Path) -> Iterator[str]:
    """Text of every body paragraph and table cell, in document order (merged cells once)."""
    doc = Document(str(path))
    body = doc.element.body
    for child in body.iterchildren():
        if child.tag == qn("w:p"):
            yield _p_text(child)
        elif child.tag == qn("w:tbl"):
            for tc in child.iter(qn("w:tc")):
                yield " ".join(_p_text(p) for p in tc.iter(qn("w:p")))


def _p_text(p: object) -> str:
    parts = []
    for node in p.iter(qn("w:t"), qn("w:br"), qn("w:tab")):  # type: ignore[attr-defined]
        parts.append(node.text or "" if node.tag == qn("w:t") else " ")
    return "".join(parts)


def docx_text(path: Path) -> str:
    return re.sub(r"\s+", " ", " ".join(docx_blocks(path))).strip()


def pdf_text(path: Path) -> str:
    text = "\n".join(page.extract_text() or "" for page in PdfReader(str(path)).pages)
    # A word the PDF broke after its hyphen («флеш-\nнаставничество») is one word in Word.
    text = re.sub(r"-\n(?=\w)", "-", text)
    return re.sub(r"\s+", " ", text).strip()


def words(text: str) -> Counter[str]:
    return Counter(text.split())


def compare(docx_path: Path, pdf_path: Path, repeated: str = "") -> tuple[Counter[str], Counter[str]]:
    """(words only in the DOCX, words only in the PDF other than page numbers and `repeated`).

    `repeated` is the text of a table header the PDF repeats on each page it runs over.
    """
    d, p = words(docx_text(docx_path)), words(pdf_text(pdf_path))
    allowed = set(repeated.split())
    only_pdf = Counter({w: c for w, c in (p - d).items() if not w.isdigit() and w not in allowed})
    return d - p, only_pdf


def layout_problems(path: Path) -> list[str]:
    """What breaks the conventions of ГОСТ Р 7.0.97 the templates follow."""
    from docx.shared import Mm

    problems = []
    doc = Document(str(path))
    for index, section in enumerate(doc.sections):
        margins = (section.left_margin, section.right_margin, section.top_margin, section.bottom_margin)
        if tuple(round(m / Mm(1)) for m in margins) != (30, 10, 20, 20):  # type: ignore[operator]
            problems.append(f"section {index}: margins {margins}")
        if not section.different_first_page_header_footer:
            problems.append(f"section {index}: the first page is numbered")
        header_xml = section.header._element.xml
        if "PAGE" not in header_xml:
            problems.append(f"section {index}: no PAGE field in the header")
        if "PAGE" in section.first_page_header._element.xml:
            problems.append(f"section {index}: a number on the first page")
        start = section._sectPr.find(qn("w:pgNumType"))
        if start is None or start.get(qn("w:start")) != "1":
            problems.append(f"section {index}: numbering does not restart")
    normal = doc.styles["Normal"].font
    if normal.name not in ("Times New Roman", "Liberation Serif") or not 12 <= normal.size.pt <= 14:
        problems.append(f"body font {normal.name} {normal.size}")
    return problems
