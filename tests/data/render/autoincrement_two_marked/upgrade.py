"""render case: autoincrement_two_marked"""
from alembic import op
import sqlalchemy as sa
from sqlalchemy.dialects import postgresql

revision = "r1"
down_revision = None
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "t",
        sa.Column("x", sa.String(5)),
        sa.Column("a", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("b", sa.Integer(), primary_key=True, autoincrement=True),
    )


def downgrade():
    pass
