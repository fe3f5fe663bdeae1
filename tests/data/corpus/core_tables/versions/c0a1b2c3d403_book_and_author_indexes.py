"""indexes: op.f names, unique, expression, partial

Revision ID: c0a1b2c3d403
Revises: c0a1b2c3d402
Create Date: 2026-03-01 10:10:00.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = "c0a1b2c3d403"
down_revision = "c0a1b2c3d402"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index(op.f("ix_author_name"), "author", ["name"], unique=False)
    op.create_index("ix_author_email_lower", "author", [sa.text("lower(email)")], unique=True)
    op.create_index(
        "ix_book_priced",
        "book",
        ["price"],
        postgresql_where=sa.text("price > 0"),
        sqlite_where=sa.text("price > 0"),
    )
    op.create_index("ix_publisher_city_name", "publisher", ["city", "name"], unique=True)


def downgrade() -> None:
    op.drop_index("ix_publisher_city_name", table_name="publisher")
    op.drop_index("ix_book_priced", table_name="book")
    op.drop_index("ix_author_email_lower", table_name="author")
    op.drop_index(op.f("ix_author_name"), table_name="author")
