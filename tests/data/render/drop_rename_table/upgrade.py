"""render case: drop_rename_table"""
from alembic import op
import sqlalchemy as sa
from sqlalchemy.dialects import postgresql

revision = "r1"
down_revision = None
branch_labels = None
depends_on = None


def upgrade():
    op.rename_table("account", "accounts")
    op.drop_table("accounts")
    op.rename_table("user", "select")
    op.drop_table("Mixed")


def downgrade():
    pass
