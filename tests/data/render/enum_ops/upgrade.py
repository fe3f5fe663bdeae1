"""render case: enum_ops"""
from alembic import op
import sqlalchemy as sa
from sqlalchemy.dialects import postgresql

revision = "r1"
down_revision = None
branch_labels = None
depends_on = None


def upgrade():
    sa.Enum("x", "y", "it's", name="letters").create(op.get_bind())
    postgresql.ENUM("p", "q", name="pq").create(op.get_bind(), checkfirst=False)
    sa.Enum("x", "y", name="letters").drop(op.get_bind())


def downgrade():
    pass
