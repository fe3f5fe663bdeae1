"""render case: batch_unknown_constraint

Dropping a constraint the table does not have."""
from alembic import op
import sqlalchemy as sa

revision = "r1"
down_revision = None
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "t",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("a", sa.Integer(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("t") as batch_op:
        batch_op.drop_constraint("uq_t_a", type_="unique")


def downgrade():
    pass
