"""render case: autocommit_block"""
from alembic import op
import sqlalchemy as sa
from sqlalchemy.dialects import postgresql

revision = "r1"
down_revision = None
branch_labels = None
depends_on = None


def upgrade():
    op.execute("UPDATE t SET a = 1")
    with op.get_context().autocommit_block():
        op.execute("ALTER TYPE mood ADD VALUE 'meh'")
    op.execute("UPDATE t SET a = 2")


def downgrade():
    pass
