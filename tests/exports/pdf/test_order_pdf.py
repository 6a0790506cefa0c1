"""Приказ о закреплении пар (о назначении куратора, о завершении) as PDF, read back with pypdf."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from mentor_desk.domain.documents import OrderDocument
from mentor_desk.domain.enums import OrderKind, PersonKind
from mentor_desk.domain.records import OrderDraft, PupilProfile
from mentor_desk.errors import UserError
from mentor_desk.exports.pdf import write_order_pdf
from mentor_desk.exports.pdf.text import long_date
from mentor_desk.services.container import Services
from mentor_desk.services.documents import order_for_print
from tests.exports.pdf.pdfcheck import all_text, flat, font_problems, page_texts
from tests.exports.pdf.school import SCHOOL, build_school


def test_order_fixing_pairs_names_people_in_the_right_case(services: Services, tmp_path: Path) -> None:
    build_school(services)
    document = order_for_print(services)  # the latest order fixing pairs
    target = tmp_path / "приказ.pdf"

    pages = write_order_pdf(document, services.organisation.get(), target)

    texts = page_texts(target)
    text = all_text(target)
    year = services.organisation.current_year()
    assert pages == len(texts) >= 2
    assert flat(SCHOOL) in text
    assert "ПРИКАЗ" in text
    assert long_date(year.first_day) in text and "№ 45-о" in text
    assert "О закреплении наставнических пар" in text
    assert "Положением о наставничестве в МБОУ «СШ № 7»" in text
    assert "ПРИКАЗЫВАЮ:" in text
    # Accusative for the mentee (gender not stored: read from the patronymic), instrumental for the mentor.
    # Positions in the same case as the name (pymorphy3), set off by commas.
    assert ("2.1. Лебедеву Ксению Андреевну, учителя математики, за наставником Громовым Аркадием "
            "Степановичем, учителем математики (") in text
    assert "Зуева Петра Ильича, учителя истории, за наставником Ёлкиной Верой Павловной" in text
    assert "Куратору наставничества Сазоновой Инне Викторовне обеспечить" in text
    assert "Контроль за исполнением настоящего приказа оставляю за собой." in text
    assert "Директор _______________ Г.А. Белозёрова" in text
    acquainted = text.split("С приказом ознакомлены:", 1)[1].split("Приложение", 1)[0]
    for name in ("А.С. Громов", "В.П. Ёлкина", "П.И. Зуев", "К.А. Лебедева", "И.В. Сазонова"):
        assert name in acquainted
    # Alphabetical, Ё sorted as Е.
    assert acquainted.index("В.П. Ёлкина") < acquainted.index("П.И. Зуев")
    annex = flat(texts[-1])
    assert annex.startswith("3 Приложение") or "Приложение к приказу МБОУ «СШ № 7»" in annex
    assert f"от {year.first_day:%d.%m.%Y} № 45-о" in annex
    assert "Состав наставнических пар (групп)" in annex
    for header in ("Наставник (ФИО, должность)", "Форма наставничества", "Вид наставничества", "Срок"):
        assert header in annex
    assert "Громов Аркадий Степанович, учитель математики" in annex
    assert "Лебедева Ксения Андреевна, учитель математики" in annex
    assert "традиционное" in annex and "групповое" in annex
    assert font_problems(target)[1] == []


def test_order_appointing_the_coordinator(services: Services, tmp_path: Path) -> None:
    school = build_school(services)
    year = services.organisation.current_year()
    order = services.orders.save(
        OrderDraft(kind=OrderKind.APPOINT_COORDINATOR, number="12", signed_on=year.first_day,
                   coordinator_id=school.coordinator_id)
    )
    target = tmp_path / "куратор.pdf"

    write_order_pdf(order_for_print(services, order.id), services.organisation.get(), target)

    text = all_text(target)
    assert "О назначении куратора" in text
    assert (f"Назначить Сазонову Инну Викторовну, заместителя директора по УВР, куратором реализации целевой "
            f"модели наставничества в МБОУ «СШ № 7» на {year.title} учебный год.") in text
    assert "С приказом ознакомлены: И.В. Сазонова" in text
    assert "Приложение" not in text


def test_completion_order_with_and_without_pairs(services: Services, tmp_path: Path) -> None:
    school = build_school(services)
    year = services.organisation.current_year()
    order = services.orders.save(OrderDraft(kind=OrderKind.COMPLETION, number="7", signed_on=year.first_day))
    document = order_for_print(services, order.id)
    target = tmp_path / "завершение.pdf"

    write_order_pdf(document, services.organisation.get(), target)
    text = all_text(target)
    assert "О завершении программы наставничества" in text
    assert f"Завершить реализацию программ наставничества {year.title} учебного года." in text
    assert "Приложение" not in text

    pairs = order_for_print(services, school.order_id).pairs
    write_order_pdf(replace(document, pairs=pairs), services.organisation.get(), target)
    text = all_text(target)
    assert "парами (группами) согласно приложению" in text
    assert "Состав наставнических пар (групп)" in text


def test_pupils_do_not_sign_and_a_user_preamble_is_kept(services: Services, tmp_path: Path) -> None:
    school = build_school(services)
    document = order_for_print(services, school.order_id)
    mentee_id = document.pairs[0].mentees[0].id
    pupil = replace(document.people[mentee_id], kind=PersonKind.PUPIL, staff=None, pupil=PupilProfile("9А"))
    pair = document.pairs[0]
    pair = replace(pair, mentees=(replace(pair.mentees[0], kind=PersonKind.PUPIL),))
    order = replace(document.order, preamble="На основании решения педсовета (протокол № 1) <и> & «прочее»:")
    document = OrderDocument(order, (pair,), {**document.people, mentee_id: pupil}, document.coordinator)
    target = tmp_path / "pupil.pdf"

    write_order_pdf(document, services.organisation.get(), target)

    text = all_text(target)
    assert "На основании решения педсовета (протокол № 1) <и> & «прочее»: ПРИКАЗЫВАЮ:" in text
    acquainted = text.split("С приказом ознакомлены:", 1)[1].split("Приложение", 1)[0]
    assert "К.А. Лебедева" not in acquainted
    assert "А.С. Громов" in acquainted
    assert "Лебедева Ксения Андреевна, 9А класс" in text


def test_order_of_the_demo_school_lists_every_pair(demo_services: Services, tmp_path: Path) -> None:
    document = order_for_print(demo_services)
    target = tmp_path / "demo.pdf"

    write_order_pdf(document, demo_services.organisation.get(), target)

    text = all_text(target)
    for pair in document.pairs:
        assert pair.mentor.full_name in text
        for mentee in pair.mentees:
            assert mentee.full_name in text
    assert font_problems(target)[1] == []


def test_no_order_or_an_order_without_pairs_is_a_user_error(services: Services, tmp_path: Path) -> None:
    with pytest.raises(UserError, match="нет приказа о закреплении"):
        order_for_print(services)
    school = build_school(services)
    document = order_for_print(services, school.order_id)
    with pytest.raises(UserError, match="нет пар"):
        write_order_pdf(replace(document, pairs=()), services.organisation.get(), tmp_path / "x.pdf")
    assert not (tmp_path / "x.pdf").exists()
