"""table and index keyword arguments; positional op arguments

Revision ID: 7c0000000002
Revises: 7c0000000001
Create Date: 2026-03-10 09:10:00.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = "7c0000000002"
down_revision = "7c0000000001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "sample",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("measure_id", sa.Integer(), sa.ForeignKey("measure.id", name="fk_sample_measure"), nullable=False),
        sa.Column("name", sa.String(40), nullable=False),
        sa.Column("rank", sa.Integer(), nullable=False, server_default="0"),
        sa.Index("ix_sample_rank_named", "rank", "name", unique=True),
        sqlite_autoincrement=True,
    )
    op.create_table(
        "pair",
        sa.Column("left_id", sa.Integer(), primary_key=True),
        sa.Column("right_id", sa.Integer(), primary_key=True),
        sa.Column("weight", sa.Float(), nullable=True),
    )
    op.create_index("ix_sample_name", "sample", ["name"], None, True)
    op.add_column("pair", sa.Column("note", sa.String(10)), None)
    if op.get_context().dialect.name == "postgresql":
        op.create_index("ix_sample_name_pattern", "sample", ["name"], postgresql_using="btree",
                        postgresql_ops={"name": "varchar_pattern_ops"})
        op.create_unique_constraint("uq_pair_weight", "pair", ["weight"], None)
        op.create_foreign_key("fk_pair_left", "pair", "sample", ["left_id"], ["id"], None, "CASCADE")


def downgrade() -> None:
    if op.get_context().dialect.name == "postgresql":
        op.drop_constraint("fk_pair_left", "pair", "foreignkey")
        op.drop_constraint("uq_pair_weight", "pair", "unique")
        op.drop_index("ix_sample_name_pattern", "sample")
    op.drop_column("pair", "note")
    op.drop_index("ix_sample_name", "sample")
    op.drop_table("pair")
    op.drop_table("sample")
