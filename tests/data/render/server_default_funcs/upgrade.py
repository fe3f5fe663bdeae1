"""render case: server_default_funcs"""
from alembic import op
import sqlalchemy as sa
from sqlalchemy.dialects import postgresql

revision = "r1"
down_revision = None
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "f",
        sa.Column("a", sa.DateTime(), server_default=sa.text("CURRENT_TIMESTAMP")),
        sa.Column("b", sa.DateTime(), server_default=sa.func.current_timestamp()),
        sa.Column("c", sa.String(36), server_default=sa.func.lower("ABC")),
        sa.Column("d", sa.Integer(), server_default=sa.func.coalesce(1, 2)),
    )
    op.alter_column("f", "a", server_default=sa.func.now())
    op.alter_column("f", "d", server_default=sa.false())


def downgrade():
    pass
