"""add shelf.room

Revision ID: a2c0ffee0002
Revises: a1c0ffee0001
Create Date: 2026-11-21 10:05:00
"""
from alembic import op
import sqlalchemy as sa

revision = "a2c0ffee0002"
down_revision = "a1c0ffee0001"
branch_labels = None
depends_on = None


def upgrade():
    op.add_column("shelf", sa.Column("room", sa.String(20), server_default="hall"))
    op.create_index("ix_shelf_room", "shelf", ["room"])


def downgrade():
    op.drop_index("ix_shelf_room", table_name="shelf")
    op.drop_column("shelf", "room")
