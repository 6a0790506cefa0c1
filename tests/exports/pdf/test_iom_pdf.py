"""ИОМ with its roadmap as PDF: text read back with pypdf, fonts, layout limits, atomic writing."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from mentor_desk.domain.enums import ActivityStatus, Gender, PersonKind
from mentor_desk.domain.records import (
    ActivityRecord,
    IomRecord,
    OrganisationRecord,
    PersonRecord,
    PupilProfile,
)
from mentor_desk.errors import UserError
from mentor_desk.exports.pdf import Cancelled, write_iom_pdf
from mentor_desk.exports.pdf.iom import ROADMAP_HEADER
from mentor_desk.services.container import Services
from mentor_desk.services.documents import ioms_for_print
from tests.exports.pdf.pdfcheck import all_text, flat, font_problems, page_texts
from tests.exports.pdf.school import SCHOOL, build_school, done_on

ORG = OrganisationRecord(
    1, "МБОУ «Школа № 1»", "Школа № 1", director_name="Орлова Нина Петровна", coordinator_name="Кравец Ольга Юрьевна"
)


def _iom(activities: tuple[ActivityRecord, ...], mentee: PersonRecord | None = None) -> IomRecord:
    mentee = mentee or PersonRecord(1, "Синицына", "Дарья", "Олеговна", PersonKind.STAFF, gender=Gender.FEMALE)
    return IomRecord(1, mentee, "2025/2026", activities=activities)


def test_filled_iom_has_names_approval_activities_and_dates(services: Services, tmp_path: Path) -> None:
    school = build_school(services)
    record = services.roadmaps.get(school.iom_id)
    org = services.organisation.get()
    target = tmp_path / "иом.pdf"

    pages = write_iom_pdf([record], org, target, blank=False)

    text = all_text(target)
    assert pages == len(page_texts(target)) >= 2
    assert "УТВЕРЖДАЮ" in text
    assert "Г.А. Белозёрова" in text
    assert "ИНДИВИДУАЛЬНЫЙ ОБРАЗОВАТЕЛЬНЫЙ МАРШРУТ" in text
    assert "педагога Лебедевой Ксении Андреевны" in text
    year = services.organisation.current_year()
    assert f"на {year.dash_title} учебный год" in text
    assert "Лебедева Ксения Андреевна" in text
    assert f"Педагогический стаж 1 год (на {year.first_day:%d.%m.%Y})" in text
    assert "Громов Аркадий Степанович, учитель математики" in text
    assert f"№ 45-о от {year.first_day:%d.%m.%Y}" in text
    for activity in record.activities:
        assert flat(activity.title) in text, activity.title
    assert f"выполнено {done_on(services):%d.%m.%Y}" in text
    assert "Карта дефицитов составлена" in text
    assert f"Выполнено мероприятий: 1 из {len(record.activities)}" in text
    assert "6. Итоги" in text and "Заключение наставника" in text
    for line in ("Наставник", "Наставляемая", "Куратор", "А.С. Громов", "К.А. Лебедева", "И.В. Сазонова"):
        assert line in text


def test_blank_iom_leaves_marks_for_signing(services: Services, tmp_path: Path) -> None:
    school = build_school(services)
    record = services.roadmaps.get(school.iom_id)
    target = tmp_path / "blank.pdf"

    write_iom_pdf([record], services.organisation.get(), target, blank=True)

    text = all_text(target)
    assert "Отметка о выполнении" in text
    assert "Карта дефицитов составлена" not in text
    assert "выполнено" not in text.replace("Выполнено", "")
    assert "6. Итоги" not in text and "Самоотчёт наставляемого" not in text
    assert "«___» ____________ 20___ г." in text


def test_user_text_with_markup_characters_prints_literally(services: Services, tmp_path: Path) -> None:
    school = build_school(services)
    records = ioms_for_print(services)
    target = tmp_path / "all.pdf"

    write_iom_pdf(records, services.organisation.get(), target)

    text = all_text(target)
    assert flat(SCHOOL) in text
    assert "Формирующее оценивание на уроках математики <5–6 классы> & «ОГЭ»" in text
    assert "Родительское собрание «<Мы вместе>» & обсуждение" in text
    assert school.iom_id in {r.id for r in records}


def test_batch_starts_each_iom_on_a_new_page_with_its_own_numbers(services: Services, tmp_path: Path) -> None:
    build_school(services)
    records = ioms_for_print(services)
    assert [r.mentee.last_name for r in records] == ["Зуев", "Лебедева"]  # Russian alphabetical order
    target = tmp_path / "batch.pdf"
    progress: list[tuple[int, int]] = []

    write_iom_pdf(records, services.organisation.get(), target, progress=lambda d, t: progress.append((d, t)))

    texts = page_texts(target)
    starts = [i for i, t in enumerate(texts) if "ИНДИВИДУАЛЬНЫЙ ОБРАЗОВАТЕЛЬНЫЙ МАРШРУТ" in t]
    assert len(starts) == 2 and starts[0] == 0
    for start, end in zip(starts, [*starts[1:], len(texts)], strict=True):
        # First page of a document: no number; then 2, 3, … counted within the document.
        assert not texts[start].lstrip()[:1].isdigit()
        for offset, page in enumerate(texts[start + 1 : end], start=2):
            assert page.lstrip().startswith(f"{offset}\n") or page.strip() == str(offset)
    assert "педагога Зуева Петра Ильича" in flat(texts[starts[0]])
    assert progress[-1] == (2, 2)
    assert progress == sorted(progress)


def test_every_font_is_embedded_and_none_is_a_base_font(tmp_path: Path) -> None:
    record = _iom((ActivityRecord(1, 1, 0, "<b>Жирный?</b> курсив", direction="Итоги"),))
    target = tmp_path / "fonts.pdf"

    write_iom_pdf([record], ORG, target)

    names, problems = font_problems(target)
    assert problems == []
    assert names and all(n.startswith("LiberationSerif") for n in names)
    assert "<b>Жирный?</b> курсив" in all_text(target)


def test_long_roadmap_repeats_its_header_on_every_page(tmp_path: Path) -> None:
    directions = ("Диагностика", "Предметно-методическое", "Итоги")
    activities = tuple(
        ActivityRecord(i, 1, i, f"Мероприятие номер {i:03d}", direction=directions[i % 3], period="сентябрь–октябрь",
                       due_date=date(2025, 10, 31))
        for i in range(150)
    )
    target = tmp_path / "long.pdf"

    pages = write_iom_pdf([_iom(activities)], ORG, target)

    texts = page_texts(target)
    assert pages >= 5
    text = all_text(target)
    for i in range(150):
        assert f"Мероприятие номер {i:03d}" in text
    roadmap_pages = [t for t in texts if "Мероприятие номер" in t]
    assert len(roadmap_pages) >= 4
    for page in roadmap_pages:
        assert flat(ROADMAP_HEADER[3]) in flat(page)
    # Grouped by direction, numbered throughout.
    assert text.index("Диагностика") < text.index("Предметно-методическое") < text.index("Итоги")
    assert "150 Мероприятие номер 149" in text


def test_activity_longer_than_a_page_is_split_not_an_error(tmp_path: Path) -> None:
    words = " ".join(f"слово{i}" for i in range(1000))
    long_title = f"НАЧАЛО {words}"[:4994].rsplit(" ", 1)[0] + " КОНЕЦ"
    long_title += "." * (5000 - len(long_title))
    assert len(long_title) == 5000
    last_word = long_title.split()[-2]
    activities = (
        ActivityRecord(1, 1, 0, "Короткое мероприятие", direction="Итоги"),
        ActivityRecord(2, 1, 1, long_title, direction="Итоги", product_description=long_title[:3000]),
        ActivityRecord(3, 1, 2, "Последнее мероприятие", direction="Итоги"),
    )
    target = tmp_path / "tall.pdf"

    pages = write_iom_pdf([_iom(activities)], ORG, target)

    text = all_text(target)
    assert pages >= 4
    assert "НАЧАЛО слово0" in text
    assert f"{last_word} КОНЕЦ" in text
    assert "Последнее мероприятие" in text


def test_pupil_mentee_title_and_passport(tmp_path: Path) -> None:
    pupil = PersonRecord(
        5, "Соколова", "Алина", "Игоревна", PersonKind.PUPIL, gender=None, pupil=PupilProfile(class_name="7Б")
    )
    record = _iom((ActivityRecord(1, 1, 0, "Подготовка к олимпиаде", status=ActivityStatus.IN_PROGRESS),), pupil)
    target = tmp_path / "pupil.pdf"

    write_iom_pdf([record], ORG, target)

    text = all_text(target)
    assert "обучающейся 7Б класса Соколовой Алины Игоревны" in text
    assert "Выявленные затруднения" in text
    assert "в работе" in text


def test_marks_do_not_repeat_the_status(tmp_path: Path) -> None:
    activities = (
        ActivityRecord(1, 1, 0, "Первое", status=ActivityStatus.DONE, done_on=date(2025, 10, 3),
                       mark="выполнено, продукт в копилке"),
        ActivityRecord(2, 1, 1, "Второе", status=ActivityStatus.DONE, done_on=date(2025, 11, 4), mark="отлично"),
        ActivityRecord(3, 1, 2, "Третье", status=ActivityStatus.POSTPONED, mark="на март"),
    )
    target = tmp_path / "marks.pdf"

    write_iom_pdf([_iom(activities)], ORG, target)

    text = all_text(target)
    assert "03.10.2025 выполнено, продукт в копилке" in text
    assert "выполнено 03.10.2025" not in text
    assert "выполнено 04.11.2025 отлично" in text
    assert "перенесено на март" in text


def test_cancel_leaves_the_existing_file_untouched(tmp_path: Path) -> None:
    target = tmp_path / "old.pdf"
    target.write_bytes(b"old contents")
    records = [_iom((ActivityRecord(1, 1, 0, "А"),))] * 3
    calls = {"n": 0}

    def cancel() -> bool:
        calls["n"] += 1
        return calls["n"] > 4

    with pytest.raises(Cancelled):
        write_iom_pdf(records, ORG, target, cancel=cancel)

    assert target.read_bytes() == b"old contents"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["old.pdf"]


def test_replaces_an_existing_file_and_leaves_no_temp_files(tmp_path: Path) -> None:
    target = tmp_path / "out.pdf"
    target.write_bytes(b"old")

    write_iom_pdf([_iom(())], ORG, target)

    assert target.read_bytes().startswith(b"%PDF-")
    assert [p.name for p in tmp_path.iterdir()] == ["out.pdf"]
    assert "Мероприятия не запланированы." in all_text(target)


def test_missing_folder_and_empty_selection_are_user_errors(tmp_path: Path) -> None:
    with pytest.raises(UserError, match="не найдена"):
        write_iom_pdf([_iom(())], ORG, tmp_path / "нет" / "out.pdf")
    with pytest.raises(UserError, match="Нет ИОМ"):
        write_iom_pdf([], ORG, tmp_path / "out.pdf")
