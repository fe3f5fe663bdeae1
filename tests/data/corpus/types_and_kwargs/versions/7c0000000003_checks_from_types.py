"""CHECK constraints made by types; self-referencing and deferrable foreign keys

Revision ID: 7c0000000003
Revises: 7c0000000002
Create Date: 2026-03-10 09:20:00.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = "7c0000000003"
down_revision = "7c0000000002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "category",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("parent_id", sa.Integer(), sa.ForeignKey("category.id", ondelete="CASCADE")),
        sa.Column("sample_id", sa.Integer(),
                  sa.ForeignKey("sample.id", name="fk_category_sample", deferrable=True, initially="DEFERRED")),
        sa.Column("visible", sa.Boolean(create_constraint=True, name="ck_category_visible"), nullable=False,
                  server_default=sa.true()),
        sa.Column("shape", sa.Enum("round", "square", name="category_shape", create_constraint=True)),
        sa.Column("motto", sa.String(40), server_default="it's fine"),
        sa.Column("title", sa.String(40), nullable=False),
    )
    op.create_index("ix_category_title_desc", "category", [sa.text("title DESC"), "id"])


def downgrade() -> None:
    op.drop_index("ix_category_title_desc", table_name="category")
    op.drop_table("category")
    sa.Enum(name="category_shape").drop(op.get_bind(), checkfirst=False)
