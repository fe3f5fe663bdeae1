"""aaaa-0001 step

Revision ID: aaaa-0001
Revises: None
"""
from alembic import op
import sqlalchemy as sa

revision = 'aaaa-0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade():
    pass


def downgrade():
    pass
