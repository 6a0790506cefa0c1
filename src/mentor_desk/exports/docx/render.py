"""Rendering a DOCX template (docxtpl: Jinja inside Word XML) in a sandbox, joining and saving documents."""

from __future__ import annotations

import copy
import io
import re
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any, BinaryIO

from docx.document import Document as DocumentObject
from docx.oxml.ns import qn
from docxtpl import DocxTemplate
from jinja2 import TemplateError
from jinja2.sandbox import SandboxedEnvironment

from mentor_desk.errors import UserError
from mentor_desk.exports.atomic import write_atomically

# Control characters a Word document cannot hold; \n stays (docxtpl turns it into a line break),
# \t, \a and \f would become tabs, paragraphs and page breaks, so user text loses them.
_CONTROL = re.compile("[\x00-\x09\x0b-\x1f\ufffe\uffff]")


def clean(text: str | None) -> str:
    """User text for a template value: control characters go, line breaks stay."""
    return _CONTROL.sub(" ", text or "").strip()


class Numbering:
    """`{{ n() }}` in a template gives the next item number, `{{ n.sub() }}` the next «2.1»."""

    def __init__(self) -> None:
        self._item = 0
        self._sub = 0

    def __call__(self) -> int:
        self._item += 1
        self._sub = 0
        return self._item

    def sub(self) -> str:
        self._sub += 1
        return f"{self._item}.{self._sub}"


def environment() -> SandboxedEnvironment:
    """A school's template is untrusted: no attribute of Python objects beyond plain data, no I/O."""
    return SandboxedEnvironment(autoescape=True, keep_trailing_newline=True)


def render(template: bytes, context: Mapping[str, Any]) -> DocumentObject:
    """The template filled with `context`; a broken template raises UserError naming the problem."""
    doc = DocxTemplate(io.BytesIO(template))
    try:
        doc.render(dict(context), jinja_env=environment(), autoescape=True)
    except TemplateError as exc:
        raise UserError(f"Шаблон документа не удалось заполнить: {exc}. Исправьте или сбросьте шаблон.") from exc
    return doc.docx


def combine(documents: Sequence[DocumentObject]) -> DocumentObject:
    """Several documents made from one template in one file, each in its own section from page 1.

    The sections share the template's headers (page number from page 2, none on the first page).
    """
    base = documents[0]
    body = base.element.body
    final_sect = body.find(qn("w:sectPr"))
    for other in documents[1:]:
        closing = base.add_paragraph()._p
        p_pr = closing.get_or_add_pPr()
        p_pr.append(copy.deepcopy(final_sect))
        for child in list(other.element.body):
            if child.tag == qn("w:sectPr"):
                continue
            body.insert(list(body).index(final_sect), copy.deepcopy(child))
    return base


def to_bytes(document: DocumentObject) -> bytes:
    stream = io.BytesIO()
    document.save(stream)
    return stream.getvalue()


def save(document: DocumentObject, target: Path) -> None:
    """Write atomically: a temp file next to `target`, then replaced in one step."""
    write_bytes(Path(target), to_bytes(document))


def write_bytes(target: Path, data: bytes) -> None:
    """`data` into `target` atomically (a temp file in the same folder, then os.replace)."""

    def build(stream: BinaryIO) -> None:
        stream.write(data)

    write_atomically(Path(target), build)
