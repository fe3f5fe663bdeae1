"""render case: add_column"""
from alembic import op
import sqlalchemy as sa
from sqlalchemy.dialects import postgresql

revision = "r1"
down_revision = None
branch_labels = None
depends_on = None


def upgrade():
    op.add_column("account", sa.Column("email", sa.String(100), nullable=False, server_default="x"))
    op.add_column("account", sa.Column("age", sa.Integer()))
    op.add_column("account", sa.Column("created", sa.DateTime(), server_default=sa.func.now()))


def downgrade():
    pass
