"""colour tables from a loop

Revision ID: 91b0000000a1
Revises:
Create Date: 2026-03-05 14:00:00.000000

"""
from alembic import op, context
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = "91b0000000a1"
down_revision = None
branch_labels = None
depends_on = None

PREFIX = "tag_"
COLOURS = ["red", "green", "blue"]
LENGTH = 40
LABEL_LENGTH = LENGTH * 2
SCHEMA = None
EXTRA_COLUMNS = [("tag_red", "shade"), ("tag_blue", "depth")]
HEX = {"red": "#f00", "green": "#0f0"}


def upgrade() -> None:
    for colour in COLOURS:
        table = f"{PREFIX}{colour}"
        op.create_table(
            table,
            sa.Column("id", sa.Integer, primary_key=True),
            sa.Column("label", sa.String(LABEL_LENGTH), nullable=False),
            schema=SCHEMA,
        )
        op.create_index(op.f("ix_%s_label" % table), table, ["label"], unique=colour == "red")
    for table, column in EXTRA_COLUMNS:
        op.add_column(table, sa.Column(column, sa.String(LENGTH), server_default=column.upper()))
    log = op.create_table(
        "colour_log",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("name", sa.String(20)),
        sa.Column("hex", sa.String(7)),
        sa.Column("weight", sa.Float),
        sa.Column("ok", sa.Boolean),
        sa.Column("note", sa.Text),
    )
    op.bulk_insert(
        log,
        [
            {"id": 1, "name": "red", "hex": "#f00", "weight": 1.5, "ok": True, "note": "it's red"},
            {"id": 2, "name": "green", "hex": None, "weight": -2, "ok": False},
            {"id": 3, "name": "blue", "note": "100%"},
        ],
    )
    for name in HEX:
        op.execute("UPDATE colour_log SET note = '%s seen' WHERE name = '%s'" % (name, name))
    op.execute(sa.text("UPDATE colour_log SET weight = 0 WHERE weight IS NULL"))
    # A :word is a bind parameter of text() (NULL offline); "\\:" is a plain colon.
    op.execute("UPDATE colour_log SET note = 'at :noon' WHERE name = '10:30'")
    op.execute("UPDATE colour_log SET note = 'a\\:b' WHERE id = 3")
    op.bulk_insert(
        sa.table("colour_log", sa.column("id", sa.Integer), sa.column("name", sa.String)),
        [{"id": 10, "name": "x" + str(LENGTH)}, {"id": 11, "name": PREFIX.strip()}],
        multiinsert=False,
    )


def downgrade() -> None:
    op.drop_table("colour_log")
    for table, column in EXTRA_COLUMNS:
        op.drop_column(table, column)
    for colour in ["blue", "green", "red"]:
        op.drop_index(op.f(f"ix_{PREFIX}{colour}_label"), table_name=PREFIX + colour)
        op.drop_table(PREFIX + colour, schema=SCHEMA)
