"""create item with comments

Revision ID: a17e0c010001
Revises:
Create Date: 2026-03-02 09:00:00.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = "a17e0c010001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "item",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("code", sa.String(10), nullable=False, comment="stock keeping unit"),
        sa.Column("qty", sa.Integer(), nullable=True),
        sa.Column("price", sa.Numeric(6, 2)),
        sa.Column("note", sa.String(50), server_default="n/a"),
        sa.Column("status", sa.String(20)),
        sa.Column("created", sa.DateTime()),
        sa.Column("weight", sa.Float()),
        comment="things we sell",
    )


def downgrade() -> None:
    op.drop_table("item")
