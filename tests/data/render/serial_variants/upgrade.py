"""render case: serial_variants"""
from alembic import op
import sqlalchemy as sa
from sqlalchemy.dialects import postgresql

revision = "r1"
down_revision = None
branch_labels = None
depends_on = None


def upgrade():
    op.create_table("s1", sa.Column("id", sa.Integer(), primary_key=True))
    op.create_table("s2", sa.Column("id", sa.BigInteger(), primary_key=True))
    op.create_table("s3", sa.Column("id", sa.SmallInteger(), primary_key=True))
    op.create_table("s4", sa.Column("id", sa.Integer(), primary_key=True, autoincrement=False))
    op.create_table(
        "s5",
        sa.Column("a", sa.Integer(), primary_key=True),
        sa.Column("b", sa.Integer(), primary_key=True),
    )
    op.create_table("s6", sa.Column("id", sa.Integer(), sa.Identity(start=1), primary_key=True))
    op.create_table(
        "s7",
        sa.Column("id", sa.BigInteger(), sa.Identity(always=True, start=5, increment=2), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_s7"),
    )
    op.create_table("s8", sa.Column("id", sa.String(10), primary_key=True))


def downgrade():
    pass
