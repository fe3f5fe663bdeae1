"""render case: irreversible"""
from alembic import op
import sqlalchemy as sa
from sqlalchemy.dialects import postgresql

revision = "r1"
down_revision = None
branch_labels = None
depends_on = None


def upgrade():
    raise NotImplementedError("cannot go up")


def downgrade():
    pass
