"""The annual report and questionnaire blanks as DOCX: reopened with python-docx, the same words and
numbers as their PDFs and as `mentor-desk indicators --json`, with the ГОСТ layout."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from docx import Document

from mentor_desk.cli import main
from mentor_desk.db.database import Database
from mentor_desk.domain.enums import QuestionnaireStage, Respondent
from mentor_desk.domain.report_doc import ChartBlock
from mentor_desk.errors import UserError
from mentor_desk.exports.docx.report import chart_png, write_report_docx
from mentor_desk.exports.pdf.report import write_report_pdf
from mentor_desk.services.annual import MAIN_KEYS
from mentor_desk.services.container import Services
from tests.exports.docx.textcheck import compare, docx_text, layout_problems, pdf_text
from tests.services.indicator_school import YEAR, build_hand_school
from tests.services.test_annual_report import expected, squash


@pytest.fixture
def school_file(sqlite_database: Database, db_path: Path) -> Path:
    build_hand_school(Services.for_database(sqlite_database))
    sqlite_database.close()
    return db_path


def test_annual_report_docx_from_the_command(school_file: Path, tmp_path: Path,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    docx_path = tmp_path / "справка.docx"
    assert main(["report", "annual", "--db", str(school_file), "-o", str(docx_path), "--year", YEAR]) == 0
    assert "Аналитическая справка сохранена" in capsys.readouterr().out
    assert layout_problems(docx_path) == []
    text = squash(docx_text(docx_path))
    assert squash("Аналитическая справка по итогам реализации программы наставничества") in text
    assert squash("по состоянию на 31.08.2026") in text
    for part in ("SWOT-анализ", "Сильныестороны", "Угрозы", "Выполнениеиндивидуальныхобразовательныхмаршрутов"):
        assert part in text


def test_annual_docx_and_pdf_carry_the_same_numbers(school_file: Path, tmp_path: Path,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    docx_path, pdf_path = tmp_path / "справка.docx", tmp_path / "справка.pdf"
    assert main(["report", "annual", "--db", str(school_file), "-o", str(docx_path), "--year", YEAR]) == 0
    assert main(["report", "annual", "--db", str(school_file), "-o", str(pdf_path), "--year", YEAR]) == 0
    capsys.readouterr()
    assert main(["indicators", "--db", str(school_file), "--on", "31.08.2026", "--json"]) == 0
    items = {i["key"]: i for i in json.loads(capsys.readouterr().out)}
    docx_flat, pdf_flat = squash(docx_text(docx_path)), squash(pdf_text(pdf_path))
    for key in MAIN_KEYS:
        assert squash(expected(items[key])) in docx_flat, key
        assert squash(expected(items[key])) in pdf_flat, key
    only_docx, only_pdf = compare(docx_path, pdf_path, repeated="Показатель Форма наставничества Вопрос")
    # Every word of text and tables is in both; what differs is only how charts are shown.
    chart_vocab = {"Диаграмма", "«Охват", "наставничеством", "и", "целевое", "значение»:", "данные", "Значение",
                   "Целевое", "значение", "«Пары", "группы", "по", "формам", "наставничества»:", "«Мероприятия",
                   "ИОМ»:", "наставничества", "Охват", "Пары", "Мероприятия", "ИОМ", "цель", "%", "выполнены", "в", "работе", "или",
                   "впереди", "просрочены", "Обучающиеся", "10–18", "лет", "Молодые", "специалисты"}
    # A narrow PDF cell breaks a long word inside («Наставник ов»), so a word counts as present when it is
    # in the other text with its spaces squashed; the lines to write in are underscores of any length.
    odd_docx = {w for w in only_docx if not re.fullmatch(r"[\d,.%:()+−_-]+", w) and w.strip(":«»") not in chart_vocab
                and w not in pdf_flat}
    odd_pdf = {w for w in only_pdf if not re.fullmatch(r"[\d,.%:()+−_-]+", w) and w.strip(":«»") not in chart_vocab
               and w not in docx_flat}
    assert not odd_docx, odd_docx
    assert not odd_pdf, odd_pdf


def test_charts_are_pictures_or_their_numbers(services: Services, tmp_path: Path) -> None:
    build_hand_school(services)
    report = services.annual.build(YEAR)
    charts = [b for b in report.blocks if isinstance(b, ChartBlock)]
    assert charts
    drawn = write_report_docx(report, tmp_path / "a.docx")
    doc = Document(str(tmp_path / "a.docx"))
    if chart_png(charts[0]) is not None:
        assert drawn == len(charts) == len(doc.inline_shapes)
    else:  # no raster renderer installed: the numbers behind each chart as a table
        assert drawn == 0 and len(doc.inline_shapes) == 0
        text = docx_text(tmp_path / "a.docx")
        for chart in charts:
            assert f"Диаграмма «{chart.title}»: данные" in text
            assert all(label in text for label in chart.labels)
        pairs = next(c for c in charts if c.kind == "bar")
        assert all(f"{v:g}" in text for v in pairs.series[0])
    write_report_docx(report, tmp_path / "b.docx", pictures=False)
    assert len(Document(str(tmp_path / "b.docx")).inline_shapes) == 0
    assert write_report_pdf(report, tmp_path / "a.pdf") >= 2


def test_annual_report_refuses_other_formats(services: Services, tmp_path: Path) -> None:
    build_hand_school(services)
    with pytest.raises(UserError, match="PDF или DOCX"):
        services.annual.write(tmp_path / "справка.odt", YEAR)
    assert not (tmp_path / "справка.odt").exists()


def test_questionnaire_blanks_docx_match_the_pdf(services: Services, tmp_path: Path) -> None:
    build_hand_school(services)
    q = next(x for x in services.monitoring.questionnaires() if x.respondent is Respondent.MENTOR)
    form = next(f.id for f in services.reference.forms() if f.name == "учитель – учитель")
    pdf_path, docx_path = tmp_path / "анкеты.pdf", tmp_path / "анкеты.docx"
    assert services.monitoring.write_blanks(q.id, QuestionnaireStage.FINAL, pdf_path, form_id=form) == 2
    assert services.monitoring.write_blanks(q.id, QuestionnaireStage.FINAL, docx_path, form_id=form) == 2
    assert layout_problems(docx_path) == []
    doc = Document(str(docx_path))
    assert len(doc.tables) == 2
    assert sum(1 for p in doc.paragraphs if p.paragraph_format.page_break_before) == 1
    text = docx_text(docx_path)
    assert "Анкета наставника" in text and "итоговый мониторинг" in text and "Наставникова" in text
    assert "Насколько оправдались Ваши ожидания" in text
    only_docx, only_pdf = compare(docx_path, pdf_path)
    assert not only_docx and not only_pdf, (only_docx, only_pdf)
    with pytest.raises(UserError, match="Некому печатать"):
        services.monitoring.write_blanks(q.id, QuestionnaireStage.FINAL, tmp_path / "x.docx", class_name="1А")
    assert not (tmp_path / "x.docx").exists()
    with pytest.raises(UserError, match="PDF или DOCX"):
        services.monitoring.write_blanks(q.id, QuestionnaireStage.FINAL, tmp_path / "x.txt", form_id=form)
