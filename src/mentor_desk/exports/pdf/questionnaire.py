"""Printed questionnaire blanks: one page per respondent, scale items with 1–10 to circle."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table

from mentor_desk.domain.enums import QuestionKind, QuestionnaireStage
from mentor_desk.domain.records import QuestionRecord
from mentor_desk.errors import UserError
from mentor_desk.exports.atomic import write_atomically
from mentor_desk.exports.pdf.layout import CONTENT_WIDTH, DocumentsTemplate
from mentor_desk.exports.pdf.styles import plain_style, styles
from mentor_desk.exports.pdf.text import esc


@dataclass(frozen=True)
class Blank:
    """One printed sheet: a questionnaire for one named respondent about one pair."""

    school: str
    questionnaire: str
    stage: QuestionnaireStage
    respondent: str
    pair_label: str
    form_name: str
    questions: tuple[QuestionRecord, ...]


def blank_story(blank: Blank) -> list[Flowable]:
    st = styles()
    out: list[Flowable] = [
        Paragraph(esc(blank.school), st.school),
        Spacer(1, 4 * mm),
        Paragraph(f"{esc(blank.questionnaire)}", st.title),
        Paragraph(f"({blank.stage.label} мониторинг, форма «{esc(blank.form_name)}»)", st.subtitle),
        Spacer(1, 3 * mm),
        Paragraph(f"Респондент: <b>{esc(blank.respondent)}</b>", st.body_left),
        Paragraph(f"Пара (группа): {esc(blank.pair_label)}", st.body_left),
        Paragraph("Дата заполнения: «___» ______________ 20___ г.", st.body_left),
        Spacer(1, 2 * mm),
        Paragraph("Оцените по шкале от 1 до 10 (1 — самый низкий балл, 10 — самый высокий): обведите число.",
                  st.body_left),
    ]
    rows: list[list[Any]] = []
    for i, q in enumerate(blank.questions, 1):
        if q.kind is QuestionKind.SCALE:
            answer = "1   2   3   4   5   6   7   8   9   10"
        elif q.kind is QuestionKind.YES_NO:
            answer = "да        нет"
        else:
            answer = "\n\n"
        rows.append([Paragraph(str(i), st.cell_center), Paragraph(esc(q.text), st.cell),
                     Paragraph(answer.replace("\n", "<br/>") or "", st.cell_center)])
    if rows:
        table = Table(rows, colWidths=[10 * mm, CONTENT_WIDTH - 10 * mm - 62 * mm, 62 * mm], repeatRows=0)
        table.setStyle(plain_style())
        out.append(table)
    out += [Spacer(1, 8 * mm), Paragraph("Подпись респондента ____________________", st.signature)]
    return out


def write_blanks_pdf(blanks: Sequence[Blank], target: Path, title: str, author: str) -> int:
    """All blanks in one file (atomically), each on its own page; returns the number of pages."""
    if not blanks:
        raise UserError("Некому печатать анкеты: в выбранной паре, форме или классе нет респондентов "
                        "для этой анкеты и этапа.")
    pages = 0

    def build(stream: Any) -> None:
        nonlocal pages
        doc = DocumentsTemplate(stream, title=title, author=author, total_documents=len(blanks))
        doc.build_documents([blank_story(b) for b in blanks])
        pages = doc.page

    write_atomically(Path(target), build)
    return pages

