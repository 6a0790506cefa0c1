"""The ИОМ with its «дорожная карта» (DOMAIN.md §5): blank for signing or filled with marks."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Spacer, Table

from mentor_desk.domain.declension import Case, decline_name, resolve_gender
from mentor_desk.domain.enums import ActivityStatus, Gender, PersonKind
from mentor_desk.domain.names import collation_key, signature
from mentor_desk.domain.records import ActivityRecord, IomRecord, OrganisationRecord, PersonRecord
from mentor_desk.domain.responsible import codes_in, legend_text
from mentor_desk.domain.schoolyear import SchoolYear
from mentor_desk.exports.atomic import write_atomically
from mentor_desk.exports.pdf.blocks import (
    approval_block,
    grid_table,
    may_exceed_half_page,
    school_header,
    signature_rows,
)
from mentor_desk.exports.pdf.layout import CONTENT_WIDTH, Cancel, Cancelled, DocumentsTemplate, Progress
from mentor_desk.exports.pdf.para import Para
from mentor_desk.exports.pdf.styles import GROUP_BACKGROUND, plain_style, styles
from mentor_desk.exports.pdf.text import (
    BLANK_DATE,
    esc,
    esc_lines,
    quoted_date,
    short_date,
    signature_name,
    split_lines,
    years_text,
)

ROADMAP_HEADER = (
    "№",
    "Мероприятие",
    "Сроки",
    "Форма представления результата (продукт)",
    "Ответственный",
    "Отметка о выполнении",
)
ROADMAP_WIDTHS = (8 * mm, 49 * mm, 20 * mm, 38 * mm, 27 * mm, CONTENT_WIDTH - 142 * mm)
PASSPORT_WIDTHS = (58 * mm, CONTENT_WIDTH - 58 * mm)
NO_DIRECTION = "Другие мероприятия"
_WORD_RANGE = re.compile(r"([^\W\d])\s*[–—]\s*(?=[^\W\d])")


def sort_ioms(records: Sequence[IomRecord]) -> list[IomRecord]:
    """Batch order: mentees in Russian alphabetical order (Ё as Е)."""
    return sorted(records, key=lambda r: (collation_key(r.mentee.full_name), r.id))


def write_iom_pdf(
    records: Iterable[IomRecord],
    org: OrganisationRecord,
    target: Path,
    blank: bool = False,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
    total: int | None = None,
) -> int:
    """Write one or many ИОМ into `target` (atomically) and return the number of pages.

    `records` may be a lazy iterator (`total` then says how many it yields): each ИОМ is laid
    out only when the previous one is on its pages, so memory stays bounded for a district's
    thousands. Safe to call off the GUI thread. `progress(done, total)` is called as documents
    are laid out; `cancel()` returning True stops the work with `Cancelled` and leaves `target`
    untouched.
    """
    if total is None:
        records = list(records)
        total = len(records)
    if not total:
        from mentor_desk.errors import UserError

        raise UserError("Нет ИОМ для печати: выберите хотя бы один ИОМ.")
    pending = iter(records)
    first = next(pending, None)
    if first is None:
        from mentor_desk.errors import UserError

        raise UserError("Нет ИОМ для печати: выберите хотя бы один ИОМ.")
    title = f"ИОМ: {first.mentee.full_name}" if total == 1 else f"ИОМ наставляемых ({total})"

    def documents() -> Iterator[list[Flowable]]:
        for record in itertools.chain((first,), pending):
            if cancel is not None and cancel():
                raise Cancelled
            yield iom_story(record, org, blank)

    pages = 0

    def build(stream: Any) -> None:
        nonlocal pages
        doc = DocumentsTemplate(
            stream, title=title, author=org.full_name, total_documents=total, progress=progress, cancel=cancel
        )
        doc.build_documents(documents())
        pages = doc.page

    write_atomically(Path(target), build)
    return pages


def write_iom_folder(
    records: Iterable[IomRecord],
    org: OrganisationRecord,
    folder: Path,
    blank: bool = False,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
    total: int | None = None,
) -> list[Path]:
    """Write each ИОМ to its own PDF in `folder` («ИОМ Фамилия Имя Отчество (номер).pdf», atomically each)
    and return the files written. A cancel keeps the files already finished."""
    folder = Path(folder)
    if not folder.is_dir():
        from mentor_desk.errors import UserError

        raise UserError(f"Папка «{folder}» не найдена. Выберите существующую папку для сохранения.")
    written: list[Path] = []
    for done, record in enumerate(records):
        if cancel is not None and cancel():
            raise Cancelled
        if progress is not None and total:
            progress(done, total)
        target = folder / iom_file_name(record)
        write_iom_pdf([record], org, target, blank)
        written.append(target)
    if progress is not None and total:
        progress(total, total)
    return written


_UNSAFE_FILE_CHARS = re.compile(r'[<>:"/\\|?*\x00-\x1f]')


def iom_file_name(record: IomRecord) -> str:
    """A file name that says whose ИОМ it is and is valid on Windows and Linux alike."""
    name = _UNSAFE_FILE_CHARS.sub(" ", record.mentee.full_name)
    name = " ".join(name.split()).strip(" .") or "наставляемый"
    return f"ИОМ {name} ({record.id}).pdf"


def iom_story(record: IomRecord, org: OrganisationRecord, blank: bool) -> list[Flowable]:
    """The flowables of one ИОМ document."""
    st = styles()
    story: list[Flowable] = []
    story.extend(school_header(org.full_name))
    approved = (
        quoted_date(record.approved_on) if record.approved_on is not None and not blank else BLANK_DATE
    )
    story.append(approval_block(org.director_position, org.short_name, signature_name(org.director_name), approved))
    story.append(Spacer(1, 8 * mm))
    story.append(Para("ИНДИВИДУАЛЬНЫЙ ОБРАЗОВАТЕЛЬНЫЙ МАРШРУТ", st.title))
    story.append(Para(esc(_whose(record.mentee)), st.subtitle))
    story.append(Para(esc(_year_line(record.school_year)), st.subtitle))
    story.append(Spacer(1, 5 * mm))

    story.append(Para("1. Паспорт", st.heading))
    story.append(_passport(record))

    teacher = record.mentee.kind is PersonKind.STAFF
    story.append(Para("2. Профессиональные дефициты" if teacher else "2. Выявленные затруднения", st.heading))
    story.extend(_text_block(record.deficits))
    story.append(Para("3. Цель", st.heading))
    story.extend(_text_block(record.goal))
    story.append(Para("4. Задачи", st.heading))
    story.extend(_text_block(record.tasks))

    # The roadmap may run for pages: it starts right here unless too little of the page is left.
    story.append(CondPageBreak(45 * mm))
    story.append(Para("5. Дорожная карта", st.roadmap_heading))
    if record.activities:
        story.append(roadmap_table(record.activities, blank))
        legend = legend_text(codes_in(a.responsible for a in record.activities))
        if legend:
            story.append(Spacer(1, 2 * mm))
            story.append(Para(esc(legend), st.body_left))
        if not blank:
            done = record.done_count
            total = len(record.activities)
            story.append(Spacer(1, 2 * mm))
            story.append(
                Para(f"Выполнено мероприятий: {done} из {total} ({round(100 * done / total)} %).", st.body_left)
            )
    else:
        story.append(Para("Мероприятия не запланированы.", st.body_left))

    if not blank:
        story.append(Para("6. Итоги", st.heading))
        story.append(Para("Самоотчёт наставляемого:", st.body_left))
        story.extend(_text_block(record.self_report, ruled=True))
        story.append(Para("Заключение наставника:", st.body_left))
        story.extend(_text_block(record.mentor_conclusion, ruled=True))

    story.append(Spacer(1, 8 * mm))
    mentor = _signature(record.mentor) if record.mentor is not None else ""
    story.append(
        KeepTogether(
            [
                signature_rows(
                    [
                        ("Наставник", mentor),
                        (_mentee_role(record.mentee), _signature(record.mentee)),
                        ("Куратор", signature_name(org.coordinator_name)),
                    ]
                )
            ]
        )
    )
    return story


def roadmap_table(activities: Sequence[ActivityRecord], blank: bool) -> Table:
    """The roadmap grouped by direction (in order of first appearance), numbered throughout."""
    st = styles()
    groups: dict[str, list[ActivityRecord]] = {}
    for activity in sorted(activities, key=lambda a: (a.position, a.id)):
        groups.setdefault(activity.direction.strip(), []).append(activity)
    show_groups = not (len(groups) == 1 and "" in groups)
    if "" in groups and show_groups:
        groups[NO_DIRECTION] = groups.pop("") + groups.get(NO_DIRECTION, [])

    cell, center = st.cell, st.cell_center
    data: list[list[Any]] = [[Para(h, st.cell_head) for h in ROADMAP_HEADER]]
    extra: list[tuple[Any, ...]] = []
    number = 0
    for direction, items in groups.items():
        if show_groups:
            row = len(data)
            data.append([Para(esc(direction), st.cell_group), "", "", "", "", ""])
            extra.append(("SPAN", (0, row), (-1, row)))
            extra.append(("BACKGROUND", (0, row), (-1, row), GROUP_BACKGROUND))
        for index, activity in enumerate(items):
            number += 1
            texts = (
                str(number),
                esc(activity.title),
                esc(_period(activity)),
                esc(_product(activity)),
                esc(activity.responsible),
                "" if blank else _mark(activity),
            )
            if show_groups and index == 0 and not may_exceed_half_page(texts, ROADMAP_WIDTHS):
                # A direction's title never stays alone at the foot of a page (unless its first
                # activity is so long that it has to be split anyway).
                extra.append(("NOSPLIT", (0, len(data) - 1), (-1, len(data))))
            data.append([Para(texts[0], center), *(Para(t, cell) for t in texts[1:])])
    return grid_table(data, ROADMAP_WIDTHS, extra)


def _period(activity: ActivityRecord) -> str:
    if activity.period.strip():
        # «сентябрь–октябрь» is one word to the line breaker and would be cut letter by letter.
        return _WORD_RANGE.sub(r"\1 – ", activity.period.strip())
    return f"до {short_date(activity.due_date)}" if activity.due_date is not None else ""


def _product(activity: ActivityRecord) -> str:
    return activity.product


def _mark(activity: ActivityRecord) -> str:
    """Markup for the «Отметка о выполнении» cell of the filled variant."""
    mark = activity.mark.strip()
    # A mark that already says «выполнено, …» is not prefixed with the status a second time.
    says_status = mark.casefold().startswith(activity.status.label)
    parts: list[str] = []
    if activity.status is ActivityStatus.DONE:
        parts.append(short_date(activity.done_on) if says_status else f"выполнено {short_date(activity.done_on)}")
    elif not says_status:
        parts.append(activity.status.label)
    if mark:
        parts.append(esc_lines(mark))
    return "<br/>".join(p for p in (part.strip() for part in parts) if p)


def _whose(person: PersonRecord) -> str:
    gender = resolve_gender(person.last_name, person.first_name, person.middle_name, person.gender)
    female = gender is Gender.FEMALE
    name = decline_name(person.last_name, person.first_name, person.middle_name, person.gender, Case.GENITIVE)
    if person.kind is PersonKind.STAFF:
        return f"педагога {name}"
    if person.kind is PersonKind.PUPIL:
        role = "обучающейся" if female else "обучающегося"
        klass = person.pupil.class_name.strip() if person.pupil is not None else ""
        return f"{role} {klass} класса {name}" if klass else f"{role} {name}"
    if person.kind is PersonKind.STUDENT:
        return f"{'студентки' if female else 'студента'} {name}"
    return f"{'наставляемой' if female else 'наставляемого'} {name}"


def _signature(person: PersonRecord) -> str:
    return signature(person.last_name, person.first_name, person.middle_name)


def _mentee_role(person: PersonRecord) -> str:
    gender = resolve_gender(person.last_name, person.first_name, person.middle_name, person.gender)
    return "Наставляемая" if gender is Gender.FEMALE else "Наставляемый"


def _year_line(school_year: str) -> str:
    try:
        return f"на {SchoolYear.parse(school_year).dash_title} учебный год"
    except ValueError:
        return f"на {school_year} учебный год" if school_year.strip() else "на 20___–20___ учебный год"


def _passport(record: IomRecord) -> Table:
    st = styles()
    mentee = record.mentee
    rows: list[tuple[str, str]] = []
    if mentee.kind is PersonKind.STAFF:
        staff = mentee.staff
        rows.append(("ФИО педагога", mentee.full_name))
        rows.append(("Должность", staff.position if staff else ""))
        rows.append(("Преподаваемый предмет", staff.subjects if staff else ""))
        rows.append(("Образование", staff.education if staff else ""))
        rows.append(("Педагогический стаж", _experience(mentee)))
        rows.append(("Квалификационная категория", staff.category.label if staff else ""))
    else:
        rows.append(("ФИО наставляемого", mentee.full_name))
        rows.append(("Класс" if mentee.kind is PersonKind.PUPIL else "Должность, курс", mentee.class_or_position))
    mentor = record.mentor
    if mentor is not None:
        where = ", ".join(p for p in (mentor.class_or_position, mentor.workplace) if p)
        rows.append(("Наставник (ФИО, должность)", f"{mentor.full_name}, {where}" if where else mentor.full_name))
    else:
        rows.append(("Наставник (ФИО, должность)", ""))
    pair = record.pair
    if pair is not None:
        form = " / ".join(p for p in (pair.form.name, pair.type_name) if p)
        rows.append(("Форма / вид наставничества", form))
        rows.append(("Приказ о закреплении", pair.order.label if pair.order is not None else ""))
    else:
        rows.append(("Форма / вид наставничества", ""))
        rows.append(("Приказ о закреплении", ""))
    rows.append(("Тема самообразования", record.topic))
    data = [[Para(esc(label), st.label), Para(esc(value), st.value)] for label, value in rows]
    return grid_table(data, PASSPORT_WIDTHS, header=False)


def _experience(person: PersonRecord) -> str:
    staff = person.staff
    if staff is None or staff.experience_years is None:
        return ""
    text = years_text(staff.experience_years)
    return f"{text} (на {short_date(staff.experience_as_of)})" if staff.experience_as_of else text


def _text_block(text: str, ruled: bool = False) -> list[Flowable]:
    st = styles()
    lines = split_lines(text)
    if lines:
        return [Para(esc(line), st.body_indent) for line in lines]
    if ruled:
        return [_ruled_lines(3)]
    return [Para("&nbsp;", st.body)]


def _ruled_lines(count: int) -> Table:
    """Empty ruled lines to write on by hand."""
    table = Table([[""] for _ in range(count)], colWidths=[CONTENT_WIDTH], rowHeights=[7 * mm] * count,
                  style=plain_style())
    table.setStyle([("LINEBELOW", (0, 0), (-1, -1), 0.5, "black")])
    return table
