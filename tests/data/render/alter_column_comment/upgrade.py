"""render case: alter_column_comment"""
from alembic import op
import sqlalchemy as sa
from sqlalchemy.dialects import postgresql

revision = "r1"
down_revision = None
branch_labels = None
depends_on = None


def upgrade():
    op.alter_column("t", "c", comment="hello it's")
    op.alter_column("t", "d", comment=None, existing_comment="old")


def downgrade():
    pass
