"""add member columns in batch mode

Revision ID: ba7c00000002
Revises: ba7c00000001
Create Date: 2026-03-07 10:10:00.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = "ba7c00000002"
down_revision = "ba7c00000001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("member", schema=None) as batch_op:
        batch_op.add_column(sa.Column("loan_limit", sa.Integer(), nullable=False, server_default="3"))
        batch_op.add_column(sa.Column("nickname", sa.String(length=30), nullable=True))
        batch_op.add_column(sa.Column("joined", sa.Date(), nullable=True))
        batch_op.create_index("ix_member_nickname", ["nickname"], unique=False)
        batch_op.drop_index("ix_member_email")
        batch_op.create_index(batch_op.f("ix_member_email_name"), ["email", "name"], unique=True)


def downgrade() -> None:
    with op.batch_alter_table("member", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_member_email_name"))
        batch_op.create_index("ix_member_email", ["email"], unique=True)
        batch_op.drop_index("ix_member_nickname")
    # Dropping columns in batch mode recreates the table on SQLite (see corpus/sqlite_batch);
    # SQLite 3.35+ drops a plain column with ALTER TABLE itself.
    op.drop_column("member", "joined")
    op.drop_column("member", "nickname")
    op.drop_column("member", "loan_limit")
