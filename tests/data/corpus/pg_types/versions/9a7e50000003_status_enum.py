"""status enum created explicitly, then used by add_column

Revision ID: 9a7e50000003
Revises: 9a7e50000001
Create Date: 2026-03-04 12:20:00.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = "9a7e50000003"
down_revision = "9a7e50000001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    status = sa.Enum("draft", "live", "gone", name="profile_status")
    status.create(op.get_bind(), checkfirst=False)
    op.add_column("profile", sa.Column("status", status, nullable=False, server_default="draft"))
    op.add_column("profile", sa.Column("kind", sa.Enum("x", "yy", name="profile_kind", native_enum=False)))


def downgrade() -> None:
    op.drop_column("profile", "kind")
    op.drop_column("profile", "status")
    sa.Enum(name="profile_status").drop(op.get_bind(), checkfirst=False)
