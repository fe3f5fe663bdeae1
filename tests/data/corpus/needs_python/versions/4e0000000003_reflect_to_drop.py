"""archive table; the downgrade reflects it to drop it

Revision ID: 4e0000000003
Revises: 4e0000000002
Create Date: 2026-03-09 10:20:00.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = "4e0000000003"
down_revision = "4e0000000002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "archive",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("doc_id", sa.Integer(), sa.ForeignKey("doc.id")),
    )


def downgrade() -> None:
    meta = sa.MetaData()  # expect-needs-python: 28:12
    archive = sa.Table("archive", meta, autoload_with=op.get_bind())
    archive.drop(op.get_bind())
