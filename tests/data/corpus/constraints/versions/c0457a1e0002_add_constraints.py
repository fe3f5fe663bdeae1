"""add constraints to existing tables (PostgreSQL: SQLite needs batch mode for this)

Revision ID: c0457a1e0002
Revises: c0457a1e0001
Create Date: 2026-03-03 08:10:00.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = "c0457a1e0002"
down_revision = "c0457a1e0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.create_primary_key("pk_parent", "parent", ["id"])
    op.create_unique_constraint("uq_parent_code", "parent", ["code"])
    op.create_unique_constraint(op.f("uq_parent_a_b"), "parent", ["a", "b"], deferrable=True, initially="DEFERRED")
    op.create_check_constraint("ck_child_amount", "child", "amount >= 0")
    op.create_check_constraint(op.f("ck_child_code_length"), "child", sa.text("length(code) <= 8"))
    op.create_foreign_key("fk_child_parent", "child", "parent", ["parent_id"], ["id"],
                          ondelete="CASCADE", onupdate="SET NULL")
    op.create_foreign_key("fk_child_parent_code", "child", "parent", ["parent_code"], ["code"],
                          deferrable=True, initially="DEFERRED", match="FULL")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.drop_constraint("fk_child_parent_code", "child", type_="foreignkey")
    op.drop_constraint("fk_child_parent", "child", type_="foreignkey")
    op.drop_constraint(op.f("ck_child_code_length"), "child", type_="check")
    op.drop_constraint("ck_child_amount", "child", type_="check")
    op.drop_constraint(op.f("uq_parent_a_b"), "parent", type_="unique")
    op.drop_constraint("uq_parent_code", "parent", type_="unique")
    op.drop_constraint("pk_parent", "parent", type_="primary")
