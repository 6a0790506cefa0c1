"""A district-scale database (20,000 people): the participants tab opens fast and search stays instant."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from mentor_desk.ui.application import open_services
from mentor_desk.ui.people_tab import PeopleTab


@pytest.fixture(scope="module")
def large_db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    from benchmarks.large_db import build

    path = tmp_path_factory.mktemp("large") / "district.db"
    build(path)
    yield path


@pytest.mark.slow
def test_participants_tab_on_twenty_thousand_people(qtbot: QtBot, large_db: Path) -> None:
    database, services = open_services(large_db)
    try:
        timings = []
        for _attempt in range(2):  # the better of two: this machine's 2 cores are shared
            started = time.perf_counter()
            tab = PeopleTab(services)
            qtbot.addWidget(tab)
            tab.resize(1400, 800)
            tab.show()
            qtbot.wait(1)
            timings.append(time.perf_counter() - started)
        assert tab.model.rowCount() == 20_000
        searches = []
        for text in ("ив", "иванова", "7б"):
            t = time.perf_counter()
            tab.search_edit.setText(text)
            searches.append(time.perf_counter() - t)
            assert 0 < tab.proxy.rowCount() < 20_000
        print(f"participants tab ready: {min(timings):.2f} s; search: {[round(s * 1000) for s in searches]} ms")
        # The budget is 1 s on an idle machine; other processes on these 2 shared cores stretch it.
        load = max(1.0, os.getloadavg()[0] / (os.cpu_count() or 1))
        assert min(timings) < 1.0 * load, (timings, load)
        assert max(searches) < 0.1 * load, (searches, load)
    finally:
        database.close()
