"""services/documents: the registry of kinds, every register column produced, one export path for all."""

from __future__ import annotations

from pathlib import Path

import pytest

from mentor_desk.domain.registers import REGISTER_FILES, REGISTER_KINDS, load_spec
from mentor_desk.errors import Cancelled, UserError
from mentor_desk.resources import resource_path
from mentor_desk.services import documents
from mentor_desk.services.container import Services
from mentor_desk.services.documents.producers import PRODUCERS


def test_every_register_file_is_a_declared_kind() -> None:
    declared = {p.name for p in resource_path("registers").glob("*.json")} - {"import_people.json"}
    assert set(REGISTER_FILES.values()) == declared
    registers = [k.register for k in documents.document_kinds() if k.register]
    assert set(registers) == {*REGISTER_KINDS, "all"}


def test_every_kind_is_complete_and_has_a_producer() -> None:
    kinds = documents.document_kinds()
    assert len({k.key for k in kinds}) == len(kinds)
    assert len({k.cli for k in kinds if k.cli}) == len([k for k in kinds if k.cli])
    for kind in kinds:
        assert kind.producer in PRODUCERS, kind.key
        assert kind.title and kind.description and kind.formats, kind.key
        assert kind.cli is None or kind.cli_help, kind.key
        assert kind.format.suffix.startswith(".") and "*" + kind.format.suffix in kind.format.filter


def test_every_declared_column_is_produced_by_its_row_builder(demo_services: Services) -> None:
    data = demo_services.registers.collect(list(REGISTER_KINDS))
    for kind in REGISTER_KINDS:
        spec = load_spec(kind)
        rows = data.rows[kind]
        assert rows, f"the demo school has no rows in «{kind}»"
        produced = set().union(*(row.keys() for row in rows))
        missing = [c.field for c in spec.fields if c.field not in produced]
        # the summary's share rows carry their own fields; every other row has every column
        assert not missing, f"{kind}: {missing}"
        if kind != "summary":
            for row in rows:
                assert {c.field for c in spec.fields} <= row.keys(), (kind, row.get("no"))


def test_export_by_key_writes_each_format_and_logs_it(demo_services: Services, tmp_path: Path) -> None:
    seen: list[tuple[int, int, str]] = []
    page = documents.export(demo_services, "summary_html", tmp_path / "сводка.html", {},
                            progress=lambda d, t, s: seen.append((d, t, s)))
    assert page.path.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert seen and seen[-1][0] == seen[-1][1]
    book = documents.export(demo_services, "register_pairs", tmp_path / "пары.xlsx", {"form": None})
    assert book.count > 0 and book.message.startswith("Записано строк:")
    order = documents.export(demo_services, "order_pdf", tmp_path / "приказ.pdf", {})
    assert order.pages >= 2
    kinds = [e.kind for e in demo_services.registers.export_log()]
    assert {"summary-html", "pairs"} <= set(kinds) and any(k.startswith("order-") for k in kinds)


def test_wrong_suffix_and_unknown_kind_are_russian_messages(demo_services: Services, tmp_path: Path) -> None:
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    with pytest.raises(UserError, match=r"должно оканчиваться на \.pdf"):
        documents.export(demo_services, "order_pdf", tmp_path / "приказ.odt", {})
    with pytest.raises(UserError, match="Неизвестный вид документа"):
        documents.export(demo_services, "stars", tmp_path / "x.pdf", {})
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("key", ["summary_html", "register_all", "iom_pdf", "order_pdf"])
def test_cancel_leaves_no_file_no_temp_and_no_log(demo_services: Services, tmp_path: Path, key: str) -> None:
    kind = documents.document_kind(key)
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    calls = 0

    def cancel() -> bool:
        nonlocal calls
        calls += 1
        return calls > 1  # let the first check pass: stop inside the work

    with pytest.raises(Cancelled):
        documents.export(demo_services, key, tmp_path / f"out{kind.format.suffix}", {}, cancel=cancel)
    assert list(tmp_path.iterdir()) == []
    assert demo_services.registers.export_log() == []
