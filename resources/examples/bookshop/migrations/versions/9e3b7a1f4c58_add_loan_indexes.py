"""add loan indexes

Revision ID: 9e3b7a1f4c58
Revises: 6a0c2f8e9d13
Create Date: 2026-01-22 08:51:19.392071

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '9e3b7a1f4c58'
down_revision = '6a0c2f8e9d13'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index(op.f('ix_loan_member_id'), 'loan', ['member_id'], unique=False)
    op.create_index(op.f('ix_loan_book_id_returned_on'), 'loan', ['book_id', 'returned_on'], unique=False)


def downgrade() -> None:
    op.drop_index(op.f('ix_loan_book_id_returned_on'), table_name='loan')
    op.drop_index(op.f('ix_loan_member_id'), table_name='loan')
