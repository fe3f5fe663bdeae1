"""render case: create_table_constraints"""
from alembic import op
import sqlalchemy as sa
from sqlalchemy.dialects import postgresql

revision = "r1"
down_revision = None
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "child",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("parent_id", sa.Integer(), sa.ForeignKey("parent.id", ondelete="CASCADE"), nullable=False),
        sa.Column("other_id", sa.Integer()),
        sa.Column("code", sa.String(10), unique=True),
        sa.Column("email", sa.String(100), index=True),
        sa.Column("balance", sa.Integer(), server_default=sa.text("0")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_child")),
        sa.UniqueConstraint("email", name="uq_child_email"),
        sa.CheckConstraint("balance >= 0", name="ck_child_balance"),
        sa.ForeignKeyConstraint(["other_id"], ["other.id"], name="fk_child_other",
                                ondelete="SET NULL", onupdate="RESTRICT", deferrable=True, initially="DEFERRED"),
        sa.UniqueConstraint("parent_id", "other_id"),
        sa.CheckConstraint("other_id <> id"),
    )
    # One index per table: Alembic iterates Table.indexes, a set, so several would come in
    # an arbitrary order.
    op.create_table(
        "child2",
        sa.Column("slug", sa.String(40), unique=True, index=True),
        sa.Column("n", sa.Integer(), unique=True),
    )
    op.create_table(
        "child3",
        sa.Column("email", sa.String(100)),
        sa.Index("ix_child3_lower", sa.text("lower(email)"), unique=True),
    )
    op.create_table(
        "child4",
        sa.Column("a", sa.Integer()),
        sa.Column("b", sa.Integer()),
        sa.Index("ix_child4_pair", "a", "b"),
    )


def downgrade():
    pass
