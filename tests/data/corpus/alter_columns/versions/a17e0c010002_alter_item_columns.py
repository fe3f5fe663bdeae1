"""alter item columns

Revision ID: a17e0c010002
Revises: a17e0c010001
Create Date: 2026-03-02 09:10:00.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = "a17e0c010002"
down_revision = "a17e0c010001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.alter_column("item", "note", new_column_name="remark", existing_type=sa.String(50))
    if op.get_context().dialect.name == "postgresql":
        op.alter_column("item", "code", existing_type=sa.String(10), type_=sa.String(32), existing_nullable=False)
        op.alter_column("item", "qty", existing_type=sa.Integer(), type_=sa.BigInteger(), nullable=False,
                        server_default="1")
        op.alter_column("item", "price", existing_type=sa.Numeric(6, 2), type_=sa.Numeric(12, 4),
                        postgresql_using="price::numeric(12,4)")
        op.alter_column("item", "remark", server_default=None, existing_server_default="n/a")
        op.alter_column("item", "status", server_default=sa.text("'new'"), comment="lifecycle state")
        op.alter_column("item", "created", type_=sa.DateTime(timezone=True), existing_type=sa.DateTime(),
                        server_default=sa.func.now())
        op.alter_column("item", "weight", existing_type=sa.Float(), nullable=False, server_default=sa.text("0"),
                        new_column_name="mass")
        op.alter_column("item", "code", comment=None, existing_comment="stock keeping unit")
        op.create_table_comment("item", "stock items", existing_comment="things we sell")


def downgrade() -> None:
    if op.get_context().dialect.name == "postgresql":
        op.create_table_comment("item", "things we sell", existing_comment="stock items")
        op.alter_column("item", "code", comment="stock keeping unit", existing_comment=None)
        op.alter_column("item", "mass", existing_type=sa.Float(), nullable=True, server_default=None,
                        new_column_name="weight")
        op.alter_column("item", "created", type_=sa.DateTime(), existing_type=sa.DateTime(timezone=True),
                        server_default=None)
        op.alter_column("item", "status", server_default=None, comment=None, existing_comment="lifecycle state")
        op.alter_column("item", "remark", server_default="n/a")
        op.alter_column("item", "price", existing_type=sa.Numeric(12, 4), type_=sa.Numeric(6, 2))
        op.alter_column("item", "qty", existing_type=sa.BigInteger(), type_=sa.Integer(), nullable=True,
                        server_default=None)
        op.alter_column("item", "code", existing_type=sa.String(32), type_=sa.String(10), existing_nullable=False)
    op.alter_column("item", "remark", new_column_name="note", existing_type=sa.String(50))
