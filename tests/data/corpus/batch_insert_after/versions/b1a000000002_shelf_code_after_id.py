"""shelf.code after id, without recreate="always"

Revision ID: b1a000000002
Revises: b1a000000001
Create Date: 2026-03-12 10:10:00.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = "b1a000000002"
down_revision = "b1a000000001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # alembic: "Can't specify insert_before or insert_after when using ALTER; please specify
    # recreate='always'" (a plain add needs no recreate, on SQLite as on PostgreSQL).
    with op.batch_alter_table("shelf") as batch_op:
        batch_op.add_column(sa.Column("code", sa.String(length=8), nullable=True), insert_after="id")


def downgrade() -> None:
    op.drop_column("shelf", "code")
