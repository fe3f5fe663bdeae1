"""render case: enum_variants"""
from alembic import op
import sqlalchemy as sa
from sqlalchemy.dialects import postgresql

revision = "r1"
down_revision = None
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "e",
        sa.Column("a", sa.Enum("x", "yyy", name="plain_enum", native_enum=False)),
        sa.Column("b", sa.Enum("p", "q", name="scoped", schema="app")),
        sa.Column("c", sa.Enum("one", "three", name="sized", length=12, native_enum=False)),
    )
    postgresql.ENUM("u", "v", name="uv", schema="app").create(op.get_bind())
    postgresql.ENUM(name="uv", schema="app").drop(op.get_bind())


def downgrade():
    pass
