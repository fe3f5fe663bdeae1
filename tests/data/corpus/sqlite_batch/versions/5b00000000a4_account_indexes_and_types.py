"""account: widen created, rebuild the email index, replace the foreign key

Revision ID: 5b00000000a4
Revises: 5b00000000a3
Create Date: 2026-03-08 10:30:00.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = "5b00000000a4"
down_revision = "5b00000000a3"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("account") as batch_op:
        batch_op.drop_index("ix_account_email")
        batch_op.alter_column("created", existing_type=sa.DateTime(), type_=sa.DateTime(timezone=True),
                              nullable=False, server_default=sa.text("CURRENT_TIMESTAMP"))
        batch_op.drop_constraint("fk_account_team", type_="foreignkey")
        batch_op.create_foreign_key("fk_account_team", "team", ["team_id"], ["id"], ondelete="CASCADE")
        batch_op.create_index(batch_op.f("ix_account_email_state"), ["email", "state"])


def downgrade() -> None:
    with op.batch_alter_table("account") as batch_op:
        batch_op.drop_index(batch_op.f("ix_account_email_state"))
        batch_op.drop_constraint("fk_account_team", type_="foreignkey")
        batch_op.create_foreign_key("fk_account_team", "team", ["team_id"], ["id"], ondelete="SET NULL")
        batch_op.alter_column("created", existing_type=sa.DateTime(timezone=True), type_=sa.DateTime(),
                              nullable=True, server_default=None)
        batch_op.create_index("ix_account_email", ["email"])
