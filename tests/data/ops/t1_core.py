"""core ops

Revision ID: a1
Revises:
"""
from alembic import op
import sqlalchemy as sa
from sqlalchemy.dialects import postgresql

revision = "a1"
down_revision = None


def upgrade():
    op.create_table(
        "account",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), server_default="anon", nullable=False, comment="who"),
        sa.Column("parent_id", sa.Integer(), sa.ForeignKey("account.id", ondelete="CASCADE"), index=True),
        sa.Column("created", sa.DateTime(timezone=True), server_default=sa.func.now()),
        sa.Column("active", sa.Boolean(), server_default=sa.false(), unique=True),
        sa.Column("tags", postgresql.ARRAY(sa.String())),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_account")),
        sa.UniqueConstraint("name", name="uq_account_name"),
        sa.CheckConstraint("length(name) > 0", name="ck_account_name"),
        sa.ForeignKeyConstraint(["parent_id"], ["other.account.id"], name="fk_parent",
                                ondelete="SET NULL", onupdate="RESTRICT", deferrable=True, initially="DEFERRED"),
        sa.Index("ix_account_lower", sa.text("lower(name)"), unique=True),
        schema="main",
        comment="accounts",
        sqlite_autoincrement=True,
    )
    op.add_column("account", sa.Column("n", sa.Numeric(10, 2), sa.Identity(start=5, always=True)), schema="main")
    op.drop_column("account", "n", schema="main")
    op.alter_column("account", "name", existing_type=sa.String(50), type_=sa.Text(),
                    nullable=True, server_default=None, new_column_name="title",
                    existing_nullable=False, postgresql_using="name::text", comment=None)
    op.alter_column("account", "title", server_default=sa.text("'x'"), comment="c")
    op.create_index(op.f("ix_account_title"), "account", ["title", sa.text("lower(title)")], unique=True,
                    postgresql_where=sa.text("active"), postgresql_using="btree",
                    postgresql_include=["id"], postgresql_concurrently=True, sqlite_where=sa.text("active"),
                    if_not_exists=True)
    op.drop_index("ix_account_title", table_name="account", if_exists=True)
    op.create_unique_constraint("uq_title", "account", ["title"], schema="main", deferrable=True)
    op.create_foreign_key("fk_acc_org", "account", "org", ["org_id"], ["id"], onupdate="CASCADE",
                          ondelete="SET NULL", deferrable=False, initially="IMMEDIATE", match="FULL",
                          source_schema="main", referent_schema="other")
    op.create_check_constraint("ck_positive", "account", "id > 0")
    op.create_primary_key("pk_acc", "account", ["id", "name"])
    op.drop_constraint("fk_acc_org", "account", type_="foreignkey")
    op.rename_table("account", "accounts")
    op.create_table_comment("accounts", "all accounts", existing_comment="accounts")
    op.drop_table_comment("accounts", existing_comment="all accounts")
    op.execute("UPDATE accounts SET title = 'x'")
    op.execute(sa.text("DELETE FROM accounts"))
    op.drop_table("accounts", schema="main")


def downgrade():
    """Nothing to do."""
    raise NotImplementedError("irreversible migration")
    op.drop_table("never")
