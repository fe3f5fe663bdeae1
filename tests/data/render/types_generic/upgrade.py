"""render case: types_generic"""
from alembic import op
import sqlalchemy as sa
from sqlalchemy.dialects import postgresql

revision = "r1"
down_revision = None
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "typed",
        sa.Column("a", sa.String(50)),
        sa.Column("b", sa.String()),
        sa.Column("c", sa.Unicode(20)),
        sa.Column("d", sa.Text()),
        sa.Column("e", sa.Boolean()),
        sa.Column("f", sa.DateTime()),
        sa.Column("g", sa.DateTime(timezone=True)),
        sa.Column("h", sa.Date()),
        sa.Column("i", sa.Time()),
        sa.Column("j", sa.Time(timezone=True)),
        sa.Column("k", sa.Interval()),
        sa.Column("l", sa.Numeric(10, 2)),
        sa.Column("m", sa.Float()),
        sa.Column("n", sa.Float(precision=53)),
        sa.Column("o", sa.LargeBinary()),
        sa.Column("p", sa.JSON()),
        sa.Column("q", sa.Integer()),
        sa.Column("r", sa.BigInteger()),
        sa.Column("s", sa.SmallInteger()),
        sa.Column("t", sa.UnicodeText()),
        sa.Column("u", sa.Numeric()),
        sa.Column("v", sa.Numeric(8)),
        sa.Column("w", sa.String(length=12)),
        sa.Column("x", sa.Unicode()),
    )


def downgrade():
    pass
