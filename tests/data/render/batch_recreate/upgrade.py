"""render case: batch_recreate"""
from alembic import op
import sqlalchemy as sa
from sqlalchemy.dialects import postgresql

revision = "r1"
down_revision = None
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table("t") as batch_op:
        batch_op.add_column(sa.Column("x", sa.Integer()))
        batch_op.alter_column("y", nullable=False, existing_type=sa.Integer())
        batch_op.drop_column("z")
        batch_op.create_unique_constraint("uq_t_x", ["x"])


def downgrade():
    pass
