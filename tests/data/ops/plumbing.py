"""constant plumbing, dialect ifs, loops"""
from alembic import op, context
import sqlalchemy as sa

revision = "c1"
down_revision = "b1"

TABLE = "person"
PREFIX = "ix_"
TABLES = ["a", "b"]
SIZE = 20
SCHEMA = None


def upgrade():
    name = TABLE + "_log"
    t = op.create_table(
        name,
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("label", sa.String(SIZE * 2)),
        schema=SCHEMA,
    )
    op.bulk_insert(t, [{"id": 1, "label": "one"}, {"id": 2, "label": None}])
    op.create_index(f"{PREFIX}{name}_label", name, ["label"])
    op.execute("UPDATE %s SET label = '%s'" % (TABLE, "x" + str(SIZE)))
    for tbl in TABLES:
        op.add_column(tbl, sa.Column("created_at", sa.DateTime(timezone=True), server_default=sa.text("now()")))
    if op.get_context().dialect.name == "postgresql":
        op.execute("SET lock_timeout = '5s'")
    elif op.get_bind().dialect.name != "sqlite":
        op.execute("other")
    else:
        op.execute("PRAGMA foreign_keys=OFF")
    bind = op.get_bind()
    if bind.dialect.name in ("postgresql", "mysql"):
        op.drop_index("ix_pg_only", table_name=TABLE)
    if context.get_context().dialect.name not in ["postgresql"]:
        pass
    else:
        op.execute("ANALYZE")
    people = sa.table("people", sa.column("id", sa.Integer), sa.column("name", sa.String()))
    op.bulk_insert(people, [{"id": 7, "name": "x"}], multiinsert=False)


def downgrade():
    for a, b in [("t1", "c1"), ("t2", "c2")]:
        op.drop_column(a, b)
    return
    op.drop_table("never")
