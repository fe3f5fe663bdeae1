"""render case: create_table_basic"""
from alembic import op
import sqlalchemy as sa
from sqlalchemy.dialects import postgresql

revision = "r1"
down_revision = None
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "account",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), server_default="anon", nullable=False),
        sa.Column("bio", sa.Text()),
        sa.Column("balance", sa.Numeric(10, 2), server_default="0", nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    pass
