"""UPPERCASE and argument-less types

Revision ID: 7c0000000001
Revises:
Create Date: 2026-03-10 09:00:00.000000

"""
from alembic import op
import sqlalchemy as sa
from sqlalchemy import types


# revision identifiers, used by Alembic.
revision = "7c0000000001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    # PostgreSQL has no DATETIME, NVARCHAR or NCHAR.
    sqlite = op.get_context().dialect.name == "sqlite"
    op.create_table(
        "measure",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=False),
        sa.Column("at", sa.DATETIME() if sqlite else sa.TIMESTAMP()),
        sa.Column("day", sa.DATE()),
        sa.Column("clock", sa.TIME()),
        sa.Column("amount", sa.NUMERIC(8, 3)),
        sa.Column("exact", sa.DECIMAL(6, 2)),
        sa.Column("loose", sa.Numeric()),
        sa.Column("ratio", sa.FLOAT()),
        sa.Column("ratio_p", sa.Float(precision=24)),
        sa.Column("real", sa.REAL()),
        sa.Column("small", sa.SMALLINT()),
        sa.Column("label", sa.String()),
        sa.Column("wide", sa.NVARCHAR(20) if sqlite else sa.Unicode(20)),
        sa.Column("fixed", sa.NCHAR(4) if sqlite else sa.CHAR(4)),
        sa.Column("memo", types.Text(length=None)),
        sa.Column("stamp", sa.TIMESTAMP(timezone=True)),
        sa.Column("source", sa.String(20), server_default=sa.literal_column("'manual'")),
        sa.Column("factor", sa.Integer(), server_default=sa.literal_column("2")),
        sa.Column("noted", sa.Boolean(), server_default=sa.text("false")),
    )


def downgrade() -> None:
    op.drop_table("measure")
