"""seed setting

Revision ID: e5e000000002
Revises: e5e000000001
Create Date: 2026-03-11 09:10:00.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = "e5e000000002"
down_revision = "e5e000000001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("setting", sa.Column("changed", sa.DateTime(), nullable=True))
    op.bulk_insert(sa.table("setting", sa.column("key", sa.String), sa.column("value", sa.Text)),
                   [{"key": "theme", "value": "dark"}])


def downgrade() -> None:
    op.execute("DELETE FROM setting WHERE key = 'theme'")
    op.drop_column("setting", "changed")
