"""create page with a column-level CHECK constraint

Revision ID: cc0000000001
Revises:
Create Date: 2026-03-12 09:00:00.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = "cc0000000001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "page",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("number", sa.Integer(), sa.CheckConstraint("number > 0", name="ck_page_number"), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("page")
