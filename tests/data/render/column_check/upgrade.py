"""render case: column_check"""
from alembic import op
import sqlalchemy as sa
from sqlalchemy.dialects import postgresql

revision = "r1"
down_revision = None
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "page",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("number", sa.Integer(), sa.CheckConstraint("number > 0", name="ck_page_number"), nullable=False),
        sa.Column("size", sa.Integer(), sa.CheckConstraint("size < 100"), sa.ForeignKey("sizes.id"),
                  server_default="1"),
        sa.Column("note", sa.String(10), sa.CheckConstraint("length(note) > 1", name="ck_note", deferrable=True,
                                                            initially="DEFERRED")),
        sa.CheckConstraint("number < 1000", name="ck_page_table"),
    )
    op.add_column("page", sa.Column("margin", sa.Integer(), sa.CheckConstraint("margin >= 0", name="ck_margin")))


def downgrade():
    pass
