"""render case: batch_constraints (alembic scratch copy: copy_from for the golden generator only)"""
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
        "member",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("email", sa.String(100), nullable=False),
        sa.Column("status", sa.String(10), nullable=True),
        sa.Column("team_id", sa.Integer(), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_member"),
        sa.UniqueConstraint("email", name="uq_member_email"),
        sa.CheckConstraint("status <> ''", name="ck_member_status"),
    )
    with op.batch_alter_table("member", copy_from=copy_of(
        "member",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("email", sa.String(100), nullable=False),
        sa.Column("status", sa.String(10), nullable=True),
        sa.Column("team_id", sa.Integer(), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_member"),
        sa.UniqueConstraint("email", name="uq_member_email"),
        sa.CheckConstraint("status <> ''", name="ck_member_status"),
    )) as batch_op:
        batch_op.drop_constraint("uq_member_email", type_="unique")
        batch_op.create_unique_constraint("uq_member_email_status", ["email", "status"])
        batch_op.create_check_constraint("ck_member_team", "team_id > 0")
        batch_op.create_foreign_key("fk_member_team", "team", ["team_id"], ["id"], ondelete="SET NULL")
        batch_op.drop_constraint("ck_member_status", type_="check")


def downgrade():
    pass
