"""render case: batch_reorder

recreate='always' with partial_reordering, table_args and table_kwargs."""
from alembic import op
import sqlalchemy as sa

revision = "r1"
down_revision = None
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "ledger",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("amount", sa.Integer(), nullable=False),
        sa.Column("memo", sa.String(50), nullable=True),
        sa.Column("booked", sa.Date(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table(
        "ledger",
        recreate="always",
        partial_reordering=[("booked", "amount", "id")],
        table_args=(sa.CheckConstraint("amount <> 0", name="ck_ledger_amount"),),
        table_kwargs={"sqlite_autoincrement": True},
    ) as batch_op:
        pass


def downgrade():
    pass
