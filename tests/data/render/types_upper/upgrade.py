"""render case: types_upper"""
from alembic import op
import sqlalchemy as sa
from sqlalchemy.dialects import postgresql

revision = "r1"
down_revision = None
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "upper",
        sa.Column("a", sa.VARCHAR(10)),
        sa.Column("b", sa.INTEGER()),
        sa.Column("c", sa.BIGINT()),
        sa.Column("d", sa.SMALLINT()),
        sa.Column("e", sa.TEXT()),
        sa.Column("f", sa.BOOLEAN()),
        sa.Column("g", sa.TIMESTAMP()),
        sa.Column("h", sa.TIMESTAMP(timezone=True)),
        sa.Column("i", sa.CHAR(3)),
        sa.Column("j", sa.NUMERIC(5, 2)),
        sa.Column("k", sa.FLOAT()),
        sa.Column("l", sa.REAL()),
        sa.Column("m", sa.DATE()),
        sa.Column("n", sa.DATETIME()),
        sa.Column("o", sa.TIME()),
        sa.Column("p", sa.BLOB()),
        sa.Column("q", sa.JSON()),
        sa.Column("r", sa.NVARCHAR(7)),
        sa.Column("s", sa.DECIMAL(6, 1)),
        sa.Column("t", sa.CLOB()),
        sa.Column("u", sa.NCHAR(2)),
        sa.Column("v", sa.VARBINARY(16)),
        sa.Column("w", sa.BINARY(4)),
        sa.Column("x", sa.CHAR()),
    )


def downgrade():
    pass
