"""the coordinator's year: questionnaire scope, pair history and results, staff absences,
follow-ups, stalled-pair setting, school-year roll-over; «приостановлена» and parent respondents

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-06 03:02:52.935179
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0005'
down_revision: str | None = '0004'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


_PAIR_STATUS = ('ck_pair_pair_status', 'status', ('planned', 'active', 'completed', 'interrupted'), ('suspended',))
_RESPONDENT = ('ck_questionnaire_respondent', 'respondent', ('mentor', 'mentee'), ('parent',))


def _check(batch_op: object, spec: tuple[str, str, tuple[str, ...], tuple[str, ...]], new: bool) -> None:
    """Replace the CHECK constraint of an enum column (the column stays VARCHAR(24))."""
    name, column, old_values, added = spec
    values = old_values + added if new else old_values
    allowed = ", ".join(f"'{v}'" for v in values)
    batch_op.drop_constraint(op.f(name), type_='check')  # type: ignore[attr-defined]
    batch_op.create_check_constraint(op.f(name), sa.text(f"{column} IN ({allowed})"))  # type: ignore[attr-defined]


def upgrade() -> None:
    op.create_table('person_status',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('organisation_id', sa.Integer(), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.Column('status', sa.String(length=24), nullable=False),
    sa.Column('since', sa.Date(), nullable=False),
    sa.Column('until', sa.Date(), nullable=True),
    sa.Column('note', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['organisation_id'], ['organisation.id'], name=op.f('fk_person_status_organisation_id_organisation'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_person_status_person_id_person'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_person_status'))
    )
    with op.batch_alter_table('person_status', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_person_status_organisation_id'), ['organisation_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_person_status_person_id'), ['person_id'], unique=False)

    op.create_table('follow_up',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('organisation_id', sa.Integer(), nullable=False),
    sa.Column('pair_id', sa.Integer(), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.Column('years', sa.Integer(), nullable=False),
    sa.Column('due_on', sa.Date(), nullable=False),
    sa.Column('checked_on', sa.Date(), nullable=True),
    sa.Column('still_working', sa.Boolean(), nullable=True),
    sa.ForeignKeyConstraint(['organisation_id'], ['organisation.id'], name=op.f('fk_follow_up_organisation_id_organisation'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['pair_id'], ['pair.id'], name=op.f('fk_follow_up_pair_id_pair'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_follow_up_person_id_person'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_follow_up'))
    )
    with op.batch_alter_table('follow_up', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_follow_up_organisation_id'), ['organisation_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_follow_up_pair_id'), ['pair_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_follow_up_person_id'), ['person_id'], unique=False)

    op.create_table('pair_event',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('pair_id', sa.Integer(), nullable=False),
    sa.Column('happened_on', sa.Date(), nullable=False),
    sa.Column('kind', sa.String(length=30), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('old_mentor_id', sa.Integer(), nullable=True),
    sa.Column('new_mentor_id', sa.Integer(), nullable=True),
    sa.Column('order_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['new_mentor_id'], ['person.id'], name=op.f('fk_pair_event_new_mentor_id_person'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['old_mentor_id'], ['person.id'], name=op.f('fk_pair_event_old_mentor_id_person'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['order_id'], ['mentoring_order.id'], name=op.f('fk_pair_event_order_id_mentoring_order'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['pair_id'], ['pair.id'], name=op.f('fk_pair_event_pair_id_pair'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_pair_event'))
    )
    with op.batch_alter_table('pair_event', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_pair_event_pair_id'), ['pair_id'], unique=False)

    with op.batch_alter_table('organisation', schema=None) as batch_op:
        batch_op.add_column(sa.Column('stalled_after_days', sa.Integer(), nullable=False, server_default='30'))

    with op.batch_alter_table('pair', schema=None) as batch_op:
        batch_op.add_column(sa.Column('planned_result', sa.Text(), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('outcome', sa.String(length=24), nullable=False, server_default=''))
        _check(batch_op, _PAIR_STATUS, new=True)

    with op.batch_alter_table('questionnaire', schema=None) as batch_op:
        batch_op.add_column(sa.Column('stages', sa.JSON(), nullable=False, server_default='[]'))
        batch_op.add_column(sa.Column('forms', sa.JSON(), nullable=False, server_default='[]'))
        _check(batch_op, _RESPONDENT, new=True)

    with op.batch_alter_table('school_year', schema=None) as batch_op:
        batch_op.add_column(sa.Column('rolled_over_on', sa.Date(), nullable=True))



def downgrade() -> None:
    op.execute("UPDATE pair SET status = 'active' WHERE status = 'suspended'")
    op.execute("UPDATE questionnaire SET respondent = 'mentee' WHERE respondent = 'parent'")
    with op.batch_alter_table('school_year', schema=None) as batch_op:
        batch_op.drop_column('rolled_over_on')

    with op.batch_alter_table('questionnaire', schema=None) as batch_op:
        _check(batch_op, _RESPONDENT, new=False)
        batch_op.drop_column('forms')
        batch_op.drop_column('stages')

    with op.batch_alter_table('pair', schema=None) as batch_op:
        _check(batch_op, _PAIR_STATUS, new=False)
        batch_op.drop_column('outcome')
        batch_op.drop_column('planned_result')

    with op.batch_alter_table('organisation', schema=None) as batch_op:
        batch_op.drop_column('stalled_after_days')

    with op.batch_alter_table('pair_event', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_pair_event_pair_id'))

    op.drop_table('pair_event')
    with op.batch_alter_table('follow_up', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_follow_up_person_id'))
        batch_op.drop_index(batch_op.f('ix_follow_up_pair_id'))
        batch_op.drop_index(batch_op.f('ix_follow_up_organisation_id'))

    op.drop_table('follow_up')
    with op.batch_alter_table('person_status', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_person_status_person_id'))
        batch_op.drop_index(batch_op.f('ix_person_status_organisation_id'))

    op.drop_table('person_status')
