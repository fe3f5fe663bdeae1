"""a helper function adds the timestamp columns

Revision ID: 4e0000000001
Revises:
Create Date: 2026-03-09 10:00:00.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = "4e0000000001"
down_revision = None
branch_labels = None
depends_on = None


def _add_timestamps(table):
    op.add_column(table, sa.Column("created_at", sa.DateTime()))
    op.add_column(table, sa.Column("updated_at", sa.DateTime()))


def upgrade() -> None:
    op.create_table(
        "doc",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("title", sa.String(100), nullable=False),
    )
    _add_timestamps("doc")  # expect-needs-python: 30:5


def downgrade() -> None:
    op.drop_table("doc")
