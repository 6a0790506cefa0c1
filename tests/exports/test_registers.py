"""Registers exported from a database and read back: headers, values, types and counts."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from sqlalchemy import func, select

from mentor_desk.db import models as m
from mentor_desk.domain.enums import PairStatus, PersonKind
from mentor_desk.domain.records import PairDraft, PersonDraft, StaffProfile
from mentor_desk.domain.registers import REGISTER_KINDS, load_spec
from mentor_desk.errors import Cancelled, UserError
from mentor_desk.services.container import Services
from mentor_desk.services.documents import export_register
from tests.exports.school import FORMULA_TEXT, School, build_school


@pytest.fixture
def school(services: Services) -> School:
    return build_school(services)


def table(path: Path, sheet: str | None = None) -> tuple[list[str], list[dict[str, Any]], Any]:
    """Header texts, rows as header -> cell, and the sheet."""
    wb = openpyxl.load_workbook(path)
    ws = wb[sheet] if sheet else wb.active
    header_idx = next(r[0].row for r in ws.iter_rows(max_row=10) if r[0].font.b and r[0].fill.fgColor.rgb.endswith("D9D9D9"))
    headers = [c.value for c in ws[header_idx]]
    rows = []
    for row in ws.iter_rows(min_row=header_idx + 1):
        rows.append({h: c for h, c in zip(headers, row, strict=True)})
    return headers, rows, ws


def count(services: Services, stmt: Any) -> int:
    with services.database.session_factory() as s:
        return int(s.scalar(stmt) or 0)


def test_every_register_has_its_declared_headers(services: Services, school: School, tmp_path: Path) -> None:
    for kind in REGISTER_KINDS:
        target = tmp_path / f"{kind}.xlsx"
        result = export_register(services, kind, target)
        headers, rows, ws = table(target)
        assert headers == [c.header for c in load_spec(kind).columns], kind
        assert len(rows) == result.rows
        assert ws["A1"].value == services.organisation.get().full_name
        assert school.year.title in ws["A2"].value
        assert f"{date.today():%d.%m.%Y}" in ws["A3"].value


def test_people_register_matches_the_database(services: Services, school: School, tmp_path: Path) -> None:
    export_register(services, "people", tmp_path / "p.xlsx")
    _, rows, _ = table(tmp_path / "p.xlsx")
    people = services.people.list_people(include_archived=False)
    assert len(rows) == len(people)
    by_name = {r["ФИО"].value: r for r in rows}
    young = services.people.get(school.young_teacher)
    row = by_name[young.full_name]
    assert row["Категория участника"].value == "педагог"
    assert row["Роль в наставничестве"].value == "наставляемый"
    assert row["Дата рождения"].is_date and row["Дата рождения"].value.date() == young.birth_date
    assert row["Дата рождения"].number_format == "DD.MM.YYYY"
    assert row["Согласие на обработку персональных данных"].value == "да"
    assert row["Дата согласия"].value.date() == school.year.first_day
    assert by_name["Егорова Мария Андреевна"]["Роль в наставничестве"].value == "не участвует"
    assert [r["№ п/п"].value for r in rows] == list(range(1, len(rows) + 1))
    # Russian order inside a kind, Ё sorted with Е: Ёлкина before Соколова.
    names = [r["ФИО"].value for r in rows]
    assert names.index("Ёлкина Анна Сергеевна") < names.index("Соколова Ирина Викторовна")


def test_formula_like_and_control_character_names_round_trip_as_text(
    services: Services, school: School, tmp_path: Path
) -> None:
    result = export_register(services, "people", tmp_path / "p.xlsx")
    assert result.sanitized_cells >= 1  # the \x07 in the odd person's name
    _, rows, _ = table(tmp_path / "p.xlsx")
    odd = next(r for r in rows if r["ФИО"].value.startswith("=1+2"))
    cell = odd["ФИО"]
    assert cell.value == "=1+2 @Имя -\tОтчество"
    assert cell.data_type == "s" and cell.quotePrefix


def test_mentors_register(services: Services, school: School, tmp_path: Path) -> None:
    export_register(services, "mentors", tmp_path / "m.xlsx")
    _, rows, _ = table(tmp_path / "m.xlsx")
    mentors_in_pairs = count(services, select(func.count(func.distinct(m.Pair.mentor_id))))
    assert len(rows) == mentors_in_pairs  # every mentor here has a pair
    sokolova = next(r for r in rows if r["ФИО наставника"].value == "Соколова Ирина Викторовна")
    contacts = sokolova["Контактные данные для связи"]
    assert contacts.value.startswith("+7 (900) 123-45-67") and contacts.data_type == "s"  # one format
    assert sokolova["Основные компетенции наставника"].value == "-методика подготовки к ОГЭ\n+проектная деятельность"
    assert sokolova["Основные компетенции наставника"].quotePrefix
    assert sokolova["Результаты программы"].value == FORMULA_TEXT
    assert sokolova["Результаты программы"].data_type == "s"
    assert sokolova["Ресурс наставника (число наставляемых)"].value == 3
    student = next(r for r in rows if r["ФИО наставника"].value == "Орлов Никита Романович")
    assert student["ФИО наставляемого(ых)"].value == "Белов Артём Игоревич\nАндреева Полина Олеговна"
    assert student["Место работы/учебы наставника"].value == "Педагогический колледж"


def test_mentees_register(services: Services, school: School, tmp_path: Path) -> None:
    export_register(services, "mentees", tmp_path / "m.xlsx")
    _, rows, _ = table(tmp_path / "m.xlsx")
    assert len(rows) == count(services, select(func.count(func.distinct(m.PairMentee.mentee_id))))
    belov = next(r for r in rows if r["ФИО наставляемого"].value == "Белов Артём Игоревич")
    assert belov["Год рождения наставляемого"].value == date.today().year - 15
    assert belov["Год рождения наставляемого"].data_type == "n"
    assert belov["Контактные данные для связи"].value.startswith("+7 (911) ")  # one format
    assert belov["ФИО наставника"].value == "Орлов Никита Романович"
    assert belov["Отметка о прохождении программы"].value == "проходит"
    volkov = next(r for r in rows if r["ФИО наставляемого"].value == "Волков Денис Павлович")
    assert volkov["Отметка о прохождении программы"].value == "пройдена"
    assert volkov["Результаты программы"].value == "выбран профиль"


def test_pairs_register_has_one_row_per_mentee(services: Services, school: School, tmp_path: Path) -> None:
    export_register(services, "pairs", tmp_path / "p.xlsx")
    _, rows, _ = table(tmp_path / "p.xlsx")
    assert len(rows) == count(services, select(func.count()).select_from(m.PairMentee))
    first = rows[0]
    assert first["ФИО наставника"].value == "Соколова Ирина Викторовна"
    assert first["Молодой специалист (да/нет)"].value == "да"
    assert first["Приказ о закреплении, №"].value == "45-о"
    assert first["Приказ о закреплении, дата"].value.date() == school.year.first_day + timedelta(days=3)
    assert first["Стаж наставника, лет"].data_type == "n" and first["Стаж наставника, лет"].value >= 22
    assert first["Дата начала"].is_date
    group_rows = [r for r in rows if r["ФИО наставника"].value == "Орлов Никита Романович"]
    assert len(group_rows) == 2 and len({r["№ пары (группы)"].value for r in group_rows}) == 1
    # the app's own pair numbers (the «№» of «Пары и группы»), and стаж in whole years
    pair_ids = {p.id for p in services.pairs.list_pairs()}
    assert {r["№ пары (группы)"].value for r in rows} <= pair_ids
    assert all(isinstance(r["Стаж наставника, лет"].value, int) for r in rows if r["Стаж наставника, лет"].value)
    finished = next(r for r in rows if r["ФИО наставляемого"].value == "Волков Денис Павлович")
    assert finished["Статус"].value == PairStatus.COMPLETED.label
    assert finished["Дата окончания"].value.date() == school.year.first_day + timedelta(days=60)


def test_summary_counts_and_coverage(services: Services, school: School, tmp_path: Path) -> None:
    export_register(services, "summary", tmp_path / "s.xlsx")
    _, rows, _ = table(tmp_path / "s.xlsx")
    by_name = {r["Форма наставничества / показатель"].value: r for r in rows}
    assert by_name["учитель – учитель"]["Пар и групп"].value == 1
    assert by_name["студент – ученик"]["Из них групп"].value == 1
    assert by_name["студент – ученик"]["Наставляемых"].value == 2
    total = next(r for name, r in by_name.items() if name.startswith("Итого"))
    assert total["Пар и групп"].value == 3 and total["Всего участников"].value == 7
    young = next(r for name, r in by_name.items() if name.startswith("Молодые специалисты"))
    assert (young["Охвачено наставничеством"].value, young["Всего в ОО"].value) == (1, 1)
    assert young["Доля охвата"].value == 1.0 and young["Доля охвата"].number_format == "0.0%"
    pupils = next(r for name, r in by_name.items() if name.startswith("Обучающиеся 10–18"))
    # Three pupils aged 13-16 take part; the nine-year-old is not counted at all.
    assert (pupils["Охвачено наставничеством"].value, pupils["Всего в ОО"].value) == (3, 3)


def test_iom_progress(services: Services, school: School, tmp_path: Path) -> None:
    export_register(services, "iom-progress", tmp_path / "i.xlsx")
    _, rows, _ = table(tmp_path / "i.xlsx")
    assert len(rows) == 1
    row = rows[0]
    assert row["ФИО наставляемого"].value == "Ёлкина Анна Сергеевна"
    assert (row["Мероприятий запланировано"].value, row["Выполнено"].value, row["Просрочено"].value) == (5, 1, 2)
    assert row["Выполнено, %"].value == pytest.approx(0.2)


def test_all_registers_in_one_workbook(services: Services, school: School, tmp_path: Path) -> None:
    result = export_register(services, "all", tmp_path / "all.xlsx")
    wb = openpyxl.load_workbook(tmp_path / "all.xlsx")
    assert wb.sheetnames == [load_spec(k).sheet for k in REGISTER_KINDS]
    assert result.rows == sum(result.sheets.values())
    for kind in REGISTER_KINDS:
        spec = load_spec(kind)
        _, rows, _ = table(tmp_path / "all.xlsx", spec.sheet)
        assert len(rows) == result.sheets[spec.sheet]


def test_year_and_form_filters(services: Services, school: School, tmp_path: Path) -> None:
    forms = {f.name: f for f in services.reference.forms()}
    programmes = services.reference.programmes()
    old_mentor = services.people.create(PersonDraft("Зайцев", "Олег", PersonKind.STAFF, "Ильич",
                                                    staff=StaffProfile(position="учитель истории")))
    older = services.people.create(PersonDraft("Кравец", "Юлия", PersonKind.STAFF, "Олеговна",
                                               staff=StaffProfile(position="учитель истории")))
    last_year = school.year.start - 1
    services.pairs.create(PairDraft(
        form_id=forms["учитель – учитель"].id, mentor_id=old_mentor.id, mentee_ids=(older.id,),
        programme_id=programmes[1].id, start_date=date(last_year, 9, 5), end_date=date(last_year + 1, 5, 20),
        school_year=f"{last_year}/{last_year + 1}", status=PairStatus.ACTIVE,
    ), accept_warnings=True)
    export_register(services, "pairs", tmp_path / "now.xlsx")
    _, now_rows, _ = table(tmp_path / "now.xlsx")
    assert "Зайцев Олег Ильич" not in {r["ФИО наставника"].value for r in now_rows}
    export_register(services, "pairs", tmp_path / "then.xlsx", year=f"{last_year}/{last_year + 1}")
    _, then_rows, ws = table(tmp_path / "then.xlsx")
    assert [r["ФИО наставника"].value for r in then_rows] == ["Зайцев Олег Ильич"]
    assert f"{last_year}/{last_year + 1}" in ws["A2"].value
    export_register(services, "pairs", tmp_path / "form.xlsx", form="студент-ученик")
    _, form_rows, ws = table(tmp_path / "form.xlsx")
    assert {r["Форма наставничества"].value for r in form_rows} == {"студент – ученик"}
    assert "студент-ученик" in ws["A3"].value
    with pytest.raises(UserError, match="не найдена"):
        export_register(services, "pairs", tmp_path / "x.xlsx", form="космонавт – ученик")
    with pytest.raises(UserError, match="2025/2026"):
        export_register(services, "pairs", tmp_path / "x.xlsx", year="2025")


def test_each_export_is_logged(services: Services, school: School, tmp_path: Path) -> None:
    export_register(services, "mentors", tmp_path / "m.xlsx")
    result = export_register(services, "all", tmp_path / "a.xlsx")
    log = services.registers.export_log()
    assert [(e.kind, e.rows) for e in log] == [("all", result.rows), ("mentors", 3)]
    assert log[0].file_name.endswith("a.xlsx")
    assert isinstance(log[0].exported_at, datetime)


def test_cancelled_export_leaves_no_file_and_no_log(services: Services, school: School, tmp_path: Path) -> None:
    with pytest.raises(Cancelled):
        export_register(services, "all", tmp_path / "a.xlsx", cancel=lambda: True)
    assert list(tmp_path.glob("*.xlsx")) == [] and list(tmp_path.glob(".~*")) == []
    assert services.registers.export_log() == []


def test_wrong_kind_and_extension(services: Services, tmp_path: Path) -> None:
    with pytest.raises(UserError, match="Неизвестный реестр"):
        export_register(services, "stars", tmp_path / "a.xlsx")
    with pytest.raises(UserError, match=r"\.xlsx"):
        export_register(services, "people", tmp_path / "a.xls")


def test_district_template_layout(services: Services, school: School, tmp_path: Path) -> None:
    template = tmp_path / "district.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws["A1"] = "Форма 3. База наставников (муниципальный шаблон)"
    ws.merge_cells("A1:F1")
    ws.append([])
    ws.append(["№ п/п", "Наставник", "Форма", "Стаж", "Дата вхождения", "Номер СНИЛС", "Контакты"])
    wb.save(template)
    result = export_register(services, "mentors", tmp_path / "out.xlsx", template=template)
    assert result.unknown_columns == ("Номер СНИЛС",)
    headers, rows, _ = table(tmp_path / "out.xlsx")
    assert headers == ["№ п/п", "Наставник", "Форма", "Стаж", "Дата вхождения", "Номер СНИЛС", "Контакты"]
    sokolova = next(r for r in rows if r["Наставник"].value == "Соколова Ирина Викторовна")
    assert sokolova["Форма"].value == "учитель – учитель"
    assert sokolova["Стаж"].data_type == "n" and sokolova["Стаж"].value >= 22
    assert sokolova["Дата вхождения"].is_date
    assert sokolova["Номер СНИЛС"].value is None
    assert sokolova["Контакты"].value.startswith("+7 (900) 123-45-67")
    with pytest.raises(UserError, match="одному реестру"):
        export_register(services, "all", tmp_path / "x.xlsx", template=template)


def test_template_without_known_headers_is_refused(services: Services, tmp_path: Path) -> None:
    template = tmp_path / "t.xlsx"
    wb = openpyxl.Workbook()
    wb.active.append(["Колонка 1", "Колонка 2"])
    wb.save(template)
    with pytest.raises(UserError, match="строка заголовков"):
        export_register(services, "mentors", tmp_path / "out.xlsx", template=template)
