"""create member table

Revision ID: 1d9f4e2b7c35
Revises: e5a8b3c6d701
Create Date: 2026-01-20 10:05:12.660934

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '1d9f4e2b7c35'
down_revision = 'e5a8b3c6d701'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'member',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('name', sa.String(length=120), nullable=False),
        sa.Column('email', sa.String(length=254), nullable=False),
        sa.Column('joined_on', sa.Date(), nullable=True),
        sa.Column('status', sa.String(length=10), server_default='active', nullable=False),
        sa.CheckConstraint("status IN ('active', 'suspended', 'staff')", name=op.f('ck_member_status')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_member')),
        sa.UniqueConstraint('email', name=op.f('uq_member_email')),
    )


def downgrade() -> None:
    op.drop_table('member')
