"""render case: batch_plain"""
from alembic import op
import sqlalchemy as sa
from sqlalchemy.dialects import postgresql

revision = "r1"
down_revision = None
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table("t") as batch_op:
        batch_op.add_column(sa.Column("x", sa.String(10), server_default="a"))
        batch_op.create_index("ix_t_x", ["x"])
        batch_op.drop_index("ix_t_old")


def downgrade():
    pass
