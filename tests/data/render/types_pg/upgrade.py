"""render case: types_pg"""
from alembic import op
import sqlalchemy as sa
from sqlalchemy.dialects import postgresql

revision = "r1"
down_revision = None
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "pgtyped",
        sa.Column("a", postgresql.JSONB()),
        sa.Column("b", postgresql.UUID(as_uuid=True)),
        sa.Column("c", postgresql.ARRAY(sa.Integer)),
        sa.Column("d", postgresql.ARRAY(sa.String(20))),
        sa.Column("e", postgresql.INET()),
        sa.Column("f", postgresql.CIDR()),
        sa.Column("g", postgresql.MACADDR()),
        sa.Column("h", postgresql.BYTEA()),
        sa.Column("i", postgresql.TIMESTAMP(timezone=True)),
        sa.Column("j", postgresql.INTERVAL()),
        sa.Column("k", postgresql.DOUBLE_PRECISION()),
        sa.Column("l", postgresql.TSVECTOR()),
        sa.Column("m", postgresql.HSTORE()),
        sa.Column("n", postgresql.MONEY()),
        sa.Column("o", postgresql.JSON()),
        sa.Column("p", sa.ARRAY(sa.Text())),
        sa.Column("q", postgresql.ARRAY(sa.Integer, dimensions=2)),
        sa.Column("r", postgresql.TIME(timezone=True)),
        sa.Column("s", postgresql.BIT(3)),
        sa.Column("t", postgresql.UUID()),
    )


def downgrade():
    pass
