"""aaaa0001 step

Revision ID: aaaa0001
Revises: 'aaaa0001'
"""
from alembic import op
import sqlalchemy as sa

revision = 'aaaa0001'
down_revision = 'aaaa0001'
branch_labels = None
depends_on = None


def upgrade():
    pass


def downgrade():
    pass
