"""create author with every generic type

Revision ID: c0a1b2c3d401
Revises:
Create Date: 2026-03-01 10:00:00.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = "c0a1b2c3d401"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "author",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("email", sa.String(120), nullable=True, unique=True),
        sa.Column("bio", sa.Text()),
        sa.Column("born", sa.Date()),
        sa.Column("wakes_at", sa.Time()),
        sa.Column("rating", sa.Float()),
        sa.Column("balance", sa.Numeric(10, 2), server_default="0"),
        sa.Column("active", sa.Boolean(), server_default=sa.true(), nullable=False),
        sa.Column("retired", sa.Boolean(), server_default=sa.false()),
        sa.Column("created_at", sa.DateTime(), server_default=sa.func.now(), nullable=False),
        sa.Column("updated_at", sa.TIMESTAMP(), server_default=sa.text("CURRENT_TIMESTAMP")),
        sa.Column("seen_at", sa.DateTime(timezone=True)),
        sa.Column("visits", sa.BigInteger(), server_default=sa.text("0")),
        sa.Column("rank", sa.SmallInteger()),
        sa.Column("photo", sa.LargeBinary()),
        sa.Column("country", sa.CHAR(2), server_default="NL"),
        sa.Column("nick", sa.Unicode(40)),
        sa.Column("motto", sa.UnicodeText()),
        sa.Column("legacy_code", sa.VARCHAR(10)),
        sa.Column("count_b", sa.INTEGER()),
        sa.Column("flag_b", sa.BOOLEAN()),
        sa.Column("big_b", sa.BIGINT()),
        sa.Column("text_b", sa.TEXT()),
        sa.Column("grace", sa.Interval()),
        sa.Column("meta", sa.JSON()),
        sa.Column("kind", sa.Enum("person", "collective", name="author_kind"), server_default="person", nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_author")),
        sa.CheckConstraint("rating >= 0", name=op.f("ck_author_rating_positive")),
    )
    op.create_table(
        "legacy_note",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("author_id", sa.Integer(), sa.ForeignKey("author.id")),
        sa.Column("body", sa.Text(), nullable=False, server_default=""),
    )


def downgrade() -> None:
    op.drop_table("legacy_note")
    op.drop_table("author")
    sa.Enum(name="author_kind").drop(op.get_bind(), checkfirst=False)
