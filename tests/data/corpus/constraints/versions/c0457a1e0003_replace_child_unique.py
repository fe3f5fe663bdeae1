"""replace child's unique constraint and tag's foreign key (PostgreSQL)

Revision ID: c0457a1e0003
Revises: c0457a1e0002
Create Date: 2026-03-03 08:20:00.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = "c0457a1e0003"
down_revision = "c0457a1e0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_context().dialect.name == "postgresql":
        op.drop_constraint("uq_child_code", "child")
        op.create_unique_constraint("uq_child_parent_code", "child", ["parent_id", "code"])
        op.drop_constraint("fk_tag_child", "tag", type_="foreignkey")
        op.create_foreign_key("fk_tag_child", "tag", "child", ["child_id"], ["id"], ondelete="SET NULL")
        op.drop_constraint("ck_tag_weight", "tag", type_="check")
    else:
        op.create_index("ix_child_parent_code", "child", ["parent_id", "code"], unique=True)


def downgrade() -> None:
    if op.get_context().dialect.name == "postgresql":
        op.create_check_constraint("ck_tag_weight", "tag", "weight BETWEEN 1 AND 10")
        op.drop_constraint("fk_tag_child", "tag", type_="foreignkey")
        op.create_foreign_key("fk_tag_child", "tag", "child", ["child_id"], ["id"], ondelete="CASCADE",
                              onupdate="RESTRICT", deferrable=True, initially="DEFERRED")
        op.drop_constraint("uq_child_parent_code", "child", type_="unique")
        op.create_unique_constraint("uq_child_code", "child", ["code"])
    else:
        op.drop_index("ix_child_parent_code", table_name="child")
