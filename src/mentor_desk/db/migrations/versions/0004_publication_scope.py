"""publication scope: what a publication consent allows to show on the school's website

Revision ID: 0004
Revises: 0003
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0004'
down_revision: str | None = '0003'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('consent', schema=None) as batch_op:
        batch_op.add_column(
            sa.Column('scope', sa.String(length=200), nullable=False, server_default='name,position')
        )


def downgrade() -> None:
    with op.batch_alter_table('consent', schema=None) as batch_op:
        batch_op.drop_column('scope')
