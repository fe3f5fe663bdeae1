"""render case: batch_rename_column

Renamed columns: constraints and indexes follow; CHECK text and a self-referencing FK's target do not."""
from alembic import op
import sqlalchemy as sa

revision = "r1"
down_revision = None
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "person",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("nick", sa.String(30), nullable=False),
        sa.Column("parent_id", sa.Integer(), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_person"),
        sa.UniqueConstraint("nick", name="uq_person_nick"),
        sa.ForeignKeyConstraint(["parent_id"], ["person.id"], name="fk_person_parent"),
        sa.CheckConstraint("length(nick) > 1", name="ck_person_nick"),
    )
    op.create_index("ix_person_nick_parent", "person", ["nick", "parent_id"])
    with op.batch_alter_table("person") as batch_op:
        batch_op.alter_column("nick", new_column_name="handle", existing_type=sa.String(30))
        batch_op.alter_column("parent_id", new_column_name="mentor_id", existing_type=sa.Integer())


def downgrade():
    pass
