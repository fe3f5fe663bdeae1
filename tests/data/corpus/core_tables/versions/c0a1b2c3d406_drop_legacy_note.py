"""drop legacy_note

Revision ID: c0a1b2c3d406
Revises: c0a1b2c3d405
Create Date: 2026-03-01 10:25:00.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = "c0a1b2c3d406"
down_revision = "c0a1b2c3d405"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.drop_table("legacy_note")


def downgrade() -> None:
    op.create_table(
        "legacy_note",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("author_id", sa.Integer(), sa.ForeignKey("author.id")),
        sa.Column("body", sa.Text(), nullable=False, server_default=""),
    )
