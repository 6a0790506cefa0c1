"""`mentor-desk order new|edit`, `orders` and `export order --id`: every kind from the command line."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from mentor_desk.cli import main
from mentor_desk.db.database import Database
from mentor_desk.domain.enums import OrderKind, PairStatus
from mentor_desk.services.container import Services
from tests.exports.pdf.pdfcheck import all_text
from tests.exports.pdf.school import build_school


@pytest.fixture
def database(sqlite_database: Database) -> Database:
    """The commands run on the database file: always SQLite."""
    return sqlite_database


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_each_kind_made_listed_edited_and_printed(services: Services, db_path: Path, tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    school = build_school(services)
    db = str(db_path)
    last_year = date.today().year - 1
    code, out, err = run(capsys, "order", "new", "--db", db, "--kind", "curator", "--number", "87-о",
                         "--date", f"29.08.{last_year}")
    assert code == 0, err
    assert f"на {last_year}/{last_year + 1} учебный год" in out
    curator = services.orders.latest(OrderKind.APPOINT_COORDINATOR)
    assert curator is not None and curator.coordinator is not None
    assert curator.coordinator.id == school.coordinator_id  # the curator of the school's settings

    code, out, err = run(capsys, "order", "new", "--db", db, "--kind", "pairs", "--number", "90-о",
                         "--date", f"01.09.{last_year}")
    assert code == 2 and "Нет действующих пар без приказа" in err  # the demo order already fixes them
    services.pairs.close(school.pair_id, PairStatus.COMPLETED, date.today(), "", "Программа выполнена")
    code, out, err = run(capsys, "order", "new", "--db", db, "--kind", "completion", "--number", "91-о",
                         "--date", date.today().strftime("%d.%m.%Y"))
    assert code == 0, err
    completion = services.orders.latest(OrderKind.COMPLETION)
    assert completion is not None and completion.pair_ids == (school.pair_id,)

    code, out, err = run(capsys, "order", "edit", "--db", db, "--id", str(completion.id), "--number", "91/1-о",
                         "--title", "О завершении программ наставничества")
    assert code == 0, err
    assert services.orders.get(completion.id).number == "91/1-о"
    code, out, err = run(capsys, "order", "new", "--db", db, "--kind", "curator", "--number", "95-о",
                         "--date", date.today().strftime("%d.%m.%Y"), "--cancels", str(curator.id))
    assert code == 0, err

    code, out, err = run(capsys, "orders", "--db", db)
    assert code == 0
    lines = out.splitlines()
    assert any("87-о" in line and "curator" in line and "отменён приказом № 95-о" in line for line in lines)
    assert any("91/1-о" in line and "completion" in line for line in lines)
    assert any("95-о" in line and "отменяет приказ № 87-о" in line for line in lines)

    for order in services.orders.list_orders():
        target = tmp_path / f"{order.id}.pdf"
        code, out, err = run(capsys, "export", "order", "--db", db, "--id", str(order.id), "-o", str(target))
        assert code == 0, err
        text = all_text(target)
        assert f"№ {order.number}" in text and "ПРИКАЗ" in text
    assert "Признать утратившим силу приказ" in all_text(tmp_path / f"{services.orders.latest(OrderKind.APPOINT_COORDINATOR).id}.pdf")  # type: ignore[union-attr]
    assert "Завершить реализацию программ наставничества наставническими парами" in all_text(
        tmp_path / f"{completion.id}.pdf")


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["order", "new", "--kind", "curator", "--number", "1", "--date", "31.02.2025"], "записана неверно"),
        (["order", "new", "--kind", "curator", "--number", "1", "--date", "01.09.2025", "--person", "9999"],
         "Куратор не найден"),
        (["order", "new", "--kind", "completion", "--number", "1", "--date", "01.09.2025", "--pairs", "x"],
         "записаны неверно"),
        (["order", "edit", "--id", "999", "--number", "2"], "нет приказа с номером 999"),
    ],
)
def test_bad_input_is_one_russian_line(services: Services, db_path: Path, capsys: pytest.CaptureFixture[str],
                                       argv: list[str], message: str) -> None:
    build_school(services)
    before = services.orders.list_orders()
    code, _out, err = run(capsys, *argv[:2], "--db", str(db_path), *argv[2:])
    assert code == 2 and message in err and len(err.strip().splitlines()) == 1
    assert services.orders.list_orders() == before
