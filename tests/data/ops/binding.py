"""binding"""
from alembic import op
import sqlalchemy as sa

revision = "b1"
down_revision = "a1"


def upgrade():
    op.add_column("t", sa.Column("c", sa.String(20)), "s")
    op.drop_column("t", "c", "s")
    op.alter_column("t", "c", True, "note", "x", "d", sa.Text(), sa.String(20), "y", False, None, "s")
    op.create_index("ix", "t", ["c"], "s", True)
    op.drop_index("ix", "t", "s")
    op.create_unique_constraint("uq", "t", ["c"], "s")
    op.create_foreign_key("fk", "t", "r", ["a"], ["b"], "CASCADE", "SET NULL", True, "DEFERRED", "FULL", "s", "rs")
    op.create_check_constraint("ck", "t", "c > 0", "s")
    op.create_primary_key("pk", "t", ["c"], "s")
    op.drop_constraint("fk", "t", "foreignkey", "s")
    op.rename_table("t", "u", "s")
    op.create_table_comment("t", "hi", "old", "s")
    op.drop_table_comment("t", "hi", "s")
    op.drop_table("t", "s")


def downgrade():
    op.add_column(table_name="t", column=sa.Column("c", sa.String(20)), schema="s")
    op.drop_column(table_name="t", column_name="c", schema="s")
    op.alter_column(table_name="t", column_name="c", nullable=True, comment="note", server_default="x",
                    new_column_name="d", type_=sa.Text(), existing_type=sa.String(20),
                    existing_server_default="y", existing_nullable=False, existing_comment=None, schema="s")
    op.create_index(index_name="ix", table_name="t", columns=["c"], schema="s", unique=True)
    op.drop_index(index_name="ix", table_name="t", schema="s")
    op.create_unique_constraint(constraint_name="uq", table_name="t", columns=["c"], schema="s")
    op.create_foreign_key(constraint_name="fk", source_table="t", referent_table="r", local_cols=["a"],
                          remote_cols=["b"], onupdate="CASCADE", ondelete="SET NULL", deferrable=True,
                          initially="DEFERRED", match="FULL", source_schema="s", referent_schema="rs")
    op.create_check_constraint(constraint_name="ck", table_name="t", condition="c > 0", schema="s")
    op.create_primary_key(constraint_name="pk", table_name="t", columns=["c"], schema="s")
    op.drop_constraint(constraint_name="fk", table_name="t", type_="foreignkey", schema="s")
    op.rename_table(old_table_name="t", new_table_name="u", schema="s")
    op.create_table_comment(table_name="t", comment="hi", existing_comment="old", schema="s")
    op.drop_table_comment(table_name="t", existing_comment="hi", schema="s")
    op.drop_table(table_name="t", schema="s")
