"""render case: composite_autoincrement"""
from alembic import op
import sqlalchemy as sa
from sqlalchemy.dialects import postgresql

revision = "r1"
down_revision = None
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "line",
        sa.Column("order_id", sa.Integer(), primary_key=True),
        sa.Column("line_no", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("qty", sa.Integer(), nullable=False),
    )
    op.create_table(
        "big_line",
        sa.Column("order_id", sa.Integer()),
        sa.Column("part", sa.SmallInteger()),
        sa.Column("line_no", sa.BigInteger(), autoincrement=True),
        sa.PrimaryKeyConstraint("order_id", "line_no", "part", name="pk_big_line"),
    )
    op.create_table(
        "pair",
        sa.Column("a", sa.Integer(), primary_key=True),
        sa.Column("b", sa.Integer(), primary_key=True),
    )


def downgrade():
    pass
