"""render case: batch_add_column_after

add_column with insert_before/insert_after once the batch recreates (PostgreSQL: Alembic's error)."""
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
        sa.Column("b", sa.Integer(), nullable=True),
        sa.Column("c", sa.Integer(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("t") as batch_op:
        batch_op.alter_column("c", nullable=False, existing_type=sa.Integer())
        batch_op.add_column(sa.Column("x", sa.Integer(), server_default=sa.text("1"), nullable=False), insert_after="a")
        batch_op.add_column(sa.Column("y", sa.String(5), nullable=True), insert_before="a")
        batch_op.add_column(sa.Column("z", sa.Integer(), nullable=True), insert_after="x")
        batch_op.add_column(sa.Column("w", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("v", sa.Integer(), nullable=True, index=True), insert_before="id")


def downgrade():
    pass
