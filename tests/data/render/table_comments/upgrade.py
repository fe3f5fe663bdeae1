"""render case: table_comments"""
from alembic import op
import sqlalchemy as sa
from sqlalchemy.dialects import postgresql

revision = "r1"
down_revision = None
branch_labels = None
depends_on = None


def upgrade():
    op.create_table_comment("t", "all the t's")
    op.drop_table_comment("t", existing_comment="all the t's")


def downgrade():
    pass
