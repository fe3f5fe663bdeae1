"""create book cover table

Starts the "media" branch beside members and loans.

Revision ID: a27f5d3e0b6c
Revises: e5a8b3c6d701
Create Date: 2026-01-21 15:12:08.774520

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'a27f5d3e0b6c'
down_revision = 'e5a8b3c6d701'
branch_labels = ('media',)
depends_on = None


def upgrade() -> None:
    op.create_table(
        'book_cover',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('book_id', sa.Integer(), nullable=False),
        sa.Column('mime_type', sa.String(length=50), server_default='image/jpeg', nullable=False),
        sa.Column('width', sa.Integer(), nullable=False),
        sa.Column('height', sa.Integer(), nullable=False),
        sa.Column('data', sa.LargeBinary(), nullable=True),
        sa.CheckConstraint('width > 0 AND height > 0', name=op.f('ck_book_cover_size')),
        sa.ForeignKeyConstraint(['book_id'], ['book.id'], name=op.f('fk_book_cover_book_id_book'), ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_book_cover')),
    )
    op.create_index(op.f('ix_book_cover_book_id'), 'book_cover', ['book_id'], unique=False)


def downgrade() -> None:
    op.drop_index(op.f('ix_book_cover_book_id'), table_name='book_cover')
    op.drop_table('book_cover')
