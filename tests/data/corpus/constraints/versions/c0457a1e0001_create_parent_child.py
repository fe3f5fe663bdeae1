"""create parent, child and tag tables

Revision ID: c0457a1e0001
Revises:
Create Date: 2026-03-03 08:00:00.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = "c0457a1e0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    # SQLite has no deferrable UNIQUE constraints.
    pg = op.get_context().dialect.name == "postgresql"
    op.create_table(
        "parent",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(8), nullable=False),
        sa.Column("a", sa.Integer()),
        sa.Column("b", sa.Integer()),
    )
    op.create_table(
        "child",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("parent_id", sa.Integer()),
        sa.Column("parent_code", sa.String(8)),
        sa.Column("amount", sa.Numeric(10, 2), nullable=False, server_default="0"),
        sa.Column("code", sa.String(8)),
        sa.PrimaryKeyConstraint("id", name="pk_child"),
        sa.UniqueConstraint("code", name="uq_child_code"),
    )
    op.create_table(
        "tag",
        sa.Column("child_id", sa.Integer(), nullable=False),
        sa.Column("label", sa.String(30), nullable=False),
        sa.Column("weight", sa.Integer(), server_default="1"),
        sa.PrimaryKeyConstraint("child_id", "label", name="pk_tag"),
        sa.ForeignKeyConstraint(["child_id"], ["child.id"], name="fk_tag_child", ondelete="CASCADE",
                                onupdate="RESTRICT", deferrable=True, initially="DEFERRED"),
        sa.CheckConstraint("weight BETWEEN 1 AND 10", name="ck_tag_weight"),
        sa.UniqueConstraint("label", "weight", name="uq_tag_label_weight", deferrable=pg or None,
                            initially="IMMEDIATE" if pg else None),
    )


def downgrade() -> None:
    op.drop_table("tag")
    op.drop_table("child")
    op.drop_table("parent")
