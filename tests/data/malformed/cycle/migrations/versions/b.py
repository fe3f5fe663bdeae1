"""bbbb0002 step

Revision ID: bbbb0002
Revises: 'aaaa0001'
"""
from alembic import op
import sqlalchemy as sa

revision = 'bbbb0002'
down_revision = 'aaaa0001'
branch_labels = None
depends_on = None


def upgrade():
    pass


def downgrade():
    pass
