"""bbbb0002 step

Revision ID: bbbb0002
Revises: None
"""
from alembic import op
import sqlalchemy as sa

revision = 'bbbb0002'
down_revision = None
branch_labels = ('shop',)
depends_on = None


def upgrade():
    pass


def downgrade():
    pass
