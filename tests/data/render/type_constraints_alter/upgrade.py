"""render case: type_constraints_alter"""
from alembic import op
import sqlalchemy as sa
from sqlalchemy.dialects import postgresql

revision = "r1"
down_revision = None
branch_labels = None
depends_on = None


def upgrade():
    op.alter_column("flag", "tone", type_=sa.Enum("hi", "lo", "mid", name="flag_tone2", native_enum=False,
                                                  create_constraint=True),
                    existing_type=sa.Enum("hi", "lo", name="flag_tone", native_enum=False, create_constraint=True))
    op.alter_column("flag", "visible", type_=sa.Boolean(create_constraint=True, name="ck_flag_visible"),
                    existing_type=sa.Integer(), new_column_name="shown")
    op.alter_column("flag", "size", type_=sa.String(10),
                    existing_type=sa.Enum("s", "m", name="flag_size", create_constraint=True))


def downgrade():
    pass
