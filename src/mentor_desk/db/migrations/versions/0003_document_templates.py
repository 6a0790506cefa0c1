"""document templates: a school's own DOCX wording of each document

Revision ID: 0003
Revises: 0002
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0003'
down_revision: str | None = '0002'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        'document_template',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('organisation_id', sa.Integer(), nullable=False),
        sa.Column('kind', sa.String(length=50), nullable=False),
        sa.Column('content', sa.LargeBinary(), nullable=False),
        sa.Column('file_name', sa.String(length=255), nullable=False),
        sa.Column('updated_at', sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(['organisation_id'], ['organisation.id'],
                                name=op.f('fk_document_template_organisation_id_organisation'), ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_document_template')),
        sa.UniqueConstraint('organisation_id', 'kind', name=op.f('uq_document_template_organisation_id_kind')),
    )
    with op.batch_alter_table('document_template', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_document_template_organisation_id'), ['organisation_id'], unique=False)


def downgrade() -> None:
    op.drop_table('document_template')
