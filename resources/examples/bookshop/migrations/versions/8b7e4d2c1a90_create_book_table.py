"""create book table

Revision ID: 8b7e4d2c1a90
Revises: 3f2a9c1d8e04
Create Date: 2026-01-12 09:41:03.115870

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '8b7e4d2c1a90'
down_revision = '3f2a9c1d8e04'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'book',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('title', sa.String(length=200), nullable=False),
        sa.Column('author_id', sa.Integer(), nullable=False),
        sa.Column('isbn', sa.String(length=13), nullable=True),
        sa.Column('published_year', sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(['author_id'], ['author.id'], name=op.f('fk_book_author_id_author'), ondelete='RESTRICT'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_book')),
        sa.UniqueConstraint('isbn', name=op.f('uq_book_isbn')),
    )
    op.create_index(op.f('ix_book_title'), 'book', ['title'], unique=False)
    op.create_index(op.f('ix_book_author_id'), 'book', ['author_id'], unique=False)


def downgrade() -> None:
    op.drop_index(op.f('ix_book_author_id'), table_name='book')
    op.drop_index(op.f('ix_book_title'), table_name='book')
    op.drop_table('book')
