"""render case: column_collation"""
from alembic import op
import sqlalchemy as sa
from sqlalchemy.dialects import postgresql

revision = "r1"
down_revision = None
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "word",
        sa.Column("a", sa.String(50, collation="C")),
        sa.Column("b", sa.String(20, "POSIX")),
        sa.Column("c", sa.String(collation="C")),
        sa.Column("d", sa.Text(collation="C")),
        sa.Column("e", sa.Unicode(10, collation="C")),
        sa.Column("f", sa.UnicodeText(collation="C")),
        sa.Column("g", sa.CHAR(3, "C")),
        sa.Column("h", sa.VARCHAR(length=5, collation="C")),
        sa.Column("i", sa.TEXT(collation="C")),
        sa.Column("j", sa.String(0)),
        sa.Column("k", sa.String(12, collation=None)),
    )
    op.add_column("word", sa.Column("root", sa.Unicode(30, collation="C"), nullable=False, server_default="x"))
    op.alter_column("word", "a", type_=sa.String(60, collation="POSIX"), existing_type=sa.String(50))


def downgrade():
    pass
