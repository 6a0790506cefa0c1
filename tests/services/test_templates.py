"""The school's own wording: a changed template is checked, used for the DOCX, reset; a bad one is refused."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from docx import Document

from mentor_desk.errors import UserError
from mentor_desk.exports.docx.catalog import KINDS
from mentor_desk.services.container import Services
from mentor_desk.services.documents import order_for_print
from mentor_desk.services.templates import export_order_docx
from tests.exports.docx.textcheck import docx_text
from tests.exports.pdf.school import build_school

CONTROL = "Контроль за исполнением настоящего приказа оставляю за собой."


def reworded(original: bytes, old: str, new: str) -> bytes:
    """The template with one phrase changed, as a school would do in Word."""
    doc = Document(io.BytesIO(original))
    found = False
    for paragraph in doc.paragraphs:
        for run in paragraph.runs:
            if old in run.text:
                run.text = run.text.replace(old, new)
                found = True
    assert found, old
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def test_every_default_template_passes_its_own_check(services: Services) -> None:
    infos = services.templates.list_templates()
    assert [t.kind for t in infos] == list(KINDS)
    for info in infos:
        assert not info.customised and info.fields
        services.templates.replace(info.kind, KINDS[info.kind].default_template(), "default.docx")
    assert all(t.customised for t in services.templates.list_templates())


def test_a_school_template_words_the_order_and_reset_brings_back_the_default(
    services: Services, tmp_path: Path
) -> None:
    build_school(services)
    templates = services.templates
    source = tmp_path / "мой приказ.docx"
    source.write_bytes(reworded(templates.current("order_fix_pairs"), CONTROL,
                                "Контроль исполнения приказа возложить на заместителя директора {{ school_short }}."))
    info = templates.load_file("order_fix_pairs", source)
    assert info.customised and info.file_name == "мой приказ.docx" and info.updated_at is not None

    export_order_docx(services, order_for_print(services), tmp_path / "приказ.docx")
    text = docx_text(tmp_path / "приказ.docx")
    assert "5. Контроль исполнения приказа возложить на заместителя директора МБОУ «СШ № 7»." in text
    assert CONTROL not in text

    templates.reset("order_fix_pairs")
    export_order_docx(services, order_for_print(services), tmp_path / "приказ.docx")
    assert CONTROL in docx_text(tmp_path / "приказ.docx")
    assert not next(t for t in templates.list_templates() if t.kind == "order_fix_pairs").customised


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ("{{ director_salary }}", "неизвестное поле «director_salary»"),
        ("{{ pairs[0].mentor_phone }}", "неизвестное поле «mentor_phone»"),
        ("{% if coordinator %} без конца", "ошибка в записи полей"),
        ("{{ order_number ", "ошибка в записи полей"),
    ],
)
def test_a_broken_template_is_refused_naming_the_problem_and_the_old_one_stays(
    services: Services, tmp_path: Path, change: str, message: str
) -> None:
    templates = services.templates
    good = reworded(templates.current("order_fix_pairs"), CONTROL, "Контроль оставляю за собой.")
    templates.replace("order_fix_pairs", good, "хороший.docx")
    bad = reworded(good, "Контроль оставляю за собой.", f"Контроль оставляю за собой. {change}")

    with pytest.raises(UserError, match=message) as caught:
        templates.replace("order_fix_pairs", bad, "плохой.docx")
    assert "Старый шаблон оставлен" in caught.value.message
    assert templates.current("order_fix_pairs") == good


def test_a_file_that_is_not_a_docx_is_refused(services: Services, tmp_path: Path) -> None:
    old = services.templates.current("iom")
    pdf = tmp_path / "шаблон.docx"
    pdf.write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    with pytest.raises(UserError, match="не документ Word"):
        services.templates.load_file("iom", pdf)
    text = tmp_path / "шаблон.txt"
    text.write_text("{{ school_full }}", encoding="utf-8")
    with pytest.raises(UserError, match="не документ Word"):
        services.templates.load_file("iom", text)
    with pytest.raises(UserError, match="не открывается как документ Word"):
        import zipfile

        broken = io.BytesIO()
        with zipfile.ZipFile(broken, "w") as archive:
            archive.writestr("word/document.xml", "<not xml")
        services.templates.replace("iom", broken.getvalue())
    assert services.templates.current("iom") == old
    assert not any(t.customised for t in services.templates.list_templates())


def test_a_schools_template_travels_in_a_saved_copy(sqlite_database: object, db_path: Path, tmp_path: Path) -> None:
    """Templates live in the database, so a copy for a USB stick (and every backup) carries them."""
    from mentor_desk.db.backup import BackupManager
    from mentor_desk.db.database import Database, open_sqlite

    assert isinstance(sqlite_database, Database)
    services = Services.for_database(sqlite_database)
    own = reworded(services.templates.current("regulation"), "1. Общие положения", "1. Основные понятия")
    services.templates.replace("regulation", own, "положение школы.docx")
    copy = BackupManager(db_path).save_copy(tmp_path / "usb" / "копия.zip")

    target = tmp_path / "other-pc" / "school.db"
    BackupManager(target).restore(copy.path)
    restored = open_sqlite(target)
    try:
        assert Services.for_database(restored).templates.current("regulation") == own
    finally:
        restored.close()


def test_printed_pdfs_follow_the_schools_wording_too(services: Services, tmp_path: Path) -> None:
    from mentor_desk.services import documents
    from tests.exports.docx.textcheck import compare, pdf_text

    build_school(services)
    services.templates.replace("order_fix_pairs", reworded(services.templates.current("order_fix_pairs"), CONTROL,
                                                           "Контроль оставляю за собой."))
    services.templates.replace("iom", reworded(services.templates.current("iom"), "3. Цель", "3. Цель маршрута"))

    documents.export_order_pdf(services, tmp_path / "приказ.pdf")
    documents.export_order_docx(services, tmp_path / "приказ.docx")
    documents.export_iom_pdf(services, tmp_path / "иом.pdf")
    documents.export_iom_docx(services, tmp_path / "иом.docx")

    assert "5. Контроль оставляю за собой." in pdf_text(tmp_path / "приказ.pdf")
    assert CONTROL not in pdf_text(tmp_path / "приказ.pdf")
    assert pdf_text(tmp_path / "иом.pdf").count("3. Цель маршрута") == 2
    header = "№ Мероприятие Сроки Форма представления результата (продукт) Ответственный Отметка о выполнении"
    assert compare(tmp_path / "приказ.docx", tmp_path / "приказ.pdf") == ({}, {})
    assert compare(tmp_path / "иом.docx", tmp_path / "иом.pdf", repeated=header) == ({}, {})
