"""District tests: a fresh server database prepared by `district init`, with logins made per test.

They need a PostgreSQL server (MENTOR_DESK_TEST_DATABASE_URL, a role that may create databases
and roles); without one they are skipped. `.ci/run` starts a server and runs them.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from mentor_desk.db.engine import server_url
from mentor_desk.services.district import DistrictAdmin
from tests.conftest import TEST_DATABASE_URL_ENV


@dataclass
class District:
    admin_url: str
    suffix: str
    logins: list[str] = field(default_factory=list)

    def url_for(self, login: str, password: str) -> str:
        url = make_url(self.admin_url).set(username=login, password=password)
        return url.render_as_string(hide_password=False)

    def login(self, name: str) -> str:
        login = f"{name}_{self.suffix}"
        self.logins.append(login)
        return login

    def admin(self) -> DistrictAdmin:
        return DistrictAdmin(self.admin_url)

    def add_school(self, name: str, short: str) -> tuple[int, str]:
        login = self.login(short)
        number, _ = self.admin().add_school(name, login, "pw-" + short)
        return number, self.url_for(login, "pw-" + short)

    def add_methodist(self) -> str:
        login = self.login("methodist")
        self.admin().add_methodist(login, "pw-m")
        return self.url_for(login, "pw-m")


def server_or_skip() -> str:
    url = os.environ.get(TEST_DATABASE_URL_ENV)
    if not url:
        pytest.skip("нужен сервер PostgreSQL (MENTOR_DESK_TEST_DATABASE_URL)")
    return server_url(url)


@pytest.fixture
def district() -> Iterator[District]:
    base = server_or_skip()
    suffix = uuid.uuid4().hex[:8]
    name = f"md_district_{suffix}"
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    url = make_url(base).set(database=name).render_as_string(hide_password=False)
    d = District(url, suffix)
    d.admin().init()
    try:
        yield d
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            for login in d.logins:
                conn.execute(text(f'DROP ROLE IF EXISTS "{login}"'))
        admin.dispose()
