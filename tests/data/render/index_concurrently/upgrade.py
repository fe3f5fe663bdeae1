"""render case: index_concurrently"""
from alembic import op
import sqlalchemy as sa
from sqlalchemy.dialects import postgresql

revision = "r1"
down_revision = None
branch_labels = None
depends_on = None


def upgrade():
    op.create_index("ix_t_c", "t", ["c"], postgresql_concurrently=True)
    op.drop_index("ix_t_d", table_name="t", postgresql_concurrently=True)


def downgrade():
    pass
