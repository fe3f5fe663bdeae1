"""indexes built concurrently; a new enum value

Revision ID: ac0000000002
Revises: ac0000000001
Create Date: 2026-03-04 13:10:00.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = "ac0000000002"
down_revision = "ac0000000001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_context().dialect.name == "postgresql":
        with op.get_context().autocommit_block():
            op.create_index("ix_event_log_data", "event_log", ["data"], postgresql_using="gin",
                            postgresql_concurrently=True)
            op.execute("ALTER TYPE ac_mood ADD VALUE 'meh'")
        op.create_index("ix_event_log_seen", "event_log", ["seen_at"], postgresql_include=["mood"],
                        postgresql_where=sa.text("mood IS NOT NULL"))
    else:
        op.create_index("ix_event_log_seen", "event_log", ["seen_at"],
                        sqlite_where=sa.text("mood IS NOT NULL"))


def downgrade() -> None:
    op.drop_index("ix_event_log_seen", table_name="event_log")
    if op.get_context().dialect.name == "postgresql":
        op.execute("ALTER TYPE ac_mood RENAME TO ac_mood_old")
        op.execute("CREATE TYPE ac_mood AS ENUM ('happy', 'sad')")
        op.execute("ALTER TABLE event_log ALTER COLUMN mood TYPE ac_mood USING mood::text::ac_mood")
        op.execute("DROP TYPE ac_mood_old")
        with op.get_context().autocommit_block():
            op.drop_index("ix_event_log_data", table_name="event_log", postgresql_concurrently=True)
