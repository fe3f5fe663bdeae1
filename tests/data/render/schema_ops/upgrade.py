"""render case: schema_ops"""
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
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("parent_id", sa.Integer(), sa.ForeignKey("parent.id")),
        sa.Column("order", sa.Integer(), sa.ForeignKey("app.orders.id", name="fk_order")),
        sa.Column("total", sa.Integer(), sa.Computed("id * 2")),
        schema="app",
    )
    op.create_index("ix_child_parent", "child", ["parent_id"], schema="app")
    op.drop_index("ix_child_parent", table_name="child", schema="app")
    op.rename_table("child", "children", schema="app")
    op.drop_table("children", schema="app")


def downgrade():
    pass
