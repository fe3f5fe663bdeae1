"""cccc0003 step

Revision ID: cccc0003
Revises: 'bbbb0002'
"""
from alembic import op
import sqlalchemy as sa

revision = 'cccc0003'
down_revision = 'bbbb0002'
branch_labels = None
depends_on = None


def upgrade():
    pass


def downgrade():
    pass
