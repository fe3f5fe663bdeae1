"""render case: bulk_insert"""
from alembic import op
import sqlalchemy as sa
from sqlalchemy.dialects import postgresql

revision = "r1"
down_revision = None
branch_labels = None
depends_on = None


def upgrade():
    t = sa.table("people", sa.column("id", sa.Integer), sa.column("name", sa.String()),
                 sa.column("active", sa.Boolean()), sa.column("score", sa.Float()))
    op.bulk_insert(t, [
        {"id": 1, "name": "o'brien", "active": True, "score": 1.5},
        {"id": 2, "name": None, "active": False, "score": -2.0},
        {"id": 3, "name": "plain"},
    ])


def downgrade():
    pass
