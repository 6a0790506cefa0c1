"""order register: the school year an order governs, which order it changes or cancels, its pairs

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-06 03:15:00
"""

from collections.abc import Sequence
from datetime import date

import sqlalchemy as sa
from alembic import op

revision: str = '0008'
down_revision: str | None = '0007'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _governed_year(signed_on: date, kind: str) -> str:
    """As domain.schoolyear.SchoolYear.governed_by (copied: a migration never changes with the code)."""
    if kind == 'completion' or signed_on.month < 7:
        start = signed_on.year if signed_on.month >= 9 else signed_on.year - 1
    else:
        start = signed_on.year
    return f"{start}/{start + 1}"


def upgrade() -> None:
    with op.batch_alter_table('mentoring_order', schema=None) as batch_op:
        batch_op.add_column(sa.Column('school_year', sa.String(length=9), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('amends_id', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('amendment', sa.String(length=10), nullable=False, server_default=''))
        batch_op.create_foreign_key(batch_op.f('fk_mentoring_order_amends_id_mentoring_order'), 'mentoring_order',
                                    ['amends_id'], ['id'], ondelete='SET NULL')
        batch_op.create_index(batch_op.f('ix_mentoring_order_amends_id'), ['amends_id'], unique=False)

    op.create_table('order_pair',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('order_id', sa.Integer(), nullable=False),
    sa.Column('pair_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['order_id'], ['mentoring_order.id'], name=op.f('fk_order_pair_order_id_mentoring_order'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['pair_id'], ['pair.id'], name=op.f('fk_order_pair_pair_id_pair'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_order_pair')),
    sa.UniqueConstraint('order_id', 'pair_id', name=op.f('uq_order_pair_order_id_pair_id'))
    )
    with op.batch_alter_table('order_pair', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_order_pair_order_id'), ['order_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_order_pair_pair_id'), ['pair_id'], unique=False)

    conn = op.get_bind()
    orders = sa.table('mentoring_order', sa.column('id', sa.Integer), sa.column('signed_on', sa.Date),
                      sa.column('kind', sa.String), sa.column('school_year', sa.String))
    for order_id, signed_on, kind in conn.execute(sa.select(orders.c.id, orders.c.signed_on, orders.c.kind)).all():
        conn.execute(orders.update().where(orders.c.id == order_id).values(school_year=_governed_year(signed_on, kind)))
    pairs = sa.table('pair', sa.column('id', sa.Integer), sa.column('order_id', sa.Integer))
    links = sa.table('order_pair', sa.column('order_id', sa.Integer), sa.column('pair_id', sa.Integer))
    rows = conn.execute(sa.select(pairs.c.order_id, pairs.c.id).where(pairs.c.order_id.is_not(None))).all()
    if rows:
        conn.execute(links.insert(), [{'order_id': o, 'pair_id': p} for o, p in rows])


def downgrade() -> None:
    with op.batch_alter_table('order_pair', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_order_pair_pair_id'))
        batch_op.drop_index(batch_op.f('ix_order_pair_order_id'))
    op.drop_table('order_pair')
    with op.batch_alter_table('mentoring_order', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_mentoring_order_amends_id'))
        batch_op.drop_constraint(batch_op.f('fk_mentoring_order_amends_id_mentoring_order'), type_='foreignkey')
        batch_op.drop_column('amendment')
        batch_op.drop_column('amends_id')
        batch_op.drop_column('school_year')
