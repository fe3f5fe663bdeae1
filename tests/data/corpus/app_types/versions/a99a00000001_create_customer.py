"""create customer with application types

Revision ID: a99a00000001
Revises:
Create Date: 2026-03-06 09:00:00.000000

"""
from alembic import op
import sqlalchemy as sa

import corpusapp.types
from corpusapp.limits import NAME_LENGTH
from corpusapp.types import GUID


# revision identifiers, used by Alembic.
revision = "a99a00000001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "customer",
        sa.Column("id", GUID(), primary_key=True),
        sa.Column("name", sa.String(NAME_LENGTH), nullable=False),
        sa.Column("balance", corpusapp.types.Money(), server_default="0"),
        sa.Column("code", sa.String(corpusapp.limits.CODE_LENGTH)),
    )


def downgrade() -> None:
    op.drop_table("customer")
