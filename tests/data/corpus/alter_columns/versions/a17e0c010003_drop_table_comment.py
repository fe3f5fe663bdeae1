"""drop the table comment, add an enum column

Revision ID: a17e0c010003
Revises: a17e0c010002
Create Date: 2026-03-02 09:20:00.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = "a17e0c010003"
down_revision = "a17e0c010002"
branch_labels = None
depends_on = None

grade = sa.Enum("a", "b", "c", name="item_grade")


def upgrade() -> None:
    if op.get_context().dialect.name == "postgresql":
        op.drop_table_comment("item", existing_comment="stock items")
    grade.create(op.get_bind(), checkfirst=False)
    op.add_column("item", sa.Column("grade", grade, nullable=False, server_default="b"))


def downgrade() -> None:
    op.drop_column("item", "grade")
    grade.drop(op.get_bind(), checkfirst=False)
    if op.get_context().dialect.name == "postgresql":
        op.create_table_comment("item", "stock items")
