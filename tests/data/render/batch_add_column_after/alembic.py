"""render case: batch_add_column_after (alembic scratch copy: copy_from for the golden generator only)"""
from alembic import op
import sqlalchemy as sa
from sqlalchemy.util import OrderedSet


def copy_of(name, *items, **kw):
    """The table as Retort's schema model holds it, its constraint and index sets in declaration order."""
    indexes = [i for i in items if isinstance(i, sa.Index)]
    table = sa.Table(name, sa.MetaData(), *items, **kw)
    table.constraints = OrderedSet(sorted(table.constraints, key=lambda c: c._creation_order))
    table.indexes = OrderedSet(indexes)
    return table

revision = "r1"
down_revision = None
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "t",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("a", sa.Integer(), nullable=True),
        sa.Column("b", sa.Integer(), nullable=True),
        sa.Column("c", sa.Integer(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("t", copy_from=copy_of(
        "t",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("a", sa.Integer(), nullable=True),
        sa.Column("b", sa.Integer(), nullable=True),
        sa.Column("c", sa.Integer(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )) as batch_op:
        batch_op.alter_column("c", nullable=False, existing_type=sa.Integer())
        batch_op.add_column(sa.Column("x", sa.Integer(), server_default=sa.text("1"), nullable=False), insert_after="a")
        batch_op.add_column(sa.Column("y", sa.String(5), nullable=True), insert_before="a")
        batch_op.add_column(sa.Column("z", sa.Integer(), nullable=True), insert_after="x")
        batch_op.add_column(sa.Column("w", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("v", sa.Integer(), nullable=True, index=True), insert_before="id")


def downgrade():
    pass
