"""a view whose SQL goes through textwrap.dedent

Revision ID: 4e0000000004
Revises: 4e0000000003
Create Date: 2026-03-09 10:30:00.000000

"""
import textwrap

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = "4e0000000004"
down_revision = "4e0000000003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute(
        textwrap.dedent(  # expect-needs-python: 23:9
            """
            CREATE VIEW doc_titles AS
                SELECT id, title FROM doc
            """
        )
    )


def downgrade() -> None:
    op.execute("DROP VIEW doc_titles")
