"""Schema creation at head, failed migrations rolling back, and newer databases refused."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import inspect

from mentor_desk.db.database import open_sqlite
from mentor_desk.db.engine import APPLICATION_ID, make_engine, sqlite_url
from mentor_desk.db.migrate import head_revision, migrations_dir, upgrade
from mentor_desk.db.models import Base
from mentor_desk.errors import NewerDatabaseError


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_new_database_is_created_at_head_with_app_id(db_path: Path) -> None:
    db = open_sqlite(db_path)
    db.close()
    conn = sqlite3.connect(db_path)
    try:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == head_revision()
        assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    finally:
        conn.close()
    assert set(Base.metadata.tables) <= tables


def test_migrated_schema_matches_models(db_path: Path) -> None:
    """The migrations produce exactly the tables and columns the models declare."""
    db = open_sqlite(db_path)
    try:
        insp = inspect(db.engine)
        for name, table in Base.metadata.tables.items():
            assert {c["name"] for c in insp.get_columns(name)} == {c.name for c in table.columns}, name
    finally:
        db.close()


def test_foreign_keys_on_every_connection(db_path: Path) -> None:
    db = open_sqlite(db_path)
    try:
        for _ in range(3):
            with db.engine.connect() as conn:
                assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    finally:
        db.close()


def _scripts_with_broken_revision(tmp_path: Path) -> Path:
    scripts = tmp_path / "migrations"
    shutil.copytree(migrations_dir(), scripts, ignore=shutil.ignore_patterns("__pycache__"))
    (scripts / "versions" / "9998_broken.py").write_text(
        '''"""a migration that fails halfway"""
import sqlalchemy as sa
from alembic import op

revision = "9998"
down_revision = "HEAD"
branch_labels = None
depends_on = None


def upgrade():
    op.create_table("half_made", sa.Column("id", sa.Integer, primary_key=True))
    with op.batch_alter_table("person") as batch:
        batch.add_column(sa.Column("nickname", sa.String(50), nullable=True))
    op.execute("INSERT INTO no_such_table VALUES (1)")


def downgrade():
    pass
''',
        encoding="utf-8",
    )
    broken = scripts / "versions" / "9998_broken.py"
    broken.write_text(broken.read_text(encoding="utf-8").replace("HEAD", head_revision()), encoding="utf-8")
    return scripts


def test_failing_migration_leaves_old_revision_and_no_half_made_tables(db_path: Path, tmp_path: Path) -> None:
    open_sqlite(db_path).close()
    scripts = _scripts_with_broken_revision(tmp_path)
    engine = make_engine(sqlite_url(db_path), foreign_keys=False)
    with pytest.raises(Exception, match="no_such_table"):
        upgrade(engine, scripts)
    engine.dispose()
    conn = sqlite3.connect(db_path)
    try:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == head_revision()
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        columns = {r[1] for r in conn.execute("PRAGMA table_info(person)")}
    finally:
        conn.close()
    assert "half_made" not in tables
    assert not any(t.startswith("_alembic_tmp") for t in tables)
    assert "nickname" not in columns


def test_database_from_newer_version_is_refused_untouched(db_path: Path) -> None:
    open_sqlite(db_path).close()
    conn = sqlite3.connect(db_path)
    conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.execute("UPDATE app_meta SET value = '9.9.0' WHERE key = 'schema_written_by'")
    conn.commit()
    conn.close()
    before = sha(db_path)
    with pytest.raises(NewerDatabaseError, match=r"более новой версией Mentor Desk \(версия 9\.9\.0"):
        open_sqlite(db_path)
    assert sha(db_path) == before
    assert not Path(f"{db_path}-wal").exists()


def test_older_database_is_backed_up_before_migration(db_path: Path, tmp_path: Path) -> None:
    open_sqlite(db_path).close()
    conn = sqlite3.connect(db_path)
    conn.execute("DROP TABLE alembic_version")  # looks like a schema made before revision tracking
    conn.commit()
    conn.close()
    calls: list[str] = []

    def hook(path: Path, reason: str) -> Path:
        calls.append(reason)
        return path

    with pytest.raises(Exception):  # noqa: B017 - tables exist already: the migration must fail cleanly
        open_sqlite(db_path, backup_before_migration=hook)
    assert calls == ["migration"]


def test_no_model_change_without_a_migration(db_path: Path) -> None:
    """Autogenerate finds nothing to do: every model change has its migration."""
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    db = open_sqlite(db_path)
    try:
        with db.engine.connect() as conn:
            ctx = MigrationContext.configure(conn, opts={"compare_type": True, "render_as_batch": True})
            diff = compare_metadata(ctx, Base.metadata)
    finally:
        db.close()
    assert diff == []


def test_head_constant_matches_the_scripts() -> None:
    """Opening a current database skips Alembic on the strength of this constant."""
    from mentor_desk.db.migrate import HEAD_REVISION

    assert head_revision() == HEAD_REVISION
