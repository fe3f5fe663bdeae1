"""bbbb0002 step

Revision ID: bbbb0002
Revises: 'deadbeef0000'
"""
from alembic import op
import sqlalchemy as sa

revision = 'bbbb0002'
down_revision = 'deadbeef0000'
branch_labels = None
depends_on = None


def upgrade():
    pass


def downgrade():
    pass
