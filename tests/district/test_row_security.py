"""Each school sees only itself, enforced by PostgreSQL: raw SQL through the schools' own logins."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import Connection, create_engine, text
from sqlalchemy.exc import DBAPIError

from mentor_desk.db.district import school_tables
from mentor_desk.domain.enums import PersonKind
from mentor_desk.domain.records import PersonDraft, StaffProfile
from mentor_desk.errors import UserError
from mentor_desk.services.district import connect, open_school
from tests.district.conftest import District


def _fill(url: str, last_name: str) -> int:
    services = open_school(url)
    try:
        return services.people.create(PersonDraft(last_name, "Анна", PersonKind.STAFF,
                                                  staff=StaffProfile(position="учитель"))).id
    finally:
        services.database.close()


@pytest.fixture
def two_schools(district: District) -> Iterator[tuple[District, tuple[int, str, int], tuple[int, str, int]]]:
    a, url_a = district.add_school("Школа А", "school_a")
    b, url_b = district.add_school("Школа Б", "school_b")
    yield district, (a, url_a, _fill(url_a, "Алексеева")), (b, url_b, _fill(url_b, "Борисова"))


def _raw(url: str) -> Iterator[Connection]:
    engine = create_engine(url, isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        yield conn
    engine.dispose()


def _refused(conn: Connection, statement: str) -> str:
    with pytest.raises(DBAPIError) as err:
        conn.execute(text(statement))
    return str(err.value.orig).lower()


def test_school_role_cannot_read_update_or_delete_another_school(two_schools) -> None:  # type: ignore[no-untyped-def]
    _, (a, url_a, person_a), (b, _, person_b) = two_schools
    for conn in _raw(url_a):
        assert conn.execute(text("SELECT id FROM person")).scalars().all() == [person_a]
        assert conn.execute(text("SELECT id FROM organisation")).scalars().all() == [a]
        assert conn.execute(text("SELECT count(*) FROM staff_profile")).scalar() == 1  # child rows too
        assert conn.execute(text("SELECT count(*) FROM mentoring_form WHERE organisation_id = :b"), {"b": b}).scalar() == 0
        assert conn.execute(text("UPDATE person SET last_name = 'Взлом' WHERE id = :p"), {"p": person_b}).rowcount == 0
        assert conn.execute(text("UPDATE staff_profile SET position = 'Взлом' WHERE person_id = :p"),
                            {"p": person_b}).rowcount == 0
        assert conn.execute(text("DELETE FROM person WHERE id = :p"), {"p": person_b}).rowcount == 0
        assert "permission denied" in _refused(conn, f"DELETE FROM organisation WHERE id = {b}")
        assert "row-level security" in _refused(
            conn, f"INSERT INTO person (organisation_id, last_name, first_name, middle_name, kind, phone, email, "
                  f"contact_note, archived, created_at, updated_at) VALUES ({b}, 'Чужая', 'Я', '', 'staff', '', '', '', "
                  "false, now(), now())")
        assert "row-level security" in _refused(conn, f"UPDATE person SET organisation_id = {b} WHERE id = {person_a}")
        assert "permission denied" in _refused(conn, "SELECT * FROM district_login")
        assert "permission denied" in _refused(conn, "CREATE TABLE mine (id int)")
        assert "owner" in _refused(conn, "ALTER TABLE person ADD COLUMN note text")
        assert "owner" in _refused(conn, "DROP POLICY md_school_rows ON person")
        assert "owner" in _refused(conn, "ALTER TABLE person DISABLE ROW LEVEL SECURITY")
        assert "permission denied" in _refused(conn, "UPDATE alembic_version SET version_num = '0001'")
    admin = create_engine(two_schools[0].admin_url)
    with admin.connect() as conn:
        assert conn.execute(text("SELECT last_name FROM person WHERE id = :p"), {"p": person_b}).scalar() == "Борисова"
    admin.dispose()


def test_methodist_reads_every_school_and_writes_nothing(two_schools) -> None:  # type: ignore[no-untyped-def]
    district, (a, _, person_a), (b, _, person_b) = two_schools
    url = district.add_methodist()
    for conn in _raw(url):
        assert sorted(conn.execute(text("SELECT id FROM person")).scalars()) == sorted([person_a, person_b])
        assert sorted(conn.execute(text("SELECT id FROM organisation")).scalars()) == sorted([a, b])
        assert "permission denied" in _refused(conn, f"UPDATE person SET last_name = 'X' WHERE id = {person_a}")
        assert "permission denied" in _refused(conn, f"DELETE FROM person WHERE id = {person_b}")
        assert "permission denied" in _refused(conn, "CREATE TABLE mine (id int)")
    session = connect(url)
    assert session.methodist and session.school is None
    session.database.close()
    services = open_school(url, organisation_id=a)  # a read-only look into a school
    try:
        assert [p.id for p in services.people.list_people()] == [person_a]
        with pytest.raises(UserError, match="не разрешил"):
            services.people.create(PersonDraft("Новая", "Мария", PersonKind.STAFF, staff=StaffProfile()))
    finally:
        services.database.close()


def test_every_school_table_has_row_security(district: District) -> None:
    engine = create_engine(district.admin_url)
    with engine.connect() as conn:
        secured = set(conn.execute(text(
            "SELECT relname FROM pg_class WHERE relrowsecurity AND relkind = 'r'")).scalars())
        policies = set(conn.execute(text("SELECT tablename FROM pg_policies")).scalars())
        all_tables = set(conn.execute(text(
            "SELECT tablename FROM pg_tables WHERE schemaname = current_schema()")).scalars())
    engine.dispose()
    expected = {t.name for t in school_tables()}
    assert expected <= secured and expected <= policies
    assert all_tables - secured == {"app_meta", "alembic_version", "district_login"}
