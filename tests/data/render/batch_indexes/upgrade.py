"""render case: batch_indexes

A table with indexes: unique, expression, partial and index=True ones survive the copy."""
from alembic import op
import sqlalchemy as sa

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
    with op.batch_alter_table("doc") as batch_op:
        batch_op.drop_index("ix_doc_title_lower")
        batch_op.alter_column("rank", type_=sa.String(10))
        batch_op.create_index("ix_doc_rank_lang", ["rank", "lang"])


def downgrade():
    pass
