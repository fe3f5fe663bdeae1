"""add member loan limit

Every member may borrow three books at a time; staff get five.

Revision ID: 7d1a4b9e6c30
Revises: 5c8e2a7f1b94
Create Date: 2026-02-04 17:31:46.020583

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '7d1a4b9e6c30'
down_revision = '5c8e2a7f1b94'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('member') as batch_op:
        batch_op.add_column(
            sa.Column('loan_limit', sa.Integer(), server_default=sa.text('3'), nullable=False)
        )
        batch_op.create_check_constraint('ck_member_loan_limit', 'loan_limit BETWEEN 0 AND 20')
    op.execute("UPDATE member SET loan_limit = 5 WHERE status = 'staff'")


def downgrade() -> None:
    with op.batch_alter_table('member') as batch_op:
        batch_op.drop_constraint('ck_member_loan_limit', type_='check')
        batch_op.drop_column('loan_limit')
