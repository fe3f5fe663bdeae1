"""create profile with PostgreSQL types

Revision ID: 9a7e50000001
Revises:
Create Date: 2026-03-04 12:00:00.000000

"""
from alembic import op
import sqlalchemy as sa
from sqlalchemy.dialects import postgresql


# revision identifiers, used by Alembic.
revision = "9a7e50000001"
down_revision = None
branch_labels = None
depends_on = None

mood = postgresql.ENUM("happy", "sad", name="mood", create_type=False)


def upgrade() -> None:
    if op.get_context().dialect.name == "postgresql":
        mood.create(op.get_bind())
        op.create_table(
            "profile",
            sa.Column("id", postgresql.UUID(as_uuid=True), primary_key=True,
                      server_default=sa.text("gen_random_uuid()")),
            sa.Column("data", postgresql.JSONB(astext_type=sa.Text()), nullable=False,
                      server_default=sa.text("'{}'::jsonb")),
            sa.Column("tags", postgresql.ARRAY(sa.String(30)), server_default="{}"),
            sa.Column("scores", sa.ARRAY(sa.Integer())),
            sa.Column("matrix", postgresql.ARRAY(sa.Float(), dimensions=2)),
            sa.Column("seen_at", postgresql.TIMESTAMP(timezone=True), server_default=sa.func.now()),
            sa.Column("local_at", postgresql.TIMESTAMP()),
            sa.Column("addr", postgresql.INET()),
            sa.Column("net", postgresql.CIDR()),
            sa.Column("mac", postgresql.MACADDR()),
            sa.Column("raw", postgresql.BYTEA()),
            sa.Column("doc", postgresql.TSVECTOR()),
            sa.Column("ratio", postgresql.DOUBLE_PRECISION()),
            sa.Column("extra", postgresql.JSON()),
            sa.Column("span", postgresql.INTERVAL()),
            sa.Column("mood", mood, nullable=True),
            sa.Column("level", postgresql.ENUM("low", "high", name="level"), server_default="low"),
            sa.Column("uid", sa.dialects.postgresql.UUID()),
        )
    else:
        op.create_table(
            "profile",
            sa.Column("id", sa.CHAR(32), primary_key=True),
            sa.Column("data", sa.JSON(), nullable=False, server_default=sa.text("'{}'")),
            sa.Column("seen_at", sa.DateTime(timezone=True), server_default=sa.func.now()),
            sa.Column("mood", sa.Enum("happy", "sad", name="mood"), nullable=True),
            sa.Column("level", sa.Enum("low", "high", name="level"), server_default="low"),
        )


def downgrade() -> None:
    op.drop_table("profile")
    if op.get_context().dialect.name == "postgresql":
        postgresql.ENUM(name="level").drop(op.get_bind(), checkfirst=False)
        mood.drop(op.get_bind())
