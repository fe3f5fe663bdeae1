"""merge loans and media

Revision ID: 5c8e2a7f1b94
Revises: 9e3b7a1f4c58, f0c63e8b5d29
Create Date: 2026-02-02 09:00:14.915376

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '5c8e2a7f1b94'
down_revision = ('9e3b7a1f4c58', 'f0c63e8b5d29')
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
