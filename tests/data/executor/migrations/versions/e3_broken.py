"""a revision that fails half-way

Revision ID: e3e3e3e3e3e3
Revises: e2e2e2e2e2e2
Create Date: 2026-11-21 12:10:00
"""
from alembic import op

revision = "e3e3e3e3e3e3"
down_revision = "e2e2e2e2e2e2"
branch_labels = None
depends_on = None


def upgrade():
    op.execute("UPDATE item SET qty = 5")
    op.execute("INSERT INTO no_such_table (x) VALUES (1)")


def downgrade():
    op.execute("UPDATE item SET qty = 0")
