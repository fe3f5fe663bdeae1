"""render case: alter_column_pg_using_error"""
from alembic import op
import sqlalchemy as sa
from sqlalchemy.dialects import postgresql

revision = "r1"
down_revision = None
branch_labels = None
depends_on = None


def upgrade():
    op.alter_column("t", "c", postgresql_using="c::integer")


def downgrade():
    pass
