"""qualification categories: СЗД and the 2023 categories педагог-методист, педагог-наставник

Revision ID: 0002
Revises: 0001
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_OLD = ("none", "first", "highest")
_NEW = ("none", "conformity", "first", "highest", "methodist", "mentor")


def _enum(values: tuple[str, ...]) -> sa.Enum:
    return sa.Enum(*values, name="qualification_category", native_enum=False, create_constraint=True, length=24)


def _change(old: tuple[str, ...], new: tuple[str, ...]) -> None:
    with op.batch_alter_table("staff_profile") as batch:
        batch.drop_constraint(op.f("ck_staff_profile_qualification_category"), type_="check")
        batch.alter_column("category", existing_type=_enum(old), type_=_enum(new), existing_nullable=False)


def upgrade() -> None:
    _change(_OLD, _NEW)


def downgrade() -> None:
    op.execute(
        "UPDATE staff_profile SET category = 'none' "
        "WHERE category IN ('conformity', 'methodist', 'mentor')"
    )
    _change(_NEW, _OLD)
