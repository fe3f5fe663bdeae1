"""create shelf

Revision ID: a1c0ffee0001
Revises:
Create Date: 2026-11-21 10:00:00
"""
from alembic import op
import sqlalchemy as sa

revision = "a1c0ffee0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "shelf",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("label", sa.String(40), nullable=False),
    )


def downgrade():
    op.drop_table("shelf")
