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
_NAME = "ck_staff_profile_qualification_category"  # the name the models' naming convention gives


def _change(values: tuple[str, ...]) -> None:
    """Replace the CHECK constraint of the category column (the column stays VARCHAR(24))."""
    allowed = ", ".join(f"'{v}'" for v in values)
    with op.batch_alter_table("staff_profile") as batch:
        batch.drop_constraint(op.f(_NAME), type_="check")
        batch.create_check_constraint(op.f(_NAME), sa.text(f"category IN ({allowed})"))


def upgrade() -> None:
    _change(_NEW)


def downgrade() -> None:
    op.execute(
        "UPDATE staff_profile SET category = 'none' "
        "WHERE category IN ('conformity', 'methodist', 'mentor')"
    )
    _change(_OLD)
