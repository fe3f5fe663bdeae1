"""render case: enum_create_table"""
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
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("status", sa.Enum("new", "active", "closed", name="account_status"), nullable=False),
        sa.Column("mood", postgresql.ENUM("sad", "ok", "happy", name="mood", create_type=False)),
        sa.Column("kind", postgresql.ENUM("a", "bb", name="kind")),
    )


def downgrade():
    pass
