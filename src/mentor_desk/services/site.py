"""The school website's «Наставничество» section: gather what consents allow, write the folder whole."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select

from mentor_desk.db import models as m
from mentor_desk.domain.enums import ConsentType, OrderKind, PairStatus, PersonKind
from mentor_desk.domain.names import collation_key
from mentor_desk.domain.publication import pupil_public_name
from mentor_desk.domain.records import PairRecord, PersonRecord, PersonRef
from mentor_desk.domain.site import PublicPerson, SiteData, SiteDocument, SiteFigure, SiteForm
from mentor_desk.errors import UserError
from mentor_desk.exports.docx.orders import order_context, order_template_key
from mentor_desk.exports.docx.school_docs import (
    ProgrammeFigures,
    programme_context,
    regulation_context,
    write_document,
)
from mentor_desk.exports.pdf.text import years_text
from mentor_desk.exports.site import replace_folder, write_index
from mentor_desk.services.base import today
from mentor_desk.services.documents import order_for_print
from mentor_desk.services.pairs import PairFilter

if TYPE_CHECKING:
    from mentor_desk.services.container import Services

Progress = Callable[[int, int, str], None]
OPEN = (PairStatus.ACTIVE, PairStatus.PLANNED)
_PUPIL_LABEL = "[обучающийся]"


def publication_scopes(services: Services, on: date | None = None) -> dict[int, set[str]]:
    """Person id → what their active publication consents allow (the union of them)."""
    on = on or today()
    scopes: dict[int, set[str]] = defaultdict(set)
    with services.database.session_factory.begin() as s:
        rows = s.execute(
            select(m.Consent.person_id, m.Consent.scope).where(
                m.Consent.organisation_id == services.organisation_id,
                m.Consent.consent_type == ConsentType.PUBLICATION,
                m.Consent.signed_on <= on,
                (m.Consent.withdrawn_on.is_(None)) | (m.Consent.withdrawn_on > on),
            )
        ).all()
    for person_id, scope in rows:
        scopes[person_id].update(part for part in (scope or "").split(",") if part)
    return dict(scopes)


def _public_name(person: PersonRecord | PersonRef, scope: set[str]) -> str | None:
    if "name" not in scope:
        return None
    if person.kind is PersonKind.PUPIL:
        return pupil_public_name(person.first_name, person.last_name)
    return person.full_name


def _public_person(person: PersonRecord, scope: set[str], pairs: list[PairRecord]) -> PublicPerson | None:
    name = _public_name(person, scope)
    if name is None:
        return None
    position = ""
    if "position" in scope:
        if person.kind is PersonKind.PUPIL:
            position = f"обучающийся {person.class_or_position} класса" if person.class_or_position else "обучающийся"
        elif person.staff is not None:
            subjects = f" ({person.staff.subjects})" if person.staff.subjects else ""
            position = f"{person.staff.position}{subjects}"
        else:
            position = ", ".join(p for p in (person.class_or_position, person.workplace) if p)
    experience = ""
    if "experience" in scope and person.staff is not None:
        parts = []
        if person.staff.experience_years is not None:
            parts.append(f"стаж {years_text(person.staff.experience_years)}")
        parts.append(person.staff.category.label)
        experience = ", ".join(p for p in parts if p)
    competences = ""
    if "competences" in scope and person.mentor is not None:
        competences = "; ".join(
            re.sub(r"\s+", " ", p).strip()
            for p in (person.mentor.competences, person.mentor.interests, person.mentor.achievements)
            if p.strip()
        )
    contacts = ""
    if "contacts" in scope:
        contacts = ", ".join(p for p in (person.phone, person.email) if p)
    forms = tuple(dict.fromkeys(p.form.name for p in pairs))
    return PublicPerson(
        name=name,
        position=position,
        experience=experience,
        competences=competences,
        contacts=contacts,
        forms=forms,
        mentees=sum(len(p.mentees) for p in pairs),
    )


def _curator(services: Services, scopes: dict[int, set[str]]) -> PublicPerson:
    """The curator appointed by the latest order, else the one named in the school's requisites."""
    org = services.organisation.get()
    latest = services.orders.latest(OrderKind.APPOINT_COORDINATOR)
    person: PersonRecord | None = None
    if latest is not None and latest.coordinator is not None:
        person = services.people.get(latest.coordinator.id)
    elif org.coordinator_name.strip():
        wanted = collation_key(" ".join(org.coordinator_name.split()))
        person = next(
            (p for p in services.people.list_people(include_archived=False, kind=PersonKind.STAFF)
             if collation_key(p.full_name) == wanted),
            None,
        )
    if person is None:
        raise UserError(
            "Не указан куратор наставничества: издайте приказ о назначении куратора или впишите куратора "
            "в сведения о школе (Настройки) и внесите его в список участников. Раздел сайта не записан."
        )
    scope = scopes.get(person.id, set())
    if "name" not in scope:
        raise UserError(
            f"У куратора наставничества ({person.short_name}) нет согласия на публикацию ФИО: отметьте его в "
            "карточке участника (Участники → «Согласия…», вид «публикация»). Раздел сайта не записан."
        )
    public = _public_person(person, scope, [])
    assert public is not None
    position = org.coordinator_position.strip() if "position" in scope and org.coordinator_position.strip() else ""
    return PublicPerson(name=public.name, position=position or public.position, contacts=public.contacts)


def gather_site(services: Services, on: date | None = None) -> SiteData:
    """Everything index.html shows; documents are added by `write_site`."""
    on = on or today()
    org = services.organisation.get()
    year = services.organisation.current_year().title
    scopes = publication_scopes(services, on)
    curator = _curator(services, scopes)
    pairs = [p for p in services.pairs.list_pairs(PairFilter(school_year=year)) if p.status in OPEN]
    forms = []
    for form in services.reference.forms():
        of_form = [p for p in pairs if p.form.id == form.id]
        forms.append(SiteForm(form.name, len(of_form), sum(len(p.mentees) for p in of_form)))
    by_mentor: dict[int, list[PairRecord]] = defaultdict(list)
    for pair in pairs:
        by_mentor[pair.mentor.id].append(pair)
    mentors = []
    for person in services.people.get_many(sorted(by_mentor)):
        public = _public_person(person, scopes.get(person.id, set()), by_mentor[person.id])
        if public is not None:
            mentors.append((collation_key(person.full_name), public))
    return SiteData(
        school_full=org.full_name,
        school_short=org.short_name,
        address=org.address,
        year=year,
        generated_on=on,
        curator=curator,
        forms=tuple(f for f in forms if f.pairs),
        programmes=tuple(p.name for p in services.reference.programmes()),
        figures=tuple(_figures(services, on)),
        mentors=tuple(p for _, p in sorted(mentors, key=lambda item: item[0])),
    )


# The site's numbers are the indicators of services/indicators.py (one definition everywhere), on the day the
# section is written: (indicator key, the site's caption, whether to show «N из M»).
SITE_FIGURES = (
    ("pairs", "Наставнических пар и групп", False),
    ("mentors", "Наставников", False),
    ("mentees", "Наставляемых", False),
    ("young_specialists_covered", "Молодых педагогов с наставником", True),
    ("pupils_covered", "Обучающихся в программах наставничества", True),
    ("iom_activities_on_time", "Мероприятия ИОМ, выполненные в срок", True),
)


def _figures(services: Services, on: date) -> Iterable[SiteFigure]:
    figures = services.indicators.compute(on)
    for key, caption, detail in SITE_FIGURES:
        item = figures[key]
        yield SiteFigure(caption, item.value_text, item.detail_text if detail else "")


def _redactor(scopes: dict[int, set[str]]) -> Callable[[PersonRef], str | None]:
    def redact(ref: PersonRef) -> str | None:
        if ref.kind is PersonKind.PUPIL:
            return _PUPIL_LABEL
        return None if "name" in scopes.get(ref.id, set()) else "[ФИО не публикуется]"

    return redact


def write_site(services: Services, target: Path, progress: Progress | None = None, on: date | None = None) -> SiteData:
    """Write the section into `target` as a whole (a second run replaces it); returns what it shows."""
    from mentor_desk.exports.site.folder import check_target

    target = check_target(Path(target))
    data = gather_site(services, on)  # refuses (e.g. no consent of the curator) before anything is written
    org = services.organisation.get()
    year = data.year
    scopes = publication_scopes(services, on)
    templates = services.templates
    pairs = [p for p in services.pairs.list_pairs(PairFilter(school_year=year)) if p.status in OPEN]
    programmes = services.reference.programmes()
    orders = [o for o in services.orders.list_orders() if _order_year(services, o.kind, o.pair_ids, o.signed_on) == year]

    def step(done: int, total: int, text: str) -> None:
        if progress is not None:
            progress(done, total, text)

    def build(folder: Path) -> None:
        docs_dir = folder / "documents"
        docs_dir.mkdir()
        written: list[SiteDocument] = []
        total = 2 + len(programmes) + len(orders)

        def add(title: str, name: str, template: bytes, contexts: list[dict[str, object]]) -> None:
            path = docs_dir / name
            step(len(written), total, title)
            write_document(template, contexts, path, title, org.full_name)
            written.append(SiteDocument(title, f"documents/{name}", path.stat().st_size))

        add("Положение о наставничестве", "polozhenie-o-nastavnichestve.pdf", templates.current("regulation"),
            [regulation_context(org, year, services.reference.forms(), programmes)])
        from mentor_desk.exports.docx.common import school_context

        add(f"Дорожная карта внедрения целевой модели наставничества на {year} учебный год",
            "dorozhnaya-karta-vnedreniya.pdf", templates.current("implementation_roadmap"),
            [school_context(org, year)])
        for index, programme in enumerate(programmes, start=1):
            own = [p for p in pairs if p.programme.id == programme.id]
            figures = ProgrammeFigures(
                programme,
                tuple(dict.fromkeys(p.form.name for p in own)),
                len(own),
                len({p.mentor.id for p in own}),
                len({m.id for p in own for m in p.mentees}),
            )
            add(f"Программа наставничества «{programme.name}»", f"programma-{index}.pdf",
                templates.current("programme"), [programme_context(org, year, figures)])
        redact = _redactor(scopes)
        for order in orders:
            document = order_for_print(services, order.id)
            if order.kind is OrderKind.FIX_PAIRS and not document.pairs:
                continue
            number = re.sub(r"[^a-z0-9-]+", "-", _latin(order.number.lower())).strip("-") or "b-n"
            add(f"Приказ от {order.signed_on:%d.%m.%Y} № {order.number} "
                f"«{order.title or order.kind.label.capitalize()}»",
                f"prikaz-{number}-{order.id}.pdf", templates.current(order_template_key(order.kind)),
                [order_context(document, org, redact)])
        step(total, total, "Страница раздела")
        final = replace(data, documents=tuple(written))
        write_index(final, folder)
        result.append(final)

    result: list[SiteData] = []
    replace_folder(target, build)
    return result[0]


_LATIN = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
                  ["a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "i", "k", "l", "m", "n", "o", "p", "r", "s",
                   "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "iu", "ia"], strict=True))


def _latin(text: str) -> str:
    """File names on a web server in Latin letters: «87-о» → «87-o»."""
    return "".join(_LATIN.get(ch, ch) for ch in text)


def _order_year(services: Services, kind: OrderKind, pair_ids: tuple[int, ...], signed_on: date) -> str:
    """The school year an order governs: its pairs' year, else the year it was signed in (or about to start)."""
    from mentor_desk.domain.schoolyear import SchoolYear

    if pair_ids:
        pair = services.pairs.get(pair_ids[0])
        if pair.school_year:
            return pair.school_year
    if kind is not OrderKind.COMPLETION and signed_on.month in (6, 7, 8):
        return SchoolYear(signed_on.year).title
    return SchoolYear.containing(signed_on).title
