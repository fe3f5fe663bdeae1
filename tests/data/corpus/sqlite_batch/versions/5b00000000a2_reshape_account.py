"""reshape account in batch mode

Revision ID: 5b00000000a2
Revises: 5b00000000a1
Create Date: 2026-03-08 10:10:00.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = "5b00000000a2"
down_revision = "5b00000000a1"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("account", schema=None) as batch_op:
        batch_op.add_column(sa.Column("team_id", sa.Integer(), nullable=True))
        batch_op.create_foreign_key("fk_account_team", "team", ["team_id"], ["id"], ondelete="SET NULL")
        batch_op.alter_column("nickname", existing_type=sa.String(length=30), type_=sa.String(length=60),
                              existing_nullable=True)
        batch_op.alter_column("status", new_column_name="state", existing_type=sa.String(length=10),
                              server_default="new")
        batch_op.drop_column("score")
        batch_op.create_unique_constraint("uq_account_email", ["email"])
        batch_op.create_check_constraint("ck_account_state", sa.text("state IN ('new', 'old')"))


def downgrade() -> None:
    with op.batch_alter_table("account", schema=None) as batch_op:
        batch_op.drop_constraint("ck_account_state", type_="check")
        batch_op.drop_constraint("uq_account_email", type_="unique")
        batch_op.add_column(sa.Column("score", sa.Integer(), nullable=True))
        batch_op.alter_column("state", new_column_name="status", existing_type=sa.String(length=10),
                              server_default=None)
        batch_op.alter_column("nickname", existing_type=sa.String(length=60), type_=sa.String(length=30),
                              existing_nullable=True)
        batch_op.drop_constraint("fk_account_team", type_="foreignkey")
        batch_op.drop_column("team_id")
