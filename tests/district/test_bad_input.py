"""Wrong password, unreachable server, no schema, newer schema, connection dropped in a save:
a clear Russian message each, nothing half-written, and the app goes on working."""

from __future__ import annotations

from typing import Any

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import create_engine, event, text
from sqlalchemy.engine import make_url

from mentor_desk.db.errors import SERVER_LOST_MESSAGE
from mentor_desk.errors import NewerDatabaseError, UserError
from mentor_desk.services.district import DistrictAdmin, connect, open_school
from mentor_desk.ui.people.people_tab import PeopleTab
from mentor_desk.ui.people.person_dialog import PersonDialog
from tests.district.conftest import District, server_or_skip
from tests.ui.conftest import OFFSCREEN_NOISE
from tests.ui.helpers import type_text


def test_wrong_password(district: District) -> None:
    _, url = district.add_school("Школа", "school_pw")
    bad = make_url(url).set(password="wrong").render_as_string(hide_password=False)
    with pytest.raises(UserError, match="неверный логин или пароль") as err:
        connect(bad)
    assert "wrong" not in err.value.message


def test_unreachable_server() -> None:
    base = make_url(server_or_skip())
    url = base.set(host="127.0.0.1", port=1).render_as_string(hide_password=False)
    with pytest.raises(UserError, match="Сервер недоступен"):
        connect(url)


def test_server_without_schema() -> None:
    base = server_or_skip()
    name = "md_empty_" + __import__("uuid").uuid4().hex[:8]
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        url = make_url(base).set(database=name).render_as_string(hide_password=False)
        with pytest.raises(UserError, match=r"нет базы Mentor Desk.*district init"):
            connect(url)
        with pytest.raises(UserError, match="district init"):
            DistrictAdmin(url).add_school("Школа", "school_x", "pw")
        engine = create_engine(url)
        with engine.connect() as conn:  # nothing was created by the refusals
            assert conn.execute(text("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")).scalar() == 0
        engine.dispose()
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def test_newer_schema_is_refused(district: District) -> None:
    _, url = district.add_school("Школа", "school_new")
    engine = create_engine(district.admin_url)
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    engine.dispose()
    with pytest.raises(NewerDatabaseError, match="более новой версией"):
        connect(url)


def _drop_connection_on(engine: Any, admin_url: str, marker: str) -> list[bool]:
    """Terminate this engine's server session just before a statement containing `marker`."""
    done: list[bool] = []
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")

    @event.listens_for(engine, "before_cursor_execute")
    def _kill(conn: Any, cursor: Any, statement: str, *args: Any) -> None:
        if marker in statement and not done:
            done.append(True)
            pid = conn.connection.dbapi_connection.info.backend_pid
            with admin.connect() as a:
                a.execute(text("SELECT pg_terminate_backend(:p)"), {"p": pid})
            admin.dispose()

    return done


@pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)
def test_connection_dropped_in_the_middle_of_a_save(district: District, qtbot: QtBot) -> None:
    _, url = district.add_school("Школа", "school_drop")
    services = open_school(url)
    try:
        tab = PeopleTab(services)
        qtbot.addWidget(tab)
        tab.show()
        dropped = _drop_connection_on(services.database.engine, district.admin_url, "INSERT INTO staff_profile")
        tab.add_person()
        dialog = tab.dialog
        assert isinstance(dialog, PersonDialog)
        type_text(dialog._ui.lastNameEdit, "Сергеева")
        type_text(dialog._ui.firstNameEdit, "Ольга")
        dialog.submit()
        assert dropped
        assert dialog.isVisible() and dialog.problem_text() == SERVER_LOST_MESSAGE
        assert dialog._ui.lastNameEdit.text() == "Сергеева"
        assert services.people.list_people() == []  # the person row of that save was rolled back too
        dialog.submit()  # the same dialog, again: the pool reconnects
        assert not dialog.isVisible()
        assert [p.last_name for p in services.people.list_people()] == ["Сергеева"]
    finally:
        services.database.close()
