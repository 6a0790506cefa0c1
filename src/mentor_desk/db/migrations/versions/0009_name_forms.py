"""name forms: a person's name and position in a case, as the coordinator corrected them

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-06 03:50:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0009'
down_revision: str | None = '0008'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('name_form',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.Column('grammatical_case', sa.String(length=4), nullable=False),
    sa.Column('part', sa.String(length=10), nullable=False),
    sa.Column('value', sa.String(length=300), nullable=False),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_name_form_person_id_person'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_name_form')),
    sa.UniqueConstraint('person_id', 'grammatical_case', 'part', name=op.f('uq_name_form_person_id_grammatical_case_part'))
    )
    with op.batch_alter_table('name_form', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_name_form_person_id'), ['person_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('name_form', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_name_form_person_id'))
    op.drop_table('name_form')
