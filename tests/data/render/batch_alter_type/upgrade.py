"""render case: batch_alter_type

Type changes: CAST where SQLAlchemy's type affinity changes (not to JSON)."""
from alembic import op
import sqlalchemy as sa

revision = "r1"
down_revision = None
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "item",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(20), nullable=False),
        sa.Column("qty", sa.Integer(), server_default=sa.text("0"), nullable=True),
        sa.Column("price", sa.Numeric(10, 2), nullable=True),
        sa.Column("ref", sa.String(10), nullable=True),
        sa.Column("payload", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_item"),
    )
    with op.batch_alter_table("item") as batch_op:
        batch_op.alter_column("name", type_=sa.String(50), existing_type=sa.String(20))
        batch_op.alter_column("qty", type_=sa.String(10), nullable=False, server_default=None)
        batch_op.alter_column("price", type_=sa.Float())
        batch_op.alter_column("ref", type_=sa.Integer(), server_default=sa.text("1"))
        batch_op.alter_column("payload", type_=sa.JSON())


def downgrade():
    pass
