"""Приказ о закреплении наставнических пар (о назначении куратора, о завершении) with its annex."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, PageBreak, Paragraph, Spacer, Table

from mentor_desk.domain.declension import Case
from mentor_desk.domain.documents import OrderDocument
from mentor_desk.domain.enums import OrderAmendment, OrderKind, PersonKind
from mentor_desk.domain.names import collation_key
from mentor_desk.domain.records import OrderRecord, OrganisationRecord, PairRecord, PersonRecord, PersonRef
from mentor_desk.domain.schoolyear import SchoolYear
from mentor_desk.errors import UserError
from mentor_desk.exports.atomic import write_atomically
from mentor_desk.exports.pdf.blocks import grid_table, school_header
from mentor_desk.exports.pdf.layout import CONTENT_WIDTH, Cancel, Cancelled, DocumentsTemplate, Progress
from mentor_desk.exports.pdf.order_names import (
    OrderName,
    coordinator_of,
    listed,
    name_of,
    person_position,
    with_position,
)
from mentor_desk.exports.pdf.styles import plain_style, styles
from mentor_desk.exports.pdf.text import (
    BLANK_DATE,
    SIGNATURE_LINE,
    esc,
    long_date,
    short_date,
    signature_name,
)

ANNEX_HEADER = (
    "№",
    "Наставник (ФИО, должность)",
    "Наставляемый(е) (ФИО, должность, класс)",
    "Форма наставничества",
    "Вид наставничества",
    "Срок",
)
ANNEX_WIDTHS = (8 * mm, 38 * mm, 43 * mm, 27 * mm, 30 * mm, CONTENT_WIDTH - 146 * mm)
CONTROL_ITEM = "Контроль за исполнением настоящего приказа оставляю за собой."


def write_order_pdf(
    document: OrderDocument,
    org: OrganisationRecord,
    target: Path,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
) -> int:
    """Write the order (with its annex) into `target` atomically; returns the number of pages."""
    if document.order.kind is OrderKind.FIX_PAIRS and not document.pairs:
        raise UserError(
            f"В приказе № {document.order.number} нет пар: добавьте пары в приказ и повторите печать."
        )
    if cancel is not None and cancel():
        raise Cancelled
    story = order_story(document, org)
    pages = 0

    def build(stream: Any) -> None:
        nonlocal pages
        doc = DocumentsTemplate(
            stream,
            title=f"Приказ № {document.order.number} от {short_date(document.order.signed_on)}",
            author=org.full_name,
            total_documents=1,
            progress=progress,
            cancel=cancel,
        )
        doc.build_documents([story])
        pages = doc.page

    write_atomically(Path(target), build)
    return pages


def order_story(document: OrderDocument, org: OrganisationRecord) -> list[Flowable]:
    st = styles()
    order = document.order
    pairs = _sorted_pairs(document.pairs)
    year = _school_year(order, pairs)
    story: list[Flowable] = []
    story.extend(school_header(org.full_name))
    story.append(Paragraph("ПРИКАЗ", st.title))
    story.append(Spacer(1, 4 * mm))
    half = CONTENT_WIDTH / 2
    number_row = Table(
        [[Paragraph(esc(long_date(order.signed_on)), st.body_left), Paragraph(f"№ {esc(order.number)}", st.right)]],
        colWidths=(half, half),
        style=plain_style(),
    )
    story.append(number_row)
    story.append(Spacer(1, 8 * mm))
    title = order.title.strip() or order.kind.label.capitalize()
    story.append(Paragraph(esc(title), st.order_title))
    story.append(Spacer(1, 4 * mm))
    preamble = order.preamble.strip() or _default_preamble(order.kind, org)
    if "ПРИКАЗЫВАЮ" not in preamble.upper():
        if preamble[-1:].isalnum() or preamble[-1:] in "»)\"":
            preamble += ","
        story.append(Paragraph(esc(preamble), st.body_indent))
        story.append(Paragraph("ПРИКАЗЫВАЮ:", st.body_left))
    else:
        story.append(Paragraph(esc(preamble), st.body_indent))
    story.append(Spacer(1, 2 * mm))

    coordinator = coordinator_of(document, org)
    items = _items(order.kind, pairs, document, coordinator, year, org)
    if order.amends is not None and order.amendment is not None:
        items.insert(0, (_amendment_item(order), []))
    for number, item in enumerate(items, start=1):
        head, subitems = item
        story.append(Paragraph(f"{number}. {head}", st.item))
        for sub_number, sub in enumerate(subitems, start=1):
            story.append(Paragraph(f"{number}.{sub_number}. {sub}", st.item))

    story.append(Spacer(1, 10 * mm))
    story.append(_director_signature(org))
    story.append(Spacer(1, 10 * mm))
    story.extend(_acquaintance(pairs, document, coordinator))

    if pairs:
        story.append(PageBreak())
        story.extend(_annex(order, org, pairs, document.people, year))
    return story


def _sorted_pairs(pairs: Sequence[PairRecord]) -> list[PairRecord]:
    return sorted(pairs, key=lambda p: (collation_key(p.mentor.full_name), p.id))


def _school_year(order: OrderRecord, pairs: Sequence[PairRecord]) -> str:
    if order.school_year:
        return order.school_year
    years = Counter(p.school_year for p in pairs if p.school_year)
    return years.most_common(1)[0][0] if years else SchoolYear.containing(order.signed_on).title


def _default_preamble(kind: OrderKind, org: OrganisationRecord) -> str:
    where = f"в {org.short_name}" if org.short_name.strip() else "в образовательной организации"
    if kind is OrderKind.APPOINT_COORDINATOR:
        aim = "в целях организации наставничества и реализации целевой модели наставничества"
    elif kind is OrderKind.COMPLETION:
        aim = "в связи с окончанием срока реализации программ наставничества"
    else:
        aim = (
            "в целях реализации целевой модели наставничества, оказания помощи в профессиональном "
            "становлении и развитии участников программ наставничества"
        )
    return f"В соответствии с Положением о наставничестве {where}, {aim}"


def _items(
    kind: OrderKind,
    pairs: Sequence[PairRecord],
    document: OrderDocument,
    coordinator: OrderName | None,
    year: str,
    org: OrganisationRecord,
) -> list[tuple[str, list[str]]]:
    """Numbered items: (markup of the item, markup of its sub-items)."""
    items: list[tuple[str, list[str]]] = []
    year_text = esc(year)
    if kind is OrderKind.APPOINT_COORDINATOR:
        where = esc(org.short_name) or "образовательной организации"
        if coordinator is not None:
            items.append(
                (
                    f"Назначить {_with_position(coordinator, Case.ACCUSATIVE)} куратором реализации целевой "
                    f"модели наставничества в {where} на {year_text} учебный год.",
                    [],
                )
            )
        items.append((_coordinator_duties(coordinator, appoint=True), []))
        if pairs:
            items.append(
                (f"Утвердить состав наставнических пар (групп) на {year_text} учебный год (приложение).", [])
            )
    elif kind is OrderKind.COMPLETION:
        if pairs:
            items.append(
                (
                    "Завершить реализацию программ наставничества наставническими парами (группами) "
                    "согласно приложению к настоящему приказу.",
                    [],
                )
            )
        else:
            items.append((f"Завершить реализацию программ наставничества {year_text} учебного года.", []))
        items.append(
            (
                _addressed(
                    coordinator,
                    "подготовить итоговый отчёт о результатах программ наставничества и внести сведения "
                    "в базы наставников и наставляемых",
                ),
                [],
            )
        )
    else:
        items.append(
            (
                f"Утвердить состав наставнических пар (групп) на {year_text} учебный год согласно "
                "приложению к настоящему приказу.",
                [],
            )
        )
        items.append(("Закрепить наставляемых за наставниками:", [_pair_line(p, document, i == len(pairs) - 1)
                                                               for i, p in enumerate(pairs)]))
        items.append(
            (
                "Наставникам совместно с наставляемыми разработать индивидуальные образовательные маршруты "
                "(планы развития) и представить их на утверждение; вести журнал встреч наставнической пары "
                "(группы).",
                [],
            )
        )
        if coordinator is not None and kind is OrderKind.FIX_PAIRS:
            items.append((_coordinator_duties(coordinator, appoint=False), []))
    items.append((CONTROL_ITEM, []))
    return items


def _amendment_item(order: OrderRecord) -> str:
    """«Признать утратившим силу приказ от … № …» or «Внести изменения в приказ от … № …»."""
    assert order.amends is not None
    earlier = f"приказ от {short_date(order.amends.signed_on)} № {esc(order.amends.number)}"
    if order.amendment is OrderAmendment.CANCEL:
        return f"Признать утратившим силу {earlier}."
    return f"Внести изменения в {earlier}, изложив его в редакции настоящего приказа."


def _addressed(coordinator: OrderName | None, task: str) -> str:
    if coordinator is None:
        return f"Куратору наставничества {task}."
    return f"Куратору наставничества {esc(coordinator.inflect(Case.DATIVE))} {task}."


def _coordinator_duties(coordinator: OrderName | None, appoint: bool) -> str:
    if appoint:
        task = (
            "организовать формирование баз наставников и наставляемых, разработку программ наставничества, "
            "персонифицированный учёт и мониторинг эффективности наставничества"
        )
    else:
        task = (
            "обеспечить организационно-методическое сопровождение наставнических пар (групп), "
            "персонифицированный учёт наставников и наставляемых и мониторинг эффективности наставничества"
        )
    return _addressed(coordinator, task)


def _with_position(name: OrderName, case: Case) -> str:
    return esc(with_position(name, case))


def _pair_line(pair: PairRecord, document: OrderDocument, last: bool) -> str:
    """«Лебедеву Ксению Андреевну, учителя русского языка, за наставником Громовым Аркадием
    Степановичем, учителем математики, (… с … по …);»"""
    mentees = listed([_with_position(name_of(m, document), Case.ACCUSATIVE) for m in pair.mentees])
    mentor = _with_position(name_of(pair.mentor, document), Case.INSTRUMENTAL).rstrip(",")
    details = [f"форма «{esc(pair.form.name)}»"]
    if pair.type_name:
        details.append(f"вид «{esc(pair.type_name)}»")
    details.append(esc(_term(pair)))
    return f"{mentees} за наставником {mentor} ({', '.join(details)}){'.' if last else ';'}"


def _term(pair: PairRecord) -> str:
    if pair.end_date is not None:
        return f"с {short_date(pair.start_date)} по {short_date(pair.end_date)}"
    return f"с {short_date(pair.start_date)}"


def _director_signature(org: OrganisationRecord) -> Table:
    st = styles()
    name = signature_name(org.director_name) or "________________"
    table = Table(
        [[Paragraph(esc(org.director_position or "Директор"), st.signature), Paragraph(SIGNATURE_LINE, st.signature),
          Paragraph(esc(name), st.right)]],
        colWidths=(70 * mm, 45 * mm, CONTENT_WIDTH - 115 * mm),
        style=plain_style(),
    )
    return table


def _acquaintance(
    pairs: Sequence[PairRecord], document: OrderDocument, coordinator: OrderName | None
) -> list[Flowable]:
    """«С приказом ознакомлены»: adults the order names, one line each, in alphabetical order.

    Pupils do not sign orders, so they are not listed.
    """
    st = styles()
    names: dict[tuple[str, str, str], OrderName] = {}
    for pair in pairs:
        for ref in (pair.mentor, *pair.mentees):
            if ref.kind is not PersonKind.PUPIL:
                name = name_of(ref, document)
                names[(name.last, name.first, name.middle)] = name
    if coordinator is not None:
        names[(coordinator.last, coordinator.first, coordinator.middle)] = coordinator
    if not names:
        return []
    ordered = sorted(names.values(), key=lambda n: collation_key(f"{n.last} {n.first} {n.middle}"))
    data: list[list[Any]] = [[Paragraph("С приказом ознакомлены:", st.body_left), "", ""]]
    commands: list[tuple[Any, ...]] = [("SPAN", (0, 0), (-1, 0)), ("BOTTOMPADDING", (0, 0), (-1, 0), 4)]
    for name in ordered:
        row = len(data)
        data.append([Paragraph(esc(name.short), st.signature), Paragraph(SIGNATURE_LINE, st.signature_center),
                     Paragraph(BLANK_DATE, st.signature)])
        data.append(["", Paragraph("(подпись)", st.caption), ""])
        commands.append(("TOPPADDING", (0, row), (-1, row), 8))
        commands.append(("NOSPLIT", (0, row), (-1, row + 1)))
    # The heading never stays alone at the bottom of a page.
    commands.append(("NOSPLIT", (0, 0), (-1, 2)))
    # the name column is as wide as the longest «И.О. Фамилия-Фамилия», so none is ever wrapped
    widest = max(stringWidth(n.short, st.signature.fontName, st.signature.fontSize) for n in ordered)
    name_width = min(max(50 * mm, widest + 8), CONTENT_WIDTH - 85 * mm)
    table = Table(data, colWidths=(name_width, 40 * mm, CONTENT_WIDTH - 40 * mm - name_width), style=plain_style())
    table.setStyle(commands)
    return [table]


def _annex(
    order: OrderRecord,
    org: OrganisationRecord,
    pairs: Sequence[PairRecord],
    people: Mapping[int, PersonRecord],
    year: str,
) -> list[Flowable]:
    st = styles()
    note = [
        Paragraph("Приложение", st.annex_note),
        Paragraph(f"к приказу {esc(org.short_name)}".rstrip(), st.annex_note),
        Paragraph(f"от {short_date(order.signed_on)} № {esc(order.number)}", st.annex_note),
    ]
    note_table = Table([["", note]], colWidths=(CONTENT_WIDTH - 75 * mm, 75 * mm), style=plain_style())
    story: list[Flowable] = [note_table, Spacer(1, 8 * mm)]
    story.append(Paragraph("Состав наставнических пар (групп)", st.title))
    story.append(Paragraph(f"на {esc(year)} учебный год", st.subtitle))
    story.append(Spacer(1, 4 * mm))
    cell, center = st.cell, st.cell_center
    data: list[list[Any]] = [[Paragraph(h, st.cell_head) for h in ANNEX_HEADER]]
    for number, pair in enumerate(pairs, start=1):
        data.append(
            [
                Paragraph(str(number), center),
                Paragraph(_person_cell(pair.mentor, people), cell),
                Paragraph("<br/>".join(_person_cell(m, people) for m in pair.mentees), cell),
                Paragraph(esc(pair.form.name), cell),
                Paragraph(esc(pair.type_name), cell),
                Paragraph(esc(_term(pair)), cell),
            ]
        )
    story.append(grid_table(data, ANNEX_WIDTHS))
    return story


def _person_cell(ref: PersonRef, people: Mapping[int, PersonRecord]) -> str:
    """«Громов Аркадий Степанович, учитель математики» (the full position), «…, 7Б класс» for a pupil."""
    full = people.get(ref.id)
    detail = ""
    if full is not None:
        detail = full.class_or_position if full.kind is PersonKind.PUPIL else person_position(full)
        if full.kind is PersonKind.PUPIL and detail:
            detail = f"{detail} класс"
        elif full.workplace:
            detail = ", ".join(p for p in (detail, full.workplace) if p)
    return f"{esc(ref.full_name)}, {esc(detail)}" if detail else esc(ref.full_name)
