"""initial schema

Revision ID: 0001
Revises: (none)
Create Date: 2026-11-27 01:11:17.460282
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0001'
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:

    op.create_table('app_meta',
    sa.Column('key', sa.String(length=100), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_app_meta'))
    )
    op.create_table('organisation',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('full_name', sa.String(length=500), nullable=False),
    sa.Column('short_name', sa.String(length=200), nullable=False),
    sa.Column('director_name', sa.String(length=200), nullable=False),
    sa.Column('director_position', sa.String(length=200), nullable=False),
    sa.Column('coordinator_name', sa.String(length=200), nullable=False),
    sa.Column('coordinator_position', sa.String(length=200), nullable=False),
    sa.Column('address', sa.String(length=500), nullable=False),
    sa.Column('municipality', sa.String(length=200), nullable=False),
    sa.Column('current_year', sa.String(length=9), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_organisation'))
    )
    op.create_table('direction',
    sa.Column('organisation_id', sa.Integer(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=300), nullable=False),
    sa.Column('sort_order', sa.Integer(), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['organisation_id'], ['organisation.id'], name=op.f('fk_direction_organisation_id_organisation'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_direction')),
    sa.UniqueConstraint('organisation_id', 'name', name=op.f('uq_direction_organisation_id_name'))
    )
    with op.batch_alter_table('direction', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_direction_organisation_id'), ['organisation_id'], unique=False)

    op.create_table('erasure_log',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('organisation_id', sa.Integer(), nullable=False),
    sa.Column('erased_at', sa.DateTime(), nullable=False),
    sa.Column('erased_by', sa.String(length=200), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['organisation_id'], ['organisation.id'], name=op.f('fk_erasure_log_organisation_id_organisation'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_erasure_log'))
    )
    with op.batch_alter_table('erasure_log', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_erasure_log_organisation_id'), ['organisation_id'], unique=False)

    op.create_table('export_log',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('organisation_id', sa.Integer(), nullable=False),
    sa.Column('exported_at', sa.DateTime(), nullable=False),
    sa.Column('kind', sa.String(length=50), nullable=False),
    sa.Column('rows', sa.Integer(), nullable=False),
    sa.Column('file_name', sa.String(length=500), nullable=False),
    sa.ForeignKeyConstraint(['organisation_id'], ['organisation.id'], name=op.f('fk_export_log_organisation_id_organisation'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_export_log'))
    )
    with op.batch_alter_table('export_log', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_export_log_organisation_id'), ['organisation_id'], unique=False)

    op.create_table('mentoring_form',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('organisation_id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('mentor_kind', sa.Enum('staff', 'pupil', 'student', 'employer', name='form_mentor_kind', native_enum=False, create_constraint=True, length=24), nullable=False),
    sa.Column('mentee_kind', sa.Enum('staff', 'pupil', 'student', 'employer', name='form_mentee_kind', native_enum=False, create_constraint=True, length=24), nullable=False),
    sa.Column('sort_order', sa.Integer(), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['organisation_id'], ['organisation.id'], name=op.f('fk_mentoring_form_organisation_id_organisation'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_mentoring_form')),
    sa.UniqueConstraint('organisation_id', 'name', name=op.f('uq_mentoring_form_organisation_id_name'))
    )
    with op.batch_alter_table('mentoring_form', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_mentoring_form_organisation_id'), ['organisation_id'], unique=False)

    op.create_table('mentoring_type',
    sa.Column('organisation_id', sa.Integer(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=300), nullable=False),
    sa.Column('sort_order', sa.Integer(), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['organisation_id'], ['organisation.id'], name=op.f('fk_mentoring_type_organisation_id_organisation'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_mentoring_type')),
    sa.UniqueConstraint('organisation_id', 'name', name=op.f('uq_mentoring_type_organisation_id_name'))
    )
    with op.batch_alter_table('mentoring_type', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_mentoring_type_organisation_id'), ['organisation_id'], unique=False)

    op.create_table('person',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('organisation_id', sa.Integer(), nullable=False),
    sa.Column('last_name', sa.String(length=100), nullable=False),
    sa.Column('first_name', sa.String(length=100), nullable=False),
    sa.Column('middle_name', sa.String(length=100), nullable=False),
    sa.Column('kind', sa.Enum('staff', 'pupil', 'student', 'employer', name='person_kind', native_enum=False, create_constraint=True, length=24), nullable=False),
    sa.Column('gender', sa.Enum('m', 'f', name='gender', native_enum=False, create_constraint=True, length=24), nullable=True),
    sa.Column('birth_date', sa.Date(), nullable=True),
    sa.Column('phone', sa.String(length=100), nullable=False),
    sa.Column('email', sa.String(length=200), nullable=False),
    sa.Column('contact_note', sa.Text(), nullable=False),
    sa.Column('archived', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['organisation_id'], ['organisation.id'], name=op.f('fk_person_organisation_id_organisation'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_person'))
    )
    with op.batch_alter_table('person', schema=None) as batch_op:
        batch_op.create_index('ix_person_org_name', ['organisation_id', 'last_name', 'first_name'], unique=False)
        batch_op.create_index(batch_op.f('ix_person_organisation_id'), ['organisation_id'], unique=False)

    op.create_table('product_type',
    sa.Column('organisation_id', sa.Integer(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=300), nullable=False),
    sa.Column('sort_order', sa.Integer(), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['organisation_id'], ['organisation.id'], name=op.f('fk_product_type_organisation_id_organisation'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_product_type')),
    sa.UniqueConstraint('organisation_id', 'name', name=op.f('uq_product_type_organisation_id_name'))
    )
    with op.batch_alter_table('product_type', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_product_type_organisation_id'), ['organisation_id'], unique=False)

    op.create_table('programme',
    sa.Column('organisation_id', sa.Integer(), nullable=False),
    sa.Column('for_teachers', sa.Boolean(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=300), nullable=False),
    sa.Column('sort_order', sa.Integer(), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['organisation_id'], ['organisation.id'], name=op.f('fk_programme_organisation_id_organisation'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_programme')),
    sa.UniqueConstraint('organisation_id', 'name', name=op.f('uq_programme_organisation_id_name'))
    )
    with op.batch_alter_table('programme', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_programme_organisation_id'), ['organisation_id'], unique=False)

    op.create_table('questionnaire',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('organisation_id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=300), nullable=False),
    sa.Column('respondent', sa.Enum('mentor', 'mentee', name='respondent', native_enum=False, create_constraint=True, length=24), nullable=False),
    sa.ForeignKeyConstraint(['organisation_id'], ['organisation.id'], name=op.f('fk_questionnaire_organisation_id_organisation'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_questionnaire')),
    sa.UniqueConstraint('organisation_id', 'name', name=op.f('uq_questionnaire_organisation_id_name'))
    )
    with op.batch_alter_table('questionnaire', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_questionnaire_organisation_id'), ['organisation_id'], unique=False)

    op.create_table('school_year',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('organisation_id', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=9), nullable=False),
    sa.Column('start_date', sa.Date(), nullable=False),
    sa.Column('end_date', sa.Date(), nullable=False),
    sa.ForeignKeyConstraint(['organisation_id'], ['organisation.id'], name=op.f('fk_school_year_organisation_id_organisation'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_school_year')),
    sa.UniqueConstraint('organisation_id', 'title', name=op.f('uq_school_year_organisation_id_title'))
    )
    with op.batch_alter_table('school_year', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_school_year_organisation_id'), ['organisation_id'], unique=False)

    op.create_table('consent',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('organisation_id', sa.Integer(), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.Column('consent_type', sa.Enum('processing', 'publication', name='consent_type', native_enum=False, create_constraint=True, length=24), nullable=False),
    sa.Column('signed_on', sa.Date(), nullable=False),
    sa.Column('signer', sa.Enum('self', 'parent', name='signer', native_enum=False, create_constraint=True, length=24), nullable=False),
    sa.Column('signer_name', sa.String(length=200), nullable=False),
    sa.Column('withdrawn_on', sa.Date(), nullable=True),
    sa.ForeignKeyConstraint(['organisation_id'], ['organisation.id'], name=op.f('fk_consent_organisation_id_organisation'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_consent_person_id_person'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_consent'))
    )
    with op.batch_alter_table('consent', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_consent_organisation_id'), ['organisation_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_consent_person_id'), ['person_id'], unique=False)

    op.create_table('external_profile',
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.Column('organisation_name', sa.String(length=300), nullable=False),
    sa.Column('position_or_course', sa.String(length=200), nullable=False),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_external_profile_person_id_person'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('person_id', name=op.f('pk_external_profile'))
    )
    op.create_table('mentee_profile',
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.Column('request', sa.Text(), nullable=False),
    sa.Column('deficits', sa.Text(), nullable=False),
    sa.Column('joined_on', sa.Date(), nullable=True),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_mentee_profile_person_id_person'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('person_id', name=op.f('pk_mentee_profile'))
    )
    op.create_table('mentor_profile',
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.Column('competences', sa.Text(), nullable=False),
    sa.Column('interests', sa.Text(), nullable=False),
    sa.Column('achievements', sa.Text(), nullable=False),
    sa.Column('resource', sa.Integer(), nullable=False),
    sa.Column('schedule', sa.String(length=300), nullable=False),
    sa.Column('desired_age', sa.String(length=100), nullable=False),
    sa.Column('joined_on', sa.Date(), nullable=True),
    sa.CheckConstraint('resource >= 0', name=op.f('ck_mentor_profile_resource')),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_mentor_profile_person_id_person'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('person_id', name=op.f('pk_mentor_profile'))
    )
    op.create_table('mentoring_order',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('organisation_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.Enum('appoint_coordinator', 'fix_pairs', 'completion', name='order_kind', native_enum=False, create_constraint=True, length=24), nullable=False),
    sa.Column('number', sa.String(length=50), nullable=False),
    sa.Column('signed_on', sa.Date(), nullable=False),
    sa.Column('title', sa.String(length=500), nullable=False),
    sa.Column('preamble', sa.Text(), nullable=False),
    sa.Column('coordinator_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['coordinator_id'], ['person.id'], name=op.f('fk_mentoring_order_coordinator_id_person'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['organisation_id'], ['organisation.id'], name=op.f('fk_mentoring_order_organisation_id_organisation'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_mentoring_order'))
    )
    with op.batch_alter_table('mentoring_order', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_mentoring_order_coordinator_id'), ['coordinator_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_mentoring_order_organisation_id'), ['organisation_id'], unique=False)

    op.create_table('pupil_profile',
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.Column('class_name', sa.String(length=10), nullable=False),
    sa.Column('categories', sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_pupil_profile_person_id_person'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('person_id', name=op.f('pk_pupil_profile'))
    )
    with op.batch_alter_table('pupil_profile', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_pupil_profile_class_name'), ['class_name'], unique=False)

    op.create_table('question',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('questionnaire_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('kind', sa.Enum('scale', 'open', 'yes_no', name='question_kind', native_enum=False, create_constraint=True, length=24), nullable=False),
    sa.Column('final_only', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['questionnaire_id'], ['questionnaire.id'], name=op.f('fk_question_questionnaire_id_questionnaire'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_question'))
    )
    with op.batch_alter_table('question', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_question_questionnaire_id'), ['questionnaire_id'], unique=False)

    op.create_table('role_model',
    sa.Column('organisation_id', sa.Integer(), nullable=False),
    sa.Column('form_id', sa.Integer(), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=300), nullable=False),
    sa.Column('sort_order', sa.Integer(), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['form_id'], ['mentoring_form.id'], name=op.f('fk_role_model_form_id_mentoring_form'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['organisation_id'], ['organisation.id'], name=op.f('fk_role_model_organisation_id_organisation'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_role_model')),
    sa.UniqueConstraint('organisation_id', 'name', name=op.f('uq_role_model_organisation_id_name'))
    )
    with op.batch_alter_table('role_model', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_role_model_organisation_id'), ['organisation_id'], unique=False)

    op.create_table('staff_profile',
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.String(length=200), nullable=False),
    sa.Column('subjects', sa.String(length=300), nullable=False),
    sa.Column('experience_years', sa.Float(), nullable=True),
    sa.Column('experience_as_of', sa.Date(), nullable=True),
    sa.Column('hire_date', sa.Date(), nullable=True),
    sa.Column('category', sa.Enum('none', 'first', 'highest', name='qualification_category', native_enum=False, create_constraint=True, length=24), nullable=False),
    sa.Column('education', sa.String(length=300), nullable=False),
    sa.Column('shmo', sa.String(length=200), nullable=False),
    sa.Column('young_specialist_override', sa.Boolean(), nullable=True),
    sa.CheckConstraint('experience_years IS NULL OR experience_years >= 0', name=op.f('ck_staff_profile_experience')),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_staff_profile_person_id_person'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('person_id', name=op.f('pk_staff_profile'))
    )
    op.create_table('pair',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('organisation_id', sa.Integer(), nullable=False),
    sa.Column('form_id', sa.Integer(), nullable=False),
    sa.Column('type_id', sa.Integer(), nullable=True),
    sa.Column('role_model_id', sa.Integer(), nullable=True),
    sa.Column('programme_id', sa.Integer(), nullable=False),
    sa.Column('mentor_id', sa.Integer(), nullable=False),
    sa.Column('school_year', sa.String(length=9), nullable=False),
    sa.Column('goal', sa.Text(), nullable=False),
    sa.Column('start_date', sa.Date(), nullable=False),
    sa.Column('end_date', sa.Date(), nullable=True),
    sa.Column('status', sa.Enum('planned', 'active', 'completed', 'interrupted', name='pair_status', native_enum=False, create_constraint=True, length=24), nullable=False),
    sa.Column('status_reason', sa.Text(), nullable=False),
    sa.Column('result', sa.Text(), nullable=False),
    sa.Column('order_id', sa.Integer(), nullable=True),
    sa.Column('mentor_consent_on', sa.Date(), nullable=True),
    sa.Column('agreement', sa.String(length=300), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint('end_date IS NULL OR end_date >= start_date', name=op.f('ck_pair_dates')),
    sa.ForeignKeyConstraint(['form_id'], ['mentoring_form.id'], name=op.f('fk_pair_form_id_mentoring_form'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['mentor_id'], ['person.id'], name=op.f('fk_pair_mentor_id_person'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['order_id'], ['mentoring_order.id'], name=op.f('fk_pair_order_id_mentoring_order'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['organisation_id'], ['organisation.id'], name=op.f('fk_pair_organisation_id_organisation'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['programme_id'], ['programme.id'], name=op.f('fk_pair_programme_id_programme'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['role_model_id'], ['role_model.id'], name=op.f('fk_pair_role_model_id_role_model'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['type_id'], ['mentoring_type.id'], name=op.f('fk_pair_type_id_mentoring_type'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_pair'))
    )
    with op.batch_alter_table('pair', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_pair_form_id'), ['form_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_pair_mentor_id'), ['mentor_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_pair_order_id'), ['order_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_pair_organisation_id'), ['organisation_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_pair_programme_id'), ['programme_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_pair_school_year'), ['school_year'], unique=False)

    op.create_table('iom',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('organisation_id', sa.Integer(), nullable=False),
    sa.Column('mentee_id', sa.Integer(), nullable=False),
    sa.Column('mentor_id', sa.Integer(), nullable=True),
    sa.Column('pair_id', sa.Integer(), nullable=True),
    sa.Column('school_year', sa.String(length=9), nullable=False),
    sa.Column('topic', sa.Text(), nullable=False),
    sa.Column('deficits', sa.Text(), nullable=False),
    sa.Column('goal', sa.Text(), nullable=False),
    sa.Column('tasks', sa.Text(), nullable=False),
    sa.Column('approved_by', sa.String(length=200), nullable=False),
    sa.Column('approved_on', sa.Date(), nullable=True),
    sa.Column('self_report', sa.Text(), nullable=False),
    sa.Column('mentor_conclusion', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['mentee_id'], ['person.id'], name=op.f('fk_iom_mentee_id_person'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['mentor_id'], ['person.id'], name=op.f('fk_iom_mentor_id_person'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['organisation_id'], ['organisation.id'], name=op.f('fk_iom_organisation_id_organisation'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['pair_id'], ['pair.id'], name=op.f('fk_iom_pair_id_pair'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_iom'))
    )
    with op.batch_alter_table('iom', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_iom_mentee_id'), ['mentee_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_iom_organisation_id'), ['organisation_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_iom_school_year'), ['school_year'], unique=False)

    op.create_table('meeting',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('pair_id', sa.Integer(), nullable=False),
    sa.Column('held_on', sa.Date(), nullable=False),
    sa.Column('topic', sa.String(length=500), nullable=False),
    sa.Column('form', sa.String(length=100), nullable=False),
    sa.Column('duration_minutes', sa.Integer(), nullable=False),
    sa.Column('done', sa.Text(), nullable=False),
    sa.Column('next_steps', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['pair_id'], ['pair.id'], name=op.f('fk_meeting_pair_id_pair'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_meeting'))
    )
    with op.batch_alter_table('meeting', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_meeting_pair_id'), ['pair_id'], unique=False)

    op.create_table('pair_mentee',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('pair_id', sa.Integer(), nullable=False),
    sa.Column('mentee_id', sa.Integer(), nullable=False),
    sa.Column('programme_id', sa.Integer(), nullable=False),
    sa.Column('open_slot', sa.Integer(), nullable=True),
    sa.CheckConstraint('open_slot IS NULL OR open_slot = 1', name=op.f('ck_pair_mentee_open_slot')),
    sa.ForeignKeyConstraint(['mentee_id'], ['person.id'], name=op.f('fk_pair_mentee_mentee_id_person'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['pair_id'], ['pair.id'], name=op.f('fk_pair_mentee_pair_id_pair'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['programme_id'], ['programme.id'], name=op.f('fk_pair_mentee_programme_id_programme'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_pair_mentee')),
    sa.UniqueConstraint('mentee_id', 'programme_id', 'open_slot', name='uq_pair_mentee_one_open_per_programme'),
    sa.UniqueConstraint('pair_id', 'mentee_id', name=op.f('uq_pair_mentee_pair_id_mentee_id'))
    )
    with op.batch_alter_table('pair_mentee', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_pair_mentee_mentee_id'), ['mentee_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_pair_mentee_pair_id'), ['pair_id'], unique=False)

    op.create_table('questionnaire_response',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('organisation_id', sa.Integer(), nullable=False),
    sa.Column('questionnaire_id', sa.Integer(), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.Column('pair_id', sa.Integer(), nullable=True),
    sa.Column('stage', sa.Enum('entry', 'interim', 'final', name='questionnaire_stage', native_enum=False, create_constraint=True, length=24), nullable=False),
    sa.Column('filled_on', sa.Date(), nullable=False),
    sa.ForeignKeyConstraint(['organisation_id'], ['organisation.id'], name=op.f('fk_questionnaire_response_organisation_id_organisation'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['pair_id'], ['pair.id'], name=op.f('fk_questionnaire_response_pair_id_pair'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_questionnaire_response_person_id_person'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['questionnaire_id'], ['questionnaire.id'], name=op.f('fk_questionnaire_response_questionnaire_id_questionnaire'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_questionnaire_response'))
    )
    with op.batch_alter_table('questionnaire_response', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_questionnaire_response_organisation_id'), ['organisation_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_questionnaire_response_person_id'), ['person_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_questionnaire_response_questionnaire_id'), ['questionnaire_id'], unique=False)

    op.create_table('answer',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('response_id', sa.Integer(), nullable=False),
    sa.Column('question_id', sa.Integer(), nullable=False),
    sa.Column('score', sa.Integer(), nullable=True),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('yes', sa.Boolean(), nullable=True),
    sa.CheckConstraint('score IS NULL OR (score >= 1 AND score <= 10)', name=op.f('ck_answer_score')),
    sa.ForeignKeyConstraint(['question_id'], ['question.id'], name=op.f('fk_answer_question_id_question'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['response_id'], ['questionnaire_response.id'], name=op.f('fk_answer_response_id_questionnaire_response'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_answer'))
    )
    with op.batch_alter_table('answer', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_answer_response_id'), ['response_id'], unique=False)

    op.create_table('iom_activity',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('iom_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('direction_id', sa.Integer(), nullable=True),
    sa.Column('title', sa.Text(), nullable=False),
    sa.Column('period', sa.String(length=100), nullable=False),
    sa.Column('due_date', sa.Date(), nullable=True),
    sa.Column('product_type_id', sa.Integer(), nullable=True),
    sa.Column('product_description', sa.Text(), nullable=False),
    sa.Column('responsible', sa.String(length=200), nullable=False),
    sa.Column('status', sa.Enum('planned', 'in_progress', 'done', 'postponed', 'failed', name='activity_status', native_enum=False, create_constraint=True, length=24), nullable=False),
    sa.Column('done_on', sa.Date(), nullable=True),
    sa.Column('mark', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['direction_id'], ['direction.id'], name=op.f('fk_iom_activity_direction_id_direction'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['iom_id'], ['iom.id'], name=op.f('fk_iom_activity_iom_id_iom'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['product_type_id'], ['product_type.id'], name=op.f('fk_iom_activity_product_type_id_product_type'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_iom_activity'))
    )
    with op.batch_alter_table('iom_activity', schema=None) as batch_op:
        batch_op.create_index('ix_iom_activity_iom_position', ['iom_id', 'position'], unique=False)

    op.create_table('attachment',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('activity_id', sa.Integer(), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('original_name', sa.String(length=300), nullable=False),
    sa.Column('size', sa.Integer(), nullable=False),
    sa.Column('added_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['activity_id'], ['iom_activity.id'], name=op.f('fk_attachment_activity_id_iom_activity'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_attachment'))
    )
    with op.batch_alter_table('attachment', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_attachment_activity_id'), ['activity_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_attachment_sha256'), ['sha256'], unique=False)




def downgrade() -> None:

    with op.batch_alter_table('attachment', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_attachment_sha256'))
        batch_op.drop_index(batch_op.f('ix_attachment_activity_id'))

    op.drop_table('attachment')
    with op.batch_alter_table('iom_activity', schema=None) as batch_op:
        batch_op.drop_index('ix_iom_activity_iom_position')

    op.drop_table('iom_activity')
    with op.batch_alter_table('answer', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_answer_response_id'))

    op.drop_table('answer')
    with op.batch_alter_table('questionnaire_response', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_questionnaire_response_questionnaire_id'))
        batch_op.drop_index(batch_op.f('ix_questionnaire_response_person_id'))
        batch_op.drop_index(batch_op.f('ix_questionnaire_response_organisation_id'))

    op.drop_table('questionnaire_response')
    with op.batch_alter_table('pair_mentee', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_pair_mentee_pair_id'))
        batch_op.drop_index(batch_op.f('ix_pair_mentee_mentee_id'))

    op.drop_table('pair_mentee')
    with op.batch_alter_table('meeting', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_meeting_pair_id'))

    op.drop_table('meeting')
    with op.batch_alter_table('iom', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_iom_school_year'))
        batch_op.drop_index(batch_op.f('ix_iom_organisation_id'))
        batch_op.drop_index(batch_op.f('ix_iom_mentee_id'))

    op.drop_table('iom')
    with op.batch_alter_table('pair', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_pair_school_year'))
        batch_op.drop_index(batch_op.f('ix_pair_programme_id'))
        batch_op.drop_index(batch_op.f('ix_pair_organisation_id'))
        batch_op.drop_index(batch_op.f('ix_pair_order_id'))
        batch_op.drop_index(batch_op.f('ix_pair_mentor_id'))
        batch_op.drop_index(batch_op.f('ix_pair_form_id'))

    op.drop_table('pair')
    op.drop_table('staff_profile')
    with op.batch_alter_table('role_model', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_role_model_organisation_id'))

    op.drop_table('role_model')
    with op.batch_alter_table('question', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_question_questionnaire_id'))

    op.drop_table('question')
    with op.batch_alter_table('pupil_profile', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_pupil_profile_class_name'))

    op.drop_table('pupil_profile')
    with op.batch_alter_table('mentoring_order', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_mentoring_order_organisation_id'))
        batch_op.drop_index(batch_op.f('ix_mentoring_order_coordinator_id'))

    op.drop_table('mentoring_order')
    op.drop_table('mentor_profile')
    op.drop_table('mentee_profile')
    op.drop_table('external_profile')
    with op.batch_alter_table('consent', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_consent_person_id'))
        batch_op.drop_index(batch_op.f('ix_consent_organisation_id'))

    op.drop_table('consent')
    with op.batch_alter_table('school_year', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_school_year_organisation_id'))

    op.drop_table('school_year')
    with op.batch_alter_table('questionnaire', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_questionnaire_organisation_id'))

    op.drop_table('questionnaire')
    with op.batch_alter_table('programme', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_programme_organisation_id'))

    op.drop_table('programme')
    with op.batch_alter_table('product_type', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_product_type_organisation_id'))

    op.drop_table('product_type')
    with op.batch_alter_table('person', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_person_organisation_id'))
        batch_op.drop_index('ix_person_org_name')

    op.drop_table('person')
    with op.batch_alter_table('mentoring_type', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_mentoring_type_organisation_id'))

    op.drop_table('mentoring_type')
    with op.batch_alter_table('mentoring_form', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_mentoring_form_organisation_id'))

    op.drop_table('mentoring_form')
    with op.batch_alter_table('export_log', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_export_log_organisation_id'))

    op.drop_table('export_log')
    with op.batch_alter_table('erasure_log', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_erasure_log_organisation_id'))

    op.drop_table('erasure_log')
    with op.batch_alter_table('direction', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_direction_organisation_id'))

    op.drop_table('direction')
    op.drop_table('organisation')
    op.drop_table('app_meta')

