"""render case: add_column_extras"""
from alembic import op
import sqlalchemy as sa
from sqlalchemy.dialects import postgresql

revision = "r1"
down_revision = None
branch_labels = None
depends_on = None


def upgrade():
    op.add_column("account", sa.Column("code", sa.String(8), unique=True, comment="short code"))
    op.add_column("account", sa.Column("email", sa.String(100), index=True), schema="app")
    op.add_column("account", sa.Column("status", sa.Enum("on", "off", name="onoff")))


def downgrade():
    pass
