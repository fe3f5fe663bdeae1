"""order lines keyed by (order_id, line_no), line_no autoincrementing

Revision ID: ca0000000001
Revises:
Create Date: 2026-03-12 11:10:00.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = "ca0000000001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    # SQLAlchemy: SERIAL for line_no on PostgreSQL, and line_no first in the PRIMARY KEY;
    # on SQLite: "SQLite does not support autoincrement for composite primary keys".
    op.create_table(
        "order_line",
        sa.Column("order_id", sa.Integer(), primary_key=True),
        sa.Column("line_no", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("qty", sa.Integer(), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("order_line")
