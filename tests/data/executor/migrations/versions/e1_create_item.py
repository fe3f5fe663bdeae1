"""create item

Revision ID: e1e1e1e1e1e1
Revises:
Create Date: 2026-11-21 12:00:00
"""
from alembic import op
import sqlalchemy as sa

revision = "e1e1e1e1e1e1"
down_revision = None
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "item",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("name", sa.String(40), nullable=False),
    )


def downgrade():
    op.drop_table("item")
