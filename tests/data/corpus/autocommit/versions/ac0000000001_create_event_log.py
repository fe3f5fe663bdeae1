"""create event_log

Revision ID: ac0000000001
Revises:
Create Date: 2026-03-04 13:00:00.000000

"""
from alembic import op
import sqlalchemy as sa
from sqlalchemy.dialects import postgresql


# revision identifiers, used by Alembic.
revision = "ac0000000001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    pg = op.get_context().dialect.name == "postgresql"
    op.create_table(
        "event_log",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("data", postgresql.JSONB() if pg else sa.JSON(), nullable=False),
        sa.Column("seen_at", sa.DateTime(timezone=True)),
        sa.Column("mood", sa.Enum("happy", "sad", name="ac_mood")),
    )


def downgrade() -> None:
    op.drop_table("event_log")
    sa.Enum(name="ac_mood").drop(op.get_bind(), checkfirst=False)
