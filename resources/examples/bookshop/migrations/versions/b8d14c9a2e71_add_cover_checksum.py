"""add cover checksum

Revision ID: b8d14c9a2e71
Revises: a27f5d3e0b6c
Create Date: 2026-01-23 10:44:31.508816

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'b8d14c9a2e71'
down_revision = 'a27f5d3e0b6c'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('book_cover') as batch_op:
        batch_op.add_column(sa.Column('sha256', sa.String(length=64), nullable=True))
        batch_op.create_unique_constraint('uq_book_cover_sha256', ['sha256'])


def downgrade() -> None:
    with op.batch_alter_table('book_cover') as batch_op:
        batch_op.drop_constraint('uq_book_cover_sha256', type_='unique')
        batch_op.drop_column('sha256')
