"""A district-scale database (20,000 people): the participants tab opens fast and search stays instant."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from mentor_desk.ui.application import open_services
from mentor_desk.ui.people.people_tab import PeopleTab


@pytest.fixture(scope="module")
def large_db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    from benchmarks.large_db import build

    path = tmp_path_factory.mktemp("large") / "district.db"
    build(path)
    yield path


@pytest.mark.slow
def test_participants_tab_on_twenty_thousand_people(qtbot: QtBot, large_db: Path) -> None:
    """The tab at district scale works; how fast it is, benchmarks/run.py measures (no timings here)."""
    database, services = open_services(large_db)
    try:
        tab = PeopleTab(services)
        qtbot.addWidget(tab)
        tab.resize(1400, 800)
        tab.show()
        qtbot.wait(1)
        assert tab.model.rowCount() == 20_000
        for text in ("ив", "иванова", "7б"):
            tab.search_edit.setText(text)
            assert 0 < tab.proxy.rowCount() < 20_000
        tab.view.selectRow(0)
        chosen = tab.selected()
        assert chosen is not None
        tab.search_edit.setText("7")  # a wider search keeps the chosen person selected
        assert tab.selected() == chosen
    finally:
        database.close()
