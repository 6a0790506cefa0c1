"""District mode on PostgreSQL: roles, row-level security, logins of schools and methodists.

One server database holds every school of a district. Each school logs in with its own role;
PostgreSQL itself (row-level security) lets that role see and change only its school's rows,
whatever SQL it sends. A methodist's role reads every school and writes nothing. Neither owns
a table nor may create one, so neither can change the schema. The map from login to school
lives in `district_login`, readable only through two SECURITY DEFINER functions.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from sqlalchemy import Connection, Table, text

from mentor_desk.db.models import Base
from mentor_desk.errors import UserError

SCHOOL_GROUP = "md_school"
METHODIST_GROUP = "md_methodist"
LOGIN_PATTERN = re.compile(r"^[a-z_][a-z0-9_]{0,62}$")

# Tables without organisation_id belong to a school through their parent row: the policy asks
# whether that parent is visible, and the parent's own policy decides (RLS applies inside it).
PARENT_OF = {
    "staff_profile": ("person", "person_id"),
    "pupil_profile": ("person", "person_id"),
    "external_profile": ("person", "person_id"),
    "mentor_profile": ("person", "person_id"),
    "mentee_profile": ("person", "person_id"),
    "pair_mentee": ("pair", "pair_id"),
    "meeting": ("pair", "pair_id"),
    "pair_event": ("pair", "pair_id"),
    "iom_activity": ("iom", "iom_id"),
    "attachment": ("iom_activity", "activity_id"),
    "question": ("questionnaire", "questionnaire_id"),
    "answer": ("questionnaire_response", "response_id"),
    "name_form": ("person", "person_id"),
    "order_pair": ("mentoring_order", "order_id"),
}
SHARED_READ_ONLY = ("app_meta", "alembic_version")


def school_tables() -> list[Table]:
    """Every table whose rows belong to one school (all but the database's own facts)."""
    return [t for t in Base.metadata.sorted_tables if t.name not in SHARED_READ_ONLY]


def check_login(login: str) -> str:
    if not LOGIN_PATTERN.match(login):
        raise UserError(
            f"Логин «{login}» не подходит: только строчные латинские буквы, цифры и «_», начиная с буквы "
            "(например, school_12)."
        )
    if login.startswith("pg_") or login in (SCHOOL_GROUP, METHODIST_GROUP):
        raise UserError(f"Логин «{login}» зарезервирован: выберите другой.")
    return login


def _quote_ident(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _quote_literal(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def _policy_condition(table: Table) -> str:
    if table.name == "organisation":
        return "id = md_school()"
    if "organisation_id" in table.c:
        return "organisation_id = md_school()"
    parent, column = PARENT_OF[table.name]
    return f"EXISTS (SELECT 1 FROM {parent} p WHERE p.id = {table.name}.{column})"


def install(conn: Connection) -> None:
    """Create (or bring up to date) the groups, functions, grants and policies. Safe to re-run."""
    for group in (SCHOOL_GROUP, METHODIST_GROUP):
        exists = conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": group}).first()
        if exists is None:
            conn.exec_driver_sql(f"CREATE ROLE {group} NOLOGIN")
    conn.exec_driver_sql(
        "CREATE TABLE IF NOT EXISTS district_login ("
        " role_name TEXT PRIMARY KEY,"
        " organisation_id INTEGER REFERENCES organisation(id) ON DELETE CASCADE,"
        " methodist BOOLEAN NOT NULL DEFAULT FALSE)"
    )
    conn.exec_driver_sql("REVOKE ALL ON district_login FROM PUBLIC")
    conn.exec_driver_sql(
        "CREATE OR REPLACE FUNCTION md_school() RETURNS integer LANGUAGE sql STABLE SECURITY DEFINER "
        "SET search_path = public AS "
        "$$ SELECT organisation_id FROM district_login WHERE role_name = session_user $$"
    )
    conn.exec_driver_sql(
        "CREATE OR REPLACE FUNCTION md_is_methodist() RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER "
        "SET search_path = public AS "
        "$$ SELECT coalesce((SELECT methodist FROM district_login WHERE role_name = session_user), false) $$"
    )
    schema = conn.exec_driver_sql("SELECT current_schema()").scalar_one()
    conn.exec_driver_sql(f"REVOKE CREATE ON SCHEMA {_quote_ident(schema)} FROM PUBLIC")
    conn.exec_driver_sql(f"GRANT USAGE ON SCHEMA {_quote_ident(schema)} TO {SCHOOL_GROUP}, {METHODIST_GROUP}")
    for name in SHARED_READ_ONLY:
        conn.exec_driver_sql(f"GRANT SELECT ON {name} TO {SCHOOL_GROUP}, {METHODIST_GROUP}")
    conn.exec_driver_sql(f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA {_quote_ident(schema)} TO {SCHOOL_GROUP}")
    for table in school_tables():
        name = table.name
        conn.exec_driver_sql(f"ALTER TABLE {name} ENABLE ROW LEVEL SECURITY")
        conn.exec_driver_sql(f"REVOKE ALL ON {name} FROM {SCHOOL_GROUP}, {METHODIST_GROUP}")
        conn.exec_driver_sql(f"GRANT SELECT ON {name} TO {METHODIST_GROUP}")
        for policy in ("md_school_rows", "md_school_read", "md_school_update", "md_methodist_read"):
            conn.exec_driver_sql(f"DROP POLICY IF EXISTS {policy} ON {name}")
        condition = _policy_condition(table)
        if name == "organisation":  # a school edits its requisites but never adds or removes a school
            conn.exec_driver_sql(f"GRANT SELECT, UPDATE ON {name} TO {SCHOOL_GROUP}")
            conn.exec_driver_sql(f"CREATE POLICY md_school_read ON {name} FOR SELECT TO {SCHOOL_GROUP} USING ({condition})")
            conn.exec_driver_sql(
                f"CREATE POLICY md_school_update ON {name} FOR UPDATE TO {SCHOOL_GROUP} "
                f"USING ({condition}) WITH CHECK ({condition})"
            )
        else:
            conn.exec_driver_sql(f"GRANT SELECT, INSERT, UPDATE, DELETE ON {name} TO {SCHOOL_GROUP}")
            conn.exec_driver_sql(
                f"CREATE POLICY md_school_rows ON {name} FOR ALL TO {SCHOOL_GROUP} "
                f"USING ({condition}) WITH CHECK ({condition})"
            )
        conn.exec_driver_sql(f"CREATE POLICY md_methodist_read ON {name} FOR SELECT TO {METHODIST_GROUP} USING (true)")


def is_installed(conn: Connection) -> bool:
    return conn.execute(text("SELECT to_regclass('district_login')")).scalar() is not None


def ensure_login(conn: Connection, login: str, password: str, group: str) -> bool:
    """Create the login role in its group, or set its password again; True when it was new."""
    check_login(login)
    if not password:
        raise UserError("Укажите пароль (--password): вход на сервер без пароля не допускается.")
    exists = conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": login}).first() is not None
    verb = "ALTER" if exists else "CREATE"
    # CREATE/ALTER ROLE take no bind parameters: the login is checked above, the password quoted.
    conn.exec_driver_sql(f"{verb} ROLE {_quote_ident(login)} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE "
                         f"PASSWORD {_quote_literal(password)}")
    for other in (SCHOOL_GROUP, METHODIST_GROUP):
        if other != group:
            conn.exec_driver_sql(f"REVOKE {other} FROM {_quote_ident(login)}")
    conn.exec_driver_sql(f"GRANT {group} TO {_quote_ident(login)}")
    return not exists


def school_of_login(conn: Connection, login: str) -> int | None:
    return conn.execute(
        text("SELECT organisation_id FROM district_login WHERE role_name = :r AND NOT methodist"), {"r": login}
    ).scalar()


def map_login(conn: Connection, login: str, organisation_id: int | None) -> None:
    conn.execute(
        text(
            "INSERT INTO district_login (role_name, organisation_id, methodist) VALUES (:r, :o, :m) "
            "ON CONFLICT (role_name) DO UPDATE SET organisation_id = EXCLUDED.organisation_id, "
            "methodist = EXCLUDED.methodist"
        ),
        {"r": login, "o": organisation_id, "m": organisation_id is None},
    )


def whoami(conn: Connection) -> tuple[int | None, bool]:
    """(school number, is methodist) of the connected login; (None, False) for an unmapped one."""
    row = conn.execute(text("SELECT md_school(), md_is_methodist()")).one()
    return row[0], bool(row[1])


def logins(conn: Connection) -> Iterable[tuple[str, int | None, bool]]:
    rows = conn.execute(text("SELECT role_name, organisation_id, methodist FROM district_login"))
    return [(str(r[0]), r[1], bool(r[2])) for r in rows]
