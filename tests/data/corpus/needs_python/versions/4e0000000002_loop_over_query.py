"""fill doc.slug from a query

Revision ID: 4e0000000002
Revises: 4e0000000001
Create Date: 2026-03-09 10:10:00.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = "4e0000000002"
down_revision = "4e0000000001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("doc", sa.Column("slug", sa.String(100)))
    conn = op.get_bind()
    for row in conn.execute(sa.text("SELECT id, title FROM doc")):  # expect-needs-python: 22:16
        conn.execute(sa.text("UPDATE doc SET slug = :s WHERE id = :i"), {"s": row.title.lower(), "i": row.id})


def downgrade() -> None:
    op.drop_column("doc", "slug")
