"""render case: create_index"""
from alembic import op
import sqlalchemy as sa
from sqlalchemy.dialects import postgresql

revision = "r1"
down_revision = None
branch_labels = None
depends_on = None


def upgrade():
    op.create_index("ix_t_a", "t", ["a"])
    op.create_index(op.f("ix_t_ab"), "t", ["a", "b"], unique=True)
    op.create_index("ix_t_lower", "t", [sa.text("lower(name)")])
    op.create_index("ix_t_where", "t", ["a"], postgresql_where=sa.text("a > 0"), sqlite_where=sa.text("a > 1"))
    op.create_index("ix_t_using", "t", ["doc"], postgresql_using="gin")
    op.create_index("ix_t_incl", "t", ["a"], postgresql_include=["b", "c"])
    op.drop_index("ix_t_a", table_name="t")
    op.drop_index("ix_t_ab")


def downgrade():
    pass
