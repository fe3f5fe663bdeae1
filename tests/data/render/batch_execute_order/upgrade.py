"""render case: batch_execute_order

batch_op.execute() runs at once; the batch's own statements come at the end of the block."""
from alembic import op
import sqlalchemy as sa

revision = "r1"
down_revision = None
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table("t") as batch_op:
        batch_op.add_column(sa.Column("x", sa.Integer()))
        batch_op.execute("UPDATE t SET x = 1")
        batch_op.create_index("ix_t_x", ["x"])


def downgrade():
    pass
