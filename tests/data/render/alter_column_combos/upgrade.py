"""render case: alter_column_combos"""
from alembic import op
import sqlalchemy as sa
from sqlalchemy.dialects import postgresql

revision = "r1"
down_revision = None
branch_labels = None
depends_on = None


def upgrade():
    op.alter_column("t", "c", nullable=True, server_default="z", type_=sa.String(30), new_column_name="zz")
    op.alter_column("t", "d", nullable=False)
    op.alter_column("t", "e", server_default=None)
    op.alter_column("t", "f", server_default=sa.text("now()"))
    op.alter_column("t", "g", type_=sa.Integer(), existing_type=sa.String(), postgresql_using="g::integer")
    op.alter_column("t", "h", type_=sa.Text())
    op.alter_column("t", "i", new_column_name="i2")


def downgrade():
    pass
