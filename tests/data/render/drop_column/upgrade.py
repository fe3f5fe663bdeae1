"""render case: drop_column"""
from alembic import op
import sqlalchemy as sa
from sqlalchemy.dialects import postgresql

revision = "r1"
down_revision = None
branch_labels = None
depends_on = None


def upgrade():
    op.drop_column("account", "email")
    op.drop_column("account", "order")


def downgrade():
    pass
