"""render case: computed_virtual"""
from alembic import op
import sqlalchemy as sa

revision = "r1"
down_revision = None
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "c",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("twice", sa.Integer(), sa.Computed("id * 2", persisted=False), nullable=False),
    )


def downgrade():
    pass
