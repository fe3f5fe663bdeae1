"""render case: table_schema_comment"""
from alembic import op
import sqlalchemy as sa
from sqlalchemy.dialects import postgresql

revision = "r1"
down_revision = None
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "item",
        sa.Column("id", sa.Integer(), primary_key=True, comment="the id"),
        sa.Column("label", sa.String(20), comment="it's a label"),
        schema="inv",
        comment="items",
    )
    op.create_index("ix_item_label", "item", ["label"], schema="inv")


def downgrade():
    pass
