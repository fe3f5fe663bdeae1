"""merge heads

Revision ID: m1
Revises: d1, d2
"""
revision = 'm1'
down_revision = ('d1', 'd2')
branch_labels = None
depends_on = None


def upgrade():
    pass


def downgrade():
    pass
