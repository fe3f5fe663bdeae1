"""render case: execute"""
from alembic import op
import sqlalchemy as sa
from sqlalchemy.dialects import postgresql

revision = "r1"
down_revision = None
branch_labels = None
depends_on = None


def upgrade():
    op.execute("UPDATE t SET a = 'x'")
    op.execute("INSERT INTO t VALUES (' :x', '10:30')")
    op.execute(sa.text("DELETE FROM t WHERE b = :b"))
    op.execute("SELECT 1\n\tFROM t")
    op.execute("-- just a comment")
    op.execute("  UPDATE t SET c = 1  ")


def downgrade():
    pass
