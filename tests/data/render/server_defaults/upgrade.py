"""render case: server_defaults"""
from alembic import op
import sqlalchemy as sa
from sqlalchemy.dialects import postgresql

revision = "r1"
down_revision = None
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "defaults",
        sa.Column("a", sa.String(20), server_default="it's"),
        sa.Column("b", sa.Integer(), server_default=sa.text("42")),
        sa.Column("c", sa.DateTime(), server_default=sa.func.now(), nullable=False),
        sa.Column("d", sa.Boolean(), server_default=sa.true()),
        sa.Column("e", sa.Boolean(), server_default=sa.false()),
        sa.Column("f", sa.String(5), server_default=sa.literal_column("'lc'")),
        sa.Column("g", sa.Integer(), server_default="0"),
    )


def downgrade():
    pass
