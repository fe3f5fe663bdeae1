"""Column keywords that make no DDL; functions as defaults; add_column with constraints

Revision ID: 7c0000000004
Revises: 7c0000000003
Create Date: 2026-03-10 09:30:00.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = "7c0000000004"
down_revision = "7c0000000003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "flagged",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("flag", sa.Boolean(), default=False, nullable=False, server_default=sa.false()),
        sa.Column("k", sa.Integer(), key="kk", doc="a doc", info={"x": 1}, unique=False, index=False),
        sa.Column("at", sa.DateTime(), server_default=sa.func.current_timestamp(), onupdate=sa.func.now()),
        sa.Column("low", sa.String(5), server_default=sa.func.lower(sa.text("'X'"))),
        sa.Column("first_choice", sa.Enum("a", "b", name="flagged_choice")),
        sa.Column("second_choice", sa.Enum("a", "b", name="flagged_choice")),
    )
    if op.get_context().dialect.name == "postgresql":
        op.add_column("flagged", sa.Column("ref", sa.Integer(), sa.ForeignKey("flagged.id", ondelete="CASCADE")))
        op.add_column("flagged", sa.Column("code", sa.String(5), unique=True, comment="the code"))
        op.add_column("flagged", sa.Column("seen", sa.DateTime(timezone=True), server_default=sa.func.now(),
                                           nullable=False, index=True))
        op.create_foreign_key("fk_flagged_ref", "flagged", "flagged", ["ref"], ["id"],
                              source_schema="public", referent_schema="public")
        op.rename_table("flagged", "marked", schema="public")
    else:
        op.rename_table("flagged", "marked")


def downgrade() -> None:
    if op.get_context().dialect.name == "postgresql":
        op.rename_table("marked", "flagged", schema="public")
        op.drop_constraint("fk_flagged_ref", "flagged", type_="foreignkey", schema="public")
        op.drop_index(op.f("ix_flagged_seen"), table_name="flagged")
        op.drop_column("flagged", "seen")
        op.drop_column("flagged", "code")
        op.drop_column("flagged", "ref")
    else:
        op.rename_table("marked", "flagged")
    op.drop_table("flagged")
    sa.Enum(name="flagged_choice").drop(op.get_bind(), checkfirst=False)
