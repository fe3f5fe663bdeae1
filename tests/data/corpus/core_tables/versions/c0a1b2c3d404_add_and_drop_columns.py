"""add and drop columns

Revision ID: c0a1b2c3d404
Revises: c0a1b2c3d403
Create Date: 2026-03-01 10:15:00.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = "c0a1b2c3d404"
down_revision = "c0a1b2c3d403"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("author", sa.Column("website", sa.String(200), nullable=True))
    op.add_column("author", sa.Column("followers", sa.Integer(), nullable=False, server_default="0"))
    op.add_column("book", sa.Column("subtitle", sa.String(200), server_default="", nullable=False))
    op.add_column("book", sa.Column("edition", sa.SmallInteger(), server_default=sa.text("1"), index=True))
    op.drop_column("author", "legacy_code")
    if op.get_context().dialect.name == "postgresql":
        op.add_column("book", sa.Column("listed_at", sa.DateTime(timezone=True), server_default=sa.func.now()))


def downgrade() -> None:
    if op.get_context().dialect.name == "postgresql":
        op.drop_column("book", "listed_at")
    op.add_column("author", sa.Column("legacy_code", sa.VARCHAR(10), nullable=True))
    op.drop_index(op.f("ix_book_edition"), table_name="book")
    op.drop_column("book", "edition")
    op.drop_column("book", "subtitle")
    op.drop_column("author", "followers")
    op.drop_column("author", "website")
