"""render case: bulk_insert_created"""
from alembic import op
import sqlalchemy as sa
from sqlalchemy.dialects import postgresql

revision = "r1"
down_revision = None
branch_labels = None
depends_on = None


def upgrade():
    t = op.create_table(
        "labels",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("label", sa.String(20)),
        sa.Column("on", sa.Boolean()),
    )
    op.bulk_insert(t, [{"label": "it's", "id": 1, "on": True}, {"id": 2, "label": None}])


def downgrade():
    pass
