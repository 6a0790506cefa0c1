"""Checking a school's template before it replaces the old one: a DOCX, valid syntax, known fields only."""

from __future__ import annotations

import io
import re
import zipfile

from docx import Document
from docxtpl import DocxTemplate
from jinja2 import TemplateError, nodes

from mentor_desk.errors import UserError
from mentor_desk.exports.docx.catalog import ITEM_ATTRIBUTES, DocumentKind
from mentor_desk.exports.docx.render import environment

MAX_TEMPLATE_BYTES = 20 * 1024 * 1024
# Names Jinja itself provides inside a template.
_JINJA_NAMES = frozenset({"loop", "range", "namespace", "true", "false", "none", "True", "False", "None"})


def _template_xml(data: bytes) -> str:
    """The XML docxtpl renders (body, headers, footers), as docxtpl prepares it."""
    if len(data) > MAX_TEMPLATE_BYTES:
        raise UserError("Файл шаблона слишком большой (больше 20 МБ). Выберите документ Word поменьше.")
    if not zipfile.is_zipfile(io.BytesIO(data)):
        raise UserError("Это не документ Word (.docx). Сохраните шаблон в Word или Writer как «Документ Word (.docx)».")
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            if "word/document.xml" not in archive.namelist():
                raise UserError("Это не документ Word (.docx): в файле нет текста документа.")
        Document(io.BytesIO(data))
        template = DocxTemplate(io.BytesIO(data))
        template.init_docx()
        xml = template.patch_xml(template.get_xml())
        for part in template.get_headers_footers(template.HEADER_URI):
            xml += template.patch_xml(template.get_part_xml(part[1]))
        for part in template.get_headers_footers(template.FOOTER_URI):
            xml += template.patch_xml(template.get_part_xml(part[1]))
    except UserError:
        raise
    except Exception as exc:  # python-docx and lxml raise many kinds for a damaged file
        raise UserError(
            "Файл не открывается как документ Word (.docx): он повреждён или это другой формат. "
            "Сохраните шаблон в Word или Writer как «Документ Word (.docx)»."
        ) from exc
    # As docxtpl renders it: one paragraph per line, so an error's line number points at a paragraph.
    return re.sub(r"<w:p([ >])", r"\n<w:p\1", xml)


def _text(xml_fragment: str) -> str:
    return re.sub(r"<[^>]+>", "", xml_fragment)


def check_template(kind: DocumentKind, data: bytes) -> None:
    """Raise UserError naming the first problem; return quietly when the template can be used."""
    xml = _template_xml(data)
    env = environment()
    try:
        tree = env.parse(xml)
        env.compile(tree)
    except TemplateError as exc:
        line = getattr(exc, "lineno", None)
        near = ""
        if line:
            fragment = _text("\n".join(xml.splitlines()[max(line - 2, 0): line + 1])).strip()
            near = f" рядом с текстом «{fragment[:80]}»" if fragment else ""
        raise UserError(
            f"В шаблоне ошибка в записи полей{near}: {exc.message or exc}. "
            "Поля пишутся как {{ поле }}, условия — {% if … %} … {% endif %}. Старый шаблон оставлен."
        ) from exc
    from jinja2 import meta

    allowed = kind.field_names
    for name in sorted(meta.find_undeclared_variables(tree)):
        if name not in allowed and name not in _JINJA_NAMES:
            raise UserError(
                f"В шаблоне неизвестное поле «{name}». Используйте поля из списка справа. Старый шаблон оставлен."
            )
    for node in tree.find_all((nodes.Getattr, nodes.Getitem)):
        attr = node.attr if isinstance(node, nodes.Getattr) else getattr(getattr(node, "arg", None), "value", None)
        if isinstance(attr, str) and attr not in ITEM_ATTRIBUTES:
            raise UserError(
                f"В шаблоне неизвестное поле «{attr}». Используйте поля из списка справа. Старый шаблон оставлен."
            )
