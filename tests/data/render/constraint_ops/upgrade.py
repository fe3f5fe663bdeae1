"""render case: constraint_ops"""
from alembic import op
import sqlalchemy as sa
from sqlalchemy.dialects import postgresql

revision = "r1"
down_revision = None
branch_labels = None
depends_on = None


def upgrade():
    op.create_unique_constraint("uq_t_a", "t", ["a", "b"])
    op.create_unique_constraint("uq_t_d", "t", ["d"], deferrable=True, initially="DEFERRED")
    op.create_foreign_key("fk_t_u", "t", "u", ["u_id"], ["id"], ondelete="CASCADE", onupdate="SET NULL")
    op.create_foreign_key("fk_t_v", "t", "v", ["v_id", "w"], ["id", "w"], deferrable=True, initially="IMMEDIATE",
                          match="FULL", referent_schema="other")
    op.create_check_constraint("ck_t_pos", "t", "a > 0")
    op.create_check_constraint("ck_t_text", "t", sa.text("b <> 'x'"))
    op.create_primary_key("pk_t", "t", ["a", "b"])
    op.drop_constraint("fk_t_u", "t", type_="foreignkey")
    op.drop_constraint("uq_t_a", "t")


def downgrade():
    pass
