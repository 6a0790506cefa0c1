"""Reading PDFs back in tests: page texts and the fonts each page uses."""

from __future__ import annotations

import re
from pathlib import Path

from pypdf import PdfReader
from pypdf.generic import DictionaryObject

STANDARD_14 = {
    "Courier", "Courier-Bold", "Courier-Oblique", "Courier-BoldOblique",
    "Helvetica", "Helvetica-Bold", "Helvetica-Oblique", "Helvetica-BoldOblique",
    "Times-Roman", "Times-Bold", "Times-Italic", "Times-BoldItalic", "Symbol", "ZapfDingbats",
}


def page_texts(path: Path) -> list[str]:
    return [page.extract_text() or "" for page in PdfReader(str(path)).pages]


def flat(text: str) -> str:
    """Whitespace collapsed, so words wrapped inside a table cell compare as one phrase."""
    return re.sub(r"\s+", " ", text).strip()


def all_text(path: Path) -> str:
    return flat(" ".join(page_texts(path)))


def font_problems(path: Path) -> tuple[set[str], list[str]]:
    """Every font name used in the file, and what is wrong with any of them (not embedded, base font)."""
    names: set[str] = set()
    problems: list[str] = []
    for page in PdfReader(str(path)).pages:
        resources = page.get("/Resources")
        if resources is None:
            continue
        fonts = resources.get_object().get("/Font")
        if fonts is None:
            continue
        for ref in fonts.get_object().values():
            font = ref.get_object()
            assert isinstance(font, DictionaryObject)
            base = str(font.get("/BaseFont", ""))
            name = base.lstrip("/").split("+", 1)[-1]
            names.add(name)
            if name in STANDARD_14:
                problems.append(f"{base}: PDF base font")
            descriptors = [font.get("/FontDescriptor")]
            for descendant in font.get("/DescendantFonts", []) or []:
                descriptors.append(descendant.get_object().get("/FontDescriptor"))
            embedded = any(
                d is not None and any(k in d.get_object() for k in ("/FontFile", "/FontFile2", "/FontFile3"))
                for d in descriptors
            )
            if not embedded:
                problems.append(f"{base}: not embedded")
    return names, problems
