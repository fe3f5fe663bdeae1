"""render case: batch_drop_column (alembic scratch copy: copy_from for the golden generator only)"""
from alembic import op
import sqlalchemy as sa
from sqlalchemy.util import OrderedSet


def copy_of(name, *items, **kw):
    """The table as Retort's schema model holds it, its constraint and index sets in declaration order."""
    indexes = [i for i in items if isinstance(i, sa.Index)]
    table = sa.Table(name, sa.MetaData(), *items, **kw)
    table.constraints = OrderedSet(sorted(table.constraints, key=lambda c: c._creation_order))
    table.indexes = OrderedSet(indexes)
    return table

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
    with op.batch_alter_table("account", copy_from=copy_of(
        "account",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("owner_id", sa.Integer(), sa.ForeignKey("person.id"), nullable=False),
        sa.Column("code", sa.String(8), nullable=False, unique=True),
        sa.Column("legacy", sa.String(20), nullable=True),
        sa.Column("balance", sa.Integer(), server_default="0", nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("owner_id", "legacy", name="uq_account_owner_legacy"),
        sa.CheckConstraint("balance >= 0", name="ck_account_balance"),
        sa.Index("ix_account_legacy", "legacy"),
        sa.Index("ix_account_owner", "owner_id"),
    )) as batch_op:
        batch_op.drop_index("ix_account_legacy")
        batch_op.drop_column("legacy")


def downgrade():
    pass
