"""Положение, дорожная карта внедрения, programmes, consent forms: DOCX and PDF with the same words."""

from __future__ import annotations

from pathlib import Path

import pytest

from mentor_desk.cli import main
from mentor_desk.db.database import Database
from mentor_desk.services.container import Services
from mentor_desk.services.templates import SCHOOL_DOCUMENTS, export_school_document
from tests.exports.docx.textcheck import compare, docx_text, layout_problems, pdf_text
from tests.services.site_school import build_site_school

ROADMAP_HEADER = "№ Этап Мероприятия Сроки Ответственные Результат"


@pytest.mark.parametrize("name", list(SCHOOL_DOCUMENTS))
def test_school_documents_say_the_same_in_docx_and_pdf(services: Services, tmp_path: Path, name: str) -> None:
    school = build_site_school(services)
    person = school.pupil_mentee if name == "consent" else None
    pdf, docx = tmp_path / f"{name}.pdf", tmp_path / f"{name}.docx"
    pages = export_school_document(services, name, pdf, person)
    assert export_school_document(services, name, docx, person) >= 1

    assert pages >= 1
    assert compare(docx, pdf, repeated=ROADMAP_HEADER) == ({}, {})
    assert layout_problems(docx) == []
    text = docx_text(docx)
    if name == "regulation":
        assert "ПОЛОЖЕНИЕ о наставничестве в МБОУ «СШ № 7»" in text and "«ученик – ученик»" in text
    elif name == "programmes":
        assert text.count("ПРОГРАММА НАСТАВНИЧЕСТВА") == len(services.reference.programmes())
    elif name == "consent":
        assert "родителем (законным представителем) обучающегося 6Б класса Кузнецов Максим Олегович" in text
        assert "□ должность, предметы" in pdf_text(pdf)


def test_consent_forms_for_everyone_without_one_and_the_command(
    sqlite_database: Database, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    services = Services.for_database(sqlite_database)  # a command on a file: always SQLite
    build_site_school(services)
    without = [p for p in services.people.list_people(include_archived=False) if not p.has_processing_consent]
    target = tmp_path / "согласия.docx"
    assert main(["export", "consent", "--db", str(db_path), "-o", str(target)]) == 0
    assert f"документов — {len(without)}" in capsys.readouterr().out
    assert docx_text(target).count("СОГЛАСИЕ на обработку персональных данных") == len(without)
    assert main(["export", "regulation", "--db", str(db_path), "-o", str(tmp_path / "положение.txt")]) == 2
    assert "должно оканчиваться на .pdf или .docx" in capsys.readouterr().err
    assert main(["export", "consent", "--db", str(db_path), "--id", "9999", "-o", str(tmp_path / "x.pdf")]) == 2
    assert "нет участника с номером 9999" in capsys.readouterr().err
