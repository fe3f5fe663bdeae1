"""render case: autoincrement_rules"""
from alembic import op
import sqlalchemy as sa
from sqlalchemy.dialects import postgresql

revision = "r1"
down_revision = None
branch_labels = None
depends_on = None


def upgrade():
    op.create_table("n1", sa.Column("id", sa.Numeric(10), primary_key=True))
    op.create_table("n2", sa.Column("id", sa.Integer(), primary_key=True, default=5))
    op.create_table("n3", sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True, default=5))
    op.create_table("n4", sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True, server_default="7"))
    op.create_table("n5", sa.Column("id", sa.Integer(), primary_key=True, autoincrement=False),
                    sqlite_autoincrement=True)
    op.create_table(
        "n6",
        sa.Column("id", sa.Integer()),
        sa.Column("other", sa.Integer(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
        sqlite_autoincrement=True,
    )
    op.create_table(
        "n7",
        sa.Column("a", sa.Integer()),
        sa.Column("b", sa.String(5), nullable=True),
        sa.PrimaryKeyConstraint("b", "a"),
    )
    op.create_table(
        "n8",
        sa.Column("id", sa.Integer(), sa.Identity(), nullable=True, primary_key=True),
        sa.Column("x", sa.Integer(), sa.Identity(), nullable=True),
        sa.Column("y", sa.Integer(), sa.Identity()),
    )
    op.create_table(
        "n9",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("total", sa.Integer(), sa.Computed("id * 2"), nullable=False),
        sa.Column("stored", sa.Integer(), sa.Computed("id * 3", persisted=True)),
    )
    op.add_column("n9", sa.Column("extra", sa.Integer(), primary_key=True, default=1))


def downgrade():
    pass
