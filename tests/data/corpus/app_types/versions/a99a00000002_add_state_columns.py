"""a column per state; a referrer column of the application type

Revision ID: a99a00000002
Revises: a99a00000001
Create Date: 2026-03-06 09:10:00.000000

"""
from alembic import op
import sqlalchemy as sa

from corpusapp import types as app_types
from corpusapp.limits import STATES


# revision identifiers, used by Alembic.
revision = "a99a00000002"
down_revision = "a99a00000001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    for state in STATES:
        op.add_column("customer", sa.Column(state + "_since", sa.Date()))
    op.add_column("customer", sa.Column("referrer_id", app_types.GUID))
    op.create_index("ix_customer_referrer_id", "customer", ["referrer_id"])


def downgrade() -> None:
    op.drop_index("ix_customer_referrer_id", table_name="customer")
    op.drop_column("customer", "referrer_id")
    for state in STATES:
        op.drop_column("customer", f"{state}_since")
