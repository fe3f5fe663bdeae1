"""add a column

Revision ID: ae1027a6acf
Revises: 1975ea83b712
Create Date: 2026-11-21 09:34:51.656876+00:00

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = "ae1027a6acf"
down_revision: Union[str, Sequence[str], None] = "1975ea83b712"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    op.add_column("account", sa.Column("last_transaction_date", sa.DateTime))


def downgrade() -> None:
    """Downgrade schema."""
    op.drop_column("account", "last_transaction_date")
