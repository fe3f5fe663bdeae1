"""rename publisher to imprint; seed authors

Revision ID: c0a1b2c3d405
Revises: c0a1b2c3d404
Create Date: 2026-03-01 10:20:00.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = "c0a1b2c3d405"
down_revision = "c0a1b2c3d404"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.rename_table("publisher", "imprint")
    op.alter_column("book", "publisher_id", new_column_name="imprint_id", existing_type=sa.Integer())
    op.execute("INSERT INTO author (id, name, kind) VALUES (1, 'Ada', 'person')")
    author = sa.table(
        "author",
        sa.column("id", sa.Integer),
        sa.column("name", sa.String),
        sa.column("kind", sa.String),
        sa.column("active", sa.Boolean),
        sa.column("rating", sa.Float),
    )
    op.bulk_insert(
        author,
        [
            {"id": 2, "name": "O'Brien", "kind": "collective", "active": False, "rating": 4.5},
            {"id": 3, "name": "Cy", "kind": "person", "active": True, "rating": None},
        ],
    )


def downgrade() -> None:
    op.execute("DELETE FROM author WHERE id IN (1, 2, 3)")
    op.alter_column("book", "imprint_id", new_column_name="publisher_id", existing_type=sa.Integer())
    op.rename_table("imprint", "publisher")
