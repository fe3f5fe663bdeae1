"""a second schema, identity and computed columns (PostgreSQL)

Revision ID: 9a7e50000004
Revises: 9a7e50000003
Create Date: 2026-03-04 12:30:00.000000

"""
from alembic import op
import sqlalchemy as sa
from sqlalchemy.dialects import postgresql


# revision identifiers, used by Alembic.
revision = "9a7e50000004"
down_revision = "9a7e50000003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_context().dialect.name != "postgresql":
        return
    op.execute("CREATE SCHEMA audit")
    op.create_table(
        "event",
        sa.Column("id", sa.BigInteger(), sa.Identity(start=100, increment=5, always=True), primary_key=True),
        sa.Column("profile_id", postgresql.UUID(as_uuid=True), sa.ForeignKey("public.profile.id", ondelete="CASCADE")),
        sa.Column("qty", sa.Integer(), nullable=False),
        sa.Column("price", sa.Numeric(10, 2), nullable=False),
        sa.Column("total", sa.Numeric(12, 2), sa.Computed("qty * price")),
        sa.Column("at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        schema="audit",
        comment="what happened",
    )
    op.create_index("ix_audit_event_at", "event", ["at"], schema="audit")
    op.add_column("profile", sa.Column("serial_no", sa.Integer(), sa.Identity()))


def downgrade() -> None:
    if op.get_context().dialect.name != "postgresql":
        return
    op.drop_column("profile", "serial_no")
    op.drop_index("ix_audit_event_at", table_name="event", schema="audit")
    op.drop_table("event", schema="audit")
    op.execute("DROP SCHEMA audit")
