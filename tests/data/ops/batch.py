"""batch, autocommit, enums"""
from alembic import op
import sqlalchemy as sa
from sqlalchemy.dialects import postgresql as pg
from sqlalchemy.dialects.postgresql import ENUM, JSONB

revision = "d1"
down_revision = "c1"

mood = ENUM("happy", "sad", name="mood", create_type=False)


def upgrade():
    with op.batch_alter_table("item", schema=None, recreate="always",
                              table_args=(sa.UniqueConstraint("code", name="uq_code"),),
                              naming_convention={"fk": "fk_%(table_name)s_%(column_0_name)s"}) as batch_op:
        batch_op.add_column(sa.Column("data", JSONB(astext_type=sa.Text())), insert_after="id")
        batch_op.drop_column("old")
        batch_op.alter_column("code", existing_type=sa.VARCHAR(10), nullable=False)
        batch_op.create_index(batch_op.f("ix_item_code"), ["code"], unique=False)
        batch_op.drop_index("ix_old")
        batch_op.create_foreign_key("fk_item_owner", "owner", ["owner_id"], ["id"], ondelete="CASCADE")
        batch_op.create_unique_constraint("uq_item_x", ["x"])
        batch_op.create_check_constraint("ck_item_x", "x > 0")
        batch_op.create_primary_key("pk_item", ["id"])
        batch_op.drop_constraint("uq_item_y", type_="unique")
        batch_op.execute("UPDATE item SET x = 1")
    with op.get_context().autocommit_block():
        op.create_index("ix_item_data", "item", ["data"], postgresql_using="gin", postgresql_concurrently=True)
        op.execute("ALTER TYPE mood ADD VALUE 'meh'")
    sa.Enum("new", "old", name="status", schema="app").create(op.get_bind(), checkfirst=False)
    mood.create(op.get_bind())
    op.add_column("item", sa.Column("mood", mood, nullable=True))
    op.add_column("item", sa.Column("ids", pg.ARRAY(pg.UUID(as_uuid=True))))


def downgrade():
    op.drop_column("item", "mood")
    mood.drop(op.get_bind())
    postgresql_status = pg.ENUM(name="status")
    postgresql_status.drop(op.get_bind(), checkfirst=True)
