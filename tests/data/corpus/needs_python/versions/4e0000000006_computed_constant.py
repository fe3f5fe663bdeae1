"""tables named by a module constant computed with a builtin

Revision ID: 4e0000000006
Revises: 4e0000000005
Create Date: 2026-03-09 10:50:00.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = "4e0000000006"
down_revision = "4e0000000005"
branch_labels = None
depends_on = None

TABLES = sorted(["tag", "label"])  # expect-needs-python: 18:10


def upgrade() -> None:
    for name in TABLES:
        op.create_table(name, sa.Column("id", sa.Integer(), primary_key=True))


def downgrade() -> None:
    for name in TABLES:
        op.drop_table(name)
