"""render case: index_pg_ops"""
from alembic import op
import sqlalchemy as sa
from sqlalchemy.dialects import postgresql

revision = "r1"
down_revision = None
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "doc",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("name", sa.String(40)),
        sa.Column("body", sa.Text()),
        sa.Index("ix_doc_body", "body", postgresql_ops={"body": "text_pattern_ops"}),
    )
    op.create_index("ix_doc_name", "doc", ["name"], postgresql_using="BTREE",
                    postgresql_ops={"name": "varchar_pattern_ops"})
    op.create_index("ix_doc_pair", "doc", ["id", "name", sa.text("lower(body)")],
                    postgresql_ops={"name": "varchar_pattern_ops", "id": "int4_ops", "missing": "x_ops"})
    op.create_index("ix_doc_where", "doc", ["name"], unique=True, postgresql_ops={"name": "text_ops"},
                    postgresql_where=sa.text("id > 0"))


def downgrade():
    pass
