"""dialect branches, views and early return

Revision ID: 91b0000000a2
Revises: 91b0000000a1
Create Date: 2026-03-05 14:10:00.000000

"""
from alembic import op, context
import sqlalchemy as sa
from sqlalchemy import Column, Integer, String


# revision identifiers, used by Alembic.
revision = "91b0000000a2"
down_revision = "91b0000000a1"
branch_labels = None
depends_on = None

VIEW = "colour_names"
SHADES = ("light", "dark")


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "postgresql":
        op.execute(f"CREATE VIEW {VIEW} AS SELECT id, name FROM colour_log WHERE ok")
    elif dialect == "sqlite":
        op.execute(f"CREATE VIEW {VIEW} AS SELECT id, name FROM colour_log WHERE ok = 1")
    else:
        op.execute("SELECT 1")
    bind = op.get_bind()
    if bind.dialect.name in ("postgresql", "mysql"):
        op.add_column("colour_log", Column("pg_only", Integer, server_default="7"))
    if context.get_context().dialect.name not in ["postgresql"]:
        op.add_column("colour_log", Column("lite_only", String(5), server_default="lite"))
    shade_table = "shade"
    op.create_table(shade_table, Column("id", Integer, primary_key=True), Column("name", String(10)))
    for position, shade in [(1, "light"), (2, "dark")]:
        op.execute("INSERT INTO shade (id, name) VALUES (%d, '%s')" % (position, shade))
    if not SHADES:
        op.drop_table("never")
        return
    op.create_index("ix_shade_name", shade_table, ["name"], unique=True)
    return
    op.drop_table(shade_table)


def downgrade() -> None:
    op.drop_index("ix_shade_name", table_name="shade")
    op.drop_table("shade")
    if context.get_context().dialect.name != "postgresql":
        op.drop_column("colour_log", "lite_only")
    else:
        op.drop_column("colour_log", "pg_only")
    op.execute("DROP VIEW " + VIEW)
