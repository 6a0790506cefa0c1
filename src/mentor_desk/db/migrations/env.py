"""Alembic environment: runs on the connection the app hands over, in its transaction."""

from alembic import context

from mentor_desk.db.models import Base

config = context.config
connection = config.attributes.get("connection")
if connection is None:  # pragma: no cover - the app always passes its connection
    raise RuntimeError("Migrations run from mentor_desk.db.migrate, not from the alembic command line")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    transactional_ddl=True,
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
