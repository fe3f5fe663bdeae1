"""create publisher and book with foreign keys

Revision ID: c0a1b2c3d402
Revises: c0a1b2c3d401
Create Date: 2026-03-01 10:05:00.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = "c0a1b2c3d402"
down_revision = "c0a1b2c3d401"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # One index per create_table: alembic 1.8 emits a table's indexes in Python set order,
    # which changes from run to run.
    op.create_table(
        "publisher",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("name", sa.String(80), nullable=False),
        sa.Column("city", sa.String(80), index=True),
        sa.UniqueConstraint("name", "city", name="uq_publisher_name_city"),
    )
    op.create_table(
        "book",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("author_id", sa.Integer(), sa.ForeignKey("author.id", ondelete="CASCADE"), nullable=False),
        sa.Column("publisher_id", sa.Integer(), nullable=True),
        sa.Column("isbn", sa.String(13), nullable=False),
        sa.Column("title", sa.String(200), nullable=False),
        sa.Column("price", sa.Numeric(8, 2), server_default=sa.text("0.00"), nullable=False),
        sa.Column("pages", sa.Integer()),
        sa.Column("double_pages", sa.Integer(), sa.Computed("pages * 2", persisted=True)),
        sa.ForeignKeyConstraint(
            ["publisher_id"], ["publisher.id"], name="fk_book_publisher", ondelete="SET NULL", onupdate="CASCADE"
        ),
        sa.UniqueConstraint("isbn", name="uq_book_isbn"),
        sa.Index("ix_book_author_title", "author_id", "title"),
    )


def downgrade() -> None:
    op.drop_table("book")
    op.drop_table("publisher")
