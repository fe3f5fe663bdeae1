"""try/except around an index; a comprehension of rows

Revision ID: 4e0000000007
Revises: 4e0000000006
Create Date: 2026-03-09 11:00:00.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = "4e0000000007"
down_revision = "4e0000000006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    try:  # expect-needs-python: 20:5
        op.create_index("ix_doc_title", "doc", ["title"])
    except Exception:
        pass


def downgrade() -> None:
    op.drop_index("ix_doc_title", table_name="doc")
    doc = sa.table("doc", sa.column("id", sa.Integer), sa.column("title", sa.String))
    op.bulk_insert(doc, [{"id": 200 + i, "title": "t%d" % i} for i in [1, 2]])  # expect-needs-python: 29:25
    op.execute("DELETE FROM doc WHERE id > 200")
