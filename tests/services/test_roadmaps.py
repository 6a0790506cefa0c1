"""ИОМ service: templates, copies, editing, reordering, marking done, attaching product files."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from mentor_desk.domain.enums import ActivityStatus, PersonKind
from mentor_desk.domain.records import ActivityDraft, IomDraft, PersonDraft, StaffProfile, product_text
from mentor_desk.domain.schoolyear import SchoolYear
from mentor_desk.errors import UserError
from mentor_desk.services.container import Services
from mentor_desk.services.iom_plan import plan_start, template_schedule
from mentor_desk.services.roadmaps import due_date_for_month, list_templates


@pytest.fixture
def mentee(services: Services) -> int:
    return services.people.create(PersonDraft("Соколова", "Анна", PersonKind.STAFF, "Игоревна",
                                              staff=StaffProfile(experience_years=1))).id


def test_shipped_template_is_a_school_year(services: Services) -> None:
    tpl = next(t for t in list_templates() if t.key == "iom_young_teacher")
    assert 15 <= len(tpl.activities) <= 25
    months = {int(a["month"]) for a in tpl.activities}  # type: ignore[call-overload]
    assert months == set(range(9))  # nine months, every one planned, counted from the start


def test_create_from_template(services: Services, mentee: int) -> None:
    iom = services.roadmaps.create(IomDraft(mentee_id=mentee, school_year="2025/2026"), template_key="iom_young_teacher")
    assert len(iom.activities) == 24
    assert iom.goal and iom.deficits
    first, last = iom.activities[0], iom.activities[-1]
    assert first.direction == "Диагностика" and first.product_type == "Пакет педагогических диагностик"
    assert first.due_date == date(2025, 9, 30) and last.due_date == date(2026, 5, 31)
    assert all(a.status is ActivityStatus.PLANNED for a in iom.activities)


def test_edit_mark_done_and_progress(services: Services, mentee: int) -> None:
    iom = services.roadmaps.create(IomDraft(mentee_id=mentee, school_year="2025/2026"), template_key="iom_young_teacher")
    act = iom.activities[0]
    edited = services.roadmaps.update_activity(act.id, ActivityDraft(**{**act.to_draft().__dict__,
                                                                        "title": "Входная диагностика (анкета)"}))
    assert edited.title == "Входная диагностика (анкета)"
    done = services.roadmaps.mark_done(act.id, date(2025, 9, 20), "карта дефицитов составлена")
    assert done.status is ActivityStatus.DONE and done.done_on == date(2025, 9, 20)
    with pytest.raises(UserError, match="в будущем"):
        services.roadmaps.mark_done(act.id, date(2999, 1, 1))
    summary = next(s for s in services.roadmaps.list_ioms() if s.id == iom.id)
    assert summary.planned == 24 and summary.done == 1
    assert summary.overdue == 23  # the whole 2025/2026 year is past by now


def test_reorder(services: Services, mentee: int) -> None:
    iom = services.roadmaps.create(IomDraft(mentee_id=mentee, school_year="2025/2026"))
    a = services.roadmaps.add_activity(iom.id, ActivityDraft(title="Первое"))
    b = services.roadmaps.add_activity(iom.id, ActivityDraft(title="Второе"))
    services.roadmaps.move_activity(b.id, -1)
    assert [x.title for x in services.roadmaps.get(iom.id).activities] == ["Второе", "Первое"]
    services.roadmaps.delete_activity(a.id)
    assert [x.title for x in services.roadmaps.get(iom.id).activities] == ["Второе"]


def test_copy_shifts_dates_to_new_year(services: Services, mentee: int) -> None:
    src = services.roadmaps.create(IomDraft(mentee_id=mentee, school_year="2025/2026"), template_key="iom_young_teacher")
    services.roadmaps.mark_done(src.activities[0].id, date(2025, 9, 20))
    copy = services.roadmaps.create(IomDraft(mentee_id=mentee, school_year="2026/2027"), copy_from=src.id)
    assert len(copy.activities) == len(src.activities)
    assert copy.activities[0].due_date == date(2026, 9, 30)
    assert all(a.status is ActivityStatus.PLANNED for a in copy.activities)


def test_attach_file_kept_content_addressed(services: Services, mentee: int, tmp_path: Path) -> None:
    iom = services.roadmaps.create(IomDraft(mentee_id=mentee, school_year="2025/2026"))
    act = services.roadmaps.add_activity(iom.id, ActivityDraft(title="Открытый урок"))
    source = tmp_path / "конспект урока.docx"
    source.write_bytes(b"lesson plan bytes")
    att = services.roadmaps.attach_file(act.id, source)
    source.unlink()  # the app keeps its own copy
    stored = services.roadmaps.attachment_path(att.id)
    assert stored.read_bytes() == b"lesson plan bytes"
    assert stored.is_relative_to(services.database.files_dir)
    again = services.roadmaps.get(iom.id).activities[0].attachments
    assert [a.original_name for a in again] == ["конспект урока.docx"]


def test_due_date_for_month() -> None:
    year = SchoolYear(2025)
    assert due_date_for_month(year, 9) == date(2025, 9, 30)
    assert due_date_for_month(year, 2) == date(2026, 2, 28)


def test_a_template_plans_from_the_pair_start_not_from_september(services: Services, mentee: int) -> None:
    """An ИОМ created in December plans from December: nothing is overdue on its first day."""
    year = SchoolYear(2025)
    iom = services.roadmaps.create(IomDraft(mentee_id=mentee, school_year=year.title),
                                   template_key="iom_young_teacher", plan_from=date(2025, 12, 3))
    dues = [a.due_date for a in iom.activities]
    assert min(d for d in dues if d) == date(2025, 12, 31) and max(d for d in dues if d) == date(2026, 5, 31)
    assert dues == sorted(dues, key=lambda d: d or date.max) or len(set(dues)) > 3  # the order of months is kept
    assert iom.activities[0].period == "декабрь" and iom.activities[-1].period == "май"
    assert all(a.due_date is None or a.due_date >= date(2025, 12, 3) for a in iom.activities)


def test_plan_start_is_the_later_of_the_pair_start_and_today_inside_the_year() -> None:
    year = SchoolYear(2025)
    assert plan_start(year, date(2025, 9, 1), date(2025, 12, 3)) == date(2025, 12, 3)  # made in December
    assert plan_start(year, date(2026, 1, 12), date(2025, 12, 3)) == date(2026, 1, 12)  # a pair starting later
    assert plan_start(year, None, date(2027, 1, 1)) == year.first_day  # a past year entered afterwards
    assert plan_start(year, date(2025, 9, 1), date(2026, 6, 20)) == date(2026, 5, 1)  # never after May


def test_a_full_year_template_keeps_its_months_from_september() -> None:
    tpl = next(t for t in list_templates() if t.key == "iom_young_teacher")
    schedule = template_schedule(tpl.activities, date(2025, 9, 1), SchoolYear(2025))
    assert schedule[0] == (date(2025, 9, 30), "сентябрь")
    assert (date(2025, 10, 31), "сентябрь–октябрь") in schedule
    assert schedule[-1] == (date(2026, 5, 31), "май")
    assert any(period == "февраль (или по графику)" for _due, period in schedule)


def test_product_text_says_nothing_twice() -> None:
    assert product_text("Пакет педагогических диагностик", "Пакет педагогических диагностик класса") == (
        "Пакет педагогических диагностик класса")
    assert product_text("Лист ознакомления, памятка", "лист ознакомления, памятка") == "Лист ознакомления, памятка"
    assert product_text("КИМ с критериями", "Разработанные КИМ с критериями") == "Разработанные КИМ с критериями"
    assert product_text("Протокол, справка", "Справка, отметки в ИОМ") == "Справка, отметки в ИОМ"
    assert product_text("Технологии", "Технологические карты 2–3 уроков") == "Технологии: Технологические карты 2–3 уроков"
    assert product_text("Публикация", "") == "Публикация"
    assert product_text("ИОМ, график встреч", "ИОМ, подписанный сторонами; график встреч") == (
        "ИОМ, подписанный сторонами; график встреч")
