"""render case: add_column_fk"""
from alembic import op
import sqlalchemy as sa
from sqlalchemy.dialects import postgresql

revision = "r1"
down_revision = None
branch_labels = None
depends_on = None


def upgrade():
    op.add_column("address", sa.Column("account_id", sa.Integer(), sa.ForeignKey("account.id", ondelete="CASCADE")))


def downgrade():
    pass
