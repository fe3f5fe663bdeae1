"""collations on string columns

Revision ID: c01100000001
Revises:
Create Date: 2026-03-12 11:00:00.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = "c01100000001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    collation = "NOCASE" if op.get_context().dialect.name == "sqlite" else "C"
    op.create_table(
        "word",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("text", sa.String(50, collation=collation), nullable=False),
        sa.Column("gloss", sa.Text(collation=collation)),
    )
    op.add_column("word", sa.Column("root", sa.Unicode(30, collation=collation)))


def downgrade() -> None:
    op.drop_column("word", "root")
    op.drop_table("word")
