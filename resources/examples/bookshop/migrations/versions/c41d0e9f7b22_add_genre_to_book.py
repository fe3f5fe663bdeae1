"""add genre to book

Books get a genre with a server default; a named CHECK constraint keeps the
values to a known list. On SQLite the batch recreates the table.

Revision ID: c41d0e9f7b22
Revises: 8b7e4d2c1a90
Create Date: 2026-01-15 16:02:49.903217

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'c41d0e9f7b22'
down_revision = '8b7e4d2c1a90'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('book') as batch_op:
        batch_op.add_column(
            sa.Column('genre', sa.String(length=20), server_default='general', nullable=False)
        )
        batch_op.create_check_constraint(
            'ck_book_genre',
            "genre IN ('general', 'fiction', 'nonfiction', 'poetry', 'children')",
        )


def downgrade() -> None:
    with op.batch_alter_table('book') as batch_op:
        batch_op.drop_constraint('ck_book_genre', type_='check')
        batch_op.drop_column('genre')
