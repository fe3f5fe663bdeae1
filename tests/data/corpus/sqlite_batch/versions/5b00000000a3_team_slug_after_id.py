"""team.slug placed after id (SQLite recreates the table to place it)

Revision ID: 5b00000000a3
Revises: 5b00000000a2
Create Date: 2026-03-08 10:20:00.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = "5b00000000a3"
down_revision = "5b00000000a2"
branch_labels = None
depends_on = None


def upgrade() -> None:
    recreate = "always" if op.get_context().dialect.name == "sqlite" else "auto"
    with op.batch_alter_table("team", recreate=recreate) as batch_op:
        # alembic refuses insert_after when it ALTERs instead of recreating.
        batch_op.add_column(sa.Column("slug", sa.String(length=40), nullable=True),
                            insert_after="id" if recreate == "always" else None)
        batch_op.alter_column("name", existing_type=sa.String(length=40), nullable=True)


def downgrade() -> None:
    with op.batch_alter_table("team") as batch_op:
        batch_op.alter_column("name", existing_type=sa.String(length=40), nullable=False)
        batch_op.drop_column("slug")
