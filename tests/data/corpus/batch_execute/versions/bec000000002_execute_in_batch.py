"""batch_op.execute between batched operations

Revision ID: bec000000002
Revises: bec000000001
Create Date: 2026-03-07 11:10:00.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = "bec000000002"
down_revision = "bec000000001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("counter") as batch_op:
        batch_op.add_column(sa.Column("step", sa.Integer(), nullable=False, server_default="1"))
        batch_op.execute("INSERT INTO counter (id, name) VALUES (1, 'first')")
        batch_op.create_index("ix_counter_name", ["name"], unique=True)


def downgrade() -> None:
    with op.batch_alter_table("counter") as batch_op:
        batch_op.drop_index("ix_counter_name")
        batch_op.execute("DELETE FROM counter WHERE id = 1")
    op.drop_column("counter", "step")
