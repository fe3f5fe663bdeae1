"""render case: batch_drop_column

Dropping a column drops the constraints on it; other constraints and indexes are copied."""
from alembic import op
import sqlalchemy as sa

revision = "r1"
down_revision = None
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "account",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("owner_id", sa.Integer(), sa.ForeignKey("person.id"), nullable=False),
        sa.Column("code", sa.String(8), nullable=False, unique=True),
        sa.Column("legacy", sa.String(20), nullable=True),
        sa.Column("balance", sa.Integer(), server_default="0", nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("owner_id", "legacy", name="uq_account_owner_legacy"),
        sa.CheckConstraint("balance >= 0", name="ck_account_balance"),
    )
    op.create_index("ix_account_legacy", "account", ["legacy"])
    op.create_index("ix_account_owner", "account", ["owner_id"])
    with op.batch_alter_table("account") as batch_op:
        batch_op.drop_index("ix_account_legacy")
        batch_op.drop_column("legacy")


def downgrade():
    pass
