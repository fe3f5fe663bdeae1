"""render case: batch_unnamed_constraint

An unnamed foreign key cannot be moved and copied (Alembic: Constraint must have a name)."""
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
        batch_op.add_column(sa.Column("p_id", sa.Integer(), sa.ForeignKey("p.id"), nullable=True))


def downgrade():
    pass
