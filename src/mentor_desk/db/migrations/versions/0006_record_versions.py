"""record versions: a version counter and a last-change time on every editable record

Revision ID: 0006
Revises: 0005
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# person already had updated_at since 0001
VERSIONED = (
    "organisation", "person", "consent", "mentoring_form", "mentoring_type", "role_model", "programme",
    "direction", "product_type", "mentoring_order", "pair", "meeting", "iom", "iom_activity", "questionnaire",
)


def upgrade() -> None:
    for table in VERSIONED:
        with op.batch_alter_table(table) as batch:
            batch.add_column(sa.Column("version", sa.Integer(), server_default="1", nullable=False))
            if table != "person":
                batch.add_column(sa.Column("updated_at", sa.DateTime(), nullable=True))


def downgrade() -> None:
    for table in reversed(VERSIONED):
        with op.batch_alter_table(table) as batch:
            if table != "person":
                batch.drop_column("updated_at")
            batch.drop_column("version")
