"""render case: batch_indexes (alembic scratch copy: copy_from for the golden generator only)"""
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
        "doc",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("slug", sa.String(40), nullable=False),
        sa.Column("title", sa.String(100), nullable=True),
        sa.Column("rank", sa.Integer(), nullable=True, index=True),
        sa.Column("lang", sa.String(5), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_doc_slug", "doc", ["slug"], unique=True)
    op.create_index("ix_doc_title_lower", "doc", [sa.text("lower(title)")])
    op.create_index("ix_doc_lang", "doc", ["lang"], sqlite_where=sa.text("lang IS NOT NULL"))
    with op.batch_alter_table("doc", copy_from=copy_of(
        "doc",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("slug", sa.String(40), nullable=False),
        sa.Column("title", sa.String(100), nullable=True),
        sa.Column("rank", sa.Integer(), nullable=True),
        sa.Column("lang", sa.String(5), nullable=True),
        sa.PrimaryKeyConstraint("id"),
        sa.Index("ix_doc_rank", "rank"),
        sa.Index("ix_doc_slug", "slug", unique=True),
        sa.Index("ix_doc_title_lower", sa.text("lower(title)")),
        sa.Index("ix_doc_lang", "lang", sqlite_where=sa.text("lang IS NOT NULL")),
    )) as batch_op:
        batch_op.drop_index("ix_doc_title_lower")
        batch_op.alter_column("rank", type_=sa.String(10))
        batch_op.create_index("ix_doc_rank_lang", ["rank", "lang"])


def downgrade():
    pass
