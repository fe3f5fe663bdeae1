"""create account and team

Revision ID: 5b00000000a1
Revises:
Create Date: 2026-03-08 10:00:00.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = "5b00000000a1"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "team",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=40), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_team"),
    )
    op.create_table(
        "account",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("email", sa.String(length=100), nullable=False),
        sa.Column("nickname", sa.String(length=30), nullable=True),
        sa.Column("status", sa.String(length=10), nullable=True),
        sa.Column("score", sa.Integer(), nullable=True),
        sa.Column("created", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_account"),
    )
    op.create_index("ix_account_email", "account", ["email"])


def downgrade() -> None:
    op.drop_index("ix_account_email", table_name="account")
    op.drop_table("account")
    op.drop_table("team")
