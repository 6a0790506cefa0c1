"""Orders and ИОМ as DOCX: reopened with python-docx, their words the same as the PDF's, ГОСТ layout."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document

from mentor_desk.cli import main
from mentor_desk.db.database import Database
from mentor_desk.domain.enums import OrderKind, PairStatus
from mentor_desk.domain.records import OrderDraft
from mentor_desk.exports.docx.iom import write_iom_docx
from mentor_desk.exports.docx.orders import write_order_docx
from mentor_desk.exports.pdf import write_iom_pdf, write_order_pdf
from mentor_desk.services.container import Services
from mentor_desk.services.documents import ioms_for_print, order_for_print
from tests.exports.docx.textcheck import compare, docx_text, layout_problems
from tests.exports.pdf.school import SCHOOL, build_school

ROADMAP_HEADER = "№ Мероприятие Сроки Форма представления результата (продукт) Ответственный Отметка о выполнении"


def test_order_fixing_pairs_docx_says_what_the_pdf_says(services: Services, tmp_path: Path) -> None:
    build_school(services)
    document = order_for_print(services)
    org = services.organisation.get()
    write_order_pdf(document, org, tmp_path / "приказ.pdf")
    write_order_docx(document, org, tmp_path / "приказ.docx")

    assert compare(tmp_path / "приказ.docx", tmp_path / "приказ.pdf") == ({}, {})
    text = docx_text(tmp_path / "приказ.docx")
    assert SCHOOL in text  # «<Тест> & "Ко"» printed literally
    assert ("2.1. Лебедеву Ксению Андреевну, учителя математики, за наставником Громовым Аркадием "
            "Степановичем, учителем математики") in text
    assert "5. Контроль за исполнением настоящего приказа оставляю за собой." in text
    assert layout_problems(tmp_path / "приказ.docx") == []


@pytest.mark.parametrize("kind", [OrderKind.APPOINT_COORDINATOR, OrderKind.COMPLETION])
def test_other_orders_docx_say_what_the_pdf_says(services: Services, tmp_path: Path, kind: OrderKind) -> None:
    school = build_school(services)
    year = services.organisation.current_year()
    if kind is OrderKind.COMPLETION:  # a completion order names pairs that ended
        services.pairs.close(school.pair_id, PairStatus.COMPLETED, year.first_day, "", "Программа выполнена")
    with_pairs = services.orders.save(
        OrderDraft(kind=kind, number="12", signed_on=year.first_day, coordinator_id=school.coordinator_id,
                   pair_ids=(school.pair_id,), preamble="На основании решения педагогического совета")
    )
    coordinator = school.coordinator_id if kind is OrderKind.APPOINT_COORDINATOR else None
    bare = services.orders.save(
        OrderDraft(kind=kind, number="13", signed_on=year.first_day, coordinator_id=coordinator)
    )
    org = services.organisation.get()
    for order in (with_pairs, bare):
        document = order_for_print(services, order.id)
        pdf, docx = tmp_path / f"{order.number}.pdf", tmp_path / f"{order.number}.docx"
        write_order_pdf(document, org, pdf)
        write_order_docx(document, org, docx)
        assert compare(docx, pdf) == ({}, {}), order.number
        assert layout_problems(docx) == []
    assert "На основании решения педагогического совета, ПРИКАЗЫВАЮ:" in docx_text(tmp_path / "12.docx")


@pytest.mark.parametrize("blank", [False, True])
def test_ioms_docx_say_what_the_pdf_says(services: Services, tmp_path: Path, blank: bool) -> None:
    build_school(services)
    records = ioms_for_print(services)
    org = services.organisation.get()
    write_iom_pdf(records, org, tmp_path / "иом.pdf", blank=blank)
    assert write_iom_docx(records, org, tmp_path / "иом.docx", blank=blank) == 2

    assert compare(tmp_path / "иом.docx", tmp_path / "иом.pdf", repeated=ROADMAP_HEADER) == ({}, {})
    doc = Document(str(tmp_path / "иом.docx"))
    assert len(doc.sections) == 2  # each ИОМ numbered from its own first page
    assert layout_problems(tmp_path / "иом.docx") == []
    text = docx_text(tmp_path / "иом.docx")
    assert "Формирующее оценивание на уроках математики <5–6 классы> & «ОГЭ»" in text
    assert ("Карта дефицитов составлена" in text) is not blank
    assert ("6. Итоги" in text) is not blank


def test_commands_write_docx_when_the_name_ends_in_docx(
    sqlite_database: Database, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    school = build_school(Services.for_database(sqlite_database))  # a command on a file: always SQLite
    order, iom = tmp_path / "приказ.docx", tmp_path / "иом.DOCX"
    assert main(["export", "order", "--db", str(db_path), "-o", str(order)]) == 0
    assert main(["export", "iom", "--db", str(db_path), "-o", str(iom), "--id", str(school.iom_id), "--blank"]) == 0
    out = capsys.readouterr().out
    assert "Приказ № 45-о" in out and "DOCX" in out
    assert "Лебедеву Ксению Андреевну" in docx_text(order)
    assert "Лебедевой Ксении Андреевны" in docx_text(iom) and "Зуев" not in docx_text(iom)

    assert main(["export", "order", "--db", str(db_path), "-o", str(tmp_path / "приказ.odt")]) == 2
    assert "должно оканчиваться на .pdf или .docx" in capsys.readouterr().err
