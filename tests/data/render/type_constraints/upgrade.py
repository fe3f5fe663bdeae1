"""render case: type_constraints"""
from alembic import op
import sqlalchemy as sa
from sqlalchemy.dialects import postgresql

revision = "r1"
down_revision = None
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "flag",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("owner_id", sa.Integer(), sa.ForeignKey("owner.id"), unique=True),
        sa.Column("visible", sa.Boolean(create_constraint=True, name="ck_flag_visible"), nullable=False),
        sa.Column("hidden", sa.Boolean(create_constraint=True)),
        sa.Column("plain", sa.Boolean()),
        sa.Column("shape", sa.Enum("round", "it's", name="flag_shape", create_constraint=True)),
        sa.Column("size", sa.Enum("s", "m", name="flag_size", native_enum=False, create_constraint=True),
                  sa.ForeignKey("sizes.code", name="fk_flag_size")),
        sa.Column("mood", sa.Enum("up", "down", native_enum=False, create_constraint=True)),
        sa.Column("order", sa.BOOLEAN(True, "ck_flag_order")),
        sa.CheckConstraint("id > 0", name="ck_flag_id"),
        sa.UniqueConstraint("plain", name="uq_flag_plain"),
    )
    op.add_column("flag", sa.Column("extra", sa.Boolean(create_constraint=True, name="ck_flag_extra")))
    op.add_column("flag", sa.Column("tone", sa.Enum("hi", "lo", name="flag_tone", native_enum=False,
                                                    create_constraint=True)))


def downgrade():
    pass
