"""Questionnaire blanks as DOCX: the same sheets as exports/pdf/questionnaire.py, one page each."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from mentor_desk.domain.enums import QuestionKind
from mentor_desk.errors import UserError
from mentor_desk.exports.docx.layout import CENTER, LEFT, gost_document, grid, para
from mentor_desk.exports.docx.render import clean, save
from mentor_desk.exports.pdf.questionnaire import Blank

_ANSWER = {QuestionKind.SCALE: "1   2   3   4   5   6   7   8   9   10", QuestionKind.YES_NO: "да        нет"}


def write_blanks_docx(blanks: Sequence[Blank], target: Path, title: str, author: str) -> int:
    """All blanks in one file (atomically), each from a new page; returns the number of blanks."""
    if not blanks:
        raise UserError("Некому печатать анкеты: в выбранной паре, форме или классе нет респондентов "
                        "для этой анкеты и этапа.")
    doc = gost_document(title, author)
    for index, blank in enumerate(blanks):
        first = para(doc, blank.school, align=CENTER, after=8)
        if index:
            first.paragraph_format.page_break_before = True
        para(doc, blank.questionnaire, bold=True, size=14, align=CENTER, after=2)
        para(doc, f"({blank.stage.label} мониторинг, форма «{blank.form_name}»)", align=CENTER, after=8)
        p = para(doc, "Респондент:", align=LEFT)
        p.add_run(" ")
        p.add_run(clean(blank.respondent)).bold = True
        para(doc, f"Пара (группа): {blank.pair_label}", align=LEFT)
        para(doc, "Дата заполнения: «___» ______________ 20___ г.", align=LEFT)
        para(doc, "Оцените по шкале от 1 до 10 (1 — самый низкий балл, 10 — самый высокий): обведите число.",
             align=LEFT, before=4)
        rows = [(str(i), q.text, _ANSWER.get(q.kind, "\n\n")) for i, q in enumerate(blank.questions, 1)]
        if rows:
            grid(doc, None, rows, (10, 108, 62))
        para(doc, "Подпись респондента ____________________", align=LEFT, before=20)
    save(doc, Path(target))
    return len(blanks)
