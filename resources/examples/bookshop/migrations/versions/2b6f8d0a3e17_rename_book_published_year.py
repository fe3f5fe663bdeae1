"""rename book published year

Revision ID: 2b6f8d0a3e17
Revises: 7d1a4b9e6c30
Create Date: 2026-02-09 12:06:33.871449

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '2b6f8d0a3e17'
down_revision = '7d1a4b9e6c30'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('book') as batch_op:
        batch_op.alter_column(
            'published_year',
            new_column_name='first_published',
            existing_type=sa.Integer(),
            existing_nullable=True,
        )


def downgrade() -> None:
    with op.batch_alter_table('book') as batch_op:
        batch_op.alter_column(
            'first_published',
            new_column_name='published_year',
            existing_type=sa.Integer(),
            existing_nullable=True,
        )
