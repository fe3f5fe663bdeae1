"""create loan table

Revision ID: 6a0c2f8e9d13
Revises: 1d9f4e2b7c35
Create Date: 2026-01-20 14:38:40.207155

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '6a0c2f8e9d13'
down_revision = '1d9f4e2b7c35'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'loan',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('book_id', sa.Integer(), nullable=False),
        sa.Column('member_id', sa.Integer(), nullable=False),
        sa.Column('loaned_on', sa.Date(), nullable=False),
        sa.Column('due_on', sa.Date(), nullable=False),
        sa.Column('returned_on', sa.Date(), nullable=True),
        sa.CheckConstraint('due_on >= loaned_on', name=op.f('ck_loan_due_after_loan')),
        sa.ForeignKeyConstraint(['book_id'], ['book.id'], name=op.f('fk_loan_book_id_book')),
        sa.ForeignKeyConstraint(['member_id'], ['member.id'], name=op.f('fk_loan_member_id_member'), ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_loan')),
    )


def downgrade() -> None:
    op.drop_table('loan')
