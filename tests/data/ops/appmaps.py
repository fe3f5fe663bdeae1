"""application types and constants"""
from alembic import op
import sqlalchemy as sa
import myapp.types
from myapp.types import GUID
from myapp.limits import NAME_LENGTH

revision = "e1"
down_revision = "d1"


def upgrade():
    op.add_column("user", sa.Column("uid", GUID(), nullable=False))
    op.add_column("user", sa.Column("ext", myapp.types.GUID))
    op.add_column("user", sa.Column("name", sa.String(NAME_LENGTH)))
    op.add_column("user", sa.Column("kind", sa.String(myapp.limits.KIND_LENGTH)))


def downgrade():
    op.add_column("user", sa.Column("x", myapp.types.Unmapped()))
