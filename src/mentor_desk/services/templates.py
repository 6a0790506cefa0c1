"""The school's own wording of its documents: DOCX templates kept in the database (so backups hold them)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from mentor_desk.db import models as m
from mentor_desk.domain.documents import OrderDocument
from mentor_desk.domain.records import IomRecord
from mentor_desk.domain.templates import TemplateInfo
from mentor_desk.errors import UserError
from mentor_desk.exports.docx.catalog import KINDS, DocumentKind
from mentor_desk.exports.docx.check import check_template
from mentor_desk.exports.docx.iom import write_iom_docx
from mentor_desk.exports.docx.orders import order_template_key, write_order_docx
from mentor_desk.exports.docx.render import to_bytes, write_bytes
from mentor_desk.services.base import ServiceBase

if TYPE_CHECKING:
    from mentor_desk.services.container import Services


def _kind(key: str) -> DocumentKind:
    kind = KINDS.get(key)
    if kind is None:
        raise UserError(f"Неизвестный вид документа «{key}».")
    return kind


class TemplateService(ServiceBase):
    """List, read, replace (after a check) and reset the templates of the school's documents."""

    def list_templates(self) -> list[TemplateInfo]:
        with self._tx() as s:
            rows = {
                r.kind: r
                for r in s.scalars(
                    select(m.DocumentTemplate).where(m.DocumentTemplate.organisation_id == self.organisation_id)
                )
            }
            return [
                TemplateInfo(
                    kind=k.key,
                    title=k.title,
                    fields=k.fields,
                    customised=k.key in rows,
                    file_name=rows[k.key].file_name if k.key in rows else "",
                    updated_at=rows[k.key].updated_at if k.key in rows else None,
                )
                for k in KINDS.values()
            ]

    def is_customised(self, key: str) -> bool:
        """Whether the school replaced the default wording of `key`."""
        _kind(key)
        with self._tx() as s:
            return self._row(s, key) is not None

    def current(self, key: str) -> bytes:
        """The school's template of `key`, else the default shipped with the app."""
        kind = _kind(key)
        with self._tx() as s:
            row = self._row(s, key)
            if row is not None:
                return bytes(row.content)
        return kind.default_template()

    def replace(self, key: str, data: bytes, file_name: str = "") -> TemplateInfo:
        """Check `data` and make it the school's template; a refused one leaves the old template."""
        kind = _kind(key)
        check_template(kind, data)
        with self._tx() as s:
            row = self._row(s, key)
            if row is None:
                row = m.DocumentTemplate(organisation_id=self.organisation_id, kind=key, content=data)
                s.add(row)
            row.content = data
            row.file_name = file_name[:255]
            row.updated_at = datetime.now()
        return next(t for t in self.list_templates() if t.kind == key)

    def load_file(self, key: str, path: Path) -> TemplateInfo:
        path = Path(path)
        if path.suffix.lower() != ".docx":
            raise UserError(
                f"«{path.name}» — не документ Word (.docx). Сохраните шаблон как «Документ Word (.docx)»."
            )
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise UserError(f"Не удалось прочитать «{path}»: {exc.strerror or exc}.") from exc
        return self.replace(key, data, path.name)

    def reset(self, key: str) -> None:
        """Back to the default wording."""
        _kind(key)
        with self._tx() as s:
            row = self._row(s, key)
            if row is not None:
                s.delete(row)

    def write_copy(self, key: str, target: Path) -> Path:
        """The current template into a file to open in Word or Writer (written atomically)."""
        write_bytes(Path(target), self.current(key))
        return Path(target)

    def _row(self, s: Session, key: str) -> m.DocumentTemplate | None:
        return s.scalar(
            select(m.DocumentTemplate).where(
                m.DocumentTemplate.organisation_id == self.organisation_id, m.DocumentTemplate.kind == key
            )
        )


def export_order_docx(services: Services, document: OrderDocument, target: Path) -> None:
    """The order as DOCX in the school's wording."""
    template = services.templates.current(order_template_key(document.order.kind))
    write_order_docx(document, services.organisation.get(), target, template)


def order_pdf_in_schools_wording(services: Services, document: OrderDocument, target: Path) -> int | None:
    """The order as PDF laid out from the school's own template; None when the school kept the default
    (the PDF writer then lays it out itself, with the same default wording)."""
    from mentor_desk.exports.docx.orders import order_context
    from mentor_desk.exports.docx.render import render
    from mentor_desk.exports.docx.to_pdf import write_pdf

    key = order_template_key(document.order.kind)
    if not services.templates.is_customised(key):
        return None
    if document.order.kind.value == "fix_pairs" and not document.pairs:
        raise UserError(f"В приказе № {document.order.number} нет пар: добавьте пары в приказ и повторите печать.")
    org = services.organisation.get()
    rendered = render(services.templates.current(key), order_context(document, org))
    order = document.order
    return write_pdf(rendered, target, f"Приказ № {order.number} от {order.signed_on:%d.%m.%Y}", org.full_name)


def iom_pdf_in_schools_wording(
    services: Services, records: Sequence[IomRecord], target: Path, blank: bool = False
) -> int | None:
    """ИОМ as PDF from the school's own template (each numbered from its first page); None: default kept."""
    from mentor_desk.exports.docx.iom import iom_context
    from mentor_desk.exports.docx.render import combine, render
    from mentor_desk.exports.docx.to_pdf import write_pdf

    if not services.templates.is_customised("iom"):
        return None
    if not records:
        raise UserError("Нет ИОМ для печати: выберите хотя бы один ИОМ.")
    org = services.organisation.get()
    template = services.templates.current("iom")
    documents = [render(template, iom_context(record, org, blank)) for record in records]
    return write_pdf(combine(documents), target, "Индивидуальные образовательные маршруты", org.full_name)


def export_iom_docx(services: Services, records: Sequence[IomRecord], target: Path, blank: bool = False) -> int:
    """One or many ИОМ as DOCX in the school's wording; returns how many."""
    return write_iom_docx(records, services.organisation.get(), target, blank, services.templates.current("iom"))


__all__ = ["TemplateService", "export_iom_docx", "export_order_docx", "to_bytes"]


SCHOOL_DOCUMENTS = {
    "regulation": "Положение о наставничестве",
    "implementation-roadmap": "Дорожная карта внедрения целевой модели наставничества",
    "programmes": "Программы наставничества",
    "consent": "Согласие на обработку персональных данных",
}


def export_school_document(
    services: Services, name: str, target: Path, person_id: int | None = None, school_year: str | None = None
) -> int:
    """A school-level document (see SCHOOL_DOCUMENTS) as PDF, or DOCX for a .docx name.

    `consent`: for one person (`person_id`), else for everyone who has not signed one yet.
    Returns the number of pages (PDF) or documents (DOCX).
    """
    from mentor_desk.exports.docx.common import school_context
    from mentor_desk.exports.docx.school_docs import (
        ProgrammeFigures,
        consent_context,
        programme_context,
        regulation_context,
        write_document,
    )
    from mentor_desk.services.pairs import PairFilter

    org = services.organisation.get()
    year = school_year or services.organisation.current_year().title
    title = SCHOOL_DOCUMENTS[name]
    if name == "regulation":
        contexts = [regulation_context(org, year, services.reference.forms(), services.reference.programmes())]
        key = "regulation"
    elif name == "implementation-roadmap":
        contexts, key = [school_context(org, year)], "implementation_roadmap"
    elif name == "programmes":
        pairs = services.pairs.list_pairs(PairFilter(school_year=year))
        contexts, key = [], "programme"
        for programme in services.reference.programmes():
            own = [p for p in pairs if p.programme.id == programme.id]
            contexts.append(programme_context(org, year, ProgrammeFigures(
                programme, tuple(dict.fromkeys(p.form.name for p in own)), len(own),
                len({p.mentor.id for p in own}), len({m.id for p in own for m in p.mentees}),
            )))
        if not contexts:
            raise UserError("В справочнике нет программ наставничества: добавьте их (Справочники → Программы).")
    else:
        key = "consent"
        if person_id is not None:
            people = [services.people.get(person_id)]
        else:
            people = [p for p in services.people.list_people(include_archived=False) if not p.has_processing_consent]
            if not people:
                raise UserError("У всех участников отмечено согласие на обработку персональных данных. "
                                "Укажите номер участника (--id), чтобы напечатать бланк для него.")
        contexts = [consent_context(org, year, p) for p in people]
    return write_document(services.templates.current(key), contexts, target, title, org.full_name)
