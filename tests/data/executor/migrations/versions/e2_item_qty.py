"""item quantity

Revision ID: e2e2e2e2e2e2
Revises: e1e1e1e1e1e1
Create Date: 2026-11-21 12:05:00
"""
from alembic import op
import sqlalchemy as sa

revision = "e2e2e2e2e2e2"
down_revision = "e1e1e1e1e1e1"
branch_labels = None
depends_on = None


def upgrade():
    op.add_column("item", sa.Column("qty", sa.Integer(), server_default="0", nullable=False))
    op.create_index("ix_item_name", "item", ["name"])
    item = sa.table("item", sa.column("id", sa.Integer), sa.column("name", sa.String))
    op.bulk_insert(item, [{"id": 1, "name": "bolt"}, {"id": 2, "name": "nut"}])


def downgrade():
    op.execute("DELETE FROM item")
    op.drop_index("ix_item_name", table_name="item")
    op.drop_column("item", "qty")
