"""render case: batch_type_check (alembic scratch copy: copy_from for the golden generator only)"""
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
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("flag", sa.Boolean(create_constraint=True, name="ck_t_flag")),
        sa.Column("kind", sa.Enum("a", "b", name="t_kind", create_constraint=True)),
        sa.Column("ref", sa.Integer(), sa.ForeignKey("other.id", name="fk_t_ref")),
        sa.Column("note", sa.String(10), sa.CheckConstraint("note <> ''", name="ck_t_note")),
        sa.UniqueConstraint("ref", name="uq_t_ref"),
    )
    with op.batch_alter_table("t", table_args=(sa.CheckConstraint("id > 0", name="ck_t_id"),), copy_from=copy_of(
        "t",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("flag", sa.Boolean(create_constraint=True, name="ck_t_flag")),
        sa.Column("kind", sa.Enum("a", "b", name="t_kind", create_constraint=True)),
        sa.Column("ref", sa.Integer(), sa.ForeignKey("other.id", name="fk_t_ref")),
        sa.Column("note", sa.String(10), sa.CheckConstraint("note <> ''", name="ck_t_note")),
        sa.UniqueConstraint("ref", name="uq_t_ref"),
    )) as batch_op:
        batch_op.alter_column("ref", nullable=False, existing_type=sa.Integer())


def downgrade():
    pass
