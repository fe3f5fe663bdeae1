"""render case: batch_insert_needs_recreate

insert_after while the batch would still ALTER: Alembic's CommandError."""
from alembic import op
import sqlalchemy as sa

revision = "r1"
down_revision = None
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table("t") as batch_op:
        batch_op.add_column(sa.Column("x", sa.Integer()), insert_after="a")
        batch_op.drop_column("b")


def downgrade():
    pass
