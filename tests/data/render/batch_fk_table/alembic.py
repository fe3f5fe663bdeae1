"""render case: batch_fk_table (alembic scratch copy: copy_from for the golden generator only)"""
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
        "node",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("parent_id", sa.Integer(), sa.ForeignKey("node.id", ondelete="CASCADE"), nullable=True),
        sa.Column("owner_id", sa.Integer(), nullable=False),
        sa.Column("label", sa.String(40), nullable=True),
        sa.PrimaryKeyConstraint("id"),
        sa.ForeignKeyConstraint(["owner_id"], ["person.id"], name="fk_node_owner", onupdate="CASCADE"),
        sqlite_autoincrement=True,
    )
    with op.batch_alter_table("node", copy_from=copy_of(
        "node",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("parent_id", sa.Integer(), sa.ForeignKey("node.id", ondelete="CASCADE"), nullable=True),
        sa.Column("owner_id", sa.Integer(), nullable=False),
        sa.Column("label", sa.String(40), nullable=True),
        sa.PrimaryKeyConstraint("id"),
        sa.ForeignKeyConstraint(["owner_id"], ["person.id"], name="fk_node_owner", onupdate="CASCADE"),
        sqlite_autoincrement=True,
    )) as batch_op:
        batch_op.alter_column("label", nullable=False, existing_type=sa.String(40))
        batch_op.add_column(sa.Column("weight", sa.Integer(), nullable=True))


def downgrade():
    pass
