"""Connecting from the window (password only in the credential store), the title naming server
and school, the methodist's district window, its read-only look and the consolidated workbook."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import keyring
import pytest
from keyring.backend import KeyringBackend
from openpyxl import load_workbook
from pytestqt.qtbot import QtBot

from mentor_desk.domain.enums import PersonKind
from mentor_desk.domain.records import PersonDraft, StaffProfile
from mentor_desk.services.credentials import KEYRING_SERVICE, ServerAddress
from mentor_desk.services.district import open_school
from mentor_desk.services.documents.registers import export_register
from mentor_desk.ui.application import GuiSession
from mentor_desk.ui.district.connect_dialog import ConnectDialog
from mentor_desk.ui.district.district_window import DistrictWindow
from mentor_desk.ui.main_window import MainWindow
from tests.district.conftest import District
from tests.ui.conftest import OFFSCREEN_NOISE, isolated_settings  # noqa: F401 - autouse: settings in tmp

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)


class MemoryKeyring(KeyringBackend):
    """A credential store for tests, set explicitly (never the developer's real one)."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.items: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.items.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.items[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.items.pop((service, username), None)


@pytest.fixture
def memory_keyring() -> Any:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


def _fill(dialog: ConnectDialog, address: ServerAddress, password: str) -> None:
    ui = dialog._ui
    ui.hostEdit.setText(address.host)
    ui.portSpin.setValue(address.port)
    ui.databaseEdit.setText(address.database)
    ui.userEdit.setText(address.user)
    ui.passwordEdit.setText(password)
    ui.sslCombo.setCurrentIndex(ui.sslCombo.findData("disable"))


def _session_with_dialog(qtbot: QtBot) -> tuple[GuiSession, ConnectDialog]:
    session = GuiSession()
    dialog = ConnectDialog()
    qtbot.addWidget(dialog)
    dialog.submitted.connect(lambda login: session.connect_from_dialog(login, dialog))
    return session, dialog


def test_connect_dialog_remembers_the_server_and_keeps_the_password_only_in_the_keyring(
    district: District, qtbot: QtBot, memory_keyring: MemoryKeyring, isolated_settings: Path,  # noqa: F811
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    number, url = district.add_school("МБОУ СОШ № 3", "school_gui")
    address, password = ServerAddress.from_url(url)
    address = ServerAddress(address.host, address.port, address.database, address.user, "disable")

    session, dialog = _session_with_dialog(qtbot)
    _fill(dialog, address, "not-the-password")
    dialog.submit()
    assert "неверный логин или пароль" in dialog.problem_text() and session.window is None
    assert memory_keyring.items == {}

    _fill(dialog, address, password)
    dialog.submit()
    window = session.window
    assert isinstance(window, MainWindow)
    qtbot.addWidget(window)
    assert "МБОУ СОШ № 3" in window.windowTitle() and address.host in window.windowTitle()
    status = window.statusBar().currentMessage()
    assert f"{address.host}:{address.port}/{address.database}" in status and f"№ {number}" in status
    assert memory_keyring.items == {(KEYRING_SERVICE, address.key): password}
    settings_text = "".join(p.read_text(encoding="utf-8") for p in isolated_settings.rglob("*") if p.is_file())
    assert address.host in settings_text and address.user in settings_text
    assert password not in settings_text
    assert password not in caplog.text and password not in window.statusBar().currentMessage()

    again = ConnectDialog()
    qtbot.addWidget(again)
    assert again._ui.hostEdit.text() == address.host and again._ui.userEdit.text() == address.user
    assert again._ui.passwordEdit.text() == password and again._ui.sslCombo.currentData() == "disable"
    session.close()


def test_window_opens_on_a_server_url(district: District, tmp_path: Path) -> None:
    """The real program, as a user starts it: `mentor-desk --db postgresql://…` shows its window.

    In a process of its own: the whole application run (event loop, start-up garbage-collection
    freeze, thread pool) must not leak into the tests that follow.
    """
    _, url = district.add_school("Школа по адресу", "school_url")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "MENTOR_DESK_DATA_DIR": str(tmp_path / "data"),
           "XDG_CONFIG_HOME": str(tmp_path / "config")}
    proc = subprocess.run([sys.executable, "-m", "mentor_desk", "--db", url, "--smoke-test"],
                          env=env, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr


def test_methodist_gets_the_district_window(district: District, qtbot: QtBot, demo_path: Path,
                                             tmp_path: Path) -> None:
    a, _ = district.add_school("Школа А", "school_da")
    district.admin().upload(a, demo_path)
    b, url_b = district.add_school("Школа Б", "school_db")
    services = open_school(url_b)
    services.people.create(PersonDraft("Белова", "Инна", PersonKind.STAFF, staff=StaffProfile(position="учитель")))
    services.database.close()

    session = GuiSession()
    session.open_server(district.add_methodist())
    window = session.district_window
    assert isinstance(window, DistrictWindow) and session.window is None
    qtbot.addWidget(window)
    assert "только просмотр" in window.windowTitle()
    by_id = {i.id: i for i in window.indicators}
    assert set(by_id) == {a, b}
    assert by_id[a].participants > 300 and by_id[a].pairs_total > 0 and by_id[a].activities_total > 0
    assert by_id[b].participants == 1 and by_id[b].pairs_total == 0 and by_id[b].last_change is not None
    assert window.model.rowCount() == 2

    # a read-only look into school A
    window.table.selectRow(next(r for r in range(window.proxy.rowCount()) if window.proxy.record_at(r).id == a))
    look = window.open_school()
    assert isinstance(look, MainWindow)  # closed (and deleted) with the district window
    assert "только просмотр" in look.windowTitle()
    assert len(look.services.people.list_people()) == by_id[a].participants + _archived(look)

    # a register received from a school without the app
    from mentor_desk.db.database import open_sqlite
    from mentor_desk.services.container import Services

    db = open_sqlite(demo_path)
    received_file = tmp_path / "from-school.xlsx"
    export_register(Services.for_database(db), "mentors", received_file)
    db.close()
    received = window.add_received(received_file)
    assert received is not None and received.kind == "mentors" and received.rows

    target = window.write_workbook(tmp_path / "район.xlsx")
    assert target is not None
    wb = load_workbook(target, read_only=True)
    summary = [r for r in wb["Сводка по школам"].iter_rows(values_only=True)]
    header_idx = next(i for i, r in enumerate(summary) if r and r[0] == "Школа")
    schools = [r[0] for r in summary[header_idx + 1:] if r and r[0]]
    assert {"Школа Б", received.school} <= set(schools) and len(schools) == 3
    mentors = [r for r in wb[wb.sheetnames[2]].iter_rows(values_only=True)]
    m_header = next(i for i, r in enumerate(mentors) if r and r[0] == "Школа")
    names = {r[0] for r in mentors[m_header + 1:] if r and r[0]}
    assert received.school in names
    assert len([r for r in mentors[m_header + 1:] if r and r[0] == received.school]) == len(received.rows)
    wb.close()
    window.close()
    session.close()


def _archived(window: MainWindow) -> int:
    return sum(1 for p in window.services.people.list_people() if p.archived)
