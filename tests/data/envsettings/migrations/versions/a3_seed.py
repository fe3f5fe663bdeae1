"""seed shelves

Revision ID: a3c0ffee0003
Revises: a2c0ffee0002
Create Date: 2026-11-21 10:10:00
"""
from alembic import op

revision = "a3c0ffee0003"
down_revision = "a2c0ffee0002"
branch_labels = None
depends_on = None


def upgrade():
    op.execute("INSERT INTO shelf (label) VALUES ('A1')")


def downgrade():
    op.execute("DELETE FROM shelf WHERE label = 'A1'")
