"""render case: sqlite_autoincrement"""
from alembic import op
import sqlalchemy as sa
from sqlalchemy.dialects import postgresql

revision = "r1"
down_revision = None
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "auto",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("name", sa.String(20)),
        sqlite_autoincrement=True,
    )


def downgrade():
    pass
