"""render case: execute_escapes"""
from alembic import op
import sqlalchemy as sa
from sqlalchemy.dialects import postgresql

revision = "r1"
down_revision = None
branch_labels = None
depends_on = None


def upgrade():
    op.execute("SELECT '10\\:30', :a, x::text FROM t WHERE y = :b_1")
    op.execute("UPDATE t\tSET a = ':no' ")


def downgrade():
    pass
